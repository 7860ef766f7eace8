/**
 * Round trip (fast-check): any table of strings, written as RFC 4180 CSV (fields with quotes,
 * delimiters or line breaks quoted, quotes doubled) and pushed in chunks of any size, reads back
 * as the same table, each record numbered by the physical line it starts on.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CsvReader } from './csv-reader';

const field = fc.string({ unit: 'grapheme', maxLength: 10 });
const table = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 20 }).filter((rows) => rows.every((row) => row.length > 1 || row[0] !== ''));

/** RFC 4180 encoding, quoting only where needed (and always for a field starting with a BOM, which the reader would drop at the start of the file). */
function encode(rows: string[][], lineBreak: string): string {
  const quote = (value: string) => (/[",\r\n]|^\uFEFF/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(quote).join(',')).join(lineBreak);
}

it('reads back any table written as CSV, in any chunking, with the physical line of each record', () => {
  fc.assert(
    fc.property(table, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 64 }), fc.boolean(), (rows, lineBreak, chunk, hasFinalBreak) => {
      const text = encode(rows, lineBreak) + (hasFinalBreak && rows.length > 0 ? lineBreak : '');
      const read: { line: number; fields: string[] }[] = [];
      const reader = new CsvReader({ record: (fields, line) => read.push({ line, fields }), error: (reason, line) => read.push({ line, fields: [`ERROR ${reason}`] }) }, { maxLinesPerRecord: 1000 });
      for (let start = 0; start < text.length; start += chunk) reader.push(text.slice(start, start + chunk));
      reader.end();
      let line = 1;
      const expected = rows.map((fields) => {
        const record = { line, fields };
        // A record spans one line plus one per line break inside its fields (CRLF counts once).
        line += 1 + fields.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
        return record;
      });
      expect(read).toEqual(expected);
    }),
    { numRuns: 500, seed: 4180 },
  );
});
