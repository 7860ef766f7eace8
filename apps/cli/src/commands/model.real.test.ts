import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runPeel, tempFileWriter } from '../run-peel';

const writeModel = tempFileWriter('peel-model-');

describe('peel model validate against the boundary files', () => {
  it('checks every ward of a real model against the ONS files', () => {
    const result = runPeel(['model', 'validate', 'models/kent.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok models\/kent\.yaml — Kent Police: 13 areas, 305 wards, .*; boundaries checked: 305\/305 wards of 13 districts assigned\n$/);
  });

  it('a ward code that is not in its district file is an error at that ward', () => {
    const kent = readFileSync(path.join(REPO_ROOT, 'models/kent.yaml'), 'utf8');
    // E05005008 is a real Sevenoaks ward; E05099999 exists in no file.
    const file = writeModel('kent-bad-ward.yaml', kent.replace('code: E05005008,', 'code: E05099999,'));
    const line = kent.split('\n').findIndex((l) => l.includes('code: E05005008,')) + 1;
    const result = runPeel(['model', 'validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}:`);
    expect(result.stderr).toMatch(/geography\.areas\[\d+\]\.wards\[0\]\.code: .*E05099999/);
  });
});
