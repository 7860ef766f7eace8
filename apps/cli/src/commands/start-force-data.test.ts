/** Which model and which crime files `peel start` loads. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCrimeFiles, MODELS_DIR, resolveForceModel } from './start-force-data';

const data = mkdtempSync(path.join(tmpdir(), 'peel-shared-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('resolveForceModel', () => {
  it("takes the seed force's model when the data is there, the synthetic force when asked or when it is not", () => {
    expect(resolveForceModel('wiltshire', data)).toEqual({ modelFile: path.join(MODELS_DIR, 'wiltshire.yaml'), demo: false, hasSharedData: true });
    expect(resolveForceModel('synthetic', data)).toEqual({ modelFile: path.join(MODELS_DIR, 'synthetic.yaml'), demo: true, hasSharedData: true });
    expect(resolveForceModel('kent', path.join(data, 'missing'))).toEqual({ modelFile: path.join(MODELS_DIR, 'synthetic.yaml'), demo: true, hasSharedData: false });
  });

  it('names the forces there are for an unknown one', () => {
    expect(() => resolveForceModel('atlantis', data)).toThrow(/^--force: no model "atlantis" in .*models \(forces: .*kent.*wiltshire.*\)$/);
  });
});

describe('findCrimeFiles', () => {
  it("finds the force's street-crime files at any depth, by month, and nothing else", () => {
    for (const file of ['a/2024-02/2024-02-wiltshire-street.csv', 'a/2024-01/2024-01-wiltshire-street.csv', 'b/2019-01-wiltshire-street.csv', 'a/2024-01/2024-01-north-wiltshire-street.csv', 'a/2024-01/2024-01-wiltshire-outcomes.csv', 'a/notes-wiltshire-street.csv']) {
      mkdirSync(path.dirname(path.join(data, file)), { recursive: true });
      writeFileSync(path.join(data, file), 'x');
    }
    expect(findCrimeFiles(data, 'wiltshire').map((file) => path.relative(data, file))).toEqual(['b/2019-01-wiltshire-street.csv', 'a/2024-01/2024-01-wiltshire-street.csv', 'a/2024-02/2024-02-wiltshire-street.csv']);
  });
});
