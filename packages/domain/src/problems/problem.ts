/**
 * Problem-solving: neighbourhood teams and PCSOs work recurring problems with partners (all five
 * seed forces; Sussex's prevention layers with a Parish Council SLA; Staffordshire's "top ten
 * neighbourhood issues"). A problem profile follows the SARA model — Scanning, Analysis,
 * Response, Assessment (Eck and Spelman, "Problem Solving: Problem-Oriented Policing in Newport
 * News", PERF, 1987; Center for Problem-Oriented Policing, "The SARA Model").
 */
import type { PolicingModel } from '@peel/model';
import type { IsoDate } from '../calendar/iso-date';

/** A partner agency of the model (partners[]), with its SLA in working days when agreed. */
export type PartnerAgency = NonNullable<PolicingModel['partners']>[number];

/** The SARA stages, in order. */
export const SARA_STAGES = ['scanning', 'analysis', 'response', 'assessment'] as const;

/** One of {@link SARA_STAGES}. */
export type SaraStage = (typeof SARA_STAGES)[number];

/** Where the problem is. */
export interface ProblemLocation {
  /** For people: "the underpass by Tesco, London Road". */
  description: string;
  /** ONS ward code: the unit of the top-ten issues list. */
  wardCode: string;
  /** The model area. */
  area: string;
  lat?: number;
  lon?: number;
}

/** One change of SARA stage. */
export interface ProblemStageChange {
  from: SaraStage | null;
  to: SaraStage;
  at: Date;
  by: string;
  note?: string;
}

/** An incident linked to the problem. */
export interface LinkedIncident {
  incidentId: string;
  linkedAt: Date;
  by: string;
}

/** Who a task is for: a partner agency or an officer. */
export type TaskAssignee = { kind: 'partner'; partnerId: string } | { kind: 'officer'; officerId: string };

/** A task in the response to a problem. */
export interface ProblemTask {
  id: string;
  title: string;
  assignee: TaskAssignee;
  assignedAt: Date;
  assignedBy: string;
  /** 'partner-sla': due the partner's slaResponseWorkingDays working days after assignment. */
  basis: 'partner-sla' | 'set-date';
  /** The SLA's working days, for 'partner-sla'. */
  allowedWorkingDays?: number;
  dueDate: IsoDate;
  /** The first instant after the deadline (the end of `dueDate` in London). */
  dueBy: Date;
  status: 'open' | 'done' | 'cancelled';
  closedAt?: Date;
  closedBy?: string;
  /** For 'done': whether it was done before `dueBy`. */
  doneOnTime?: boolean;
  note?: string;
}

/** A problem profile. */
export interface ProblemProfile {
  id: string;
  title: string;
  /** The issue, in the force's vocabulary (e.g. the incident type it shows up as: 'anti-social-behaviour'). */
  issue: string;
  location: ProblemLocation;
  /** The officer (often a PCSO) who owns the problem. */
  ownerId: string;
  stage: SaraStage;
  stageHistory: ProblemStageChange[];
  linkedIncidents: LinkedIncident[];
  /** Partner agencies working the problem (ids of the model's partners). */
  partnerIds: string[];
  tasks: ProblemTask[];
  status: 'open' | 'closed';
  openedAt: Date;
  openedBy: string;
  closedAt?: Date;
  /** What the assessment found, recorded at closure. */
  closureSummary?: string;
  /** Optimistic-concurrency version: 1 when opened, +1 on every save. */
  version: number;
}
