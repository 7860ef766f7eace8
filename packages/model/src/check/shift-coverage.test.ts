import { describe, expect, it } from 'vitest';
import { coveredMinutes, uncoveredSpans } from './shift-coverage';

const pattern = (shifts: { id: string; start: string; durationHours: number; days?: ('mon' | 'sat' | 'sun')[] }[]) => ({
  id: 'p', name: 'p', coverage: '24/7' as const, rotatingTeams: 1, shifts,
});

describe('shift coverage', () => {
  it('a night shift wraps past midnight and Sunday night wraps to Monday', () => {
    const covered = coveredMinutes(pattern([{ id: 'n', start: '22:00', durationHours: 8, days: ['sun'] }]));
    expect(covered.reduce((sum, v) => sum + v, 0)).toBe(8 * 60);
    expect(covered[0]).toBe(1); // Monday 00:00, reached from Sunday 22:00
    expect(covered[6 * 60]).toBe(0); // Monday 06:00
  });

  it('three 8-hour shifts cover the week exactly', () => {
    const spans = uncoveredSpans(coveredMinutes(pattern([
      { id: 'e', start: '06:00', durationHours: 8 },
      { id: 'l', start: '14:00', durationHours: 8 },
      { id: 'n', start: '22:00', durationHours: 8 },
    ])));
    expect(spans).toEqual([]);
  });

  it('reports each gap as a readable span', () => {
    const spans = uncoveredSpans(coveredMinutes(pattern([{ id: 'd', start: '00:00', durationHours: 23.5 }])));
    expect(spans).toHaveLength(7);
    expect(spans[0]).toBe('mon 23:30–tue 00:00');
    expect(spans[6]).toBe('sun 23:30–mon 00:00');
  });
});
