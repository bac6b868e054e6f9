// The names whose object or array the code changes after creating it: `access.push(…)`, `config.batchSize = 10`,
// `delete tags.owner`, `Object.assign(settings, …)`. A `const` bound to a literal that is changed anywhere
// in its scope does not hold what the literal says (the classic loop that pushes subnets into an empty
// array), so the front end reads it as unknown rather than as the literal.

import type * as ts from 'typescript';
import { SyntaxKind, forEachChild, isIdentifier, isPropertyAccessExpression } from './tsSyntax';

const MUTATORS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'reverse', 'sort', 'fill', 'copyWithin']);
const OBJECT_MUTATORS = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);

/** Every name some statement (at any depth) changes the contents of. */
export function mutatedNames(statements: readonly ts.Node[]): Set<string> {
  const names = new Set<string>();
  // An explicit stack: a walk of a whole stack file must not depend on the call stack's depth.
  const stack: ts.Node[] = [...statements];
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  for (let node = stack.pop(); node; node = stack.pop()) {
    const root = mutatedRoot(node);
    if (root !== undefined) names.add(root);
    forEachChild(node, push);
  }
  return names;
}

/** The name whose contents `node` changes, if it changes any. */
function mutatedRoot(node: ts.Node): string | undefined {
  switch (node.kind) {
    case SyntaxKind.CallExpression: {
      const call = node as ts.CallExpression;
      const callee = strip(call.expression);
      if (!isPropertyAccessExpression(callee)) return undefined;
      const method = callee.name.text;
      if (MUTATORS.has(method)) return rootName(callee.expression);
      const owner = strip(callee.expression);
      if (OBJECT_MUTATORS.has(method) && isIdentifier(owner) && owner.text === 'Object' && call.arguments[0]) return rootName(call.arguments[0]);
      return undefined;
    }
    case SyntaxKind.BinaryExpression: {
      const binary = node as ts.BinaryExpression;
      const op = binary.operatorToken.kind;
      return op >= SyntaxKind.FirstAssignment && op <= SyntaxKind.LastAssignment ? memberRoot(binary.left) : undefined;
    }
    case SyntaxKind.PrefixUnaryExpression:
    case SyntaxKind.PostfixUnaryExpression: {
      const unary = node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
      return unary.operator === SyntaxKind.PlusPlusToken || unary.operator === SyntaxKind.MinusMinusToken ? memberRoot(unary.operand) : undefined;
    }
    case SyntaxKind.DeleteExpression:
      return memberRoot((node as ts.DeleteExpression).expression);
    default:
      return undefined;
  }
}

/** The name at the root of a member chain that is assigned to (`a.b[0].c = …` → `a`). */
function memberRoot(target: ts.Expression): string | undefined {
  const e = strip(target);
  return e.kind === SyntaxKind.PropertyAccessExpression || e.kind === SyntaxKind.ElementAccessExpression ? rootName(e) : undefined;
}

function rootName(expression: ts.Expression): string | undefined {
  let e = strip(expression);
  for (let steps = 0; steps < 64 && (e.kind === SyntaxKind.PropertyAccessExpression || e.kind === SyntaxKind.ElementAccessExpression); steps++) {
    e = strip((e as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
  }
  return isIdentifier(e) ? e.text : undefined;
}

function strip(expression: ts.Expression): ts.Expression {
  let e = expression;
  for (let steps = 0; steps < 64; steps++) {
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
  return e;
}
