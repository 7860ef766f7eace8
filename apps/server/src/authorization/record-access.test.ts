/** The record-level rules the resource routes rely on: restricted first, then force / area / own scope. */
import { describe, expect, it } from 'vitest';
import type { Principal } from './principal';
import { decideRecordAccess } from './record-access';

const principal = (overrides: Partial<Principal> = {}): Principal => ({
  id: 'user-1',
  username: 'u',
  role: 'response-officer',
  areaId: 'north',
  restrictedAccess: false,
  sessionExpiresAt: new Date('2030-01-01T00:00:00Z'),
  ...overrides,
});

describe('decideRecordAccess', () => {
  it('force scope reaches every area and unplaced records', () => {
    expect(decideRecordAccess(principal(), 'force', { areaId: 'south' })).toEqual({ allowed: true });
    expect(decideRecordAccess(principal(), 'force', { areaId: null })).toEqual({ allowed: true });
  });

  it('area scope reaches the user\'s own area only; not unplaced records', () => {
    expect(decideRecordAccess(principal(), 'area', { areaId: 'north' })).toEqual({ allowed: true });
    expect(decideRecordAccess(principal(), 'area', { areaId: 'south' })).toEqual({ allowed: false, hidden: false, reason: 'the record is in area south; the user\'s scope is area north' });
    expect(decideRecordAccess(principal(), 'area', { areaId: null })).toMatchObject({ allowed: false, hidden: false });
  });

  it('a user without an area is force-wide under area scope', () => {
    expect(decideRecordAccess(principal({ areaId: null }), 'area', { areaId: 'south' })).toEqual({ allowed: true });
    expect(decideRecordAccess(principal({ areaId: null }), 'area', { areaId: null })).toEqual({ allowed: true });
  });

  it('own scope reaches only records listing the user as an owner, whatever the area', () => {
    expect(decideRecordAccess(principal(), 'own', { areaId: 'south', ownerIds: ['user-2', 'user-1'] })).toEqual({ allowed: true });
    expect(decideRecordAccess(principal(), 'own', { areaId: 'north', ownerIds: ['user-2'] })).toMatchObject({ allowed: false, hidden: false });
    expect(decideRecordAccess(principal(), 'own', { areaId: 'north' })).toMatchObject({ allowed: false });
  });

  it('a restricted record is hidden (not merely forbidden) from users without restricted access, even force-wide', () => {
    expect(decideRecordAccess(principal({ role: 'admin', areaId: null }), 'force', { areaId: 'north', restricted: true })).toEqual({
      allowed: false,
      hidden: true,
      reason: 'restricted record; the user has no restricted access',
    });
    expect(decideRecordAccess(principal({ restrictedAccess: true }), 'area', { areaId: 'north', restricted: true })).toEqual({ allowed: true });
    // Restricted access does not widen scope.
    expect(decideRecordAccess(principal({ restrictedAccess: true }), 'area', { areaId: 'south', restricted: true })).toMatchObject({ allowed: false, hidden: false });
  });
});
