/**
 * The dispatch view read in one statement (findIncidentDispatchFacts) is the view of the whole
 * incident (findById): for an incident not yet graded (both INVALID_TRANSITION), graded and
 * routed, and regraded to 2 after routing (the latest grade and the latest route are the ones in
 * force), on the configured backend.
 */
import { createOperationsRepositories, findIncidentDispatchFacts } from '@peel/db';
import { gradeIncident, type DispatchIncident } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { dispatchIncidentOf, toDispatchIncident } from './dispatch-view';
import { closeTestServer, gradeAndRouteAsEmergency, installSyntheticSetup, northAssault, recordIncident } from './operations-fixture';
import type { OperationsSetup } from './operations-setup';

let server: TestServer;
let setup: OperationsSetup;
beforeAll(async () => {
  server = await startTestServer();
  setup = installSyntheticSetup(server);
});
afterAll(async () => {
  await closeTestServer(server);
});

/** Both views of incident `id`: [from its dispatch facts, from the whole incident]. */
async function bothViews(id: string): Promise<[() => DispatchIncident, () => DispatchIncident]> {
  const { db } = server.database;
  const facts = await findIncidentDispatchFacts(db, id);
  const incident = await createOperationsRepositories(db).incidents.findById(id);
  if (!facts || !incident) throw new Error(`incident ${id} was not stored`);
  return [() => dispatchIncidentOf(setup.model, facts), () => toDispatchIncident(setup.model, incident)];
}

describe('the dispatch view of a stored incident', () => {
  it('is null for an unknown incident', async () => {
    expect(await findIncidentDispatchFacts(server.database.db, 'incident-none')).toBeNull();
  });

  it('is INVALID_TRANSITION both ways before grading', async () => {
    const id = await recordIncident(server, server.users.controller);
    const [fromFacts, fromIncident] = await bothViews(id);
    expect(fromFacts).toThrow(/has not been graded/);
    expect(fromIncident).toThrow(/has not been graded/);
  });

  it('is the same both ways once graded and routed, and after a regrade', async () => {
    const id = await recordIncident(server, server.users.controller, northAssault({ callAnsweredAt: '2024-03-01T08:00:00.000Z' }));
    const by = server.users.controller.user.id;
    await gradeAndRouteAsEmergency(server, setup, id, by);
    let [fromFacts, fromIncident] = await bothViews(id);
    expect(fromFacts()).toEqual(fromIncident());
    expect(fromFacts()).toMatchObject({ id, grade: 1, areaId: 'north', requirements: { roles: ['PC'] }, preferredTeamKinds: ['response'], callAnsweredAt: new Date('2024-03-01T08:00:00.000Z') });

    const { incidents } = createOperationsRepositories(server.database.db);
    server.clock.set(new Date(server.clock.now().getTime() + 60_000));
    await gradeIncident({ model: setup.model, incidents, clock: server.clock, ids: server.app.services.ids }, { incidentId: id, grade: 2, decidedBy: by, reason: 'offender has left' });
    [fromFacts, fromIncident] = await bothViews(id);
    expect(fromFacts()).toEqual(fromIncident());
    expect(fromFacts()).toMatchObject({ grade: 2, gradedAt: server.clock.now() });
  });
});
