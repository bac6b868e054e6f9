// The one name table between CDKTF's camelCase config properties and the canonical snake_case names of
// the facts table. It is derived from the facts, so a new argument or block needs no entry here.

import type { BlockFact } from '../../facts/factTypes';
import { own } from '../../facts/own';
import { camelCase } from '../../language/caseNames';

export { camelCase };

/**
 * `visibilityTimeoutSeconds` → `visibility_timeout_seconds`, for names the facts do not know (other
 * resources' arguments, typos). Runs of capitals are one word: `eventSourceARN` → `event_source_arn`.
 */
export function snakeCase(camel: string): string {
  let snake = SNAKE.get(camel);
  if (snake === undefined) {
    snake = camel
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase();
    // Stacks repeat the same few property names thousands of times; the set of names stays small.
    if (SNAKE.size < 10_000) SNAKE.set(camel, snake);
  }
  return snake;
}

const SNAKE = new Map<string, string>();

/**
 * Properties every CDKTF resource config inherits (`TerraformMetaArguments`). `null` marks the ones with
 * no Terraform argument in the resource body (`provisioners` and `connection` become provisioner blocks).
 */
const META_PROPERTIES: Readonly<Record<string, string | null>> = {
  dependsOn: 'depends_on',
  count: 'count',
  forEach: 'for_each',
  provider: 'provider',
  lifecycle: 'lifecycle',
  provisioners: null,
  connection: null,
};

/** Per block of the facts, its arguments and blocks by camelCase name. */
const TABLE = new Map<BlockFact, ReadonlyMap<string, string>>();

function tableOf(fact: BlockFact): ReadonlyMap<string, string> {
  let names = TABLE.get(fact);
  if (!names) {
    const built = new Map<string, string>();
    for (const name of [...Object.keys(fact.attributes), ...Object.keys(fact.blocks)]) built.set(camelCase(name), name);
    TABLE.set(fact, built);
    names = built;
  }
  return names;
}

/**
 * The canonical name of a config property: from the facts of the block it is in when they know it,
 * otherwise its snake_case conversion (so `unknown-argument` reports it); `null` for properties that
 * are no argument at all. Names already in snake_case (quoted keys) stay as they are. A property that
 * no snake_case name converts back to (`__proto__`, `ABC`, `eventSourceARN`, `a_b2C`) is no argument
 * a CDKTF binding reads: it stays as written, so that messages name it as the user wrote it.
 */
export function canonicalName(property: string, fact: BlockFact | undefined, topLevel: boolean): string | null {
  const known = fact && tableOf(fact).get(property);
  if (known) return known;
  const meta = topLevel ? own(META_PROPERTIES, property) : undefined;
  if (meta !== undefined) return meta;
  const snake = snakeCase(property);
  return camelCase(snake) === property ? snake : property;
}

