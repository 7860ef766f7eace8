/**
 * What one replication of a force measured: counters and sums in flat typed arrays (cheap to fill,
 * cheap to send between threads). Index conventions: [grade][area] is `g·A + a` with A areas;
 * [pool][hour of week] is `p·168 + h`; [channel] is the channel index.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import type { ForceScenario } from './force-scenario';

/** Response-time histogram: one-minute bins, the last bin holding everything from 2 days on. */
export const RESPONSE_BINS = 2881;

/** Little's law on a sample path: ∫ number waiting dt over the run against Σ waits (Stidham 1974). */
export interface SamplePathCheck {
  /** ∫ (measured entities waiting) dt, entity-minutes. */
  area: number;
  /** Σ of the same entities' waits, minutes (waits still running at the end counted to the end). */
  waitSum: number;
  relativeDifference: number;
}

/** One replication's measurements. */
export interface ForceRunResult {
  replication: number;
  seed: number;
  events: number;
  /** Simulated minutes (to the last event processed). */
  endMinute: number;
  /** Measured incidents routed to attendance, by [grade][area]. */
  jobs: Float64Array;
  /** Of those, attended (first unit on scene), by [grade][area], urban and rural. */
  attendedUrban: Float64Array;
  attendedRural: Float64Array;
  /** Attended within the grade's target (attendance or appointment), urban and rural. */
  compliantUrban: Float64Array;
  compliantRural: Float64Array;
  /** Σ response minutes (from the grade's clock to the first unit on scene). */
  responseSum: Float64Array;
  /** Response minutes, [grade][area][bin]. */
  responseHistogram: Uint32Array;
  /** Jobs given their first unit, and Σ minutes from joining the dispatch queue to that. */
  dispatched: Float64Array;
  dispatchWaitSum: Float64Array;
  /** Measured jobs no unit reached by the end of the run. */
  unattended: Float64Array;
  /** Measured jobs no unit of the route could ever attend (no team serves the area). */
  unserved: Float64Array;
  /** Measured incidents by [grade][route kind]: see ROUTE_KINDS. */
  routed: Float64Array;
  /** Measured calls by channel. */
  callsOffered: Float64Array;
  callsAnswered: Float64Array;
  callsAbandoned: Float64Array;
  callsAnsweredInTarget: Float64Array;
  callWaitSum: Float64Array;
  /** Incidents lost because the caller hung up, by grade. */
  incidentsAbandoned: Float64Array;
  /** Resolution Centre: jobs referred, contacted, contacted within the target, resolved, Σ minutes to contact. */
  resolution: { referred: number; contacted: number; contactedInTarget: number; resolved: number; contactDelaySum: number };
  /** Person-minutes busy and on duty, by [pool][hour of week], over the measured days. */
  poolBusy: Float64Array;
  poolOnDuty: Float64Array;
  littlesLaw: { dispatch: SamplePathCheck; calls: SamplePathCheck };
  /** People not put on duty for want of a slot (a bug guard: 0). */
  overflow: number;
}

/** Route kinds in the order of `routed`. */
export const ROUTE_KINDS = ['deploy', 'scheduled-appointment', 'resolution-centre', 'partner-referral', 'no-further-action', 'unserved'] as const;

/** An empty result shaped for `scenario`. */
export function createRunResult(scenario: ForceScenario, replication: number, seed: number): ForceRunResult {
  const gradeArea = scenario.grades.length * scenario.areas.length;
  const channels = scenario.channels.length;
  const hours = scenario.pools.length * HOURS_PER_WEEK;
  const check = () => ({ area: 0, waitSum: 0, relativeDifference: 0 });
  return {
    replication,
    seed,
    events: 0,
    endMinute: 0,
    jobs: new Float64Array(gradeArea),
    attendedUrban: new Float64Array(gradeArea),
    attendedRural: new Float64Array(gradeArea),
    compliantUrban: new Float64Array(gradeArea),
    compliantRural: new Float64Array(gradeArea),
    responseSum: new Float64Array(gradeArea),
    responseHistogram: new Uint32Array(gradeArea * RESPONSE_BINS),
    dispatched: new Float64Array(gradeArea),
    dispatchWaitSum: new Float64Array(gradeArea),
    unattended: new Float64Array(gradeArea),
    unserved: new Float64Array(gradeArea),
    routed: new Float64Array(scenario.grades.length * ROUTE_KINDS.length),
    callsOffered: new Float64Array(channels),
    callsAnswered: new Float64Array(channels),
    callsAbandoned: new Float64Array(channels),
    callsAnsweredInTarget: new Float64Array(channels),
    callWaitSum: new Float64Array(channels),
    incidentsAbandoned: new Float64Array(scenario.grades.length),
    resolution: { referred: 0, contacted: 0, contactedInTarget: 0, resolved: 0, contactDelaySum: 0 },
    poolBusy: new Float64Array(hours),
    poolOnDuty: new Float64Array(hours),
    littlesLaw: { dispatch: check(), calls: check() },
    overflow: 0,
  };
}
