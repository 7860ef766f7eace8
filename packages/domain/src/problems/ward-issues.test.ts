import { describe, expect, it } from 'vitest';
import type { ProblemProfile } from './problem';
import { rankWardIssues, type WardIssueIncident } from './ward-issues';

const from = new Date('2024-01-01T00:00:00Z');
const to = new Date('2024-02-01T00:00:00Z');

let sequence = 0;
const incidents = (count: number, type: string, wardCode: string | undefined, at = '2024-01-15T12:00:00Z'): WardIssueIncident[] =>
  Array.from({ length: count }, () => ({ id: `i-${(sequence += 1)}`, type, occurredAt: new Date(at), ...(wardCode ? { wardCode } : {}) }));

const problem = (id: string, issue: string, wardCode: string, status: ProblemProfile['status'] = 'open'): ProblemProfile => ({
  id,
  title: id,
  issue,
  location: { description: id, wardCode, area: 'a' },
  ownerId: 'pcso',
  stage: 'response',
  stageHistory: [],
  linkedIncidents: [],
  partnerIds: [],
  tasks: [],
  status,
  openedAt: from,
  openedBy: 'pcso',
  version: 1,
});

describe('rankWardIssues (documented rule: incidents, then open problems, then name)', () => {
  it('ranks each ward’s issues by incidents in the window, then open problems, then name', () => {
    const ranking = rankWardIssues({
      from,
      to,
      incidents: [
        ...incidents(5, 'asb', 'W1'),
        ...incidents(3, 'burglary', 'W1'),
        ...incidents(3, 'vehicle-crime', 'W1'),
        ...incidents(3, 'drugs', 'W1'),
        ...incidents(4, 'asb', 'W1', '2023-12-31T23:59:59Z'), // before the window
        ...incidents(2, 'asb', 'W1', '2024-02-01T00:00:00Z'), // the window's end is excluded
        ...incidents(1, 'asb', 'W2'),
        ...incidents(2, 'asb', undefined),
      ],
      problems: [problem('p-2', 'vehicle-crime', 'W1'), problem('p-1', 'vehicle-crime', 'W1'), problem('p-3', 'speeding', 'W1'), problem('p-4', 'drugs', 'W1', 'closed'), problem('p-5', 'speeding', 'W3')],
    });
    expect(ranking.unplacedIncidents).toBe(2);
    expect(ranking.wards.map((ward) => ward.wardCode)).toEqual(['W1', 'W2', 'W3']);
    expect(ranking.wards[0]!.issues).toEqual([
      { rank: 1, issue: 'asb', incidents: 5, openProblems: 0, problemIds: [] },
      { rank: 2, issue: 'vehicle-crime', incidents: 3, openProblems: 2, problemIds: ['p-1', 'p-2'] },
      { rank: 3, issue: 'burglary', incidents: 3, openProblems: 0, problemIds: [] },
      { rank: 4, issue: 'drugs', incidents: 3, openProblems: 0, problemIds: [] },
      { rank: 5, issue: 'speeding', incidents: 0, openProblems: 1, problemIds: ['p-3'] },
    ]);
    expect(ranking.wards[2]!.issues).toEqual([{ rank: 1, issue: 'speeding', incidents: 0, openProblems: 1, problemIds: ['p-5'] }]);
  });

  it('keeps the top ten of a ward with more issues', () => {
    const many = Array.from({ length: 12 }, (_, index) => incidents(12 - index, `issue-${String(index).padStart(2, '0')}`, 'W1')).flat();
    const issues = rankWardIssues({ from, to, incidents: many, problems: [] }).wards[0]!.issues;
    expect(issues).toHaveLength(10);
    expect(issues.map((issue) => issue.incidents)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(rankWardIssues({ from, to, incidents: many, problems: [], limit: 3 }).wards[0]!.issues.map((issue) => issue.rank)).toEqual([1, 2, 3]);
  });

  it('maps incident types to issues when told how', () => {
    const ranking = rankWardIssues({
      from,
      to,
      incidents: [...incidents(2, 'ASB - nuisance', 'W1'), ...incidents(2, 'ASB - personal', 'W1'), ...incidents(3, 'Burglary', 'W1')],
      problems: [],
      issueOf: (incident) => (incident.type.startsWith('ASB') ? 'anti-social-behaviour' : incident.type.toLowerCase()),
    });
    expect(ranking.wards[0]!.issues.map((issue) => [issue.issue, issue.incidents])).toEqual([
      ['anti-social-behaviour', 4],
      ['burglary', 3],
    ]);
  });

  it('rejects a bad limit or window, naming the argument', () => {
    expect(() => rankWardIssues({ from, to, incidents: [], problems: [], limit: 0 })).toThrow(/limit/);
    expect(() => rankWardIssues({ from: to, to: from, incidents: [], problems: [] })).toThrow(/from/);
  });
});
