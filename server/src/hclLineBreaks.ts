// The line breaks HashiCorp's HCL requires and our grammar does not: an argument or a block ends its line
// ("Missing newline after argument"), and a block that opens with content on its line holds one
// argument and closes on that line. Counted for the guard of "fix all" (syntaxErrorCount), so a fix that
// would put two arguments on one line is left out. (Checking files for them is the front end's job.)

import type { Node, Tree } from 'web-tree-sitter';

/** How many places in the tree break those rules. */
export function hclLineBreakErrors(tree: Tree): number {
  let errors = 0;
  const bodies: { body: Node; block: Node | undefined }[] = [];
  const top = tree.rootNode.children.find((c) => c?.type === 'body');
  if (top) bodies.push({ body: top, block: undefined });
  for (let next = bodies.pop(); next; next = bodies.pop()) {
    const { body, block } = next;
    const items = body.namedChildren.filter((c): c is Node => c !== null && (c.type === 'attribute' || c.type === 'block'));
    const opener = block?.children.find((c) => c?.type === 'block_start');
    const closer = block?.children.find((c) => c?.type === 'block_end');
    const first = items[0];
    if (opener && closer && first && first.startPosition.row === opener.endPosition.row) {
      // A one-line block: one argument, then the closing brace on the same line.
      if (items.length !== 1 || first.type !== 'attribute' || closer.startPosition.row !== first.endPosition.row) errors++;
      continue;
    }
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const after = items[i + 1] ?? closer;
      if (after && after.startPosition.row === item.endPosition.row) errors++;
      if (item.type === 'block') {
        const inner = item.children.find((c) => c?.type === 'body');
        // A block without a body (`{}`) has nothing to check inside.
        if (inner) bodies.push({ body: inner, block: item });
      }
    }
  }
  return errors;
}
