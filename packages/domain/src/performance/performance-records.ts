/**
 * The operations records the performance measures are computed from, and the port that reads them
 * (`@peel/db` implements it in SQL). Each record carries only facts — times, counts, ids, the
 * area — never personal data, so a dashboard read is not a consultation of personal data.
 *
 * Which period a record belongs to (the window of a query, and the side of a before/after split):
 * incidents by when the call was answered, cases by when they were opened, victim duties by when
 * they fell due.
 */
import type { Route } from '../incidents/incident';
import type { TargetClock } from '../dispatch/attendance-target';

/** An instant range [from, to), optionally one area of the model. */
export interface PerformanceWindow {
  readonly from: Date;
  readonly to: Date;
  /** Only records of this area (incidents' area, cases' area); all areas when absent. */
  readonly areaId?: string;
}

/**
 * An incident whose grade in force (its latest grade decision) sets an attendance target, with the
 * first dispatch, en route and arrival of any unit sent to it.
 */
export interface AttendanceRecord {
  readonly incidentId: string;
  readonly areaId: string | null;
  readonly callAnsweredAt: Date;
  readonly grade: number;
  /** When the grade in force was decided (the `graded` clock). */
  readonly gradedAt: Date;
  readonly target: {
    readonly clock: TargetClock;
    readonly minutes: number;
    readonly urbanRural: 'urban' | 'rural';
    /** The place's class was unknown and the stricter urban target applied. */
    readonly classAssumed: boolean;
  };
  readonly dispatchedAt: Date | null;
  readonly enRouteAt: Date | null;
  readonly arrivedAt: Date | null;
}

/** A case with its handoff count and, once finalised, when. */
export interface CaseRecord {
  readonly caseId: string;
  readonly areaId: string;
  readonly openedAt: Date;
  /** When the call of the case's incident was answered; null when the incident is not stored. */
  readonly callAnsweredAt: Date | null;
  readonly handoffCount: number;
  /** When the case was last finalised, if it is finalised now. */
  readonly finalisedAt: Date | null;
}

/**
 * An incident routed to the Resolution Centre (its first such routing decision), what happened to
 * it afterwards, and the first update given to a victim of a case opened from it.
 */
export interface ResolutionCentreRecord {
  readonly incidentId: string;
  readonly areaId: string | null;
  readonly callAnsweredAt: Date;
  /** The first routing to the Resolution Centre: the start of the contact clock. */
  readonly routedAt: Date;
  /** The Resolution Centre team it was routed to, when the rule named one. */
  readonly teamId: string | null;
  /** The route of the latest routing decision. */
  readonly finalRoute: Route;
  /** Whether any unit was ever assigned to the incident. */
  readonly deployed: boolean;
  /** Cases opened from the incident: still open; finalised while owned by the centre's team all along; ever owned by another team. */
  readonly casesOpenInCentre: number;
  readonly casesFinalisedInCentre: number;
  readonly casesLeftCentre: number;
  /** Victims registered on those cases, and the first update any of them was given. */
  readonly victimCount: number;
  readonly firstVictimUpdateAt: Date | null;
}

/** A Victims' Code duty (event notification or periodic update) with how it was closed. */
export interface VictimDutyRecord {
  readonly dutyId: string;
  readonly caseId: string;
  readonly areaId: string;
  readonly kind: 'event-notification' | 'periodic-update';
  readonly dueBy: Date;
  readonly status: 'open' | 'met' | 'withdrawn';
  readonly metAt: Date | null;
  readonly metOnTime: boolean | null;
}

/** Every record of a window. */
export interface PerformanceRecords {
  readonly attendances: readonly AttendanceRecord[];
  readonly cases: readonly CaseRecord[];
  readonly resolutionCentre: readonly ResolutionCentreRecord[];
  readonly victimDuties: readonly VictimDutyRecord[];
}

/** The port: the records of a window (incidents by call answered, cases by opening, duties by due time). */
export interface PerformanceQueries {
  loadRecords(window: PerformanceWindow): Promise<PerformanceRecords>;
}
