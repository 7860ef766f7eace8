import { describe, expect, it } from 'vitest';
import { dispatchQueueScenario } from '../testing/queue-scenarios';
import { createSyntheticForce } from '../testing/synthetic-force';
import { buildForceScenario } from './build-force-scenario';
import { RESPONSE_BINS } from './force-run-result';
import { simulateForce } from './simulate-force';
import { summariseForceRuns } from './summarise-force-runs';

describe('summariseForceRuns', () => {
  const scenario = buildForceScenario(createSyntheticForce({ areas: 2, incidentsPerDay: 80, emergencyCallsPerDay: 80, routineCallsPerDay: 400, constablesPerArea: 30, callHandlers: 24, days: 14, seed: 2 }));
  const runs = [0, 1, 2, 3].map((replication) => simulateForce(scenario, { seed: 5, replication }));
  const kpis = summariseForceRuns(scenario, runs);

  it('reports every grade, area, channel and pool with means inside their 95 % intervals', () => {
    expect(kpis.replications).toBe(4);
    expect(kpis.grades.map((grade) => grade.grade)).toEqual([1, 2, 3, 4]);
    const grade1 = kpis.grades[0]!;
    expect(grade1.target).toBe('15 min urban / 20 min rural from call-answered');
    expect(grade1.compliance!.mean).toBeGreaterThan(0);
    expect(grade1.compliance!.mean).toBeLessThanOrEqual(1);
    expect(grade1.compliance!.lower!).toBeLessThanOrEqual(grade1.compliance!.mean);
    expect(grade1.compliance!.upper!).toBeGreaterThanOrEqual(grade1.compliance!.mean);
    expect(grade1.medianResponseMin.mean).toBeLessThanOrEqual(grade1.p90ResponseMin.mean);
    expect(grade1.byArea.map((area) => area.area)).toEqual(['area-1', 'area-2']);
    expect(kpis.grades[3]!.compliance).toBeNull();
    expect(kpis.channels.find((channel) => channel.channel === '101')!.abandonment.mean).toBeGreaterThanOrEqual(0);
    expect(kpis.resolutionCentre!.contactWithinHours).toBe(48);
    for (const pool of kpis.pools) {
      expect(pool.utilisation.mean).toBeGreaterThanOrEqual(0);
      expect(pool.utilisation.mean).toBeLessThanOrEqual(1);
      expect(pool.byHourOfDay).toHaveLength(24);
    }
    expect(kpis.checks.littlesLawDispatch).toBeLessThan(1e-9);
    expect(kpis.checks.overflow).toBe(0);
  });

  it('takes percentiles from the one-minute histogram, linear within the bin', () => {
    const one = simulateForce(dispatchQueueScenario({ arrivalRates: [1], meanServiceMinutes: 1, servers: 1, days: 2 }), { seed: 1, replication: 0 });
    one.responseHistogram.fill(0);
    one.responseHistogram[3] = 5;
    one.responseHistogram[10] = 5;
    one.attendedUrban[0] = 10;
    const single = summariseForceRuns(dispatchQueueScenario({ arrivalRates: [1], meanServiceMinutes: 1, servers: 1, days: 2 }), [one]);
    expect(single.grades[0]!.medianResponseMin.mean).toBe(4);
    expect(single.grades[0]!.p90ResponseMin.mean).toBe(10.8);
    expect(single.grades[0]!.p90ResponseMin.halfWidth).toBeNull();
    expect(RESPONSE_BINS).toBe(2881);
  });
});
