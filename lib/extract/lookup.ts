/**
 * A word's entry in a table written as an object literal, or undefined. Only the table's own keys
 * count: a plain `table[word]` finds "constructor" or "toString" on every object.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
