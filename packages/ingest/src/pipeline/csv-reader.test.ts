import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvReaderOptions } from './csv-reader';

type Item = { line: number; fields: string[] } | { line: number; error: string; field: number | null };

/** Reads `text` pushed in pieces of `chunk` characters (all at once by default). */
function read(text: string, options: CsvReaderOptions & { chunk?: number } = {}): Item[] {
  const items: Item[] = [];
  const reader = new CsvReader(
    { record: (fields, line) => items.push({ line, fields }), error: (error, line, field) => items.push({ line, error, field }) },
    options,
  );
  const size = options.chunk ?? Math.max(text.length, 1);
  for (let start = 0; start < text.length; start += size) reader.push(text.slice(start, start + size));
  reader.end();
  return items;
}

describe('CsvReader (RFC 4180, physical line numbers)', () => {
  it('splits plain lines and numbers them from 1', () => {
    expect(read('a,b\n1,2\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads a last line without a line break, and adds no record for a final line break', () => {
    expect(read('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('treats CRLF as one line break and keeps empty fields', () => {
    expect(read('a,b,c\r\n1,,\r\n,2,\r\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', ''] },
      { line: 3, fields: ['', '2', ''] },
    ]);
  });

  it('drops a byte-order mark at the start of the file only', () => {
    expect(read('\uFEFFa,b\n\uFEFF1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['\uFEFF1', '2'] },
    ]);
  });

  it('unquotes quoted fields with delimiters and doubled quotes (data.police.uk LSOA names)', () => {
    expect(read('x,"Bournemouth, Christchurch and Poole 012D","say ""hi""",""\n')).toEqual([
      { line: 1, fields: ['x', 'Bournemouth, Christchurch and Poole 012D', 'say "hi"', ''] },
    ]);
  });

  it('reports an empty line as an error on its own line and goes on', () => {
    expect(read('a\n\n\r\nb\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, error: 'empty line', field: null },
      { line: 3, error: 'empty line', field: null },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('rejects a quote inside an unquoted field, naming the field, and resumes on the next line', () => {
    expect(read('a,b\n1,x"y\n2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'bad quoting: a quote inside an unquoted field', field: 1 },
      { line: 3, fields: ['2', '3'] },
    ]);
  });

  it('rejects text after a closing quote', () => {
    expect(read('"a"b,c\nd\n')).toEqual([
      { line: 1, error: 'bad quoting: unexpected character after a closing quote', field: 0 },
      { line: 2, fields: ['d'] },
    ]);
  });

  it('costs an unclosed quote only its own line when records are one line each', () => {
    expect(read('1,"open\n2,3\n4,"x"\n')).toEqual([
      { line: 1, error: 'bad quoting: quoted field not closed on its line', field: 1 },
      { line: 2, fields: ['2', '3'] },
      { line: 3, fields: ['4', 'x'] },
    ]);
  });

  it('reports an unclosed quote at the end of the file', () => {
    expect(read('1,2\n3,"open')).toEqual([
      { line: 1, fields: ['1', '2'] },
      { line: 2, error: 'bad quoting: quoted field not closed before the end of the file', field: 1 },
    ]);
  });

  it('lets a quoted field span lines when allowed, numbering the next record by its physical line', () => {
    expect(read('a,"two\nlines"\nb,c\n', { maxLinesPerRecord: 3 })).toEqual([
      { line: 1, fields: ['a', 'two\nlines'] },
      { line: 3, fields: ['b', 'c'] },
    ]);
  });

  it('gives up on a quoted field longer than the allowed lines and resumes on the line after its start', () => {
    expect(read('a,"x\ny\nz\nw"\nb\n', { maxLinesPerRecord: 2 })).toEqual([
      { line: 1, error: 'bad quoting: quoted field not closed within 2 lines', field: 1 },
      { line: 2, fields: ['y'] },
      { line: 3, fields: ['z'] },
      { line: 4, error: 'bad quoting: a quote inside an unquoted field', field: 0 },
      { line: 5, fields: ['b'] },
    ]);
  });

  it('keeps a lone carriage return inside a field as data', () => {
    expect(read('a\rb,c\n')).toEqual([{ line: 1, fields: ['a\rb', 'c'] }]);
  });

  it('gives the same result whatever the chunk size (chunk boundaries inside quotes, CRLF and the BOM)', () => {
    const text = '\uFEFFh1,h2\r\n"q,1","a""b"\r\n\r\nx,"y\r\n1,"2"z\r\nlast,"ok"';
    const whole = read(text);
    expect(whole).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['q,1', 'a"b'] },
      { line: 3, error: 'empty line', field: null },
      { line: 4, error: 'bad quoting: quoted field not closed on its line', field: 1 },
      { line: 5, error: 'bad quoting: unexpected character after a closing quote', field: 1 },
      { line: 6, fields: ['last', 'ok'] },
    ]);
    for (let chunk = 1; chunk <= text.length; chunk++) expect(read(text, { chunk })).toEqual(whole);
  });

  it('refuses a maxLinesPerRecord below 1', () => {
    expect(() => new CsvReader({ record: () => undefined, error: () => undefined }, { maxLinesPerRecord: 0 })).toThrow(RangeError);
  });
});
