import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runPeel, tempFileWriter } from '../run-peel';

const synthetic = readFileSync(path.join(REPO_ROOT, 'models/synthetic.yaml'), 'utf8');
const writeModel = tempFileWriter('peel-model-');

describe('peel model validate', () => {
  it('exits 0 and prints a one-line summary for a valid model', () => {
    // A data directory that exists but holds none of the model's boundary files, so the result does not depend on the real data.
    const emptyDataDir = mkdtempSync(path.join(tmpdir(), 'peel-empty-data-'));
    const result = runPeel(['model', 'validate', 'models/synthetic.yaml'], { PEEL_SHARED_DATA: emptyDataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok models/synthetic.yaml — Peelshire Constabulary (synthetic): 2 areas, 5 wards, 5 teams; headcount PC 39, CH 22, PS 15, PCSO 6 (total 82); boundaries not fully checked (2 file(s) missing)\n');
    expect(result.stderr).toMatch(/^models\/synthetic\.yaml: note: boundary file\(s\) not found, wards of those districts not checked: .*synthetic\/wards\/E07999901\.json/);
  });

  it('--json prints { valid, errors, summary }', () => {
    const result = runPeel(['model', 'validate', '--json', 'models/synthetic.yaml']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ valid: true, errors: [], summary: { areas: 2, wards: 5, teams: 5 } });
  });

  it('exits 1 with file:line:column path: message for a bad value', () => {
    const file = writeModel('bad-type.yaml', synthetic.replace('PCSO: { headcount: 6 }', 'PCSO: { headcount: ten }'));
    const lines = synthetic.split('\n');
    const line = lines.findIndex((l) => l.includes('PCSO: { headcount: 6 }')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('6 }') + 1;
    const result = runPeel(['model', 'validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${file}:${line}:${column} teams[2].roles.PCSO.headcount: expected a whole number >= 0, got "ten"\n`);
    const json = JSON.parse(runPeel(['model', 'validate', '--json', file]).stdout);
    expect(json).toEqual({ file, valid: false, errors: [{ path: 'teams[2].roles.PCSO.headcount', line, column, message: 'expected a whole number >= 0, got "ten"' }], warnings: [], summary: null, boundaries: null });
  });

  it.each([
    ['wrong type', 'PCSO: { headcount: 6 }', 'PCSO: { headcount: ten }', 'ten }', 'teams[2].roles.PCSO.headcount', /^expected a whole number >= 0, got "ten"$/],
    ['missing required field', '    kind: resolution-centre\n', '', 'id: resolution-centre', 'teams[3].kind', /^required field is missing: expected a team kind/],
    ['dangling reference', 'team: resolution-centre }', 'team: resolution-center }', 'resolution-center }', 'routing[3].team', /^unknown team "resolution-center"/],
    ['ward in two areas', '{ code: E05999904, name: Dunmore', '{ code: E05999902, name: Dunmore', 'E05999902, name: Dunmore', 'geography.areas[1].wards[0].code', /is in two areas: "north" .* and "south"$/],
  ])('%s: exit 1 and the error at the right line and path', (_name, from, to, marker, expectedPath, expectedMessage) => {
    const text = synthetic.replace(from, to);
    expect(text).not.toBe(synthetic);
    const file = writeModel(`${expectedPath.replace(/\W+/g, '-')}.yaml`, text);
    const before = text.slice(0, text.indexOf(marker));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const result = runPeel(['model', 'validate', '--json', file]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.valid).toBe(false);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]).toMatchObject({ path: expectedPath, line, column });
    expect(json.errors[0].message).toMatch(expectedMessage);
  });

  it('exits 1 when any of several files is invalid, and reports a missing file', () => {
    const result = runPeel(['model', 'validate', 'models/synthetic.yaml', 'models/does-not-exist.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ok models/synthetic.yaml');
    expect(result.stderr).toContain('models/does-not-exist.yaml:1:1 (file): file not found');
  });
});

describe('peel model validate against the boundary files', () => {
  it('without the data directory validates the structure and says what is missing', () => {
    const result = runPeel(['model', 'validate', 'models/kent.yaml'], { PEEL_SHARED_DATA: '/nonexistent/peel-data' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/; boundaries not checked \(no shared data directory\)\n$/);
    expect(result.stderr).toBe('models/kent.yaml: note: shared data directory /nonexistent/peel-data not found (set PEEL_SHARED_DATA): validated the structure only\n');
  });
});

describe('peel model show', () => {
  it('prints the model as a tree', () => {
    const result = runPeel(['model', 'show', 'models/synthetic.yaml', '--depth', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Peelshire Constabulary (synthetic) [peelshire] — synthetic — generated for tests, no seed document');
    expect(result.stdout).toContain('├─ Teams (5); headcount PC 39, PS 15, PCSO 6, CH 22');
  });
});
