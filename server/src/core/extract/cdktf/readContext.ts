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

  /** `unit` is the statement being read; names it declares itself are not dependencies. */
  constructor(private readonly unit: ts.Node) {}

  lookup(name: string, scope: Scope): Binding | undefined {
    const binding = scope.lookup(name);
    const node = binding?.node;
    if (node && this.isInsideUnit(node)) return binding;
    if (!this.list.some(([n, d]) => n === name && d === node)) this.list.push([name, node]);
    return binding;
  }

  private isInsideUnit(node: ts.Node): boolean {
    for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === this.unit) return true;
    return false;
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

export function rangeIn(node: ts.Node, context: ReadContext): SourceRange {
  return context.at ?? rangeOf(node.getStart(context.sourceFile) - context.base, node.end - context.base);
}

/** The context for reading a `const`'s initializer on behalf of `use`, the name where it is used. */
export function throughConst(binding: Binding & { kind: 'const' }, use: ts.Node, context: ReadContext): ReadContext {
  return { ...context, sourceFile: binding.sourceFile, scope: binding.scope, at: rangeIn(use, context), depth: context.depth + 1 };
}
