import type { CrimeCategory } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import type { GeographyResolver } from '../geography/geography-resolver';
import { NO_GEOGRAPHY } from '../geography/geography-resolver';
import { CRIME_TYPE_CATEGORIES, crimeCategoryOf } from './crime-types';
import { parseStreetCrimeRow } from './parse-street-crime-row';

/** 2024-02-wiltshire-street.csv line 5 (Leonard-Theodorus data set), already split into its 12 fields. */
const WILTSHIRE_LINE_5 = [
  '592c82d14ddb0863caa5cd3ce4ee9db84c2f55119daefd11870db03fd18b3244',
  '2024-02',
  'Wiltshire Police',
  'Wiltshire Police',
  '-1.710797',
  '50.747693',
  'On or near Holmhurst Avenue',
  'E01020358',
  'Bournemouth, Christchurch and Poole 019D',
  'Violence and sexual offences',
  'Under investigation',
  '',
];
/** 2024-03-sussex-street.csv line 13019: an anti-social behaviour row with no location. */
const SUSSEX_NO_LOCATION = ['', '2024-03', 'Sussex Police', 'Sussex Police', '', '', 'No Location', '', '', 'Anti-social behaviour', '', ''];

/** The row with field `index` replaced. */
function withField(fields: readonly string[], index: number, value: string): string[] {
  return fields.map((field, at) => (at === index ? value : field));
}

describe('parseStreetCrimeRow', () => {
  it('maps a real row to a CrimeRecord, keeping the crime type and outcome strings as written', () => {
    expect(parseStreetCrimeRow(WILTSHIRE_LINE_5, 5, NO_GEOGRAPHY)).toEqual({
      record: {
        lineNumber: 5,
        crimeId: '592c82d14ddb0863caa5cd3ce4ee9db84c2f55119daefd11870db03fd18b3244',
        month: '2024-02',
        reportedBy: 'Wiltshire Police',
        fallsWithin: 'Wiltshire Police',
        longitude: -1.710797,
        latitude: 50.747693,
        location: 'On or near Holmhurst Avenue',
        lsoaCode: 'E01020358',
        lsoaName: 'Bournemouth, Christchurch and Poole 019D',
        crimeType: 'Violence and sexual offences',
        category: 'violent-crime',
        lastOutcome: 'Under investigation',
        context: null,
        matchedLsoaCode: null,
        wardCode: null,
        areaId: null,
        geoMatch: 'none',
      },
    });
  });

  it('keeps a row without coordinates, with null coordinates and LSOA, and no crime id or outcome', () => {
    const { record } = parseStreetCrimeRow(SUSSEX_NO_LOCATION, 13019, NO_GEOGRAPHY);
    expect(record).toMatchObject({ lineNumber: 13019, crimeId: null, longitude: null, latitude: null, location: 'No Location', lsoaCode: null, lsoaName: null, lastOutcome: null, category: 'anti-social-behaviour' });
  });

  it('places the record with the resolver, passing it the code and the point', () => {
    const seen: unknown[] = [];
    const resolver: GeographyResolver = {
      resolve(location) {
        seen.push(location);
        return { matchedLsoaCode: 'E01020358', wardCode: 'E05008950', areaId: 'east', geoMatch: 'code' };
      },
    };
    const { record } = parseStreetCrimeRow(WILTSHIRE_LINE_5, 5, resolver);
    expect(seen).toEqual([{ lsoaCode: 'E01020358', longitude: -1.710797, latitude: 50.747693 }]);
    expect(record).toMatchObject({ matchedLsoaCode: 'E01020358', wardCode: 'E05008950', areaId: 'east', geoMatch: 'code' });
  });

  it.each([
    ['2024-13', 'Month'],
    ['2024-1', 'Month'],
    ['24-01', 'Month'],
    ['', 'Month'],
  ])('rejects the month %j in column %s', (month, column) => {
    expect(parseStreetCrimeRow(withField(WILTSHIRE_LINE_5, 1, month), 5, NO_GEOGRAPHY).problems).toEqual([
      { column, reason: `expected YYYY-MM (month 01–12), got '${month}'` },
    ]);
  });

  it.each([
    [4, 'abc', 'Longitude', "expected a number, got 'abc'"],
    [4, '0x10', 'Longitude', "expected a number, got '0x10'"],
    [5, '50.7.1', 'Latitude', "expected a number, got '50.7.1'"],
    [5, ' 50.7', 'Latitude', "expected a number, got ' 50.7'"],
    [4, '181', 'Longitude', '181 is outside −180…180'],
    [5, '-90.5', 'Latitude', '-90.5 is outside −90…90'],
    [5, '', 'Latitude', "is empty but Longitude is '-1.710797'"],
    [4, '', 'Longitude', "is empty but Latitude is '50.747693'"],
  ])('rejects field %i = %j (%s: %s)', (index, value, column, reason) => {
    expect(parseStreetCrimeRow(withField(WILTSHIRE_LINE_5, index, value), 5, NO_GEOGRAPHY).problems).toEqual([{ column, reason }]);
  });

  it('rejects an unknown crime type, and an empty force, listing every problem of the row', () => {
    const fields = withField(withField(WILTSHIRE_LINE_5, 9, 'Jaywalking'), 2, ' ');
    expect(parseStreetCrimeRow(fields, 7, NO_GEOGRAPHY).problems).toEqual([
      { column: 'Reported by', reason: 'is empty' },
      { column: 'Crime type', reason: "unknown crime type 'Jaywalking' (not one of the 14 data.police.uk crime types)" },
    ]);
  });

  it('does not consult the resolver for a rejected row', () => {
    let calls = 0;
    const resolver: GeographyResolver = { resolve: () => (calls++, NO_GEOGRAPHY.resolve({ lsoaCode: null, longitude: null, latitude: null })) };
    parseStreetCrimeRow(withField(WILTSHIRE_LINE_5, 1, '2024-00'), 5, resolver);
    expect(calls).toBe(0);
  });
});

describe('crime types (https://data.police.uk/docs/method/crime-categories/)', () => {
  it('maps the 14 street-level crime types onto 14 distinct category slugs', () => {
    const slugs = Object.values(CRIME_TYPE_CATEGORIES);
    expect(slugs).toHaveLength(14);
    expect(new Set(slugs).size).toBe(14);
    const expected: CrimeCategory[] = [
      'anti-social-behaviour', 'bicycle-theft', 'burglary', 'criminal-damage-arson', 'drugs', 'other-crime', 'other-theft',
      'possession-of-weapons', 'public-order', 'robbery', 'shoplifting', 'theft-from-the-person', 'vehicle-crime', 'violent-crime',
    ];
    expect([...slugs].sort()).toEqual(expected);
  });

  it('matches crime types trimmed and in any case, maps the pre-2013 "Violent crime", and nothing else', () => {
    expect(crimeCategoryOf(' criminal DAMAGE and arson ')).toBe('criminal-damage-arson');
    expect(crimeCategoryOf('Violent crime')).toBe('violent-crime');
    expect(crimeCategoryOf('Public disorder and weapons')).toBeUndefined();
    expect(crimeCategoryOf('')).toBeUndefined();
  });
});
