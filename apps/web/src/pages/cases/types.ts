/**
 * Shapes of the case and victim answers the cases page reads, from the server's zod schemas
 * (apps/server/src/routes/cases/case-views.ts, apps/server/src/routes/victims/victim-views.ts;
 * OpenAPI at /api/docs). Times are ISO 8601; dates YYYY-MM-DD.
 */

/** A case's owner. */
export interface CaseOwner {
  officerId: string;
  teamId?: string;
}

/** A case without personal data (lists, and the answers of changes). */
export interface CaseSummary {
  id: string;
  incidentId: string;
  offenceType: string;
  area: string;
  wardCode: string | null;
  status: 'allocated' | 'investigating' | 'awaiting-decision' | 'finalised';
  owner: CaseOwner;
  openedAt: string;
  handoffCount: number;
  outcome: { type: number; title: string } | null;
  version: number;
}

/** A handoff: the only way a case changes owner. */
export interface Handoff {
  sequence: number;
  from: CaseOwner;
  to: CaseOwner;
  reason: string;
  at: string;
  by: string;
}

/** A suspect of a case (personal data). */
export interface Suspect {
  id: string;
  name: string;
  dateOfBirth?: string;
  status: 'named' | 'eliminated';
  addedAt: string;
}

/** A recorded outcome. */
export interface OutcomeView {
  type: number;
  title: string;
  group: string;
  claim: Record<string, unknown>;
  recordedAt: string;
  recordedBy: string;
}

/** GET /api/cases/:id: the whole case (personal data). */
export interface CaseView extends CaseSummary {
  location: { description?: string | null; wardCode?: string | null; [key: string]: unknown };
  committedOn: string | null;
  openedBy: string;
  handoffs: Handoff[];
  statusHistory: { status?: string; at?: string; by?: string; reason?: string; [key: string]: unknown }[];
  suspects: Suspect[];
  events: { id?: string; kind?: string; occurredAt?: string; [key: string]: unknown }[];
  currentOutcome: OutcomeView | null;
  previousOutcomes: OutcomeView[];
}

/** GET /api/cases/handoff-figures. */
export interface HandoffFigures {
  area: string | null;
  caseCount: number;
  handoffCount: number;
  meanPerCase: number;
  maxPerCase: number;
  maxCaseIds: string[];
  singleOwnerCases: number;
  distribution: { handoffs: number; cases: number }[];
}

/** One Home Office outcome type and its rules. */
export interface OutcomeType {
  type: number;
  title: string;
  group: string;
  rules: { id: string; requirement: string; source: string }[];
}

/** One line of GET /api/victims/deadlines (ids and dates only). */
export interface DeadlineItem {
  dutyId: string;
  victimId: string;
  caseId: string;
  kind: 'event-notification' | 'periodic-update' | string;
  eventKind: string | null;
  basis: string;
  dueDate: string;
  dueBy: string;
  ownerId: string;
  teamId: string | null;
  area: string;
  state: 'due' | 'overdue';
  workingDaysOverdue: number;
}

/** GET /api/victims/deadlines. */
export interface VictimDeadlines {
  asOf: string;
  due: DeadlineItem[];
  overdue: DeadlineItem[];
  byOwner: { key: string; due: number; overdue: number }[];
  byArea: { key: string; due: number; overdue: number }[];
}

/** A Victims' Code duty. */
export interface VictimDuty {
  id: string;
  kind: string;
  eventKind: string | null;
  basis: string;
  allowedDays: number;
  dueDate: string;
  status: 'open' | 'met' | 'withdrawn';
  metAt: string | null;
  metOnTime: boolean | null;
}

/** GET /api/cases/:id/victims: a victim with their duties (personal data). */
export interface CaseVictim {
  id: string;
  name: string;
  enhancedRights: string[];
  restricted: boolean;
  contract: { everyDays: number; channel: string; agreedWithVictim: boolean; optedOut: boolean; since: string };
  lastContactAt: string;
  duties: VictimDuty[];
  updates: { id: string; at: string; channel: string; summary: string }[];
}
