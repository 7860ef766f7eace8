/**
 * Shift coverage: a pattern that promises 24/7 must put someone on duty in every minute of the
 * week. Works at minute resolution over the 7 × 1440 minutes of a week, wrapping round Sunday night.
 */
import type { PolicingModel, ShiftPattern } from '../schema/model';
import { DAYS } from '../schema/primitives';
import { error, type ModelIssue } from './issue';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** The minutes of the week (0 = Monday 00:00) on which at least one shift of the pattern is on. */
export function coveredMinutes(pattern: ShiftPattern): Uint8Array {
  const covered = new Uint8Array(MINUTES_PER_WEEK);
  for (const shift of pattern.shifts) {
    const [hours, minutes] = shift.start.split(':').map(Number) as [number, number];
    const startOfDay = hours * 60 + minutes;
    const length = Math.round(shift.durationHours * 60);
    const days = shift.days ?? DAYS;
    for (const day of days) {
      const start = DAYS.indexOf(day) * MINUTES_PER_DAY + startOfDay;
      for (let offset = 0; offset < length; offset += 1) covered[(start + offset) % MINUTES_PER_WEEK] = 1;
    }
  }
  return covered;
}

/** The uncovered spans of a week, as readable text ("mon 02:00–06:00"). */
export function uncoveredSpans(covered: Uint8Array): string[] {
  const spans: string[] = [];
  let minute = 0;
  while (minute < MINUTES_PER_WEEK) {
    if (covered[minute]) {
      minute += 1;
      continue;
    }
    const start = minute;
    while (minute < MINUTES_PER_WEEK && !covered[minute]) minute += 1;
    spans.push(`${formatMinute(start)}–${formatMinute(minute)}`);
  }
  return spans;
}

function formatMinute(minuteOfWeek: number): string {
  const day = DAYS[Math.floor(minuteOfWeek / MINUTES_PER_DAY) % 7] ?? 'mon';
  const ofDay = minuteOfWeek % MINUTES_PER_DAY;
  const hh = String(Math.floor(ofDay / 60)).padStart(2, '0');
  const mm = String(ofDay % 60).padStart(2, '0');
  return minuteOfWeek === MINUTES_PER_WEEK ? 'mon 00:00' : `${day} ${hh}:${mm}`;
}

/** Reports 24/7 patterns that leave time uncovered. */
export function checkShiftCoverage(model: PolicingModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  model.shiftPatterns.forEach((pattern, index) => {
    if (pattern.coverage !== '24/7') return;
    const spans = uncoveredSpans(coveredMinutes(pattern));
    if (spans.length === 0) return;
    const shown = spans.slice(0, 4).join(', ') + (spans.length > 4 ? ` and ${spans.length - 4} more` : '');
    issues.push(error(['shiftPatterns', index, 'shifts'], `pattern "${pattern.id}" is declared 24/7 but leaves hours uncovered: ${shown}`));
  });
  return issues;
}
