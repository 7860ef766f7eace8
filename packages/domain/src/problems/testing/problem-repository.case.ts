/**
 * The ProblemRepository contract as a shared suite (see cases/testing/case-repository.case.ts).
 * Not exported by the package; import it by path from a test.
 */
import { expect, it } from 'vitest';
import { parseIsoDate } from '../../calendar/iso-date';
import type { ProblemProfile } from '../problem';
import type { ProblemRepository } from '../problem-repository';

/** A stored-shape problem for the suite. */
export function sampleProblem(overrides: Partial<ProblemProfile> = {}): ProblemProfile {
  return {
    id: 'p-1',
    title: 'Underpass',
    issue: 'anti-social-behaviour',
    location: { description: 'underpass', wardCode: 'W1', area: 'north', lat: 51.1, lon: -0.2 },
    ownerId: 'pcso-1',
    stage: 'response',
    stageHistory: [{ from: null, to: 'scanning', at: new Date('2024-01-10T09:00:00Z'), by: 'pcso-1' }],
    linkedIncidents: [{ incidentId: 'inc-1', linkedAt: new Date('2024-01-10T10:00:00Z'), by: 'pcso-1' }],
    partnerIds: ['parish'],
    tasks: [
      {
        id: 't-1',
        title: 'Hedge',
        assignee: { kind: 'partner', partnerId: 'parish' },
        assignedAt: new Date('2024-01-10T11:00:00Z'),
        assignedBy: 'pcso-1',
        basis: 'partner-sla',
        allowedWorkingDays: 10,
        dueDate: parseIsoDate('2024-01-24'),
        dueBy: new Date('2024-01-25T00:00:00Z'),
        status: 'open',
      },
    ],
    status: 'open',
    openedAt: new Date('2024-01-10T09:00:00Z'),
    openedBy: 'pcso-1',
    version: 1,
    ...overrides,
  };
}

/** Registers the contract's cases; `create` returns an empty repository. */
export function registerProblemRepositoryCases(create: () => ProblemRepository | Promise<ProblemRepository>): void {
  it('stores a problem whole with optimistic concurrency', async () => {
    const problems = await create();
    await problems.save(sampleProblem());
    expect(await problems.get('p-1')).toEqual(sampleProblem());
    await problems.save(sampleProblem({ stage: 'assessment', version: 2 }));
    await expect(problems.save(sampleProblem({ version: 2 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(problems.save(sampleProblem({ id: 'p-9', version: 3 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await problems.get('p-1'))!.stage).toBe('assessment');
    expect(await problems.get('p-404')).toBeUndefined();
  });

  it('lists by area, ward, status and owner, in opening order', async () => {
    const problems = await create();
    await problems.save(sampleProblem({ id: 'p-2', openedAt: new Date('2024-01-11T00:00:00Z'), location: { description: 'd', wardCode: 'W2', area: 'north' } }));
    await problems.save(sampleProblem({ id: 'p-1', status: 'closed' }));
    await problems.save(sampleProblem({ id: 'p-3', openedAt: new Date('2024-01-12T00:00:00Z'), ownerId: 'pcso-2', location: { description: 'd', wardCode: 'W3', area: 'south' } }));
    const ids = async (query: Parameters<ProblemRepository['list']>[0]) => (await problems.list(query)).map((problem) => problem.id);
    expect(await ids(undefined)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(await ids({ area: 'north' })).toEqual(['p-1', 'p-2']);
    expect(await ids({ wardCode: 'W3' })).toEqual(['p-3']);
    expect(await ids({ status: 'open' })).toEqual(['p-2', 'p-3']);
    expect(await ids({ ownerId: 'pcso-2', status: 'open' })).toEqual(['p-3']);
  });
}
