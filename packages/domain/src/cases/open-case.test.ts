import { describe, expect, it } from 'vitest';
import { openCase } from './open-case';
import { burglaryIncident, caseTestDependencies } from './testing/case-fixtures';

describe('openCase', () => {
  it('opens an allocated case with one owner, no handoffs and version 1', async () => {
    const deps = caseTestDependencies();
    const opened = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101', teamId: 'cpt-a' }, committedOn: '2024-01-09', by: 'sgt-1' });
    expect(opened).toMatchObject({
      id: 'case-1',
      incidentId: 'inc-1',
      offenceType: 'burglary-dwelling',
      area: 'sevenoaks',
      committedOn: '2024-01-09',
      owner: { officerId: 'pc-101', teamId: 'cpt-a' },
      status: 'allocated',
      handoffs: [],
      version: 1,
    });
    expect(opened.statusHistory).toEqual([{ from: null, to: 'allocated', at: new Date('2024-01-10T09:00:00Z'), by: 'sgt-1' }]);
    expect(await deps.cases.get('case-1')).toEqual(opened);
  });

  it.each([
    [{ owner: { officerId: ' ' } }, 'owner.officerId'],
    [{ by: '' }, 'by'],
    [{ incident: burglaryIncident({ area: '' }) }, 'incident.area'],
    [{ incident: burglaryIncident({ location: { lat: 91, lon: 0 } }) }, 'incident.location.lat'],
    [{ committedOn: '2024-02-30' }, 'committedOn'],
  ])('rejects bad input naming the field (%o → %s)', async (override, field) => {
    const deps = caseTestDependencies();
    await expect(openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1', ...override })).rejects.toMatchObject({ code: 'VALIDATION', field });
  });

  it('refuses a second open case for the same offence from the same incident, but allows another offence', async () => {
    const deps = caseTestDependencies();
    await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    await expect(openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-102' }, by: 'sgt-1' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'incident.id' });
    const damage = await openCase(deps, { incident: burglaryIncident(), offenceType: 'criminal-damage', owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    expect(damage.offenceType).toBe('criminal-damage');
  });
});
