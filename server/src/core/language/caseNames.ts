// How CDK for Terraform spells the canonical snake_case names in its languages. Here, not in the CDKTF front
// end, because the language descriptors (and through them fixes, messages and completion) spell names too.

/** A name as Terraform writes its arguments: lower-case words joined by `_`. */
const SNAKE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * `document_db_event_source_config` → `documentDbEventSourceConfig`, as the CDKTF generators name it.
 * Another name (`__proto__`, `ABC`) is a property kept as written (see `canonicalName`): it stays so.
 */
export function camelCase(snake: string): string {
  return SNAKE_NAME.test(snake) ? snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : snake;
}
