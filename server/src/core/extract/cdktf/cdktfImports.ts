// The imports that matter to a CDKTF stack: classes of the AWS provider bindings (the published
// `@cdktf/provider-aws` and `@cdktn/provider-aws` packages, or bindings `cdktf get` generated into the
// project), and `Fn`, `Token`, `TerraformVariable` and `TerraformLocal` of the CDKTF core. Everything
// else a file imports is opaque to the analysis.

import ts = require('typescript');
import { snakeCase } from './cdktfNames';

/** What an imported name stands for. `module` is a resource module's snake_case name (`sqs_queue`). */
export type ImportTarget =
  | { readonly kind: 'class'; readonly name: string; readonly module: string | undefined }
  /** The namespace of one resource module: its members are classes. */
  | { readonly kind: 'module'; readonly module: string }
  /** The provider's index: its members are resource modules (`sqsQueue`), or classes in old bindings. */
  | { readonly kind: 'index' }
  /** The namespace of `cdktf` or `cdktn`. */
  | { readonly kind: 'core' }
  | { readonly kind: 'fn' }
  /** A class of the core whose values can be read: a variable's default, a local's expression, `Token.asX`. */
  | { readonly kind: 'core-class'; readonly name: CoreClass };

export type CoreClass = 'TerraformVariable' | 'TerraformLocal' | 'Token';
const CORE_CLASSES: ReadonlySet<string> = new Set<CoreClass>(['TerraformVariable', 'TerraformLocal', 'Token']);

/** What a member of the core package stands for, when the analysis reads it. */
function coreMember(name: string): ImportTarget | undefined {
  if (name === 'Fn') return { kind: 'fn' };
  return CORE_CLASSES.has(name) ? { kind: 'core-class', name: name as CoreClass } : undefined;
}

export interface ImportBinding {
  readonly name: string;
  /** The specifier or namespace node: its identity tells whether the import changed. */
  readonly node: ts.Node;
  readonly target: ImportTarget;
}

type ProviderModule = { readonly kind: 'index' } | { readonly kind: 'module'; readonly module: string };

const PACKAGES = ['@cdktf/provider-aws', '@cdktn/provider-aws'];
const CORE_PACKAGES = new Set(['cdktf', 'cdktn']);
/** Bindings `cdktf get` generates: `.gen/providers/aws/<module>` or `imports/aws/<module>`. */
const GENERATED = /(?:^|\/)(?:providers|imports)\/aws(?:\/([^/]+))?\/?$/;

/** The provider module a specifier names, or undefined when it is no AWS provider binding. */
export function providerModule(specifier: string): ProviderModule | undefined {
  const path = specifier.replace(/\/index(\.[cm]?[jt]s)?$/, '').replace(/\.[cm]?[jt]s$/, '');
  for (const pkg of PACKAGES) {
    if (path === pkg || path === `${pkg}/lib`) return { kind: 'index' };
    if (path.startsWith(`${pkg}/lib/`)) return resourceModule(path.slice(pkg.length + '/lib/'.length));
  }
  if (!path.startsWith('.')) return undefined;
  const generated = GENERATED.exec(path);
  if (generated) return generated[1] ? resourceModule(generated[1]) : { kind: 'index' };
  // A hand-placed copy of the mapping's binding, e.g. `../bindings/lambda-event-source-mapping`.
  return path.endsWith('/lambda-event-source-mapping') ? resourceModule('lambda-event-source-mapping') : undefined;
}

function resourceModule(segment: string): ProviderModule | undefined {
  return /^[a-z0-9-]+$/.test(segment) ? { kind: 'module', module: segment.replace(/-/g, '_') } : undefined;
}

/** The names an import declaration binds to provider classes, namespaces or `Fn`. */
export function readImport(declaration: ts.ImportDeclaration): ImportBinding[] {
  const clause = declaration.importClause;
  if (!clause || clause.isTypeOnly || !ts.isStringLiteral(declaration.moduleSpecifier)) return [];
  const specifier = declaration.moduleSpecifier.text;
  const provider = providerModule(specifier);
  const core = CORE_PACKAGES.has(specifier);
  if (!provider && !core) return [];
  const bindings = clause.namedBindings;
  if (!bindings) return [];
  if (ts.isNamespaceImport(bindings)) {
    const target: ImportTarget = core ? { kind: 'core' } : provider!;
    return [{ name: bindings.name.text, node: bindings, target }];
  }
  const out: ImportBinding[] = [];
  for (const element of bindings.elements) {
    if (element.isTypeOnly) continue;
    const imported = (element.propertyName ?? element.name).text;
    const target = core ? coreMember(imported) : memberOf(provider!, imported);
    if (target) out.push({ name: element.name.text, node: element, target });
  }
  return out;
}

/** `ns.member`: what a member of an imported namespace stands for. */
export function memberOf(target: ImportTarget, name: string): ImportTarget | undefined {
  switch (target.kind) {
    case 'index':
      return /^[a-z]/.test(name) ? { kind: 'module', module: snakeCase(name) } : { kind: 'class', name, module: undefined };
    case 'module':
      return /^[A-Z]/.test(name) ? { kind: 'class', name, module: target.module } : undefined;
    case 'core':
      return coreMember(name);
    default:
      return undefined;
  }
}
