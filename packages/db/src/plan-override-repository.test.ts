/**
 * The plan-override store on the backend the configuration selects (PGlite by default, PostgreSQL
 * with DATABASE_URL): who, when and why kept; withdrawals recorded, never deletions; the tables
 * refuse UPDATE and DELETE whoever asks.
 */
import { getConfig } from '@peel/config';
import { DomainError, type NewPlanOverride } from '@peel/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { createPlanOverrideRepository } from './plan-override-repository';
import { errorText } from './repositories.fixtures';
import { createTestDatabase } from './testing';

const { database } = getConfig();
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase(database);
});
afterAll(async () => {
  await handle?.close();
});

const medway: NewPlanOverride = { modelId: 'kent', scenarioId: null, areaId: 'medway', teamId: null, role: 'PC', delta: 3, reason: 'night-time economy in Chatham', createdBy: 'Ch Supt A. Smith' };

describe(`plan overrides on ${database.kind}`, () => {
  it('stores an override with who, when and why, and lists a model\'s in the order made', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const first = await overrides.add(medway);
    const second = await overrides.add({ ...medway, areaId: null, teamId: 'dover-ldpt', delta: -3, reason: 'posts moved to Medway' });
    await overrides.add({ ...medway, modelId: 'sussex', areaId: 'brighton-hove' });
    expect(first).toMatchObject({ ...medway, withdrawal: null });
    expect(first.createdAt).toBeInstanceOf(Date);
    expect(second.id).toBeGreaterThan(first.id);
    const listed = await overrides.list({ modelId: 'kent' });
    expect(listed).toEqual([first, second]);
  });

  it('keeps scenarios apart', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const scenario = await overrides.add({ ...medway, modelId: 'north-yorkshire', scenarioId: 'precept-uplift-2019-20', areaId: 'york' });
    const base = await overrides.add({ ...medway, modelId: 'north-yorkshire', areaId: 'york' });
    expect(await overrides.list({ modelId: 'north-yorkshire', scenarioId: 'precept-uplift-2019-20' })).toEqual([scenario]);
    expect(await overrides.list({ modelId: 'north-yorkshire', scenarioId: null })).toEqual([base]);
    expect(await overrides.list({ modelId: 'north-yorkshire' })).toEqual([scenario, base]);
  });

  it('withdraws an override by recording who, when and why; listed again only on request', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const made = await overrides.add({ ...medway, modelId: 'wiltshire', areaId: 'swindon-north' });
    const withdrawn = await overrides.withdraw({ id: made.id, by: 'Supt B. Jones', reason: 'superseded by the 2025 review' });
    expect(withdrawn).toMatchObject({ ...made, withdrawal: { by: 'Supt B. Jones', reason: 'superseded by the 2025 review' } });
    expect(withdrawn.withdrawal?.at).toBeInstanceOf(Date);
    expect(await overrides.list({ modelId: 'wiltshire' })).toEqual([]);
    expect(await overrides.list({ modelId: 'wiltshire', includeWithdrawn: true })).toEqual([withdrawn]);
  });

  it('refuses a second withdrawal with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const made = await overrides.add({ ...medway, modelId: 'staffordshire', areaId: 'tamworth' });
    await overrides.withdraw({ id: made.id, by: 'x', reason: 'y' });
    await expect(overrides.withdraw({ id: made.id, by: 'x', reason: 'again' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'id' });
    await expect(overrides.withdraw({ id: 999_999, by: 'x', reason: 'y' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('one of two simultaneous withdrawals wins, the other is a CONFLICT', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const made = await overrides.add({ ...medway, modelId: 'race' });
    const outcomes = await Promise.allSettled([overrides.withdraw({ id: made.id, by: 'a', reason: 'a' }), overrides.withdraw({ id: made.id, by: 'b', reason: 'b' })]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a bad override with VALIDATION naming the field, storing nothing', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const refused = async (patch: Partial<NewPlanOverride>) => overrides.add({ ...medway, modelId: 'bad', ...patch }).catch((error: unknown) => error);
    expect(await refused({ delta: 0 })).toMatchObject({ code: 'VALIDATION', field: 'delta' });
    expect(await refused({ delta: 1.5 })).toMatchObject({ code: 'VALIDATION', field: 'delta' });
    expect(await refused({ reason: '  ' })).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(await refused({ createdBy: '' })).toMatchObject({ code: 'VALIDATION', field: 'createdBy' });
    expect(await refused({ areaId: null, teamId: null })).toMatchObject({ code: 'VALIDATION', field: 'teamId' });
    expect(await refused({ delta: 0 })).toBeInstanceOf(DomainError);
    expect(await overrides.list({ modelId: 'bad', includeWithdrawn: true })).toEqual([]);
  });

  it('the database itself refuses editing or deleting an override or a withdrawal, and a zero delta', async () => {
    const overrides = createPlanOverrideRepository(handle.db);
    const made = await overrides.add({ ...medway, modelId: 'tamper' });
    await overrides.withdraw({ id: made.id, by: 'x', reason: 'y' });
    const refused = (statement: ReturnType<typeof sql>) => handle.db.execute(statement).then(() => 'accepted', (error: unknown) => errorText(error));
    expect(await refused(sql`update plan_overrides set delta = 30 where id = ${made.id}`)).toContain('plan_overrides is append-only');
    expect(await refused(sql`delete from plan_overrides where id = ${made.id}`)).toContain('plan_overrides is append-only');
    expect(await refused(sql`delete from plan_override_withdrawals where override_id = ${made.id}`)).toContain('plan_override_withdrawals is append-only');
    expect(await refused(sql`insert into plan_overrides (model_id, area_id, role, delta, reason, created_by) values ('tamper', 'x', 'PC', 0, 'r', 'w')`)).toContain('plan_overrides_delta_not_zero');
    expect((await overrides.list({ modelId: 'tamper', includeWithdrawn: true }))[0]).toMatchObject({ delta: 3 });
  });
});
