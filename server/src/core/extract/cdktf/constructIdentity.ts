// Tells which provider construct an expression creates or names: `new SqsQueue(this, 'orders', …)` (with
// `SqsQueue` imported from a provider binding) is `aws_sqs_queue.orders`, and so is a `const` bound to
// it. References such as `queue.arn` become `aws_sqs_queue.orders.arn`, which the module index resolves.

import type * as ts from 'typescript';
import { memberOf, type ImportTarget } from './cdktfImports';
import { constructType, type ConstructType } from './constructTypes';
import { MAX_DEPTH, throughConst, type ReadContext } from './readContext';
import { SyntaxKind, isIdentifier, isNewExpression, isNoSubstitutionTemplateLiteral, isPropertyAccessExpression, isStringLiteral } from './tsSyntax';

export interface ConstructIdentity extends ConstructType {
  /** The construct id when it is a literal; otherwise the id expression's text, which is stable. */
  readonly name: string;
}

/** Parentheses, `as`, `satisfies`, `!` and `<T>x` change nothing about the value. */
export function stripExpression(expression: ts.Expression): ts.Expression {
  let e = expression;
  for (;;) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.SatisfiesExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.TypeAssertionExpression:
        e = (e as ts.ParenthesizedExpression).expression;
        continue;
      default:
        return e;
    }
  }
}

/** What an identifier or a namespace member chain (`aws.sqsQueue.SqsQueue`) imports, if anything. */
export function importTargetOf(expression: ts.Expression, context: ReadContext): ImportTarget | undefined {
  const e = stripExpression(expression);
  if (isIdentifier(e)) {
    const binding = context.deps.lookup(e.text, context.scope);
    return binding?.kind === 'import' ? binding.target : undefined;
  }
  if (isPropertyAccessExpression(e) && isIdentifier(e.name)) {
    const owner = importTargetOf(e.expression, context);
    return owner && memberOf(owner, e.name.text);
  }
  return undefined;
}

/** The construct type of the class a `new` expression instantiates, when it is a provider resource. */
export function constructClass(node: ts.NewExpression, context: ReadContext): ConstructType | undefined {
  const target = importTargetOf(node.expression, context);
  return target?.kind === 'class' ? constructType(target.name, target.module) : undefined;
}

/** The identity of a construct created by `node`, or undefined when it is not a provider construct. */
export function identityOfNew(node: ts.NewExpression, context: ReadContext): ConstructIdentity | undefined {
  const type = constructClass(node, context);
  return type && { keyword: type.keyword, type: type.type, name: constructName(node.arguments?.[1], context) };
}

/** The construct an expression stands for: a `new` expression, or a `const` bound to one. */
export function constructOf(expression: ts.Expression, context: ReadContext): ConstructIdentity | undefined {
  const e = stripExpression(expression);
  if (isNewExpression(e)) return identityOfNew(e, context);
  if (isIdentifier(e) && context.depth < MAX_DEPTH) {
    const binding = context.deps.lookup(e.text, context.scope);
    if (binding?.kind === 'const') return constructOf(binding.initializer, throughConst(binding, e, context));
  }
  return undefined;
}

/** The construct id: a string literal, or a `const` holding one; other expressions name it by their text. */
export function constructName(id: ts.Expression | undefined, context: ReadContext): string {
  if (!id) return '(no id)';
  const e = stripExpression(id);
  if (isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (isIdentifier(e) && context.depth < MAX_DEPTH) {
    const binding = context.deps.lookup(e.text, context.scope);
    if (binding?.kind === 'const') {
      const inner = stripExpression(binding.initializer);
      if (isStringLiteral(inner) || isNoSubstitutionTemplateLiteral(inner)) return inner.text;
    }
  }
  return id.getText(context.sourceFile).replace(/\s+/g, ' ');
}
