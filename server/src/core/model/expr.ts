// A Terraform expression as written, for the evaluator: what readHclValue cannot read as a literal or a
// plain reference keeps its expression here, so it can be computed once the module is known. Ranges are
// in the same coordinates as the values the front end reads (relative to the enclosing block).

import type { SourceRange } from './sourceRange';
import type { Value } from './value';

interface ExprBase {
  readonly range: SourceRange;
}

export interface LiteralExpr extends ExprBase {
  readonly type: 'literal';
  readonly value: Value;
}

/** A literal part of a template is its text with escapes already undone. */
export type TemplatePart = { readonly literal: string } | { readonly expr: Expr };

export interface TemplateExpr extends ExprBase {
  readonly type: 'template';
  readonly parts: readonly TemplatePart[];
}

export interface TupleExpr extends ExprBase {
  readonly type: 'tuple';
  readonly items: readonly Expr[];
}

/** `name = …` and `"name" = …` have a fixed key; `(expr) = …` (or a template key) is computed. */
export type ObjectKey = { readonly name: string; readonly range: SourceRange } | { readonly expr: Expr; readonly range: SourceRange };

export interface ObjectExpr extends ExprBase {
  readonly type: 'object';
  readonly entries: readonly { readonly key: ObjectKey; readonly value: Expr }[];
}

export type TraversalStep =
  | { readonly type: 'attr'; readonly name: string; readonly range: SourceRange }
  | { readonly type: 'index'; readonly key: Expr; readonly range: SourceRange }
  /** `[*]` or `.*`: the steps after it apply to each element. */
  | { readonly type: 'splat'; readonly range: SourceRange };

export interface TraversalExpr extends ExprBase {
  readonly type: 'traversal';
  /** A root name (`var`, `local`, a resource type, a for variable), or an expression being indexed. */
  readonly root: string | Expr;
  readonly steps: readonly TraversalStep[];
}

export interface CallExpr extends ExprBase {
  readonly type: 'call';
  readonly name: string;
  readonly args: readonly Expr[];
  /** `f(a, b...)`: the last argument is a list whose elements are the arguments. */
  readonly expand: boolean;
}

export interface UnaryExpr extends ExprBase {
  readonly type: 'unary';
  readonly op: '-' | '!';
  readonly operand: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface BinaryExpr extends ExprBase {
  readonly type: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface ConditionalExpr extends ExprBase {
  readonly type: 'conditional';
  readonly condition: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

export interface ForExpr extends ExprBase {
  readonly type: 'for';
  /** `[for …]` builds a tuple, `{for … => …}` an object. */
  readonly object: boolean;
  /** The key (or index) variable, when two are named. */
  readonly keyVar: string | undefined;
  readonly valueVar: string;
  readonly collection: Expr;
  /** The object's key expression (object form only). */
  readonly key: Expr | undefined;
  readonly value: Expr;
  /** `=> v...`: values with the same key are grouped into lists. */
  readonly group: boolean;
  readonly condition: Expr | undefined;
}

/** Anything the evaluator does not model (template directives, broken syntax): always unknown. */
export interface UnsupportedExpr extends ExprBase {
  readonly type: 'unsupported';
}

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | TraversalExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | UnsupportedExpr;
