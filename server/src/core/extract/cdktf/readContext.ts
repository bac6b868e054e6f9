// Where an expression is read from: its file and scope, the offset its ranges are relative to, and the
// record of every name the reading looked up outside the unit being read (its dependencies), so a
// cached unit can be reused exactly when those names still mean the same declarations.

import type * as ts from 'typescript';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import type { Binding, Scope } from './cdktfScope';

/** A name looked up outside the unit and the declaration it found (undefined: a global such as `JSON`). */
export type Dependency = readonly [name: string, declaration: ts.Node | undefined];

export class Dependencies {
  readonly list: Dependency[] = [];
  /** Items of `map` calls expanded while reading the unit: bounded, as maps over maps multiply them. */
  expandedItems = 0;
  /**
   * `const` initializers read for the unit. Each use reads its const again, so consts built of consts
   * (`const b = [a, a, a]`, `` const c = `${b}${b}` ``) cost exponentially; past the bound the rest is unknown.
   */
  constReads = 0;

  /**
   * `unitScope` is the scope the unit is read in: a name bound in a scope opened inside the unit (a
   * parameter, a block's `const`) is the unit's own and no dependency. Telling it by scope rather than
   * by syntax ancestry lets the tree be parsed without parent pointers, which costs a third of a parse.
   */
  constructor(private readonly unitScope: Scope) {}

  lookup(name: string, scope: Scope): Binding | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const binding = s.own(name);
      if (binding === undefined) continue;
      // A callback's parameter bound for one item stands for what the receiver holds, which was recorded.
      if (binding.kind !== 'value' && !this.opensInsideUnit(s)) this.record(name, binding.node);
      return binding;
    }
    this.record(name, undefined);
    return undefined;
  }

  /** Whether `scope` was opened inside the unit: the unit's scope is a strict ancestor of it. */
  private opensInsideUnit(scope: Scope): boolean {
    for (let s = scope.parent; s; s = s.parent) if (s === this.unitScope) return true;
    return false;
  }

  private record(name: string, node: ts.Node | undefined): void {
    for (const dependency of this.list) if (dependency[0] === name && dependency[1] === node) return;
    this.list.push([name, node]);
  }
}

export interface ReadContext {
  readonly sourceFile: ts.SourceFile;
  readonly scope: Scope;
  /** Ranges are relative to this offset of `sourceFile`: the start of the construct being read. */
  readonly base: number;
  /**
   * Set while reading through a `const`: every range is that of the name where it is used, so findings
   * point at the use (inside the construct) rather than at a declaration elsewhere in the file.
   */
  readonly at: SourceRange | undefined;
  readonly deps: Dependencies;
  /** How many `const` bindings were followed to get here; bounds cycles such as `const a = b, b = a`. */
  readonly depth: number;
}

export const MAX_DEPTH = 16;
/** `const` initializers read per unit at most: far more than a stack's statement reads, far less than a hang. */
export const MAX_CONST_READS = 20_000;

export function rangeIn(node: ts.Node, context: ReadContext): SourceRange {
  return context.at ?? rangeOf(startOf(node, context.sourceFile) - context.base, node.end - context.base);
}

/**
 * `node.getStart(sourceFile)`: where its first token starts. Most nodes are preceded by blanks only,
 * which this skips itself; a comment (or anything unusual) is left to TypeScript's scanner.
 */
export function startOf(node: ts.Node, sourceFile: ts.SourceFile): number {
  const text = sourceFile.text;
  let at = node.pos;
  if (at >= node.end) return node.getStart(sourceFile);
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 10 || c === 13 || c === 9) at++;
    else break;
  }
  const c = text.charCodeAt(at);
  // `/` may open a comment; `<`, `=`, `>` and `|` a merge conflict marker, `#` a shebang; other
  // whitespace (a form feed, a no-break space) and anything outside ASCII are the scanner's to judge.
  const plain = c > 32 && c < 127 && c !== 47 && c !== 60 && c !== 61 && c !== 62 && c !== 124 && c !== 35;
  return plain ? at : node.getStart(sourceFile);
}

/** The context for reading a `const`'s initializer on behalf of `use`, the name where it is used. */
export function throughConst(binding: Binding & { kind: 'const' }, use: ts.Node, context: ReadContext): ReadContext {
  return { ...context, sourceFile: binding.sourceFile, scope: binding.scope, at: rangeIn(use, context), depth: context.depth + 1 };
}
