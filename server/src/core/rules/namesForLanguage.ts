// Messages name arguments as the user wrote them: `starting_position` in Terraform, `startingPosition` in
// a CDKTF stack. Rules write Terraform; in TypeScript, inside code spans (between backticks) that are not
// Terraform addresses, this rewrites what is certainly a name the way CDKTF writes it: an argument the
// facts know, an attribute after a dot (`.stream_arn` → `.streamArn`), and the name in `name = value` or
// `name { … }` (→ `name: value`, `name: { … }`). Other words may be the user's values (a topic called
// `order_events`) and stay as they are; rules print names the facts do not know as written.

import { camelCase } from '../extract/cdktf/cdktfNames';
import { API_ONLY_BLOCKS, MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { BlockFact } from '../facts/factTypes';
import type { Language } from '../model/mapping';
import { REFERENCE_SOURCES } from '../sources/referenceSources';

const KNOWN = new Set<string>([
  // Arguments of the resources a mapping refers to that rules name in their messages.
  'stream_enabled',
  'stream_view_type',
  'visibility_timeout_seconds',
  'fifo_queue',
  'invoke_arn',
]);
(function collect(fact: BlockFact): void {
  for (const name of Object.keys(fact.attributes)) KNOWN.add(name);
  for (const [name, child] of Object.entries(fact.blocks)) {
    KNOWN.add(name);
    collect(child);
  }
})(MAPPING_FACTS);
for (const name of Object.keys(API_ONLY_BLOCKS)) KNOWN.add(name);
for (const source of Object.values(REFERENCE_SOURCES)) {
  for (const name of [source.arnAttribute, ...(source.alsoArn ?? []), ...Object.keys(source.notArn ?? {})]) KNOWN.add(name);
}

/** Terraform addresses name resources, which a stack has too: `aws_sqs_queue.orders`, `data.…`. */
const ADDRESS = /^(aws_|awscc_|data\.)/;
const SNAKE = /(?<![A-Za-z0-9_.:])(\.?)([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![A-Za-z0-9_:])( = | \{)?/g;

export function namesForLanguage(message: string, language: Language): string {
  if (language !== 'ts') return message;
  return message.replace(/`([^`]+)`/g, (whole, code: string) => (ADDRESS.test(code) ? whole : `\`${asTypeScript(code)}\``));
}

/** Rewrites the names in the parts of a code span outside quoted strings. */
function asTypeScript(code: string): string {
  return code
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(SNAKE, (whole, dot: string, name: string, after: string | undefined) => {
            if (!dot && !after && !KNOWN.has(name)) return whole;
            return `${dot}${camelCase(name)}${after === ' = ' ? ': ' : after === ' {' ? ': {' : ''}`;
          }),
    )
    .join('');
}
