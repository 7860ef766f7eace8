import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallMappingError } from './call-mapping-error';
import { loadCallMapping, parseCallMapping } from './load-call-mapping';

const minimal = `timeZone: Europe/London
columns:
  id: ref
  receivedAt: created
  type: type
  priority: grade
  latitude: lat
  longitude: lon
grades: { "1": 1, "2": 2 }
`;

const problemsOf = (text: string): readonly string[] => {
  try {
    parseCallMapping(text, 'm.yaml');
  } catch (error) {
    if (error instanceof CallMappingError) return error.problems;
    throw error;
  }
  throw new Error('expected the mapping to be refused');
};

describe('parseCallMapping', () => {
  it('accepts a minimal mapping and fills the defaults', () => {
    expect(parseCallMapping(minimal, 'm.yaml')).toMatchObject({ timestampFormat: 'YYYY-MM-DD HH:mm:ss', ungradedPriorities: 'keep', lookups: {} });
  });

  it('accepts the same mapping written as JSON', () => {
    const json = JSON.stringify({ timeZone: 'UTC', columns: { id: 'a', receivedAt: 'b', type: 'c', priority: 'd', locationCode: 'e' }, location: { codeKind: 'lsoa' }, grades: {} });
    expect(parseCallMapping(json, 'm.json').location).toEqual({ codeKind: 'lsoa', noLocation: [] });
  });

  it('names each bad field with its line, all at once', () => {
    const bad = minimal.replace('Europe/London', 'Europe/Londres').replace('receivedAt: created', 'receivedAt: ""').replace('"2": 2', '"2": 0').concat('colour: blue\n');
    expect(problemsOf(bad)).toEqual([
      'timeZone (line 1): expected an IANA time zone such as Europe/London or America/Los_Angeles',
      'columns.receivedAt (line 4): expected a column name (a header of the CSV)',
      'grades.2 (line 9): expected a grade of 1 or more',
      '(the mapping) (line 1): unknown field colour',
    ]);
  });

  it('says what is missing and which location fields go together', () => {
    expect(problemsOf('timeZone: UTC\ncolumns: { id: a, type: c, priority: d }\ngrades: {}\n')).toEqual(['columns.receivedAt (line 2): missing']);
    expect(problemsOf('timeZone: UTC\ncolumns: { id: a, receivedAt: b, type: c, priority: d }\ngrades: {}\n')).toEqual([
      'columns.locationCode (line 2): give a location: latitude and longitude, or locationCode (an LSOA, area or beat code)',
    ]);
    expect(problemsOf(minimal.replace('  longitude: lon\n', ''))).toEqual(['columns.latitude (line 7): give latitude and longitude together, or neither']);
    expect(problemsOf(minimal.replace('  latitude: lat\n  longitude: lon\n', '  locationCode: beat\n'))).toEqual([
      'location: columns.locationCode needs a location section saying what the code is (codeKind: lsoa | beat)',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('timeZone: UTC\ncolumns: [\n')[0]).toMatch(/^line \d+: /);
  });
});

describe('loadCallMapping', () => {
  it('reads lookup tables relative to the data directory, dropping a byte-order mark', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'peel-mapping-'));
    await mkdir(path.join(dir, 'sd'));
    await writeFile(path.join(dir, 'sd', 'beats.csv'), '\uFEFFbeat,neighborhood,,\n111,Clairemont Mesa East,,\n523,Gaslamp,,\n523,Gas Lamp,,\n');
    const file = path.join(dir, 'm.yaml');
    await writeFile(file, `${minimal.replace('  latitude: lat\n  longitude: lon\n', '  locationCode: beat\n')}location: { codeKind: beat }\nlookups:\n  locations: { file: sd/beats.csv, key: beat, value: neighborhood }\n`);
    const loaded = await loadCallMapping(file, dir);
    expect([...(loaded.lookups.locations?.values ?? [])]).toEqual([['111', 'Clairemont Mesa East'], ['523', 'Gaslamp']]);
    expect(loaded.lookups.locations?.warnings).toEqual(["beats.csv line 4: beat '523' is given as both 'Gaslamp' and 'Gas Lamp'; kept 'Gaslamp'"]);
    expect(loaded.clock.timeZone).toBe('Europe/London');
  });

  it('names the lookup field and file when a table or its column is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'peel-mapping-'));
    await writeFile(path.join(dir, 'types.csv'), 'code,text\nA,Alarm\n');
    const write = async (lookup: string) => {
      const file = path.join(dir, 'm.yaml');
      await writeFile(file, `${minimal}lookups:\n  callTypes: ${lookup}\n`);
      return file;
    };
    await expect(loadCallMapping(await write('{ file: nope.csv, key: code, value: text }'), dir)).rejects.toThrow(/nope\.csv: lookups\.callTypes\.file: file not found/);
    await expect(loadCallMapping(await write('{ file: types.csv, key: call_type, value: text }'), dir)).rejects.toThrow(/lookups\.callTypes\.key: no column 'call_type' \(the columns are code, text\)/);
    await expect(loadCallMapping(await write('{ file: /etc/passwd, key: a, value: b }'), dir)).rejects.toThrow(/lookups\.callTypes\.file \(line 11\): expected a path relative to the shared data directory/);
  });

  it('names timestampFormat when the pattern is unusable', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'peel-mapping-'));
    const file = path.join(dir, 'm.yaml');
    await writeFile(file, `${minimal}timestampFormat: HH:mm\n`);
    await expect(loadCallMapping(file, dir)).rejects.toThrow(/timestampFormat: 'HH:mm' has no year, month, day/);
  });
});
