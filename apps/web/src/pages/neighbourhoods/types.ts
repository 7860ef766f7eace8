/**
 * Shapes of the problem-solving answers the neighbourhoods page reads, from the server's zod
 * schemas (apps/server/src/routes/problems/problem-views.ts and problem-reads.ts; OpenAPI at
 * /api/docs). Problem profiles hold places, issues and tasks for agencies — no people.
 */

/** SARA stages. */
export type SaraStage = 'scanning' | 'analysis' | 'response' | 'assessment';

/** A task of the response, for a partner agency (due by its SLA) or an officer. */
export interface ProblemTask {
  id: string;
  title: string;
  assignee: { kind: 'partner'; partnerId: string } | { kind: 'officer'; officerId: string };
  assignedAt: string;
  assignedBy: string;
  basis: 'partner-sla' | 'set-date';
  allowedWorkingDays?: number;
  dueDate: string;
  dueBy: string;
  status: 'open' | 'done' | 'cancelled';
  closedAt?: string;
  doneOnTime?: boolean;
  note?: string;
}

/** A whole problem profile. */
export interface Problem {
  id: string;
  title: string;
  issue: string;
  location: { description: string; wardCode: string; area: string; lat?: number; lon?: number };
  ownerId: string;
  stage: SaraStage;
  stageHistory: { from: SaraStage | null; to: SaraStage; at: string; by: string; note?: string }[];
  linkedIncidents: { incidentId: string; linkedAt: string; by: string }[];
  partnerIds: string[];
  tasks: ProblemTask[];
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string;
  closedAt?: string;
  closureSummary?: string;
  version: number;
}

/** A problem in a list. */
export interface ProblemSummary {
  id: string;
  title: string;
  issue: string;
  ownerId: string;
  stage: SaraStage;
  status: 'open' | 'closed';
  openedAt: string;
  version: number;
  wardCode: string;
  area: string;
  linkedIncidents: number;
  openTasks: number;
  overdueTasks: number;
}

/** GET /api/problems/overdue-tasks. */
export interface OverdueTasks {
  asOf: string;
  tasks: { problemId: string; problemTitle: string; wardCode: string; area: string; ownerId: string; task: ProblemTask; workingDaysOverdue: number }[];
}

/** GET /api/problems/ward-issues. */
export interface WardIssues {
  area: string | null;
  from: string;
  to: string;
  wards: { wardCode: string; issues: { rank: number; issue: string; incidents: number; openProblems: number; problemIds: string[] }[] }[];
  unplacedIncidents: number;
}
