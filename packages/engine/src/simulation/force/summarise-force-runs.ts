/**
 * KPIs of a force over replications: each measure is computed in every replication and reported as
 * the mean with its 95 % confidence interval by Student's t (replications are independent; Law 2015
 * §9.4.1). Compliance counts a job no unit reached by the end of the run as missed. Response-time
 * percentiles come from each replication's one-minute histogram (linear within the bin).
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { confidenceInterval, type Estimate } from '../statistics/confidence-interval';
import type { ForceScenario } from './force-scenario';
import { RESPONSE_BINS, ROUTE_KINDS, type ForceRunResult } from './force-run-result';

/** Attendance measures of one grade, force-wide or in one area. */
export interface AttendanceKpis {
  /** Incidents of the grade routed to attendance, per day. */
  incidentsPerDay: Estimate;
  /** Share attended within the target (null when the grade has no target). */
  compliance: Estimate | null;
  complianceUrban: Estimate | null;
  complianceRural: Estimate | null;
  meanResponseMin: Estimate;
  medianResponseMin: Estimate;
  p90ResponseMin: Estimate;
  /** Minutes from joining the dispatch queue to the first unit being sent. */
  meanQueueWaitMin: Estimate;
  /** Jobs no unit had reached when the run ended, per run. */
  unattended: Estimate;
}

/** Response minutes at which the distribution is reported. */
export const RESPONSE_DISTRIBUTION_MINUTES = [5, 10, 15, 20, 30, 45, 60, 90, 120, 240, 480, 1440, 2880] as const;

/** One grade's KPIs. */
export interface GradeKpis extends AttendanceKpis {
  /** The response-time distribution: the share of attended jobs reached within each time (whole minutes). */
  responseWithin: { minutes: number; share: Estimate }[];
  grade: number;
  name: string;
  response: string;
  /** The target in words, e.g. "15 min urban / 20 min rural from call-answered". */
  target: string | null;
  /** Incidents of the grade by route, per day. */
  routedPerDay: Record<(typeof ROUTE_KINDS)[number], number>;
  /** Incidents lost because the caller hung up, per day. */
  lostToAbandonmentPerDay: Estimate;
  byArea: (AttendanceKpis & { area: string })[];
}

/** Call handling on one channel. */
export interface ChannelKpis {
  channel: string;
  handled: boolean;
  offeredPerDay: Estimate;
  abandonment: Estimate;
  answeredWithinTarget: Estimate | null;
  targetSeconds: number | null;
  meanWaitMin: Estimate;
}

/** Utilisation of one pool. */
export interface PoolKpis {
  pool: string;
  team: string;
  role: string;
  kind: string;
  areas: string[];
  /** Busy time / on-duty time over the measured days. */
  utilisation: Estimate;
  /** People on duty on average (including time finishing a job after the shift). */
  meanOnDuty: Estimate;
  /** Utilisation by hour of the day (0 = 00:00–00:59), mean over replications. */
  byHourOfDay: (number | null)[];
  /** People on duty on average in each hour of the day, mean over replications. */
  onDutyByHourOfDay: number[];
}

/** Everything `peel simulate --model` reports. */
export interface ForceKpis {
  model: string;
  days: number;
  warmUpDays: number;
  replications: number;
  seed: number;
  grades: GradeKpis[];
  channels: ChannelKpis[];
  resolutionCentre: {
    referredPerDay: Estimate;
    contactWithinTarget: Estimate;
    contactWithinHours: number;
    resolution: Estimate;
    meanContactHours: Estimate;
  } | null;
  pools: PoolKpis[];
  /** Units' utilisation by area (all unit pools serving only that area). */
  areas: { area: string; utilisation: Estimate }[];
  checks: {
    /** Largest relative difference between ∫ waiting dt and Σ waits over all runs (sample-path Little's law). */
    littlesLawDispatch: number;
    littlesLawCalls: number;
    eventsPerRun: number;
    overflow: number;
  };
  notes: string[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** Summarises replications of one scenario (see the file comment). */
export function summariseForceRuns(scenario: ForceScenario, runs: readonly ForceRunResult[]): ForceKpis {
  if (runs.length === 0) throw new RangeError('runs: expected at least one replication');
  const A = scenario.areas.length;
  const days = scenario.days;
  const estimate = (value: (run: ForceRunResult) => number) => confidenceInterval(runs.map(value));
  const sumCells = (array: Float64Array, grade: number, area: number | null) => {
    if (area !== null) return array[grade * A + area]!;
    let total = 0;
    for (let a = 0; a < A; a += 1) total += array[grade * A + a]!;
    return total;
  };
  const percentile = (run: ForceRunResult, grade: number, area: number | null, q: number) => {
    const areas = area === null ? Array.from({ length: A }, (_, a) => a) : [area];
    let total = 0;
    for (const a of areas) for (let bin = 0; bin < RESPONSE_BINS; bin += 1) total += run.responseHistogram[(grade * A + a) * RESPONSE_BINS + bin]!;
    if (total === 0) return NaN;
    const wanted = q * total;
    let seen = 0;
    for (let bin = 0; bin < RESPONSE_BINS; bin += 1) {
      let count = 0;
      for (const a of areas) count += run.responseHistogram[(grade * A + a) * RESPONSE_BINS + bin]!;
      // The last bin holds everything from 48 h on: its percentiles read as 2,880 min.
      if (seen + count >= wanted && count > 0) return bin === RESPONSE_BINS - 1 ? bin : bin + (wanted - seen) / count;
      seen += count;
    }
    return RESPONSE_BINS - 1;
  };
  const shareWithin = (run: ForceRunResult, grade: number, limit: number) => {
    let within = 0;
    let total = 0;
    for (let a = 0; a < A; a += 1) {
      const base = (grade * A + a) * RESPONSE_BINS;
      for (let bin = 0; bin < RESPONSE_BINS; bin += 1) {
        const count = run.responseHistogram[base + bin]!;
        total += count;
        if (bin < limit) within += count;
      }
    }
    return ratio(within, total);
  };

  const attendance = (grade: number, area: number | null, hasTarget: boolean): AttendanceKpis => {
    const cells = (array: keyof ForceRunResult) => (run: ForceRunResult) => sumCells(run[array] as Float64Array, grade, area);
    const urban = cells('attendedUrban');
    const rural = cells('attendedRural');
    const okUrban = cells('compliantUrban');
    const okRural = cells('compliantRural');
    const missed = cells('unattended');
    // Jobs no unit reached count as missed; which of urban or rural they were is unknown, so they weigh on the whole only.
    const compliance = hasTarget ? estimate((run) => ratio(okUrban(run) + okRural(run), urban(run) + rural(run) + missed(run))) : null;
    return {
      incidentsPerDay: estimate((run) => cells('jobs')(run) / days),
      compliance,
      complianceUrban: hasTarget ? estimate((run) => ratio(okUrban(run), urban(run))) : null,
      complianceRural: hasTarget ? estimate((run) => ratio(okRural(run), rural(run))) : null,
      meanResponseMin: estimate((run) => ratio(cells('responseSum')(run), urban(run) + rural(run))),
      medianResponseMin: estimate((run) => percentile(run, grade, area, 0.5)),
      p90ResponseMin: estimate((run) => percentile(run, grade, area, 0.9)),
      meanQueueWaitMin: estimate((run) => ratio(cells('dispatchWaitSum')(run), cells('dispatched')(run))),
      unattended: estimate(missed),
    };
  };

  const grades: GradeKpis[] = scenario.grades.map((grade, g) => {
    const hasTarget = grade.urbanTargetMinutes !== null || grade.appointmentWithinHours !== null;
    const target =
      grade.urbanTargetMinutes !== null
        ? `${grade.urbanTargetMinutes} min urban / ${grade.ruralTargetMinutes} min rural from ${grade.clock}`
        : grade.appointmentWithinHours !== null
          ? `attended within ${grade.appointmentWithinHours} h of the call being answered`
          : null;
    const routedPerDay = Object.fromEntries(
      ROUTE_KINDS.map((kind, k) => [kind, runs.reduce((sum, run) => sum + run.routed[g * ROUTE_KINDS.length + k]!, 0) / runs.length / days]),
    ) as GradeKpis['routedPerDay'];
    return {
      grade: grade.grade,
      name: grade.name,
      response: grade.response,
      target,
      ...attendance(g, null, hasTarget),
      responseWithin: RESPONSE_DISTRIBUTION_MINUTES.map((limit) => ({ minutes: limit, share: estimate((run) => shareWithin(run, g, limit)) })),
      routedPerDay,
      lostToAbandonmentPerDay: estimate((run) => run.incidentsAbandoned[g]! / days),
      byArea: scenario.areas.map((area, a) => ({ area: area.id, ...attendance(g, a, hasTarget) })),
    };
  });

  const channels: ChannelKpis[] = scenario.channels.map((channel, c) => ({
    channel: channel.id,
    handled: channel.handled,
    offeredPerDay: estimate((run) => run.callsOffered[c]! / days),
    abandonment: estimate((run) => ratio(run.callsAbandoned[c]!, run.callsOffered[c]!)),
    answeredWithinTarget: channel.answerTargetSeconds === null ? null : estimate((run) => ratio(run.callsAnsweredInTarget[c]!, run.callsOffered[c]!)),
    targetSeconds: channel.answerTargetSeconds,
    meanWaitMin: estimate((run) => ratio(run.callWaitSum[c]!, run.callsOffered[c]!)),
  }));

  const rc = scenario.resolutionCentre;
  const resolutionCentre = rc
    ? {
        referredPerDay: estimate((run) => run.resolution.referred / days),
        contactWithinTarget: estimate((run) => ratio(run.resolution.contactedInTarget, run.resolution.referred)),
        contactWithinHours: rc.contactWithinHours,
        resolution: estimate((run) => ratio(run.resolution.resolved, run.resolution.contacted)),
        meanContactHours: estimate((run) => ratio(run.resolution.contactDelaySum, run.resolution.contacted) / 60),
      }
    : null;

  const poolSum = (array: Float64Array, pool: number) => {
    let total = 0;
    for (let h = 0; h < HOURS_PER_WEEK; h += 1) total += array[pool * HOURS_PER_WEEK + h]!;
    return total;
  };
  const pools: PoolKpis[] = scenario.pools.map((pool, p) => ({
    pool: pool.id,
    team: pool.team,
    role: pool.role,
    kind: pool.kind,
    areas: pool.areas.length === scenario.areas.length && A > 1 ? ['all'] : pool.areas.map((a) => scenario.areas[a]!.id),
    utilisation: estimate((run) => ratio(poolSum(run.poolBusy, p), poolSum(run.poolOnDuty, p))),
    meanOnDuty: estimate((run) => poolSum(run.poolOnDuty, p) / (days * 1440)),
    byHourOfDay: Array.from({ length: 24 }, (_, hour) => {
      const values = runs.map((run) => {
        let busy = 0;
        let on = 0;
        for (let day = 0; day < 7; day += 1) {
          busy += run.poolBusy[p * HOURS_PER_WEEK + day * 24 + hour]!;
          on += run.poolOnDuty[p * HOURS_PER_WEEK + day * 24 + hour]!;
        }
        return ratio(busy, on);
      });
      const mean = confidenceInterval(values).mean;
      return Number.isNaN(mean) ? null : mean;
    }),
    onDutyByHourOfDay: Array.from({ length: 24 }, (_, hour) => {
      let total = 0;
      for (const run of runs) for (let day = 0; day < 7; day += 1) total += run.poolOnDuty[p * HOURS_PER_WEEK + day * 24 + hour]!;
      // Person-minutes over (days measured × 60 minutes) in this hour of the day.
      return total / runs.length / (days * 60);
    }),
  }));

  const areas = scenario.areas.map((area, a) => {
    const own = scenario.pools.flatMap((pool, p) => (pool.kind === 'units' && pool.areas.length === 1 && pool.areas[0] === a ? [p] : []));
    return {
      area: area.id,
      utilisation: estimate((run) => ratio(own.reduce((sum, p) => sum + poolSum(run.poolBusy, p), 0), own.reduce((sum, p) => sum + poolSum(run.poolOnDuty, p), 0))),
    };
  });

  return {
    model: scenario.modelId,
    days,
    warmUpDays: scenario.warmUpDays,
    replications: runs.length,
    seed: runs[0]!.seed,
    grades,
    channels,
    resolutionCentre,
    pools,
    areas,
    checks: {
      littlesLawDispatch: Math.max(...runs.map((run) => run.littlesLaw.dispatch.relativeDifference)),
      littlesLawCalls: Math.max(...runs.map((run) => run.littlesLaw.calls.relativeDifference)),
      eventsPerRun: runs.reduce((sum, run) => sum + run.events, 0) / runs.length,
      overflow: runs.reduce((sum, run) => sum + run.overflow, 0),
    },
    notes: scenario.notes,
  };
}
