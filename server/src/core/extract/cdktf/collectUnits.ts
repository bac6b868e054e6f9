// Walks a TypeScript file statement by statement and reads the provider constructs each statement
// creates. A statement is a unit: its result is cached on its syntax node, which TypeScript's incremental
// parser keeps when an edit does not touch it, and is reused while the names it looked up outside itself
// still mean the same declarations. Classes, functions and namespaces are walked into, so the statements
// of a stack's constructor are units of their own.

import type * as ts from 'typescript';
import type { TopLevelBlock } from '../../model/fileModel';
import { rangeOf } from '../../model/sourceRange';
import type { CdktfSyntaxError } from './cdktfParse';
import { Scope } from './cdktfScope';
import { identityOfNew, stripExpression } from './constructIdentity';
import { Dependencies, startOf, type Dependency } from './readContext';
import { emptyConstruct, readConstruct } from './readConstruct';
import { SyntaxKind, forEachChild, isAccessor, isArrowFunction, isBlock, isClassDeclaration, isClassStaticBlockDeclaration, isConstructorDeclaration, isFunctionDeclaration, isFunctionExpression, isMethodDeclaration, isModuleBlock, isModuleDeclaration, isPropertyDeclaration, isIdentifier, isVariableDeclaration, isVariableDeclarationList, isVariableStatement } from './tsSyntax';

export interface UnitResult {
  /** The constructs the unit creates, in document order. */
  readonly blocks: readonly TopLevelBlock[];
  /** Where each block starts, relative to the unit's start. */
  readonly deltas: readonly number[];
  readonly deps: readonly Dependency[];
}

export interface Unit {
  readonly node: ts.Node;
  /** The scope the unit was read in; valid as long as no declaration outside the unit changed. */
  readonly scope: Scope;
  readonly result: UnitResult;
}

export type UnitCache = WeakMap<ts.Node, UnitResult>;

export interface CollectedUnits {
  readonly units: Unit[];
  /** File offsets of each unit's first token and end. */
  readonly starts: number[];
  readonly ends: number[];
}

/** `errors` are the file's syntax errors: a construct that contains one reports the first (see `readUnit`). */
export function collectUnits(sourceFile: ts.SourceFile, cache: UnitCache, errors: readonly CdktfSyntaxError[]): CollectedUnits {
  const collected: CollectedUnits = { units: [], starts: [], ends: [] };
  const root = new Scope(undefined);
  root.declareStatements(sourceFile.statements, sourceFile);
  // Without a provider import no `new` can create a provider construct.
  if (!root.hasProviderImports()) return collected;
  walkStatements(sourceFile.statements, root);
  return collected;

  function walkStatements(statements: readonly ts.Statement[], scope: Scope): void {
    for (const statement of statements) if (!walkInto(statement, scope)) addUnit(statement, scope);
  }

  function addUnit(node: ts.Node, scope: Scope): void {
    const start = startOf(node, sourceFile);
    // A syntax error elsewhere can land inside a statement the parser kept; the result read without it
    // would then differ from a fresh parse's, so such a statement is read again and not cached.
    const broken = errors.length > 0 && errors.some((e) => e.range.start < node.end && e.range.end > start);
    const cached = broken ? undefined : cache.get(node);
    let result = cached && cached.deps.every(([name, declaration]) => scope.lookup(name)?.node === declaration) ? cached : undefined;
    if (!result) {
      result = readUnit(node, sourceFile, scope, errors);
      if (!broken) cache.set(node, result);
    }
    collected.units.push({ node, scope, result });
    collected.starts.push(start);
    collected.ends.push(node.end);
  }

  /** Walks into classes, functions and namespaces; false for statements that are units themselves. */
  function walkInto(statement: ts.Statement, scope: Scope): boolean {
    if (isClassDeclaration(statement)) {
      for (const member of statement.members) {
        if ((isConstructorDeclaration(member) || isMethodDeclaration(member) || isAccessor(member)) && member.body) {
          walkFunction(member, member.body, scope);
        } else if (isClassStaticBlockDeclaration(member)) {
          walkBlock(member.body, scope);
        } else if (isPropertyDeclaration(member) && member.initializer) {
          addUnit(member, scope);
        }
      }
      return true;
    }
    if (isFunctionDeclaration(statement) && statement.body) {
      walkFunction(statement, statement.body, scope);
      return true;
    }
    if (isModuleDeclaration(statement) && statement.body && isModuleBlock(statement.body)) {
      walkBlock(statement.body, scope);
      return true;
    }
    if (isVariableStatement(statement)) {
      // `const main = () => { … }`: the function's statements are units, as a function declaration's are.
      const functions = statement.declarationList.declarations.map((d) => d.initializer && stripExpression(d.initializer));
      if (functions.length === 0 || !functions.every((f) => f && (isArrowFunction(f) || isFunctionExpression(f)) && isBlock(f.body))) return false;
      for (const f of functions as (ts.ArrowFunction | ts.FunctionExpression)[]) walkFunction(f, f.body as ts.Block, scope);
      return true;
    }
    return false;
  }

  function walkFunction(fn: ts.SignatureDeclaration, body: ts.Block, scope: Scope): void {
    const inner = new Scope(scope);
    for (const parameter of fn.parameters) inner.declareOpaque(parameter.name);
    walkBlock(body, inner);
  }

  function walkBlock(block: ts.Block | ts.ModuleBlock, scope: Scope): void {
    const inner = new Scope(scope);
    inner.declareStatements(block.statements, sourceFile);
    walkStatements(block.statements, inner);
  }
}

/**
 * Reads every provider construct inside `node`, a statement (or class property) read in `scope`. A
 * construct with a syntax error inside is read as far as it can be and carries the first error, as a
 * Terraform block does: the analysis reports the error once and checks that construct no further. An
 * error inside a construct nested in another one is the outer one's: the inner one is left out.
 */
export function readUnit(node: ts.Node, sourceFile: ts.SourceFile, scope: Scope, errors: readonly CdktfSyntaxError[]): UnitResult {
  const deps = new Dependencies(scope);
  const unitStart = startOf(node, sourceFile);
  const blocks: TopLevelBlock[] = [];
  const deltas: number[] = [];
  const text = sourceFile.text;
  // The scope of the node being visited: one visitor for the whole walk rather than a closure per node.
  let s = scope;
  const claimed = new Set<CdktfSyntaxError>();
  // `const queue = new SqsQueue(…)`: the construct the declaration being visited assigns, and to what name.
  let assigned: { node: ts.Node; name: string } | undefined;
  const visit = (n: ts.Node): void => {
    if (isVariableDeclaration(n) && n.initializer && isIdentifier(n.name)) assigned = { node: stripExpression(n.initializer), name: n.name.text };
    if (n.kind === SyntaxKind.NewExpression) {
      const expression = n as ts.NewExpression;
      const base = startOf(n, sourceFile);
      const context = { sourceFile, scope: s, base, at: undefined, deps, depth: 0 };
      const identity = identityOfNew(expression, context);
      if (identity) {
        const error = errors.length > 0 ? errors.find((e) => e.range.start < n.end && e.range.end > base) : undefined;
        let block: TopLevelBlock | undefined;
        if (!error) {
          block = readConstruct(expression, identity, context);
        } else if (!claimed.has(error)) {
          claimed.add(error);
          const syntaxError = { range: rangeOf(error.range.start - base, error.range.end - base), message: error.message };
          // What could be read stays (other files' references to it still resolve by name); a config
          // too broken to read leaves a block with no arguments, which no rule looks at.
          block = { ...(readConstruct(expression, identity, context) ?? emptyConstruct(expression, identity, context)), syntaxError };
        }
        if (block) {
          if (assigned?.node === n) block = { ...block, binding: assigned.name };
          blocks.push(block);
          deltas.push(base - unitStart);
        }
        // A config rarely creates constructs inline; most of a stack's nodes are in configs, so the
        // text decides whether they are walked at all.
        if (!containsNew(text, expression.expression.end, n.end)) return;
      }
    }
    const outer = s;
    s = scopeOf(n, outer, sourceFile);
    forEachChild(n, visit);
    s = outer;
  };
  if (containsNew(text, node.pos, node.end)) visit(node);
  return { blocks, deltas, deps: deps.list };
}

/** Whether `new` appears in the text between the offsets (also in strings or comments: then walk). */
function containsNew(text: string, start: number, end: number): boolean {
  const at = text.indexOf('new', start);
  return at >= 0 && at < end;
}

/** The scope for the children of `node`: functions bind parameters, blocks their declarations. */
function scopeOf(node: ts.Node, scope: Scope, sourceFile: ts.SourceFile): Scope {
  switch (node.kind) {
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.Constructor:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor: {
      const fn = node as ts.FunctionLikeDeclaration;
      const inner = new Scope(scope);
      for (const parameter of fn.parameters) inner.declareOpaque(parameter.name);
      if (isFunctionExpression(fn) && fn.name) inner.declare(fn.name.text, { kind: 'opaque', node: fn.name });
      return inner;
    }
    case SyntaxKind.Block:
    case SyntaxKind.ModuleBlock:
    case SyntaxKind.CaseClause:
    case SyntaxKind.DefaultClause: {
      const inner = new Scope(scope);
      inner.declareStatements((node as ts.Block).statements, sourceFile);
      return inner;
    }
    case SyntaxKind.ForStatement:
    case SyntaxKind.ForInStatement:
    case SyntaxKind.ForOfStatement: {
      // Loop variables take many values, even when declared `const`.
      const initializer = (node as ts.ForStatement).initializer;
      if (!initializer || !isVariableDeclarationList(initializer)) return scope;
      const inner = new Scope(scope);
      for (const declaration of initializer.declarations) inner.declareOpaque(declaration.name);
      return inner;
    }
    case SyntaxKind.CatchClause: {
      const variable = (node as ts.CatchClause).variableDeclaration;
      if (!variable) return scope;
      const inner = new Scope(scope);
      inner.declareOpaque(variable.name);
      return inner;
    }
    default:
      return scope;
  }
}
