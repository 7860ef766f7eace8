/** The shipped San Diego mapping (mappings/san-diego.yaml) is valid without the data; its tables are checked in the .real test. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCallMapping } from './load-call-mapping';

const FILE = path.resolve(import.meta.dirname, '../../../../mappings/san-diego.yaml');

describe('mappings/san-diego.yaml', () => {
  it('validates, in Pacific time, with the beat as location and the three lookup tables', async () => {
    const mapping = parseCallMapping(await readFile(FILE, 'utf8'), FILE);
    expect(mapping.timeZone).toBe('America/Los_Angeles');
    expect(mapping.columns).toEqual({ id: 'incident_num', receivedAt: 'date_time', type: 'call_type', priority: 'priority', disposition: 'disposition', locationCode: 'beat' });
    expect(mapping.grades).toEqual({ '0': 1, '1': 1, '2': 2, '3': 3, '4': 4 });
    expect(mapping.location).toEqual({ codeKind: 'beat', noLocation: ['-1'] });
    expect(Object.keys(mapping.lookups)).toEqual(['callTypes', 'dispositions', 'locations']);
  });
});
