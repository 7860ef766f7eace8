/**
 * A force compiled for simulation: plain data (arrays and numbers only), so that it can be built
 * once, checked, printed, and handed to worker threads by structured clone. Times are minutes from
 * Monday 00:00 local time of the first simulated day; hour-of-week 0 is Monday 00:00–00:59.
 */

/** Where incidents happen in one area: candidate locations (km on a local plane) with weights. */
export interface ScenarioArea {
  id: string;
  name: string;
  /** Location coordinates, km east and north of the force's centre. */
  x: number[];
  y: number[];
  /** Relative weight of each location (recorded crime there, or 1). */
  weight: number[];
  /** 1 when the location is urban (urban target and speed), 0 when rural. */
  urban: number[];
}

/** How a grade is measured. */
export interface ScenarioGrade {
  grade: number;
  name: string;
  response: 'immediate' | 'prompt' | 'scheduled' | 'no-deployment';
  /** Attendance targets, minutes; null when the grade has none. */
  urbanTargetMinutes: number | null;
  ruralTargetMinutes: number | null;
  /** The event the target runs from. */
  clock: 'call-answered' | 'graded' | 'dispatched';
  /** Scheduled grades: attend within this many hours of the call being answered. */
  appointmentWithinHours: number | null;
}

/** A contact channel as simulated. */
export interface ScenarioChannel {
  id: string;
  kind: string;
  /** True when calls on it queue for call handlers (999, 101); false for online and the rest. */
  handled: boolean;
  /** Lower is answered first (999 before 101). */
  priority: number;
  meanHandleMinutes: number;
  /** Mean patience of a waiting caller (exponential), or null when callers do not hang up. */
  meanPatienceMinutes: number | null;
  answerTargetSeconds: number | null;
}

/** What a pool's members do. */
export type PoolKind = 'units' | 'call-handlers' | 'resolution-centre';

/** People of one role in one team (or one plan entry): rostered in duty blocks. */
export interface ScenarioPool {
  /** "team:role", or "team:role@area" for a plan entry limited to one area. */
  id: string;
  team: string;
  teamName: string;
  role: string;
  kind: PoolKind;
  /** Area indices the pool serves (units are placed in and dispatched to these). */
  areas: number[];
}

/** People of a pool rostered on duty from `start` to `end` (minutes); each is abstracted with probability `abstraction`. */
export interface DutyBlock {
  pool: number;
  start: number;
  end: number;
  rostered: number;
  abstraction: number;
}

/** Where a routed incident goes. */
export type RouteKind = 'deploy' | 'scheduled-appointment' | 'resolution-centre' | 'partner-referral' | 'no-further-action' | 'unserved';

/** A compiled route: its kind and, for deployments, the unit pools that may attend in each area. */
export interface ScenarioRoute {
  /** The routing rule's id (or "unserved:<reason>"). */
  id: string;
  kind: RouteKind;
  /** Per area index, the pools whose units may be sent (empty for non-deployments). */
  poolsByArea: number[][];
}

/** A Poisson stream of arrivals with a rate for each hour of the week. */
export interface ArrivalClass {
  /** 'incident': a call that carries a piece of demand; 'call': contact with no incident (advice, duplicates, transfers…). */
  kind: 'incident' | 'call';
  channel: number;
  /** Area, demand type, grade indices (−1 for plain calls). */
  area: number;
  type: number;
  grade: number;
  /** Route index (−1 for plain calls). */
  route: number;
  /** Where a Resolution Centre job that is not resolved goes (a scheduled attendance), or −1. */
  fallbackRoute: number;
  /** Arrivals per hour in each of the 168 hours of the week. */
  perHour: number[];
}

/** The Resolution Centre: its pools, how long a job takes, how many it resolves. */
export interface ScenarioResolutionCentre {
  pools: number[];
  contactWithinHours: number;
  resolveProbability: number;
  /** Mean minutes of one job, by demand type index. */
  meanMinutesByType: number[];
}

/** Travel: straight-line distance × detour factor at the urban or rural speed, plus a turn-out time. */
export interface ScenarioTravel {
  urbanSpeedKmh: number;
  ruralSpeedKmh: number;
  detourFactor: number;
  setupMinutes: number;
}

/** A force ready to simulate. */
export interface ForceScenario {
  modelId: string;
  /** Measured days. */
  days: number;
  /** Days simulated before the measured ones (arrivals in them are not counted). */
  warmUpDays: number;
  /** At most this many days after the end, with no new arrivals, for measured jobs to finish. */
  drainDays: number;
  areas: ScenarioArea[];
  grades: ScenarioGrade[];
  demandTypes: { id: string; name: string; unitsRequired: number }[];
  channels: ScenarioChannel[];
  roles: string[];
  pools: ScenarioPool[];
  /** Role index of each pool. */
  poolRole: number[];
  duty: DutyBlock[];
  routes: ScenarioRoute[];
  /** Mean on-scene minutes, [demand type][role index]. */
  onSceneMinutes: number[][];
  /** Minutes into a call at which an incident is graded and passed to dispatch (or the call's end, if sooner). */
  gradingMinutes: number;
  /** On-scene times: lognormal with coefficient of variation `onSceneCv`, or exponential (for validation against Erlang C). */
  onSceneDistribution: 'lognormal' | 'exponential';
  onSceneCv: number;
  arrivals: ArrivalClass[];
  resolutionCentre: ScenarioResolutionCentre | null;
  travel: ScenarioTravel;
  /** What was assumed or derived, in words, for the output. */
  notes: string[];
}
