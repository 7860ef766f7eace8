/** Reads timestamps written in a fixed pattern (e.g. `DD/MM/YYYY HH:mm`) as wall times. */
import type { WallTime } from './wall-time';

/** The tokens a pattern may use; anything else is matched literally. */
const TOKENS: Record<string, { pattern: string; field: keyof WallTime }> = {
  YYYY: { pattern: '(\\d{4})', field: 'year' },
  MM: { pattern: '(\\d{2})', field: 'month' },
  M: { pattern: '(\\d{1,2})', field: 'month' },
  DD: { pattern: '(\\d{2})', field: 'day' },
  D: { pattern: '(\\d{1,2})', field: 'day' },
  HH: { pattern: '(\\d{2})', field: 'hour' },
  H: { pattern: '(\\d{1,2})', field: 'hour' },
  mm: { pattern: '(\\d{2})', field: 'minute' },
  ss: { pattern: '(\\d{2})', field: 'second' },
  SSS: { pattern: '(\\d{3})', field: 'millisecond' },
};
const TOKEN = /YYYY|SSS|MM|DD|HH|mm|ss|M|D|H/g;

/** A compiled timestamp pattern. */
export interface TimestampFormat {
  readonly pattern: string;
  /** The wall time the text denotes, or a reason it does not (phrased to follow "expected …"). */
  parse(text: string): WallTime | { error: string };
}

/**
 * Compiles a pattern of the tokens `YYYY MM M DD D HH H mm ss SSS` and literal characters, e.g.
 * `YYYY-MM-DD HH:mm:ss` (San Diego) or `DD/MM/YYYY HH:mm` (a UK CAD export). Seconds default to 0
 * when the pattern has none. Impossible dates (31 April, 29 February 2023, hour 24) are errors.
 * @throws {RangeError} naming `timestampFormat` when the pattern lacks a year, month, day, hour or minute, or repeats one
 */
export function compileTimestampFormat(pattern: string): TimestampFormat {
  const fields: (keyof WallTime)[] = [];
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(last, match.index)) + (TOKENS[match[0]]?.pattern ?? '');
    const field = TOKENS[match[0]]?.field;
    if (field === undefined) continue;
    if (fields.includes(field)) throw new RangeError(`timestampFormat: '${pattern}' gives the ${field} twice`);
    fields.push(field);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(pattern.slice(last));
  const missing = (['year', 'month', 'day', 'hour', 'minute'] as const).filter((field) => !fields.includes(field));
  if (missing.length > 0) throw new RangeError(`timestampFormat: '${pattern}' has no ${missing.join(', ')} (tokens: YYYY MM DD HH mm ss SSS)`);
  const regex = new RegExp(`^${source}$`);
  return {
    pattern,
    parse(text) {
      const match = regex.exec(text.trim());
      if (match === null) return { error: `expected ${pattern}, got '${text}'` };
      const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
      fields.forEach((field, index) => {
        wall[field] = Number(match[index + 1]);
      });
      const problem = checkRanges(wall);
      return problem === undefined ? wall : { error: `${problem} in '${text}'` };
    },
  };
}

function checkRanges(wall: WallTime): string | undefined {
  if (wall.month < 1 || wall.month > 12) return `month ${wall.month} is not 1–12`;
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  if (wall.day < 1 || wall.day > daysInMonth) return `day ${wall.day} is not in ${wall.year}-${String(wall.month).padStart(2, '0')}`;
  if (wall.hour > 23) return `hour ${wall.hour} is not 0–23`;
  if (wall.minute > 59) return `minute ${wall.minute} is not 0–59`;
  if (wall.second > 59) return `second ${wall.second} is not 0–59`; // leap seconds do not occur in CAD clocks
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
