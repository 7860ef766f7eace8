import { describe, expect, it } from 'vitest';
import { describeModel } from './describe-model';
import { loadModel } from './load/load-model';
import { formatSummaryLine, summariseModel } from './summary';
import { SYNTHETIC_TEXT } from './test-fixtures';
import { renderTree } from './tree';

const loaded = loadModel(SYNTHETIC_TEXT);
if (!loaded.valid) throw new Error('synthetic model must load');

describe('summariseModel', () => {
  it('counts areas, wards, teams and headcount by role', () => {
    const summary = summariseModel(loaded.model);
    expect(summary).toMatchObject({ areas: 2, wards: 5, teams: 5, totalHeadcount: 82, headcountByRole: { PC: 39, PS: 15, PCSO: 6, CH: 22 } });
    expect(formatSummaryLine(summary)).toBe('Peelshire Constabulary (synthetic): 2 areas, 5 wards, 5 teams; headcount PC 39, CH 22, PS 15, PCSO 6 (total 82)');
  });
});

describe('describeModel', () => {
  it('renders a tree with every section', () => {
    const lines = renderTree(describeModel(loaded.model));
    expect(lines[0]).toBe('Peelshire Constabulary (synthetic) [peelshire] — synthetic — generated for tests, no seed document');
    for (const heading of ['Geography', 'Roles (4)', 'Shift patterns (3)', 'Abstraction', 'Teams (5)', 'Grades (4)', 'Routing (5)', 'Scenarios (2)']) {
      expect(lines.some((line) => line.includes(heading))).toBe(true);
    }
    expect(lines).toContain('│  │  ├─ Abbey (E05999901) urban');
  });

  it('folds levels below maxDepth', () => {
    const lines = renderTree(describeModel(loaded.model), 1);
    expect(lines.some((line) => line.includes('Abbey'))).toBe(false);
    expect(lines.some((line) => line.includes('… 2 more'))).toBe(true);
  });
});
