/**
 * Cases, victims and problems on the configured backend (one database for the file): the
 * domain's shared contract suites, each use case run against the database and the in-memory
 * reference with the same clock and ids (the stored aggregates must come back equal), and a
 * use case writing two ports in one transaction (commits or rolls back whole).
 */
import { readFileSync } from 'node:fs';
import { getConfig } from '@peel/config';
import {
  addSuspect,
  assignTask,
  closeProblem,
  closeTask,
  createInMemoryCaseRepository,
  createInMemoryProblemRepository,
  createInMemoryVictimRepository,
  eliminateSuspect,
  engagePartner,
  englandAndWalesCalendar,
  finaliseCase,
  fixedClock,
  handOffCase,
  linkIncident,
  moveCase,
  moveProblemStage,
  openCase,
  openProblem,
  recordInvestigationEvent,
  recordVictimUpdate,
  registerVictim,
  reopenCase,
  sequentialIds,
  type CaseRepository,
  type ProblemRepository,
  type VictimDependencies,
  type VictimRepository,
} from '@peel/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCaseRepositoryCases } from '../../domain/src/cases/testing/case-repository.case';
import { parseModel } from '../../domain/src/incidents/testing/parse-model';
import { registerProblemRepositoryCases } from '../../domain/src/problems/testing/problem-repository.case';
import { registerVictimRepositoryCases, sampleDuty } from '../../domain/src/victims/testing/victim-repository.case';
import { createCaseRepository } from './case-repository';
import type { Database, DatabaseHandle } from './database';
import { postgresErrorOf } from './pg-error';
import { createProblemRepository } from './problem-repository';
import { createTestDatabase } from './testing';
import { createVictimRepository } from './victim-repository';

const { database } = getConfig();
const synthetic = parseModel(readFileSync(new URL('../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');
const calendar = englandAndWalesCalendar();
const levels = synthetic.serviceLevels.victimUpdates;

let handle: DatabaseHandle | undefined;
const db = (): Database => {
  if (!handle) throw new Error('the test database is not open');
  return handle.db;
};
beforeAll(async () => {
  handle = await createTestDatabase(database);
});
afterAll(async () => {
  await handle?.close();
});

/** The contract suites want an empty repository per test: empty this file's tables (TRUNCATE fires no row trigger). */
async function emptied<T>(tables: string, create: (db: Database) => T): Promise<T> {
  await db().execute(sql.raw(`truncate ${tables}`));
  return create(db());
}
const CASE_TABLES = 'cases, case_handoffs, case_status_changes, case_events, case_suspects, case_outcomes';

describe(`CaseRepository contract: ${database.kind}`, () => {
  registerCaseRepositoryCases(() => emptied(CASE_TABLES, createCaseRepository));
});
describe(`VictimRepository contract: ${database.kind}`, () => {
  registerVictimRepositoryCases(() => emptied('victims, victim_duties, victim_updates', createVictimRepository));
});
describe(`ProblemRepository contract: ${database.kind}`, () => {
  registerProblemRepositoryCases(() => emptied('problems, problem_stage_changes, problem_linked_incidents, problem_tasks', createProblemRepository));
});

/** Dependencies over `stores`, with the same clock start and id sequence every time. */
function victimDeps(stores: { cases: CaseRepository; victims: VictimRepository }, start: Date): VictimDependencies & { clock: ReturnType<typeof fixedClock> } {
  return { ...stores, clock: fixedClock(start), ids: sequentialIds(), calendar, levels };
}

describe(`case work on ${database.kind}: the use cases store the same aggregates as the in-memory reference`, () => {
  it('a case through handoffs, suspects, events, victims, updates, finalising and reopening', async () => {
    await db().execute(sql.raw(`truncate ${CASE_TABLES}, victims, victim_duties, victim_updates`));
    const script = async (deps: ReturnType<typeof victimDeps>) => {
      const incident = { id: 'inc-flow', type: 'burglary-dwelling', location: { lat: 51.27, lon: 0.19, wardCode: 'E05009958', description: '12 High Street' }, area: 'sevenoaks' };
      const opened = await openCase(deps, { incident, owner: { officerId: 'pc-1', teamId: 'cpt-a' }, committedOn: '2023-05-03', by: 'sgt-1' });
      const { victim } = await registerVictim(deps, { caseId: opened.id, name: 'A. Victim', channel: 'phone', enhancedRights: ['vulnerable'], by: 'pc-1' });
      await registerVictim(deps, { caseId: opened.id, name: 'B. Victim', channel: 'email', everyDays: 14, by: 'pc-1' });
      deps.clock.advanceMinutes(60);
      await handOffCase(deps, { caseId: opened.id, to: { officerId: 'dc-2' }, reason: 'needs CID', by: 'sgt-1' });
      await moveCase(deps, { caseId: opened.id, to: 'investigating', by: 'dc-2' });
      const { suspect } = await addSuspect(deps, { caseId: opened.id, name: 'J. Smith', dateOfBirth: '1990-02-01', by: 'dc-2' });
      deps.clock.advanceMinutes(60);
      await recordInvestigationEvent(deps, { caseId: opened.id, kind: 'arrest', suspectId: suspect.id, note: 'at home address', by: 'dc-2' });
      deps.clock.advanceMinutes(600);
      await recordVictimUpdate(deps, { victimId: victim.id, summary: 'told of the arrest', by: 'dc-2' });
      await eliminateSuspect(deps, { caseId: opened.id, suspectId: suspect.id, reason: 'alibi confirmed', by: 'dc-2' });
      await recordInvestigationEvent(deps, { caseId: opened.id, kind: 'released-without-charge', suspectId: suspect.id, by: 'dc-2' });
      deps.clock.advanceMinutes(60 * 24 * 3);
      await finaliseCase(deps, { caseId: opened.id, claim: { type: 18, rationale: 'all lines exhausted' }, by: 'dc-2' });
      await reopenCase(deps, { caseId: opened.id, reason: 'new forensic evidence', by: 'sgt-1' });
      await handOffCase(deps, { caseId: opened.id, to: { officerId: 'pc-1', teamId: 'cpt-a' }, reason: 'back to the team', by: 'sgt-1' });
      const stored = await deps.cases.get(opened.id);
      return {
        case: stored,
        victims: await deps.victims.listVictims({ caseIds: [opened.id] }),
        duties: await deps.victims.listDuties({ caseIds: [opened.id] }),
        updates: await deps.victims.listUpdates({ caseId: opened.id }),
      };
    };
    const start = new Date('2023-05-04T09:00:00Z');
    const expected = await script(victimDeps({ cases: createInMemoryCaseRepository(), victims: createInMemoryVictimRepository() }, start));
    const actual = await script(victimDeps({ cases: createCaseRepository(db()), victims: createVictimRepository(db()) }, start));
    expect(actual).toEqual(expected);
    expect(actual.case?.handoffs).toHaveLength(2);
    expect(actual.case?.previousOutcomes).toHaveLength(1);
    expect(actual.case?.outcome).toBeUndefined();
    expect(actual.duties.some((duty) => duty.status === 'met' && duty.metOnTime === true)).toBe(true);
    // The handoffs, events and outcomes the domain appended are append-only in the database too.
    const failure: unknown = await db()
      .execute(sql`update case_handoffs set reason = 'rewritten' where case_id = ${actual.case?.id ?? ''}`)
      .then(() => undefined, (error: unknown) => error);
    expect(postgresErrorOf(failure)?.code).toBe('42501');
  });

  it('a problem through SARA stages, linked incidents, partners and tasks with a partner SLA', async () => {
    await db().execute(sql.raw('truncate problems, problem_stage_changes, problem_linked_incidents, problem_tasks'));
    const script = async (problems: ProblemRepository) => {
      const deps = { problems, clock: fixedClock(new Date('2024-01-10T09:00:00Z')), ids: sequentialIds(), calendar, partners: synthetic.partners ?? [] };
      const opened = await openProblem(deps, { title: 'Underpass ASB', issue: 'anti-social-behaviour', location: { description: 'underpass', wardCode: 'E05999901', area: 'north', lat: 51.005, lon: 0.005 }, ownerId: 'pcso-1', by: 'pcso-1' });
      await linkIncident(deps, { problemId: opened.id, incidentId: 'inc-1', by: 'pcso-1' });
      await linkIncident(deps, { problemId: opened.id, incidentId: 'inc-2', by: 'pcso-1' });
      await moveProblemStage(deps, { problemId: opened.id, to: 'analysis', note: 'evenings, school holidays', by: 'pcso-1' });
      await engagePartner(deps, { problemId: opened.id, partnerId: 'mh-trust', by: 'pcso-1' });
      await moveProblemStage(deps, { problemId: opened.id, to: 'response', by: 'pcso-1' });
      const { task } = await assignTask(deps, { problemId: opened.id, title: 'Cut back the hedge', partnerId: 'district-council', by: 'pcso-1' });
      const { task: patrol } = await assignTask(deps, { problemId: opened.id, title: 'Evening patrols', officerId: 'pcso-1', dueDate: '2024-01-31', by: 'pcso-1' });
      deps.clock.advanceMinutes(60 * 24 * 5);
      await closeTask(deps, { problemId: opened.id, taskId: task.id, outcome: 'done', note: 'cut', by: 'pcso-1' });
      await closeTask(deps, { problemId: opened.id, taskId: patrol.id, outcome: 'cancelled', by: 'pcso-1' });
      await moveProblemStage(deps, { problemId: opened.id, to: 'assessment', by: 'pcso-1' });
      await closeProblem(deps, { problemId: opened.id, summary: 'calls down by half', by: 'pcso-1' });
      return { problem: await problems.get(opened.id), listed: await problems.list({ wardCode: 'E05999901' }) };
    };
    const expected = await script(createInMemoryProblemRepository());
    const actual = await script(createProblemRepository(db()));
    expect(actual).toEqual(expected);
    expect(actual.problem).toMatchObject({ status: 'closed', partnerIds: ['mh-trust', 'district-council'] });
    expect(actual.problem?.tasks.map((task) => [task.status, task.doneOnTime])).toEqual([
      ['done', true],
      ['cancelled', undefined],
    ]);
  });
});

describe(`case work on ${database.kind}: a use case writing two ports runs in one transaction`, () => {
  it('recordInvestigationEvent commits the case and the victims’ duties together, or neither', async () => {
    await db().execute(sql.raw(`truncate ${CASE_TABLES}, victims, victim_duties, victim_updates`));
    const start = new Date('2024-03-28T12:00:00Z');
    const setup = victimDeps({ cases: createCaseRepository(db()), victims: createVictimRepository(db()) }, start);
    const opened = await openCase(setup, { incident: { id: 'inc-tx', type: 'robbery', location: { lat: 51, lon: 0 }, area: 'north' }, owner: { officerId: 'pc-1' }, by: 'sgt-1' });
    await registerVictim(setup, { caseId: opened.id, name: 'V', channel: 'phone', enhancedRights: ['intimidated'], by: 'pc-1' });
    const before = await setup.victims.listDuties({ caseIds: [opened.id] });

    // The duties' write fails after the case was saved: the transaction takes the case back too.
    const failed = await db()
      .transaction(async (tx) => {
        const victims = { ...createVictimRepository(tx), saveDuties: async () => Promise.reject(new Error('the duties could not be written')) };
        await recordInvestigationEvent({ ...setup, cases: createCaseRepository(tx), victims }, { caseId: opened.id, kind: 'decision-not-to-investigate', by: 'pc-1' });
      })
      .then(() => undefined, (error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((await setup.cases.get(opened.id))?.version).toBe(opened.version);
    expect(await setup.victims.listDuties({ caseIds: [opened.id] })).toEqual(before);

    const { case: saved, duties } = await db().transaction((tx) =>
      recordInvestigationEvent({ ...setup, cases: createCaseRepository(tx), victims: createVictimRepository(tx) }, { caseId: opened.id, kind: 'decision-not-to-investigate', by: 'pc-1' }),
    );
    expect(await setup.cases.get(opened.id)).toEqual(saved);
    // Enhanced rights, Thu 28 Mar 2024: Good Friday and Easter Monday are bank holidays, so Tue 2 Apr.
    expect(duties.map((duty) => duty.dueDate)).toEqual(['2024-04-02']);
    expect(await setup.victims.listDuties({ caseIds: [opened.id], status: 'open' })).toEqual(expect.arrayContaining(duties));
  });

  it('of two people meeting one victim duty at once, the second gets CONFLICT and writes nothing', async () => {
    const victims = createVictimRepository(db());
    const duty = sampleDuty({ id: 'duty-race', victimId: 'victim-race', caseId: 'case-race' });
    await victims.saveDuties([duty]);
    const met = (by: string) => ({ ...duty, status: 'met' as const, metAt: new Date('2024-04-01T10:00:00Z'), metByUpdateId: `update-${by}`, metOnTime: true });
    const results = await Promise.allSettled([victims.saveDuties([met('a')]), victims.saveDuties([met('b')])]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', field: 'dutyIds' });
    expect((await victims.listDuties({ victimId: duty.victimId, status: 'met' })).map((stored) => stored.metByUpdateId)).toHaveLength(1);
  });
});
