import { describe, expect, it } from 'vitest';
import { loadModel, type LocatedIssue } from './load-model';
import { positionOf, replaceOnce, SYNTHETIC_TEXT } from '../test-fixtures';

function errorsOf(text: string): LocatedIssue[] {
  const result = loadModel(text);
  expect(result.valid).toBe(false);
  return result.errors;
}

describe('loadModel', () => {
  it('accepts the synthetic model with no errors or warnings', () => {
    const result = loadModel(SYNTHETIC_TEXT);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.model?.geography.areas.map((area) => area.id)).toEqual(['north', 'south']);
  });

  it('wrong type: names the path, line and column of the value and what was expected', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'PCSO: { headcount: 6 }', 'PCSO: { headcount: ten }');
    const [only, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      path: 'teams[2].roles.PCSO.headcount',
      message: 'expected a whole number >= 0, got "ten"',
      ...positionOf(text, 'ten }'),
    });
  });

  it('wrong type: a fractional headcount is not a whole number', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'PCSO: { headcount: 6 }', 'PCSO: { headcount: 6.5 }');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'teams[2].roles.PCSO.headcount', message: 'expected a whole number >= 0, got 6.5' });
  });

  it('missing required field: points at the map the field belongs in', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '    kind: resolution-centre\n', '');
    const [only] = errorsOf(text);
    expect(only?.path).toBe('teams[3].kind');
    expect(only?.message).toMatch(/^required field is missing: expected a team kind: response, /);
    expect({ line: only?.line, column: only?.column }).toEqual(positionOf(text, 'id: resolution-centre'));
  });

  it('unknown field: names it at its own line', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'PCSO: { headcount: 6 }', 'PCSO: { headcont: 6 }');
    const errors = errorsOf(text);
    expect(errors).toContainEqual(expect.objectContaining({ path: 'teams[2].roles.PCSO.headcont', message: 'unknown field "headcont" (check its spelling and indentation)', ...positionOf(text, 'headcont') }));
  });

  it('dangling reference: a routing rule naming a team that does not exist', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'route: resolution-centre, team: resolution-centre', 'route: resolution-centre, team: resolution-center');
    const [only, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ path: 'routing[3].team', ...positionOf(text, 'resolution-center') });
    expect(only?.message).toMatch(/^unknown team "resolution-center": expected one of north-response, south-response, neighbourhood, resolution-centre, control-room$/);
  });

  it('dangling reference: a team naming an unknown area and shift pattern', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'areas: [south]\n    shiftPattern: response-5', 'areas: [southh]\n    shiftPattern: response-6');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual(['teams[1].areas[0]', 'teams[1].shiftPattern']);
    expect(errors[0]).toMatchObject(positionOf(text, 'southh'));
  });

  it('a ward in two areas: reported at the second occurrence, naming both areas', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '{ code: E05999904, name: Dunmore', '{ code: E05999902, name: Dunmore');
    const [only, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ path: 'geography.areas[1].wards[0].code', ...positionOf(text, 'E05999902, name: Dunmore') });
    expect(only?.message).toBe('ward E05999902 (Dunmore) is in two areas: "north" (geography.areas[0].wards[1].code) and "south"');
  });

  it('a 24/7 shift pattern that leaves hours uncovered', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '{ id: night, start: "22:00", durationHours: 10 }', '{ id: night, start: "22:00", durationHours: 8 }');
    const [only] = errorsOf(text);
    expect(only?.path).toBe('shiftPatterns[0].shifts');
    expect(only?.message).toBe('pattern "response-5" is declared 24/7 but leaves hours uncovered: mon 06:00–mon 07:00, tue 06:00–tue 07:00, wed 06:00–wed 07:00, thu 06:00–thu 07:00 and 3 more');
  });

  it('a PCSO given the power of arrest', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'powers: [detain, issue-fixed-penalty', 'powers: [arrest, issue-fixed-penalty');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'roles.PCSO.powers[0]', message: expect.stringMatching(/^"arrest" needs a warrant: role PCSO is not sworn/) });
  });

  it('a protected headcount the teams do not meet', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'teamKinds: [response], minimum: 30', 'teamKinds: [response], minimum: 36');
    expect(errorsOf(text)[0]?.message).toBe('protected headcount "response-pcs" needs at least 36 PC, but the teams hold 35');
  });

  it('a ward minimum the PCSO headcount does not meet', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'PCSO: { headcount: 6 }', 'PCSO: { headcount: 4 }');
    expect(errorsOf(text)[0]?.message).toBe('"north" has 3 wards and needs 3 PCSO, its own teams hold 0; "south" has 2 wards and needs 2 PCSO, its own teams hold 0; teams shared between these areas can fill only 4 of the 5 short');
  });

  it('abstraction causes summing to 100 % or more', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'annual-leave: 12', 'annual-leave: 90');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'abstractionPercent', message: 'abstraction causes sum to 103 %: expected less than 100 %' });
  });

  it('a scenario changing a team that does not exist', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '{ team: north-response, role: PC, headcountDelta: 1 }', '{ team: west-response, role: PC, headcountDelta: 1 }');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'scenarios[0].headcountChanges[0].team', message: expect.stringMatching(/^unknown team "west-response"/) });
  });

  it('duplicate ids', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '- id: south-response', '- id: north-response');
    expect(errorsOf(text)).toContainEqual(expect.objectContaining({ path: 'teams[1].id', message: 'duplicate team "north-response": already used at index 0' }));
  });

  it('YAML syntax errors carry the line', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'force: Peelshire Constabulary (synthetic)', 'force: [Peelshire');
    const [first] = errorsOf(text);
    expect(first?.message).toMatch(/^YAML syntax: /);
    expect(first?.line).toBeGreaterThanOrEqual(positionOf(text, 'force: [Peelshire').line);
  });

  it('a duplicated key is a syntax error, not a silent overwrite', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'timeZone: Europe/London', 'timeZone: Europe/London\ntimeZone: UTC');
    expect(errorsOf(text)[0]?.message).toMatch(/^YAML syntax: Map keys must be unique/);
  });

  it('warns when the last routing rule is not a catch-all', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '  - { id: otherwise, when: {}, route: no-further-action }\n', '');
    const result = loadModel(text);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['routing[3]']);
  });
});

describe('ward minimums per area', () => {
  it('a team shared by two areas cannot fill a shortage in a third it does not cover', () => {
    const text = replaceOnce(
      replaceOnce(SYNTHETIC_TEXT, '\nroles:\n', '\n    - id: east\n      name: East Peelshire\n      districts: [E07999903]\n      wards:\n        - { code: E05999906, name: Fenside, urbanRural: rural }\n\nroles:\n'),
      'areas: [north, south], minimumPerWard: 1',
      'areas: [north, south, east], minimumPerWard: 1',
    );
    const result = loadModel(text);
    expect(result.errors.map((e) => e.message)).toEqual([
      '"north" has 3 wards and needs 3 PCSO, its own teams hold 0; "south" has 2 wards and needs 2 PCSO, its own teams hold 0; "east" has 1 wards and needs 1 PCSO, its own teams hold 0; teams shared between these areas can fill only 5 of the 6 short',
    ]);
  });

  it('a surplus in one area cannot cover a shortage in another', () => {
    // Split the shared neighbourhood team into one team per area: north gets 5 PCSOs, south 1.
    const text = replaceOnce(
      replaceOnce(SYNTHETIC_TEXT, '    areas: [north, south]\n    shiftPattern: neighbourhood-3', '    areas: [north]\n    shiftPattern: neighbourhood-3'),
      'PCSO: { headcount: 6 }',
      'PCSO: { headcount: 5 }',
    ).replace('  - id: resolution-centre\n', '  - { id: south-pcso, name: South PCSOs, kind: neighbourhood, areas: [south], roles: { PCSO: { headcount: 1 } } }\n  - id: resolution-centre\n');
    const result = loadModel(text);
    expect(result.errors.map((e) => e.message)).toEqual(['"south" has 2 wards and needs 2 PCSO, its own teams hold 1']);
  });
});

describe('warrant', () => {
  it('a PCSO marked sworn is refused, and still cannot arrest', () => {
    const text = replaceOnce(
      replaceOnce(SYNTHETIC_TEXT, 'category: pcso\n    sworn: false', 'category: pcso\n    sworn: true'),
      'powers: [detain, issue-fixed-penalty',
      'powers: [arrest, issue-fixed-penalty',
    );
    expect(loadModel(text).errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'roles.PCSO.sworn: a pcso role cannot be sworn: only officers and special constables hold a warrant',
      'roles.PCSO.powers[0]: "arrest" needs a warrant: role PCSO is not sworn (a PCSO may detain, not arrest)',
    ]);
  });
});

describe('messages for maps and keys', () => {
  it('a bad role key is reported at the key with the rule for keys', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, '  PCSO:\n    name: Police Community', '  "bad key":\n    name: Police Community');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'roles["bad key"]', message: 'expected a role key (letters, digits, hyphens or underscores), got "bad key"', ...positionOf(text, '"bad key"') });
  });

  it('an empty file says what a model is', () => {
    expect(errorsOf('')).toEqual([{ path: '(document)', line: 1, column: 1, severity: 'error', message: 'expected a policing model (a map of sections such as peel, id, force, geography), got an empty document' }]);
  });

  it('a missing section says a map was expected', () => {
    const errors = errorsOf('peel: 1\nid: x\nforce: X\n');
    expect(errors).toContainEqual(expect.objectContaining({ path: 'geography', message: 'required field is missing: expected a map' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'shiftPatterns', message: expect.stringMatching(/^required field is missing: /) }));
  });
});

describe('routing consistency and boundary paths', () => {
  it('a rule whose team is not of its teamKind', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'route: resolution-centre, team: resolution-centre', 'route: resolution-centre, team: resolution-centre, teamKind: response');
    expect(errorsOf(text)).toContainEqual(expect.objectContaining({ path: 'routing[3].teamKind', message: 'team "resolution-centre" is a resolution-centre team, not response' }));
  });

  it('a Resolution Centre route naming a team of another kind', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'route: resolution-centre, team: resolution-centre', 'route: resolution-centre, team: control-room');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ path: 'routing[3].team', message: 'routes to the Resolution Centre, but team "control-room" is a control-room team' })]);
  });

  it('a rule asking for a role its teams do not have', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'route: deploy, teamKind: response, roles: [PC]', 'route: deploy, teamKind: response, roles: [PCSO]');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ path: 'routing[1].roles[0]', message: 'no response team has any PCSO to take this demand' })]);
  });

  it.each(['../synthetic/wards/{district}.json', '/etc/{district}.json'])('a boundary path outside the data directory: %s', (bad) => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'path: "synthetic/wards/{district}.json"', `path: "${bad}"`);
    expect(errorsOf(text)).toEqual([expect.objectContaining({ path: 'geography.boundaries.wards.path', message: expect.stringMatching(/^expected a path relative to the shared data directory/) })]);
  });
});

describe('empty values', () => {
  it('an empty value is reported at its key', () => {
    const text = replaceOnce(SYNTHETIC_TEXT, 'PCSO: { headcount: 6 }', 'PCSO:\n        headcount:');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'teams[2].roles.PCSO.headcount', message: 'expected a whole number >= 0, got nothing', ...positionOf(text, 'headcount:\n') });
  });
});
