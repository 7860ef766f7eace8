/**
 * fast-check generators of data.police.uk street-crime files with known good and bad rows, for the
 * pipeline's property tests: every bad row must come back as a rejection on its own line, every
 * good row as a record equal to what was written. The expectations are computed here, from the
 * generated values, never by the code under test.
 */
import fc from 'fast-check';

/** The 12 header names, written out again here so the tests do not take them from the code under test. */
export const HEADER = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context'];

/** data.police.uk crime types and their category slugs (https://data.police.uk/docs/method/crime-categories/). */
export const CRIME_TYPES: Record<string, string> = {
  'Anti-social behaviour': 'anti-social-behaviour',
  'Bicycle theft': 'bicycle-theft',
  Burglary: 'burglary',
  'Criminal damage and arson': 'criminal-damage-arson',
  Drugs: 'drugs',
  'Other theft': 'other-theft',
  'Possession of weapons': 'possession-of-weapons',
  'Public order': 'public-order',
  Robbery: 'robbery',
  Shoplifting: 'shoplifting',
  'Theft from the person': 'theft-from-the-person',
  'Vehicle crime': 'vehicle-crime',
  'Violence and sexual offences': 'violent-crime',
  'Other crime': 'other-crime',
};
const KNOWN_TYPES = new Set([...Object.keys(CRIME_TYPES), 'Violent crime'].map((name) => name.toLowerCase()));

/** What a good row must be stored as. */
export interface ExpectedCrime {
  crimeId: string | null;
  month: string;
  reportedBy: string;
  fallsWithin: string;
  longitude: number | null;
  latitude: number | null;
  location: string;
  lsoaCode: string | null;
  lsoaName: string | null;
  crimeType: string;
  category: string;
  lastOutcome: string | null;
  context: string | null;
}

/** The ways a row is made bad. */
export type BadKind = 'bad-quoting' | 'column-count' | 'coordinate' | 'half-coordinates' | 'month' | 'crime-type' | 'empty-line';

/** A generated data row: its text (one line, no line break) and what the import must make of it. */
export type GeneratedRow =
  | { kind: 'good'; text: string; expected: ExpectedCrime }
  /** `column`: the header name the rejection must carry (null: the whole row); undefined when it cannot be predicted. */
  | { kind: BadKind; text: string; column: string | null | undefined };

/** A generated file: its text and its data rows (row i is on line i + 2). */
export interface GeneratedStreetCrimeFile {
  text: string;
  rows: GeneratedRow[];
  hasBom: boolean;
  lineBreak: '\n' | '\r\n';
}

/** Text without line breaks (any Unicode graphemes: Welsh place names, emoji, quotes, commas). */
const text = (maxLength = 12) => fc.string({ unit: 'grapheme', maxLength }).filter((value) => !/[\r\n]/.test(value));
const nonBlank = text().filter((value) => value.trim() !== '');
/** Text that needs no quoting and is not a plain number. */
const junk = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((value) => !/[\r\n",]/.test(value) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value));

/** Encodes one field: quoted (quotes doubled) when it must be, and sometimes when it need not be. */
function encode(value: string, forceQuotes: boolean): string {
  return forceQuotes || /[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const month = fc.tuple(fc.integer({ min: 1990, max: 2039 }), fc.integer({ min: 1, max: 12 })).map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);
const coordinates = fc.oneof(
  fc.constant<[string, string]>(['', '']),
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.boolean()).map(([lon, lat, fixed]): [string, string] =>
    fixed ? [lon.toFixed(6), lat.toFixed(6)] : [String(lon), String(lat)],
  ),
);

/** The 12 field values of a good row. */
const goodFields = fc
  .record({
    crimeId: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-f]{64}$/)),
    month,
    reportedBy: nonBlank,
    fallsWithin: nonBlank,
    coordinates,
    location: text(),
    lsoaCode: text(),
    lsoaName: text(),
    crimeType: fc.constantFrom(...Object.keys(CRIME_TYPES)),
    lastOutcome: text(),
    context: text(),
  })
  .map((r) => [r.crimeId, r.month, r.reportedBy, r.fallsWithin, r.coordinates[0], r.coordinates[1], r.location, r.lsoaCode, r.lsoaName, r.crimeType, r.lastOutcome, r.context]);

/** What a good row's fields must be stored as. */
function expectedOf(fields: readonly string[]): ExpectedCrime {
  const at = (index: number) => fields[index] as string;
  const orNull = (index: number) => (at(index) === '' ? null : at(index));
  return {
    crimeId: orNull(0),
    month: at(1),
    reportedBy: at(2),
    fallsWithin: at(3),
    longitude: at(4) === '' ? null : Number(at(4)),
    latitude: at(5) === '' ? null : Number(at(5)),
    location: at(6),
    lsoaCode: orNull(7),
    lsoaName: orNull(8),
    crimeType: at(9),
    category: CRIME_TYPES[at(9)] as string,
    lastOutcome: orNull(10),
    context: orNull(11),
  };
}

/** A line of encoded fields. */
const line = (fields: readonly string[], quoting: readonly boolean[]) => fields.map((value, index) => encode(value, quoting[index] ?? false)).join(',');
const quoting = fc.array(fc.boolean(), { minLength: 13, maxLength: 13 });

const goodRow: fc.Arbitrary<GeneratedRow> = fc.tuple(goodFields, quoting).map(([fields, quotes]) => ({ kind: 'good', text: line(fields, quotes), expected: expectedOf(fields) }));

/** Replaces field `index` of a row. */
const replace = (fields: readonly string[], index: number, value: string) => fields.map((field, at) => (at === index ? value : field));

const badRow: fc.Arbitrary<GeneratedRow> = fc.oneof(
  // A quote inside an unquoted field, or text after a closing quote: the error is at that field.
  fc.tuple(goodFields, quoting, fc.integer({ min: 0, max: 11 }), fc.boolean()).map(([fields, quotes, index, isStray]): GeneratedRow => {
    const encoded = fields.map((value, at) => encode(value, quotes[at] ?? false));
    encoded[index] = isStray ? 'a"b' : '"a"b';
    return { kind: 'bad-quoting', text: encoded.join(','), column: HEADER[index] };
  }),
  // An opening quote never closed on the line (in the last field, so nothing after it can close it).
  fc.tuple(goodFields, quoting).map(([fields, quotes]): GeneratedRow => {
    const encoded = fields.map((value, at) => encode(value, quotes[at] ?? false));
    encoded[11] = `"${(fields[11] ?? '').replaceAll('"', '')}`;
    return { kind: 'bad-quoting', text: encoded.join(','), column: 'Context' };
  }),
  fc.tuple(goodFields, quoting, fc.integer({ min: 1, max: 11 }), fc.boolean()).map(([fields, quotes, count, isShort]): GeneratedRow => ({
    kind: 'column-count',
    text: line(isShort ? fields.slice(0, count) : [...fields, ...fields.slice(0, count)], quotes),
    column: null,
  })),
  fc.tuple(goodFields, quoting, fc.oneof(junk, fc.constantFrom('NaN', 'Infinity', '0x1F', '1e', '--1', '181', '-200.5')), fc.boolean()).map(([fields, quotes, value, isLongitude]): GeneratedRow => {
    const withPoint = replace(replace(fields, 4, '-0.5'), 5, '50.8');
    return { kind: 'coordinate', text: line(replace(withPoint, isLongitude ? 4 : 5, value), quotes), column: isLongitude ? 'Longitude' : 'Latitude' };
  }),
  fc.tuple(goodFields, quoting, fc.boolean()).map(([fields, quotes, dropLongitude]): GeneratedRow => ({
    kind: 'half-coordinates',
    text: line(dropLongitude ? replace(replace(fields, 4, ''), 5, '51.1') : replace(replace(fields, 4, '0.25'), 5, ''), quotes),
    column: dropLongitude ? 'Longitude' : 'Latitude',
  })),
  fc.tuple(goodFields, quoting, fc.oneof(fc.constantFrom('2024-13', '2024-00', '2024-1', '24-01', '2024/01', 'January 2024', '', ' 2024-01'), junk.filter((value) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)))).map(([fields, quotes, value]): GeneratedRow => ({
    kind: 'month',
    text: line(replace(fields, 1, value), quotes),
    column: 'Month',
  })),
  fc.tuple(goodFields, quoting, fc.oneof(fc.constantFrom('Public disorder and weapons', 'Jaywalking', 'all-crime', ''), text().filter((value) => !KNOWN_TYPES.has(value.trim().toLowerCase())))).map(
    ([fields, quotes, value]): GeneratedRow => ({ kind: 'crime-type', text: line(replace(fields, 9, value), quotes), column: 'Crime type' }),
  ),
  fc.constant<GeneratedRow>({ kind: 'empty-line', text: '', column: null }),
);

/**
 * A street-crime file: the header (with or without a byte-order mark), good and bad rows mixed,
 * LF or CRLF line breaks, with or without a final line break.
 */
export function streetCrimeFile(options: { maxRows?: number } = {}): fc.Arbitrary<GeneratedStreetCrimeFile> {
  return fc
    .record({
      rows: fc.array(fc.oneof({ arbitrary: goodRow, weight: 3 }, { arbitrary: badRow, weight: 2 }), { maxLength: options.maxRows ?? 40 }),
      hasBom: fc.boolean(),
      lineBreak: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
      hasFinalBreak: fc.boolean(),
    })
    .map(({ rows, hasBom, lineBreak, hasFinalBreak }) => {
      // A final empty line exists only if a line break ends the line before it.
      const isFinalBreak = hasFinalBreak || rows.at(-1)?.kind === 'empty-line';
      const body = [HEADER.join(','), ...rows.map((row) => row.text)].join(lineBreak);
      return { text: `${hasBom ? '\uFEFF' : ''}${body}${isFinalBreak ? lineBreak : ''}`, rows, hasBom, lineBreak };
    });
}
