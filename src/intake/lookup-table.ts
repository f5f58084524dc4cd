/**
 * A word table read with whatever a reporter typed: without Object's prototype, so "constructor"
 * or "tostring" in a report is no entry ("constructor" once read as a function in place of a word).
 */
export function withoutPrototype<V>(table: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, table);
}
