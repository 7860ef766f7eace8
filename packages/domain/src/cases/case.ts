/**
 * A case: a crime under investigation, with exactly one owner at a time. Every change of owner is
 * a handoff with a reason, from, to and time — Wiltshire's review found one case handed on 31
 * times, and counting handoffs is how the one-team model proves itself (DESIGN.md, "Evaluate").
 */
import type { IsoDate } from '../calendar/iso-date';
import type { OutcomeClaim, OutcomeType } from './outcomes/outcome-types';

/** Where the crime happened (from the incident). */
export interface CaseLocation {
  lat: number;
  lon: number;
  /** ONS ward code, when the incident was placed in one. */
  wardCode?: string;
  /** ONS LSOA code, when known. */
  lsoaCode?: string;
  /** A description for people ("outside 12 High Street"). */
  description?: string;
}

/**
 * The incident a case comes from. Only what a case needs: the incidents module has the full
 * record, and a structural type keeps this module independent of it.
 */
export interface CaseIncident {
  id: string;
  /** The incident type (NSIR-style), which becomes the case's offence type. */
  type: string;
  location: CaseLocation;
  /** The model area the incident belongs to. */
  area: string;
}

/** Who owns a case: one officer (and the team they work in, when known). */
export interface CaseOwner {
  officerId: string;
  teamId?: string;
}

/** A change of owner. */
export interface Handoff {
  /** 1 for the first handoff of the case, 2 for the second, … */
  sequence: number;
  from: CaseOwner;
  to: CaseOwner;
  /** Why the case changed hands (required: an unexplained handoff cannot be improved on). */
  reason: string;
  at: Date;
  /** Who made the change. */
  by: string;
}

/** Where a case is in its life. See case-status.ts for the allowed moves. */
export type CaseStatus = 'allocated' | 'investigating' | 'awaiting-decision' | 'finalised';

/** One change of status. */
export interface CaseStatusChange {
  from: CaseStatus | null;
  to: CaseStatus;
  at: Date;
  by: string;
  reason?: string;
}

/** A person suspected of the crime. */
export interface CaseSuspect {
  id: string;
  name: string;
  /** Needed by the outcome rules that depend on age (2, 3, 11). */
  dateOfBirth?: IsoDate;
  /** 'named' while suspected; 'eliminated' once ruled out (kept for the record). */
  status: 'named' | 'eliminated';
  addedAt: Date;
  eliminatedAt?: Date;
  eliminationReason?: string;
}

/**
 * Investigation events that the victim must be told about (Victims' Code right 6; see
 * victims/notification-events.ts for the duty each creates).
 */
export const INVESTIGATION_EVENT_KINDS = [
  'decision-not-to-investigate',
  'arrest',
  'interview-under-caution',
  'released-without-charge',
  'released-on-bail',
  'bail-conditions-changed',
  'released-under-investigation',
  'charged',
  'investigation-ended',
] as const;

/** One of {@link INVESTIGATION_EVENT_KINDS}. */
export type InvestigationEventKind = (typeof INVESTIGATION_EVENT_KINDS)[number];

/** Events that are about a particular suspect, who must be named on the case. */
export const SUSPECT_EVENT_KINDS: readonly InvestigationEventKind[] = [
  'arrest',
  'interview-under-caution',
  'released-without-charge',
  'released-on-bail',
  'bail-conditions-changed',
  'released-under-investigation',
  'charged',
];

/** Something that happened in the investigation. */
export interface InvestigationEvent {
  id: string;
  kind: InvestigationEventKind;
  /** When it happened (deadlines run from here). */
  occurredAt: Date;
  /** When it was recorded. */
  recordedAt: Date;
  by: string;
  suspectId?: string;
  note?: string;
}

/** An outcome as recorded on the case. */
export interface RecordedOutcome {
  type: OutcomeType;
  claim: OutcomeClaim;
  recordedAt: Date;
  recordedBy: string;
}

/** A case. */
export interface Case {
  id: string;
  incidentId: string;
  /** The offence or incident type, from the incident. */
  offenceType: string;
  area: string;
  location: CaseLocation;
  /** The day the offence was committed (needed by outcome 11, age of criminal responsibility). */
  committedOn?: IsoDate;
  /** The one owner. */
  owner: CaseOwner;
  status: CaseStatus;
  openedAt: Date;
  openedBy: string;
  handoffs: Handoff[];
  statusHistory: CaseStatusChange[];
  suspects: CaseSuspect[];
  events: InvestigationEvent[];
  /** The current outcome, set when the case is finalised. */
  outcome?: RecordedOutcome;
  /** Outcomes that were in force before the case was reopened, oldest first. */
  previousOutcomes: RecordedOutcome[];
  /** Optimistic-concurrency version: 1 when opened, +1 on every save. */
  version: number;
}

/** How many times a case has changed hands. */
export function handoffCount(subject: Pick<Case, 'handoffs'>): number {
  return subject.handoffs.length;
}
