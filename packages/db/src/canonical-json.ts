/**
 * Canonical JSON after RFC 8785 (JSON Canonicalization Scheme, JCS): object members sorted by
 * their names' UTF-16 code units, no whitespace, strings and numbers serialised as ECMAScript's
 * `JSON.stringify` does (which is what JCS §3.2.2 prescribes). Two equal values always give the
 * same text, whatever the order their keys were written or stored in (PostgreSQL's jsonb
 * reorders keys), so the text can be hashed.
 */

/** A JSON value as it survives a round trip through jsonb. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The canonical text of `value`. Throws TypeError on what JSON cannot hold (undefined, functions,
 * non-finite numbers, bigint) rather than silently dropping or changing it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => member !== undefined);
      // Default sort compares UTF-16 code units, as JCS §3.2.3 requires.
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/**
 * `value` as it will come back from a jsonb column: `toJSON` applied (dates become strings),
 * undefined members dropped. Hash this, not the original, so the stored row verifies.
 */
export function toJsonValue(value: unknown): JsonValue {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('toJsonValue: the value has no JSON form');
  return JSON.parse(text) as JsonValue;
}
