/**
 * A record's own value for a name the request gave (a field, a header, a key), never one
 * its prototype carries: `constructor` or `toString` is nobody's field. Every lookup of a
 * user-given name goes through this, or through a null-prototype record.
 */
export function getOwn(record: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** An empty record without a prototype: filled with user-given names, it answers only for them (`__proto__` included). */
export function makeRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
