// The parts of TypeScript's API the CDKTF front end calls for every syntax node, read once. TypeScript's
// module object holds its thousands of exports behind getters, in a dictionary: each `ts.isIdentifier(…)`
// or `ts.SyntaxKind.X` is a hash lookup and a getter call before the test itself, which over the tens of
// thousands of nodes of a large stack costs milliseconds. Types still come from `typescript` itself.

import ts = require('typescript');

export const { SyntaxKind, NodeFlags, forEachChild } = ts;

export const {
  isAccessor,
  isArrayLiteralExpression,
  isArrowFunction,
  isBlock,
  isCallExpression,
  isClassDeclaration,
  isClassStaticBlockDeclaration,
  isComputedPropertyName,
  isConditionalExpression,
  isConstructorDeclaration,
  isEnumDeclaration,
  isFunctionDeclaration,
  isFunctionExpression,
  isIdentifier,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isMethodDeclaration,
  isModuleBlock,
  isModuleDeclaration,
  isNamespaceImport,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNumericLiteral,
  isObjectLiteralExpression,
  isOmittedExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isReturnStatement,
  isShorthandPropertyAssignment,
  isSpreadAssignment,
  isSpreadElement,
  isStringLiteral,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
  isVoidExpression,
} = ts;
