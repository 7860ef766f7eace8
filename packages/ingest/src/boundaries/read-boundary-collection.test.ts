import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONS_WARDS_2013 } from './ons-sources';
import { readBoundaryCollection } from './read-boundary-collection';

describe('readBoundaryCollection', () => {
  it('names the file when it is missing', async () => {
    await expect(readBoundaryCollection('/nowhere/E07000111.json', ONS_WARDS_2013)).rejects.toThrow('/nowhere/E07000111.json: file not found');
  });

  it('names the file when it is not JSON', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'peel-boundary-')), 'broken.json');
    await writeFile(file, '{ "type": "FeatureCollection", ');
    await expect(readBoundaryCollection(file, ONS_WARDS_2013)).rejects.toThrow(`${file}: not valid JSON`);
  });
});
