/** Describes a value found in a document for an error message: `"ten"`, `12`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
