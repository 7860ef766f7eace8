/**
 * The top-ten issues per ward (Staffordshire's PCSOs keep a "top ten neighbourhood issues" list).
 *
 * The rule, for each ward and each issue:
 * - `incidents`: incidents in the ward whose issue (by default the incident type) matches, that
 *   occurred in the window [from, to);
 * - `openProblems`: open problem profiles in the ward with that issue.
 * Issues rank by incidents (most first), then open problems (most first), then issue name
 * (alphabetical, so the list is stable). An issue with neither is not listed. Demand comes first
 * because the list is about what the neighbourhood is living with: an issue whose problem
 * profile is working drops down the list as its incidents fall, and an issue with many incidents
 * but no profile yet rises to the top — which is the prompt to open one. Incidents without a
 * ward are not ranked; they are counted in `unplacedIncidents` so they do not vanish silently.
 */
import type { ProblemProfile } from './problem';

/** An incident as the ranking needs it. */
export interface WardIssueIncident {
  id: string;
  type: string;
  wardCode?: string;
  occurredAt: Date;
}

/** One ranked issue of a ward. */
export interface RankedIssue {
  rank: number;
  issue: string;
  incidents: number;
  openProblems: number;
  /** The open problems working this issue in the ward. */
  problemIds: string[];
}

/** The ranking. */
export interface WardIssueRanking {
  from: Date;
  to: Date;
  /** Wards in code order, each with at most `limit` issues. */
  wards: { wardCode: string; issues: RankedIssue[] }[];
  unplacedIncidents: number;
}

/** What the ranking needs. */
export interface RankWardIssuesOptions {
  problems: readonly ProblemProfile[];
  incidents: readonly WardIssueIncident[];
  from: Date;
  to: Date;
  /** Issues per ward; 10 by default. */
  limit?: number;
  /** Maps an incident to its issue; the incident type by default. */
  issueOf?: (incident: WardIssueIncident) => string;
}

/** Ranks the issues of every ward that has incidents in the window or open problems. */
export function rankWardIssues(options: RankWardIssuesOptions): WardIssueRanking {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (!(options.from.getTime() < options.to.getTime())) throw new RangeError(`from (${options.from.toISOString()}) must be before to (${options.to.toISOString()})`);
  const issueOf = options.issueOf ?? ((incident: WardIssueIncident) => incident.type);

  const tallies = new Map<string, Map<string, { incidents: number; problemIds: string[] }>>();
  const tally = (wardCode: string, issue: string) => {
    let ward = tallies.get(wardCode);
    if (!ward) tallies.set(wardCode, (ward = new Map()));
    let entry = ward.get(issue);
    if (!entry) ward.set(issue, (entry = { incidents: 0, problemIds: [] }));
    return entry;
  };

  let unplaced = 0;
  for (const incident of options.incidents) {
    const at = incident.occurredAt.getTime();
    if (at < options.from.getTime() || at >= options.to.getTime()) continue;
    if (!incident.wardCode) {
      unplaced += 1;
      continue;
    }
    tally(incident.wardCode, issueOf(incident)).incidents += 1;
  }
  for (const problem of options.problems) {
    if (problem.status === 'open') tally(problem.location.wardCode, problem.issue).problemIds.push(problem.id);
  }

  const wards = [...tallies.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([wardCode, issues]) => ({
      wardCode,
      issues: [...issues.entries()]
        .map(([issue, entry]) => ({ issue, incidents: entry.incidents, openProblems: entry.problemIds.length, problemIds: [...entry.problemIds].sort() }))
        .sort((left, right) => right.incidents - left.incidents || right.openProblems - left.openProblems || (left.issue < right.issue ? -1 : left.issue > right.issue ? 1 : 0))
        .slice(0, limit)
        .map((entry, index) => ({ rank: index + 1, ...entry })),
    }));
  return { from: options.from, to: options.to, wards, unplacedIncidents: unplaced };
}
