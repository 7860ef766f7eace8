/** Header checks shared by importers: a fixed header, or named columns looked up in any order. */
import { HeaderError } from './row-format';

/** Header names compare trimmed and case-insensitively: exports differ in nothing else that matters. */
function normalise(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Requires `header` to be exactly `expected`, in order (names compared trimmed, ignoring case).
 * Throws a {@link HeaderError} listing every column that differs.
 */
export function requireExactHeader(header: readonly string[], expected: readonly string[]): void {
  const problems: string[] = [];
  for (let index = 0; index < Math.max(header.length, expected.length); index++) {
    const got = header[index];
    const want = expected[index];
    if (want === undefined) problems.push(`unexpected column ${index + 1} '${got}'`);
    else if (got === undefined) problems.push(`column ${index + 1} '${want}' is missing`);
    else if (normalise(got) !== normalise(want)) problems.push(`column ${index + 1} is '${got}', expected '${want}'`);
  }
  if (problems.length > 0) {
    throw new HeaderError(`header does not match the expected ${expected.length} columns (${expected.join(', ')}): ${problems.join('; ')}`);
  }
}

/**
 * Finds each of `names` in `header` (trimmed, ignoring case) and returns its 0-based index.
 * Throws a {@link HeaderError} naming every missing column, and any that appears twice.
 */
export function findColumns<Name extends string>(header: readonly string[], names: readonly Name[]): Record<Name, number> {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = normalise(name);
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const found = {} as Record<Name, number>;
  const missing: string[] = [];
  const repeated: string[] = [];
  for (const name of names) {
    const at = positions.get(normalise(name));
    if (at === undefined) missing.push(`'${name}'`);
    else if (at.length > 1) repeated.push(`'${name}' (columns ${at.map((index) => index + 1).join(', ')})`);
    else found[name] = at[0] as number;
  }
  const problems = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(repeated.length > 0 ? [`repeated ${repeated.join(', ')}`] : []),
  ];
  if (problems.length > 0) throw new HeaderError(`header: ${problems.join('; ')} (the header has ${header.map((name) => `'${name}'`).join(', ')})`);
  return found;
}
