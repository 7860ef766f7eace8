/**
 * The status of a unit and the transitions allowed between statuses. The table is the rule:
 * anything not listed throws INVALID_TRANSITION naming both states.
 *
 *   off duty ◄── available ──► committed ──► off duty
 *                   │  ▲           │
 *                   │  └───────────┘ (back on patrol)
 *                   ▼  (assignment only)
 *               dispatched ──► en route ──► on scene ──► available (cleared)
 *                   │              │
 *                   ├──► on scene  └──► available (stood down before arrival)
 *                   └──► available (stood down)
 *
 * A unit lives for one tour of duty: it is created when its crew book on and `off-duty` is final
 * (the next tour is a new unit, so call signs are free for re-use). `committed` is busy without an
 * incident (refreshments, custody, report writing). `dispatched` is entered only by assigning the
 * unit to an incident; a unit may go straight from dispatched to on scene (it was already there).
 */
import { DomainError } from '../shared/domain-error';

/** Every status a unit can be in. */
export const UNIT_STATUSES = ['available', 'dispatched', 'en-route', 'on-scene', 'committed', 'off-duty'] as const;

/** One of {@link UNIT_STATUSES}. */
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Statuses in which a unit holds a live incident (exactly one). */
export const LIVE_UNIT_STATUSES: readonly UnitStatus[] = ['dispatched', 'en-route', 'on-scene'];

/** For each status, the statuses a unit may move to next. */
export const UNIT_STATUS_TRANSITIONS: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = Object.freeze({
  available: ['dispatched', 'committed', 'off-duty'],
  dispatched: ['en-route', 'on-scene', 'available'],
  'en-route': ['on-scene', 'available'],
  'on-scene': ['available'],
  committed: ['available', 'off-duty'],
  'off-duty': [],
});

/** True when a unit in `status` holds a live incident. */
export function isLiveUnitStatus(status: UnitStatus): boolean {
  return LIVE_UNIT_STATUSES.includes(status);
}

/** True when the table allows `from` → `to`. */
export function isUnitTransitionAllowed(from: UnitStatus, to: UnitStatus): boolean {
  return UNIT_STATUS_TRANSITIONS[from].includes(to);
}

/**
 * Throws INVALID_TRANSITION, naming both states and what is allowed, unless `from` → `to` is in
 * {@link UNIT_STATUS_TRANSITIONS}. `unit` (a call sign) makes the message say which unit.
 */
export function assertUnitTransition(from: UnitStatus, to: UnitStatus, unit?: string): void {
  if (isUnitTransitionAllowed(from, to)) return;
  const allowed = UNIT_STATUS_TRANSITIONS[from];
  const who = unit === undefined ? 'a unit' : `unit ${unit}`;
  const next = allowed.length === 0 ? `'${from}' is final` : `from '${from}' it may go to ${allowed.map((status) => `'${status}'`).join(', ')}`;
  throw new DomainError('INVALID_TRANSITION', `${who} cannot go from '${from}' to '${to}' (${next})`, 'status');
}
