import { describe, expect, it } from 'vitest';
import { performanceWindowOfDays } from './performance-days';

describe('performanceWindowOfDays', () => {
  it('runs from the start of the first London day to the end of the last, split at the start of the before day', () => {
    // 2026-06 is BST: London midnight is 23:00 UTC the day before.
    const window = performanceWindowOfDays({ from: '2026-06-01', to: '2026-06-30', before: '2026-06-15' }, new Date('2026-07-10T12:00Z'));
    expect(window.from.toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(window.splitAt!.toISOString()).toBe('2026-06-14T23:00:00.000Z');
    expect(window).toMatchObject({ fromDate: '2026-06-01', toDate: '2026-06-30', beforeDate: '2026-06-15' });
  });

  it('defaults to the 28 days ending today in London', () => {
    // 23:30 UTC on 31 March 2026 is 1 April in London (BST).
    const window = performanceWindowOfDays({}, new Date('2026-03-31T23:30Z'));
    expect(window).toMatchObject({ fromDate: '2026-03-05', toDate: '2026-04-01' });
    expect(window.splitAt).toBeUndefined();
  });

  it('refuses a malformed date or a reversed window, naming the field', () => {
    const now = new Date('2026-03-01T12:00Z');
    expect(() => performanceWindowOfDays({ from: '2026-02-30' }, now)).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'from' }));
    expect(() => performanceWindowOfDays({ before: 'soon' }, now)).toThrow(expect.objectContaining({ field: 'before' }));
    expect(() => performanceWindowOfDays({ from: '2026-03-02', to: '2026-03-01' }, now)).toThrow(expect.objectContaining({ field: 'to' }));
  });
});
