import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWallTimeConverter, type WallTime } from './wall-time';

const at = (text: string): WallTime => {
  const [date = '', time = ''] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return { year, month, day, hour, minute, second };
};
const iso = (ms: number) => new Date(ms).toISOString();

// US rules (Energy Policy Act of 2005 §110, in tzdb since 2007): DST from 02:00 on the second Sunday
// of March to 02:00 on the first Sunday of November; Pacific offsets −08:00 (PST) / −07:00 (PDT).
describe('createWallTimeConverter, America/Los_Angeles (San Diego)', () => {
  const la = createWallTimeConverter('America/Los_Angeles');
  it('reads winter and summer times with −08:00 and −07:00', () => {
    expect(iso(la.toEpochMs(at('2023-01-01 00:00:05')))).toBe('2023-01-01T08:00:05.000Z'); // first call in the San Diego file
    expect(iso(la.toEpochMs(at('2023-07-04 12:00:00')))).toBe('2023-07-04T19:00:00.000Z');
  });
  it('spring forward, 2023-03-12: 01:59:59 PST, the missing 02:00–02:59 moved an hour on, 03:00 PDT', () => {
    expect(iso(la.toEpochMs(at('2023-03-12 01:59:59')))).toBe('2023-03-12T09:59:59.000Z');
    expect(iso(la.toEpochMs(at('2023-03-12 02:00:00')))).toBe('2023-03-12T10:00:00.000Z'); // = 03:00 PDT
    expect(iso(la.toEpochMs(at('2023-03-12 02:30:00')))).toBe('2023-03-12T10:30:00.000Z'); // = 03:30 PDT (Temporal 'compatible')
    expect(iso(la.toEpochMs(at('2023-03-12 03:00:00')))).toBe('2023-03-12T10:00:00.000Z');
  });
  it('fall back, 2023-11-05: 01:00–01:59 happens twice and is read as the first (PDT) time', () => {
    expect(iso(la.toEpochMs(at('2023-11-05 00:59:59')))).toBe('2023-11-05T07:59:59.000Z');
    expect(iso(la.toEpochMs(at('2023-11-05 01:30:00')))).toBe('2023-11-05T08:30:00.000Z');
    expect(iso(la.toEpochMs(at('2023-11-05 01:59:59')))).toBe('2023-11-05T08:59:59.000Z');
    expect(iso(la.toEpochMs(at('2023-11-05 02:00:00')))).toBe('2023-11-05T10:00:00.000Z');
  });
});

// EU rules (Directive 2000/84/EC): summer time from 01:00 UTC on the last Sunday of March to 01:00
// UTC on the last Sunday of October; the UK follows them (GMT +00:00, BST +01:00).
describe('createWallTimeConverter, Europe/London', () => {
  const london = createWallTimeConverter('Europe/London');
  it('2024-03-31: 00:59 GMT, the missing 01:30 read as 02:30 BST, 02:00 BST', () => {
    expect(iso(london.toEpochMs(at('2024-03-31 00:59:00')))).toBe('2024-03-31T00:59:00.000Z');
    expect(iso(london.toEpochMs(at('2024-03-31 01:30:00')))).toBe('2024-03-31T01:30:00.000Z');
    expect(iso(london.toEpochMs(at('2024-03-31 02:00:00')))).toBe('2024-03-31T01:00:00.000Z');
  });
  it('2024-10-27: the repeated 01:30 is the BST one; 02:00 is GMT', () => {
    expect(iso(london.toEpochMs(at('2024-10-27 01:30:00')))).toBe('2024-10-27T00:30:00.000Z');
    expect(iso(london.toEpochMs(at('2024-10-27 02:00:00')))).toBe('2024-10-27T02:00:00.000Z');
  });
  it('keeps milliseconds', () => {
    expect(iso(london.toEpochMs({ ...at('2024-06-01 12:00:00'), millisecond: 250 }))).toBe('2024-06-01T11:00:00.250Z');
  });
});

describe('createWallTimeConverter, zones with unusual offsets', () => {
  it('Australia/Lord_Howe moves its clocks by 30 minutes (+10:30 → +11:00 at 02:00 on 2023-10-01)', () => {
    const lordHowe = createWallTimeConverter('Australia/Lord_Howe');
    expect(iso(lordHowe.toEpochMs(at('2023-10-01 01:59:00')))).toBe('2023-09-30T15:29:00.000Z');
    expect(iso(lordHowe.toEpochMs(at('2023-10-01 02:15:00')))).toBe('2023-09-30T15:45:00.000Z'); // missing; = 02:45 +11:00
    expect(iso(lordHowe.toEpochMs(at('2023-10-01 02:30:00')))).toBe('2023-09-30T15:30:00.000Z');
  });
  it('Asia/Kathmandu is +05:45 all year', () => {
    expect(iso(createWallTimeConverter('Asia/Kathmandu').toEpochMs(at('2024-01-01 05:45:00')))).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('createWallTimeConverter, errors', () => {
  it('names the time zone when it is unknown', () => {
    expect(() => createWallTimeConverter('Pacific/Atlantis')).toThrow(/timeZone: unknown IANA time zone 'Pacific\/Atlantis'/);
  });
  it('refuses two-digit years', () => {
    expect(() => createWallTimeConverter('UTC').toEpochMs(at('0023-01-01 00:00:00'))).toThrow(RangeError);
  });
});

describe('createWallTimeConverter round trip (property)', () => {
  // Any instant, shown on a zone's clock and read back, is that instant — or, when the clock showed
  // that time twice, the earlier of the two, which shows the same wall time.
  const zones = ['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
  it('recovers the instant from its wall time in every zone, 2000–2035', () => {
    // One converter per zone for the whole run, so its offset cache is exercised too.
    const converters = new Map(zones.map((zone) => [zone, createWallTimeConverter(zone)]));
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 }), (zone, seconds) => {
        const instant = seconds * 1000;
        const wall = wallTimeOf(zone, instant);
        const back = (converters.get(zone) ?? createWallTimeConverter(zone)).toEpochMs(wall);
        expect(back).toBeLessThanOrEqual(instant);
        expect(instant - back).toBeLessThanOrEqual(3_600_000);
        expect(wallTimeOf(zone, back)).toEqual(wall);
      }),
      { seed: 20240101, numRuns: 2000 },
    );
  });
  it('the instant an hour before a fall-back is recovered exactly (it is the earlier reading)', () => {
    const la = createWallTimeConverter('America/Los_Angeles');
    const firstOneThirty = Date.UTC(2023, 10, 5, 8, 30);
    expect(la.toEpochMs(wallTimeOf('America/Los_Angeles', firstOneThirty))).toBe(firstOneThirty);
  });
});

function wallTimeOf(timeZone: string, instant: number): WallTime {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const parts = Object.fromEntries(format.formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second } as WallTime;
}
