// Lookups in the tables of the core by a name the user wrote. A plain object answers `constructor`,
// `toString` or `__proto__` from Object.prototype, which would make `constructor = 1` a known argument
// (and crash the rules that then read its facts); only a table's own keys are entries.

export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A table with no prototype, for tables that are indexed directly in many places (the facts). */
export function ownTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
