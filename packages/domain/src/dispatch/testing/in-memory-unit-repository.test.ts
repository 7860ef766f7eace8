/** The shared UnitRepository suite on the in-memory repository, plus what only it promises. */
import { describe, expect, it } from 'vitest';
import { InMemoryUnitRepository } from './in-memory-unit-repository';
import { makeUnit } from './make-unit';
import { registerUnitRepositoryCases } from './unit-repository.case';

registerUnitRepositoryCases('in memory (fresh per test)', () => new InMemoryUnitRepository());

const shared = new InMemoryUnitRepository();
registerUnitRepositoryCases('in memory (one shared by every test)', () => shared, { concurrentRounds: 5 });

describe('InMemoryUnitRepository', () => {
  it('hands out copies: mutating a returned unit does not change the stored one', async () => {
    const repo = new InMemoryUnitRepository();
    await repo.create(makeUnit({ id: 'u1' }));
    const got = (await repo.get('u1')) as unknown as { officers: { officerId: string }[] };
    (got.officers[0] as { officerId: string }).officerId = 'tampered';
    expect((await repo.get('u1'))?.officers[0]?.officerId).toBe('u1-officer');
  });

  it('serialises writes even with no pause between read and write (the lock, not timing, makes it atomic)', async () => {
    const repo = new InMemoryUnitRepository({ pause: async () => {} });
    await repo.create(makeUnit({ id: 'u2' }));
    const results = await Promise.allSettled([repo.assignUnit('u2', 'i1', new Date(0)), repo.assignUnit('u2', 'i2', new Date(0))]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
