// The AWS CLI prints a timestamp as ISO 8601 text (version 2's default) or as epoch seconds (version 1,
// or `cli_timestamp_format = none`); Lambda hands the function epoch seconds, a number a `numeric` pattern
// can compare. A text that is no date stays as it is: the import reports what it could not read.

/** Epoch seconds for what the CLI printed, or undefined when it is neither a number nor a date. */
export function cliTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(value)) return undefined;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : millis / 1000;
}
