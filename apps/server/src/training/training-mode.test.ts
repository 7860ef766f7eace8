/**
 * Training mode on a real test server (PGlite, or PostgreSQL with DATABASE_URL) with the synthetic
 * model, driven by a fake timer: calls arrive as incidents, the autopilot grades, routes and
 * dispatches the top recommended unit, and units go en route, on scene and clear — all through the
 * API as the `training` account, so the audit log and the unit's history show every step.
 */
import { createAuditRepository, createOperationsRepositories } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookUnit, closeTestServer, installSyntheticSetup, NORTH_POINT } from '../routes/operations/operations-fixture';
import { startTestServer, type TestServer } from '../testing';
import { createFakeTrainingTimer } from './fake-timer';
import type { TrainingDemand } from './training-demand';
import { minuteOfWeek, startTrainingMode, type TrainingActivity } from './training-mode';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await closeTestServer(server);
});

const flat = (perHour: number) => Array.from({ length: 168 }, () => perHour);

// Grade 1 violence (deployed by the synthetic model's `emergency` rule) and grade 4 theft
// (Resolution Centre: no unit), both in North Peelshire.
const demand: TrainingDemand = {
  classes: [
    { areaId: 'north', demandTypeId: 'violence', demandTypeName: 'Violence against the person', grade: 1, channelId: '999', perHour: flat(3) },
    { areaId: 'north', demandTypeId: 'theft', demandTypeName: 'Theft and handling', grade: 4, channelId: '101', perHour: flat(2) },
  ],
  locations: { north: [{ lat: NORTH_POINT.lat + 0.01, lon: NORTH_POINT.lon, weight: 1 }] },
  onSceneMinutes: { violence: 30, theft: 20 },
  onSceneCv: 0.3,
};

describe('training mode', () => {
  it('raises calls, handles the ungraded ones, dispatches, and clears units after their service time', async () => {
    const setup = installSyntheticSetup(server);
    const unitIds = [await bookUnit(server, server.users.controller), await bookUnit(server, server.users.controller)];
    const timer = createFakeTrainingTimer();
    const activity: TrainingActivity[] = [];
    const training = await startTrainingMode({
      app: server.app,
      model: setup.model,
      demand,
      speed: 60,
      seed: 42,
      startMinuteOfWeek: 600,
      timer,
      autopilotAfterMinutes: 2,
      onActivity: (item) => activity.push(item),
    });
    // 2 real minutes at speed 60 = 120 simulated minutes: about 10 calls (5 an hour), then 3 more
    // real minutes with no calls for the units to finish (their on-scene times are about 30 min).
    await timer.advance(120_000, () => training.settled());
    const raised = training.stats.callsRaised;
    expect(raised).toBeGreaterThanOrEqual(3);
    expect(raised).toBe(activity.filter((item) => item.kind === 'call').length);

    const calls = activity.filter((item): item is Extract<TrainingActivity, { kind: 'call' }> => item.kind === 'call');
    expect(calls.map((item) => item.call.sequence)).toEqual(calls.map((_, index) => index + 1));
    const autopiloted = activity.filter((item): item is Extract<TrainingActivity, { kind: 'autopilot' }> => item.kind === 'autopilot');
    expect(autopiloted.length).toBeGreaterThanOrEqual(raised - 2);
    expect(autopiloted.filter((item) => item.grade === 1).every((item) => item.route === 'deploy')).toBe(true);
    expect(autopiloted.filter((item) => item.grade === 4).every((item) => item.route === 'resolution-centre')).toBe(true);
    expect(training.stats.unitsDispatched).toBeGreaterThanOrEqual(1);

    await training.stop();
    const stoppedAt = training.stats.callsRaised;
    await timer.advance(600_000);
    expect(training.stats.callsRaised).toBe(stoppedAt);

    // Each dispatched unit went en route, then on scene, then back to available, as the training account.
    const units = createOperationsRepositories(server.database.db).units;
    const moved = activity.filter((item): item is Extract<TrainingActivity, { kind: 'unit' }> => item.kind === 'unit');
    expect(training.stats.unitsCleared).toBeGreaterThanOrEqual(1);
    const cleared = moved.find((item) => item.status === 'available')!;
    expect(unitIds).toContain(cleared.unitId);
    const history = (await units.listStatusEvents(cleared.unitId)).map((event) => event.to);
    expect(history).toEqual(expect.arrayContaining(['dispatched', 'en-route', 'on-scene', 'available']));
    expect(history.indexOf('en-route')).toBeLessThan(history.indexOf('on-scene'));
    expect(history.indexOf('on-scene')).toBeLessThan(history.lastIndexOf('available'));

    // The incidents and their collection of (simulated) caller details are audited as the training account.
    const trainingUser = await server.app.services.users.findByUsername('training');
    expect(trainingUser).toMatchObject({ role: 'controller', areaId: null });
    const entries = await createAuditRepository(server.database.db).list({ limit: 1000 });
    const collections = entries.filter((entry) => entry.action === 'collection' && entry.actor === trainingUser!.id);
    expect(collections.length).toBe(raised);
    expect(training.stats.failures).toBe(0);
  });

  it('is refused a speed or start that makes no sense', async () => {
    const setup = installSyntheticSetup(server);
    await expect(startTrainingMode({ app: server.app, model: setup.model, demand, speed: 0, seed: 1, startMinuteOfWeek: 0 })).rejects.toThrow('speed: expected a number > 0, got 0');
    await expect(startTrainingMode({ app: server.app, model: setup.model, demand, speed: 10, seed: 1, startMinuteOfWeek: 10_080 })).rejects.toThrow('startMinuteOfWeek: expected 0 … 10079, got 10080');
  });
});

describe('minuteOfWeek', () => {
  it('counts from Monday 00:00 in the force\'s time zone, across British Summer Time', () => {
    // 2025-01-06 is a Monday (GMT = UTC); 2025-07-07 a Monday in BST (UTC+1).
    expect(minuteOfWeek(new Date('2025-01-06T00:00:00Z'), 'Europe/London')).toBe(0);
    expect(minuteOfWeek(new Date('2025-01-12T23:59:00Z'), 'Europe/London')).toBe(10_079);
    expect(minuteOfWeek(new Date('2025-07-06T23:30:00Z'), 'Europe/London')).toBe(30);
    expect(minuteOfWeek(new Date('2025-07-09T11:15:00Z'), 'Europe/London')).toBe(2 * 1440 + 12 * 60 + 15);
  });
});
