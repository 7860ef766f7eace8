/** Unit records for tests that do not need a policing model (repository suites, property tests). */
import type { Unit } from '../unit';

const BOOKED_ON = new Date('2024-03-01T07:00:00Z');

/**
 * A valid available PC unit "T1" of a response team in area "north", booked on at
 * 2024-03-01 07:00 UTC, at 51.5 N 0.1 W; `overrides` replace any field.
 */
export function makeUnit(overrides: Partial<Unit> & { readonly id: string }): Unit {
  return {
    callSign: overrides.id.toUpperCase(),
    teamId: 'test-response',
    teamKind: 'response',
    areaId: 'north',
    officers: [{ officerId: `${overrides.id}-officer`, role: 'PC' }],
    capabilities: { roles: ['PC'], powers: ['arrest', 'detain', 'use-of-force'], skills: [], officerCount: 1 },
    status: 'available',
    statusSince: BOOKED_ON,
    position: { lat: 51.5, lon: -0.1, at: BOOKED_ON },
    bookedOnAt: BOOKED_ON,
    ...overrides,
  };
}
