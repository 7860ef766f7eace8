import { describe, expect, it } from 'vitest';
import { kpiRows } from './kpi-rows';
import type { Estimate, Simulation } from './types';

const e = (mean: number | null): Estimate => ({ mean, halfWidth: 0.01, lower: mean === null ? null : mean - 0.01, upper: mean === null ? null : mean + 0.01, replications: 3 });
const attendance = (perDay: number | null) => ({
  incidentsPerDay: e(perDay),
  compliance: e(0.8),
  complianceUrban: null,
  complianceRural: null,
  meanResponseMin: e(12),
  medianResponseMin: e(10),
  p90ResponseMin: e(25),
  meanQueueWaitMin: e(1),
  unattended: e(0),
});

describe('kpiRows', () => {
  it('lists the grades with incidents, handled channels, the Resolution Centre and utilisation by area name', () => {
    const simulation = {
      grades: [
        { ...attendance(5), grade: 1, name: 'Emergency', response: 'immediate', target: '15 min urban / 20 min rural from call-answered', lostToAbandonmentPerDay: e(0), byArea: [] },
        { ...attendance(0), grade: 2, name: 'Priority', response: 'prompt', target: null, lostToAbandonmentPerDay: e(0), byArea: [] },
      ],
      channels: [
        { channel: '999', handled: true, offeredPerDay: e(60), abandonment: e(0.02), answeredWithinTarget: e(0.9), targetSeconds: 10, meanWaitMin: e(0.1) },
        { channel: 'online', handled: false, offeredPerDay: e(10), abandonment: e(0), answeredWithinTarget: null, targetSeconds: null, meanWaitMin: e(0) },
      ],
      resolutionCentre: null,
      areas: [{ area: 'north', utilisation: e(0.4) }],
    } as unknown as Simulation;
    const rows = kpiRows(simulation, new Map([['north', 'North Peelshire']]));
    expect(rows.map((row) => row.id)).toEqual(['g1-per-day', 'g1-compliance', 'g1-mean', 'g1-p90', 'g1-queue', 'c999-abandonment', 'c999-answered', 'u-north']);
    expect(rows[1]).toMatchObject({ label: 'Grade 1 (Emergency): within the target (15 min urban / 20 min rural from call-answered)', percent: true });
    expect(rows[7]!.label).toBe('Utilisation of units, North Peelshire');
  });
});
