/**
 * The NOTIFY event bus on the configured backend: delivery on commit only, nothing from a
 * rollback, several buses (server instances) hear each other, oversized events are refused; on
 * PostgreSQL, a killed LISTEN connection is replaced and subscribers are told to resync.
 */
import { getConfig } from '@peel/config';
import { openDatabase, type DatabaseHandle } from '@peel/db';
import { createTestDatabase } from '@peel/db/testing';
import { fixedClock } from '@peel/domain';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from './event-bus';
import type { LiveEvent } from './live-event';
import { createNotifyEventBus } from './notify-event-bus';

const { database: configured } = getConfig();
const logger = Fastify({ logger: false }).log;
const clock = fixedClock(new Date('2024-03-01T09:00:00Z'));
let handle: DatabaseHandle;
/** A second connection pool to the same database on PostgreSQL: another server instance. */
let other: DatabaseHandle | undefined;
const buses: EventBus[] = [];

beforeAll(async () => {
  handle = await createTestDatabase(configured);
  if (handle.kind === 'postgres') other = await openDatabase({ kind: 'postgres', url: String(handle.pool.options.connectionString) });
});
afterAll(async () => {
  for (const bus of buses) await bus.close();
  await other?.close();
  await handle?.close();
});

async function bus(on: DatabaseHandle = handle, reconnectDelayMs?: number): Promise<EventBus> {
  const created = await createNotifyEventBus(on, { clock, logger, reconnectDelayMs });
  buses.push(created);
  return created;
}

/** Collects events; `next(n)` resolves with the first n (or rejects after 5 s). */
function collector(on: EventBus) {
  const received: LiveEvent[] = [];
  const waiters: (() => void)[] = [];
  on.subscribe((event) => {
    received.push(event);
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    received,
    async next(count: number): Promise<LiveEvent[]> {
      const deadline = Date.now() + 5000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} events, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received.slice(0, count);
    },
  };
}

const event = (entityId: string) => ({ type: 'incident.created', entityType: 'incident', entityId, areaId: 'north' });

describe(`live events over NOTIFY on ${configured.kind}`, () => {
  it('delivers an event published in a transaction only when it commits, and never one rolled back', async () => {
    const events = await bus();
    const heard = collector(events);
    await handle.db.transaction(async (tx) => {
      await events.publish(tx, event('committed'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard.received).toEqual([]);
    });
    await handle.db
      .transaction(async (tx) => {
        await events.publish(tx, event('rolled-back'));
        throw new Error('abort');
      })
      .catch(() => undefined);
    await events.publish(handle.db, event('after'));
    const [first, second] = await heard.next(2);
    expect([first?.entityId, second?.entityId]).toEqual(['committed', 'after']);
    expect(first).toMatchObject({ type: 'incident.created', areaId: 'north', ownerIds: [], restricted: false, at: '2024-03-01T09:00:00.000Z' });
  });

  it('every instance hears every instance (a second pool on PostgreSQL; a second bus in the one PGlite process)', async () => {
    const a = await bus();
    const b = await bus(other ?? handle);
    const heardByA = collector(a);
    const heardByB = collector(b);
    await b.publish((other ?? handle).db, event('from-b'));
    await a.publish(handle.db, event('from-a'));
    expect((await heardByA.next(2)).map((e) => e.entityId).sort()).toEqual(['from-a', 'from-b']);
    expect((await heardByB.next(2)).map((e) => e.entityId).sort()).toEqual(['from-a', 'from-b']);
  });

  it('refuses an event too large for NOTIFY, naming the limit', async () => {
    const events = await bus();
    await expect(events.publish(handle.db, { ...event('big'), data: { note: 'x'.repeat(8000) } })).rejects.toThrow(/NOTIFY allows 7900: send ids, not records/);
  });

  if (configured.kind === 'postgres') {
    it('replaces a killed LISTEN connection and tells subscribers to resync', async () => {
      const events = await bus(handle, 50);
      const heard = collector(events);
      if (handle.kind !== 'postgres') throw new Error('unreachable');
      const { rows } = await handle.pool.query(
        "select pg_terminate_backend(pid) as killed from pg_stat_activity where datname = current_database() and query = 'listen peel_events' and pid <> pg_backend_pid()",
      );
      expect(rows.length).toBeGreaterThan(0);
      const [resync] = await heard.next(1);
      expect(resync?.type).toBe('stream.resync');
      await events.publish(handle.db, event('after-reconnect'));
      expect((await heard.next(2))[1]?.entityId).toBe('after-reconnect');
    });
  }
});
