/** Test helpers: the synthetic model's text and a way to find the line of a marker in it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of models/synthetic.yaml, the model every test mutates. */
export const SYNTHETIC_TEXT = readFileSync(fileURLToPath(new URL('../../../models/synthetic.yaml', import.meta.url)), 'utf8');

/** Replaces exactly one occurrence of `from` (throws when it is absent or repeated). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`fixture: expected exactly one "${from}"`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The 1-based line and column at which `marker` first occurs (plus `offset` characters). */
export function positionOf(text: string, marker: string, offset = 0): { line: number; column: number } {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`fixture: marker "${marker}" not found`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length;
  return { line, column: index + offset - before.lastIndexOf('\n') };
}
