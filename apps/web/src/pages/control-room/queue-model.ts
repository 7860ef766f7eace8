/**
 * The control room's queue logic, without React: grouping by grade, ordering by the target's due
 * time, the words for states, clocks and the time left, and what to announce when the queue
 * changes (a live region reads it out, WCAG 4.1.3).
 */
import type { QueuedIncident, QueueState, TargetClock, TargetView } from './types';

/** The words for each state. */
export const STATE_LABELS: Record<QueueState, string> = {
  'awaiting-assessment': 'Awaiting THRIVE+',
  'awaiting-grade': 'Awaiting grade',
  'awaiting-route': 'Awaiting routing',
  'awaiting-dispatch': 'Awaiting a unit',
  dispatched: 'Unit dispatched',
  'on-scene': 'Unit on scene',
  resolved: 'Resolved',
  'routed-elsewhere': 'Routed elsewhere',
};

/** "from call answered" etc.: the clock a target runs on, as a controller says it. */
export const CLOCK_LABELS: Record<TargetClock, string> = {
  'call-answered': 'from call answered',
  graded: 'from grading',
  dispatched: 'from dispatch',
};

/**
 * A short reference for a record id, for tables and headings: the first block of a UUID id
 * (`incident-161a3ff2-…` → `161A3FF2`, `case-4e64c2fb-…` → `4E64C2FB`), or the id without its
 * `incident-` prefix. The full id stays available (details, accessible names where it matters).
 */
export function shortRef(id: string): string {
  const uuid = /^[a-z]+-([0-9a-f]{8})-[0-9a-f]{4}-/i.exec(id);
  if (uuid) return uuid[1]!.toUpperCase();
  return id.replace(/^incident-/, '');
}

/** A group of the queue: the ungraded calls, then each grade. */
export interface QueueGroup {
  /** null for incidents not yet graded. */
  grade: number | null;
  title: string;
  incidents: QueuedIncident[];
}

/**
 * The queue in groups — ungraded first (they need a decision), then grade 1, 2, … — each ordered
 * by when its target falls due (soonest first; no due time last), then by when the call was
 * answered (oldest first). `gradeNames` names the grades (from the model).
 */
export function groupQueue(incidents: readonly QueuedIncident[], gradeNames: ReadonlyMap<number, string>): QueueGroup[] {
  const groups = new Map<number | null, QueuedIncident[]>();
  for (const incident of incidents) {
    const key = incident.grade?.grade ?? null;
    const list = groups.get(key) ?? [];
    list.push(incident);
    groups.set(key, list);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  return keys.map((grade) => ({
    grade,
    title: grade === null ? 'Not yet graded' : `Grade ${grade}${gradeNames.has(grade) ? ` — ${gradeNames.get(grade)}` : ''}`,
    incidents: [...(groups.get(grade) ?? [])].sort(compareByDue),
  }));
}

function compareByDue(a: QueuedIncident, b: QueuedIncident): number {
  const dueA = dueTime(a.target);
  const dueB = dueTime(b.target);
  if (dueA !== dueB) return dueA - dueB;
  return Date.parse(a.callAnsweredAt) - Date.parse(b.callAnsweredAt) || a.id.localeCompare(b.id);
}

function dueTime(target: TargetView | null): number {
  if (!target || target.dueAt === null) return Number.POSITIVE_INFINITY;
  // A target already met no longer presses: after every open one.
  if (target.kind === 'attendance' && target.outcome === 'met') return Number.MAX_SAFE_INTEGER;
  return Date.parse(target.dueAt);
}

/** `mm:ss` (or `h:mm:ss`) of a duration in milliseconds (its absolute value). */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** A time of day in London (the force's clock), `HH:MM:SS`. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** Where a target stands at `now`, in words and as a tone for styling (never colour alone: the words say it). */
export interface TargetStatus {
  text: string;
  tone: 'ok' | 'warning' | 'breach' | 'done' | 'none';
}

/** How long is left (or by how much it is late) of `target` at `now`. Warning in the last fifth of the time. */
export function targetStatus(target: TargetView | null, now: number): TargetStatus {
  if (!target) return { text: 'No attendance target', tone: 'none' };
  if (target.kind === 'appointment') return { text: `Appointment within ${target.withinHours} h, by ${formatTime(target.dueAt)}`, tone: 'none' };
  if (target.arrivedAt !== null && target.responseMinutes !== null) {
    return { text: `Attended in ${formatDuration(target.responseMinutes * 60_000)} — target ${target.outcome === 'met' ? 'met' : 'missed'}`, tone: target.outcome === 'met' ? 'done' : 'breach' };
  }
  if (target.dueAt === null) return { text: `${target.minutes} min ${CLOCK_LABELS[target.clock]}: starts when a unit is dispatched`, tone: 'none' };
  const left = Date.parse(target.dueAt) - now;
  if (left < 0) return { text: `Overdue by ${formatDuration(left)}`, tone: 'breach' };
  return { text: `${formatDuration(left)} left`, tone: left < target.minutes * 60_000 * 0.2 ? 'warning' : 'ok' };
}

/**
 * What to announce when the queue goes from `before` to `after`: new incidents, incidents that
 * left the open queue, and units dispatched or on scene. Empty when nothing a controller must hear
 * changed (a first load is not announced).
 */
export function describeQueueChange(before: readonly QueuedIncident[] | undefined, after: readonly QueuedIncident[]): string {
  if (before === undefined) return '';
  const previous = new Map(before.map((incident) => [incident.id, incident]));
  const current = new Set(after.map((incident) => incident.id));
  const parts: string[] = [];
  const added = after.filter((incident) => !previous.has(incident.id));
  if (added.length === 1) parts.push(`New incident ${shortRef(added[0]!.id)}: ${added[0]!.incidentType.name}.`);
  else if (added.length > 1) parts.push(`${added.length} new incidents.`);
  for (const incident of after) {
    const old = previous.get(incident.id);
    if (!old || old.state === incident.state) continue;
    if (incident.state === 'dispatched' || incident.state === 'on-scene') {
      const unit = incident.assignments.filter((assignment) => assignment.endedAt === null).at(-1);
      parts.push(`${shortRef(incident.id)}: ${STATE_LABELS[incident.state].toLowerCase()}${unit ? ` (${unit.callSign})` : ''}.`);
    } else if (incident.grade && !old.grade) parts.push(`${shortRef(incident.id)} graded ${incident.grade.grade}.`);
  }
  const left = before.filter((incident) => !current.has(incident.id)).length;
  if (left > 0) parts.push(`${left} left the queue.`);
  return parts.join(' ');
}
