/**
 * Local wall-clock time in an IANA time zone → the instant it denotes, with the platform's time
 * zone database (Intl) and no library. A CAD export writes times as the control room's clock
 * showed them; turning them into instants needs the zone's offset *at that moment*, which changes
 * twice a year (DST).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Offsets are cached per 15 minutes of local time: every tzdb transition since 1970 falls on a quarter hour. */
const CACHE_BLOCK = 15 * MINUTE;
const CACHE_LIMIT = 200_000;

/** A local date and time as written, month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
}

/** Converts wall times of one zone to instants; reuse one per zone (it caches offsets). */
export interface WallTimeConverter {
  readonly timeZone: string;
  /** The instant (ms since the epoch) the wall time denotes; see {@link createWallTimeConverter} for gaps and overlaps. */
  toEpochMs(wall: WallTime): number;
}

/**
 * Creates a converter for `timeZone`. Disambiguation follows Temporal's `'compatible'` rule
 * (TC39 Temporal, `ZonedDateTime` disambiguation; also RFC 5545 §3.3.5 for DATE-TIME in a TZID):
 * a wall time that occurs twice (clocks go back: 01:30 on the first Sunday of November in
 * Los Angeles) is the **earlier** instant; a wall time that does not exist (clocks go forward:
 * 02:30 on the second Sunday of March) is read with the offset in force **before** the change, i.e.
 * it lands an hour later on the new clock (03:30 PDT).
 *
 * Method: with W the wall time read as if it were UTC, an instant t = W − o is a solution when the
 * zone's offset at t is o. The only candidate offsets are those a day before and a day after W
 * (zones change offset at most once a day); each is checked with `Intl.DateTimeFormat`.
 * @throws {RangeError} naming `timeZone` when the runtime does not know the zone
 */
export function createWallTimeConverter(timeZone: string): WallTimeConverter {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`timeZone: unknown IANA time zone '${timeZone}' (e.g. Europe/London, America/Los_Angeles)`);
  }
  const offsetAt = (epochMs: number): number => {
    const seconds = Math.floor(epochMs / 1000) * 1000;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(seconds)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second) - seconds;
  };
  const offsetFor = (asUtc: number): number => {
    const before = offsetAt(asUtc - DAY);
    const after = offsetAt(asUtc + DAY);
    const earlier = Math.max(before, after); // the larger offset gives the earlier instant
    const later = Math.min(before, after);
    if (offsetAt(asUtc - earlier) === earlier) return earlier; // the only, or the earlier of two
    if (offsetAt(asUtc - later) === later) return later;
    return before; // in the gap: keep the offset in force before the change
  };
  const cache = new Map<number, number>();
  return {
    timeZone,
    toEpochMs(wall) {
      // Date.UTC reads years 0–99 as 1900–1999: refuse them rather than shift a date by centuries.
      if (wall.year < 100) throw new RangeError(`year ${wall.year} is not supported (expected four digits)`);
      const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond ?? 0);
      const block = Math.floor(asUtc / CACHE_BLOCK);
      let offset = cache.get(block);
      if (offset === undefined) {
        offset = offsetFor(block * CACHE_BLOCK);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(block, offset);
      }
      return asUtc - offset;
    },
  };
}
