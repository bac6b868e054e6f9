// The validated form of a filter pattern: fields, `$or` groups and match lists with one typed matcher per
// operator. Validation produces it from the positioned JSON tree; the compiler and the explainer read it.
// Every node keeps a range in the user's source.

import type { SourceRange } from '../model/sourceRange';
import type { IpBlock } from './cidr';
import type { WildcardPattern } from './wildcard';

/** One JSON object of the pattern: its members in document order (order decides which duplicate wins). */
export interface PatternObject {
  readonly kind: 'object';
  readonly range: SourceRange;
  readonly members: readonly PatternMember[];
}

export type PatternMember = PatternField | PatternOr;

export interface PatternField {
  readonly kind: 'field';
  readonly key: string;
  readonly keyRange: SourceRange;
  readonly value: PatternObject | MatchList;
}

export interface PatternOr {
  readonly kind: 'or';
  readonly keyRange: SourceRange;
  readonly range: SourceRange;
  readonly branches: readonly PatternObject[];
}

/** `"field": [ ... ]`: the field matches when any matcher does. */
export interface MatchList {
  readonly kind: 'list';
  readonly range: SourceRange;
  readonly matchers: readonly Matcher[];
}

export type Matcher = ExactMatcher | StringMatcher | WildcardMatcher | NumericMatcher | ExistsMatcher | CidrMatcher | AnythingButMatcher;

interface MatcherBase {
  /** The literal, or the whole `{ "op": ... }` object. */
  readonly range: SourceRange;
  /** The operator key (`"prefix"`); the literal itself for exact values. */
  readonly opRange: SourceRange;
}

/** A literal in the list, or `{"exactly": "…"}`. Numbers compare by value. */
export interface ExactMatcher extends MatcherBase {
  readonly kind: 'exact';
  readonly value: string | number | boolean | null;
  /**
   * A number the engine cannot compare (not exactly a double, see comparableNumber.ts), as written: it
   * then matches only an event number written the same way.
   */
  readonly numberText?: string;
}

export interface StringMatcher extends MatcherBase {
  readonly kind: 'prefix' | 'suffix' | 'equals-ignore-case' | 'prefix-ignore-case' | 'suffix-ignore-case';
  readonly value: string;
}

export interface WildcardMatcher extends MatcherBase {
  readonly kind: 'wildcard';
  readonly value: string;
  readonly parsed: WildcardPattern;
}

export interface NumericBound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** `{"numeric": [...]}`; `=` is a lower and upper bound, both inclusive. */
export interface NumericMatcher extends MatcherBase {
  readonly kind: 'numeric';
  readonly lower?: NumericBound;
  readonly upper?: NumericBound;
}

export interface ExistsMatcher extends MatcherBase {
  readonly kind: 'exists';
  readonly value: boolean;
}

export interface CidrMatcher extends MatcherBase {
  readonly kind: 'cidr';
  readonly value: string;
  readonly block: IpBlock;
}

export type AnythingButForm = 'values' | 'prefix' | 'suffix' | 'equals-ignore-case' | 'wildcard';

/** `{"anything-but": ...}` in every form; `values` holds strings, or numbers when `numbers` is set. */
export interface AnythingButMatcher extends MatcherBase {
  readonly kind: 'anything-but';
  readonly form: AnythingButForm;
  readonly values: readonly (string | number)[];
  readonly numbers: boolean;
  readonly wildcards?: readonly WildcardPattern[];
}

/** A validated pattern. */
export interface PatternAst {
  readonly root: PatternObject;
  /** How many AND-branches its `$or`s multiply out to (1 without `$or`). */
  readonly combinations: number;
}
