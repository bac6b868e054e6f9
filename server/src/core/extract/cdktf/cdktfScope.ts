// Lexical scopes of a TypeScript file, as far as the CDKTF front end needs them: which `const` a name
// refers to (so its initializer can be read), which enum, which provider import, or something opaque
// (a parameter, a `let`, a function) that shadows an outer name and whose value is unknown.

import type * as ts from 'typescript';
import type { Value } from '../../model/value';
import { readImport, type ImportTarget } from './cdktfImports';
import { stripExpression } from './constructIdentity';
import { mutatedNames } from './mutatedNames';
import { NodeFlags, SyntaxKind, isClassDeclaration, isEnumDeclaration, isFunctionDeclaration, isIdentifier, isImportDeclaration, isImportEqualsDeclaration, isNamespaceImport, isOmittedExpression, isVariableStatement } from './tsSyntax';

export type Binding =
  | { readonly kind: 'const'; readonly node: ts.VariableDeclaration; readonly initializer: ts.Expression; readonly scope: Scope; readonly sourceFile: ts.SourceFile }
  | { readonly kind: 'enum'; readonly node: ts.EnumDeclaration; readonly sourceFile: ts.SourceFile }
  | { readonly kind: 'import'; readonly node: ts.Node; readonly target: ImportTarget }
  | { readonly kind: 'opaque'; readonly node: ts.Node }
  /** A callback's parameter while `ITEMS.map(…)` over a known list is read for one item. */
  | { readonly kind: 'value'; readonly node: ts.Node; readonly value: Value };

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  /** Set on the scope of one item of `ITEMS.map(…)`: a `map` inside it is not expanded again. */
  forItem = false;

  constructor(readonly parent: Scope | undefined) {}

  /** True inside the callback of an expanded `map`: expanding another would multiply the items. */
  insideItem(): boolean {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) if (scope.forItem) return true;
    return false;
  }

  /** The binding of `name` in this scope itself, not an outer one. */
  own(name: string): Binding | undefined {
    return this.bindings.get(name);
  }

  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const binding = scope.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /** True when this scope or an outer one binds a provider import: otherwise nothing can be found. */
  hasProviderImports(): boolean {
    for (const binding of this.bindings.values()) if (binding.kind === 'import' && binding.target.kind !== 'fn' && binding.target.kind !== 'core' && binding.target.kind !== 'core-class') return true;
    return this.parent?.hasProviderImports() ?? false;
  }

  declare(name: string, binding: Binding): void {
    this.bindings.set(name, binding);
  }

  /** Declares what the statements of a block (or file) bind, before any of them is read. */
  declareStatements(statements: readonly ts.Statement[], sourceFile: ts.SourceFile): void {
    // Walked only when a `const` holds a literal that could be changed, once for the whole scope.
    let mutated: Set<string> | undefined;
    for (const statement of statements) {
      if (isVariableStatement(statement)) {
        const isConst = (statement.declarationList.flags & NodeFlags.BlockScoped) === NodeFlags.Const;
        for (const declaration of statement.declarationList.declarations) {
          if (isConst && isIdentifier(declaration.name) && declaration.initializer && isMutable(declaration.initializer) && (mutated ??= mutatedNames(statements)).has(declaration.name.text)) {
            // Its own node (the name, not the declaration): a unit that read the literal is read again.
            this.declare(declaration.name.text, { kind: 'opaque', node: declaration.name });
          } else if (isConst && isIdentifier(declaration.name) && declaration.initializer) {
            this.declare(declaration.name.text, { kind: 'const', node: declaration, initializer: declaration.initializer, scope: this, sourceFile });
          } else {
            this.declareOpaque(declaration.name);
          }
        }
      } else if (isEnumDeclaration(statement)) {
        this.declare(statement.name.text, { kind: 'enum', node: statement, sourceFile });
      } else if (isImportDeclaration(statement)) {
        this.declareImport(statement);
      } else if ((isFunctionDeclaration(statement) || isClassDeclaration(statement)) && statement.name) {
        this.declare(statement.name.text, { kind: 'opaque', node: statement });
      } else if (isImportEqualsDeclaration(statement)) {
        this.declare(statement.name.text, { kind: 'opaque', node: statement });
      }
    }
  }

  /** Every name an import declares: provider classes and namespaces, `Fn`, or opaque for the rest. */
  private declareImport(statement: ts.ImportDeclaration): void {
    const known = readImport(statement);
    for (const b of known) this.declare(b.name, { kind: 'import', node: b.node, target: b.target });
    const clause = statement.importClause;
    if (!clause) return;
    const declared = new Set(known.map((b) => b.name));
    const names: ts.Identifier[] = [];
    if (clause.name) names.push(clause.name);
    const bindings = clause.namedBindings;
    if (bindings && isNamespaceImport(bindings)) names.push(bindings.name);
    else if (bindings) for (const element of bindings.elements) names.push(element.name);
    for (const name of names) if (!declared.has(name.text)) this.declare(name.text, { kind: 'opaque', node: name });
  }

  /** Parameters, `let`, destructuring and loop variables: names whose value is not known. */
  declareOpaque(name: ts.BindingName): void {
    if (isIdentifier(name)) {
      this.declare(name.text, { kind: 'opaque', node: name });
      return;
    }
    for (const element of name.elements) {
      if (!isOmittedExpression(element)) this.declareOpaque(element.name);
    }
  }
}

/** An array or object literal: what a later statement may change. */
function isMutable(initializer: ts.Expression): boolean {
  const e = stripExpression(initializer);
  return e.kind === SyntaxKind.ArrayLiteralExpression || e.kind === SyntaxKind.ObjectLiteralExpression;
}
