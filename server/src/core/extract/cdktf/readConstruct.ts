// Turns `new LambdaEventSourceMapping(scope, id, config)` (or any other provider construct) into the
// top-level block the HCL front end would produce for the same resource: keyword `resource` or `data`,
// labels [type, id], and the config as the body, with ranges relative to the `new` expression.

import type * as ts from 'typescript';
import { MAPPING_FACTS } from '../../facts/eventSourceMappingFacts';
import type { TopLevelBlock } from '../../model/fileModel';
import type { Block } from '../../model/mapping';
import { firstTooDeep } from '../../model/nesting';
import { rangeOf } from '../../model/sourceRange';
import { MAPPING_TYPE } from '../../model/mapping';
import type { ConstructIdentity } from './constructIdentity';
import { readConfigBlock, type BlockContent } from './readConfigBlock';
import { rangeIn, startOf, type ReadContext } from './readContext';
import { followConst, isUndefined } from './readTsValue';
import { isObjectLiteralExpression } from './tsSyntax';

/**
 * `context.base` must be the start of `node`. Returns undefined when the config cannot be read at all (a
 * parameter); a mapping whose config is read in part (a spread of something unknown) has an open body.
 */
export function readConstruct(node: ts.NewExpression, identity: ConstructIdentity, context: ReadContext): TopLevelBlock | undefined {
  const config = node.arguments?.[2];
  const fact = identity.keyword === 'resource' && identity.type === MAPPING_TYPE ? MAPPING_FACTS : undefined;
  let content: BlockContent | undefined;
  let bodyStart = node.end - context.base;
  if (config && !isUndefined(config, context)) {
    const target = followConst(config, context);
    if (!isObjectLiteralExpression(target.expression)) return undefined;
    content = readConfigBlock(target.expression, fact, target.context, true);
    // Another resource read in part would be taken for one without what is hidden (a queue without
    // `fifoQueue` is a standard queue), so it is left out; a mapping stays, open, for what can be checked.
    if (!content.complete && !fact) return undefined;
    bodyStart = target.context.at ? target.context.at.start : startOf(target.expression, target.context.sourceFile) + 1 - context.base;
  }
  return constructBlock(node, identity, context, content, bodyStart, true);
}

/** The construct with no arguments: what stands for one whose config cannot be read for a syntax error. */
export function emptyConstruct(node: ts.NewExpression, identity: ConstructIdentity, context: ReadContext): TopLevelBlock {
  return constructBlock(node, identity, context, undefined, node.end - context.base, false);
}

/** `readable` is false for a construct whose config could not be read at all: it may set anything. */
function constructBlock(node: ts.NewExpression, identity: ConstructIdentity, context: ReadContext, content: BlockContent | undefined, bodyStart: number, readable: boolean): TopLevelBlock {
  const id = node.arguments?.[1];
  const classRange = rangeIn(node.expression, context);
  const body: Block = {
    type: identity.keyword,
    typeRange: classRange,
    range: rangeOf(0, node.end - context.base),
    attributes: content?.attributes ?? new Map(),
    blocks: content?.blocks ?? [],
    dynamic: false,
    bodyStart,
    ...(content?.complete === false || readable === false ? { open: true as const } : {}),
  };
  return {
    keyword: identity.keyword,
    labels: [identity.type, identity.name],
    labelRanges: [classRange, id ? rangeIn(id, context) : classRange],
    body,
    // Set by `readUnit` when the construct contains a syntax error.
    syntaxError: undefined,
    tooDeep: firstTooDeep(body),
  };
}
