import type { CrimeCategory, CrimeRecord } from '@peel/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createCopyEncoder } from './copy-csv';
import { encodeCrimeCopyRows } from './encode-crime-copy';
import { CRIME_KEYS, toCrimeRow } from './import-rows';
import { crimeRecords } from './schema';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const nullableText = fc.option(text, { nil: null });
const coordinate = fc.option(fc.double({ noNaN: true, min: -180, max: 180 }), { nil: null });
const record: fc.Arbitrary<CrimeRecord> = fc.record({
  lineNumber: fc.integer({ min: 1, max: 2_000_000 }),
  crimeId: nullableText,
  month: text,
  reportedBy: text,
  fallsWithin: text,
  longitude: coordinate,
  latitude: coordinate,
  location: text,
  lsoaCode: nullableText,
  lsoaName: nullableText,
  crimeType: text,
  category: fc.constantFrom<CrimeCategory>('burglary', 'violent-crime', 'anti-social-behaviour'),
  lastOutcome: nullableText,
  context: nullableText,
  areaId: fc.option(text, { nil: undefined }),
  wardCode: fc.option(nullableText, { nil: undefined }),
  matchedLsoaCode: nullableText,
  geoMatch: fc.option(fc.constantFrom('code' as const, 'geometry' as const, 'none' as const), { nil: null }),
});

it('writes exactly what the generic COPY encoder writes for the same records (quotes, commas, backslashes, empty vs null)', () => {
  const generic = createCopyEncoder(crimeRecords, CRIME_KEYS);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(record, { maxLength: 20 }), (importId, records) => {
      expect(encodeCrimeCopyRows(importId, records)).toBe(generic(records.map((r) => toCrimeRow(importId, r))));
    }),
    { numRuns: 300, seed: 7 },
  );
});
