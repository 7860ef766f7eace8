/**
 * The event bus over PostgreSQL LISTEN/NOTIFY (`listen`/`notify` from @peel/db), on both backends.
 * Publishing is `pg_notify` on the caller's connection or transaction; every server instance
 * listens — PGlite in-process, PostgreSQL on one dedicated connection per instance — so instances
 * behind a load balancer see each other's events. If that connection drops it reconnects and
 * delivers a `stream.resync` event, because notifications sent meanwhile are lost: clients
 * should reload what they show.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '@peel/domain';
import { listen, notify, type DatabaseHandle } from '@peel/db';
import type { FastifyBaseLogger } from 'fastify';
import type { EventBus } from './event-bus';
import { liveEventSchema, MAX_EVENT_BYTES, type LiveEvent } from './live-event';

/** The NOTIFY channel. */
export const EVENT_CHANNEL = 'peel_events';

/** Options for {@link createNotifyEventBus}. */
export interface NotifyEventBusOptions {
  clock: Clock;
  logger: FastifyBaseLogger;
  /** First reconnection delay of the PostgreSQL listener (doubles up to 30 s). Default 500 ms. */
  reconnectDelayMs?: number;
}

/** Starts listening and returns the bus. */
export async function createNotifyEventBus(database: DatabaseHandle, options: NotifyEventBusOptions): Promise<EventBus> {
  const { clock, logger } = options;
  const listeners = new Set<(event: LiveEvent) => void>();
  const deliver = (event: LiveEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not starve the others; the fault is logged, not hidden.
        logger.error({ err: error }, 'a live event listener failed');
      }
    }
  };
  const onPayload = (payload: string) => {
    const parsed = liveEventSchema.safeParse(JSON.parse(payload));
    if (parsed.success) deliver(parsed.data);
    else logger.error({ payload: payload.slice(0, 200) }, 'ignored a malformed live event');
  };
  const stop = await listen(database, EVENT_CHANNEL, onPayload, {
    reconnectDelayMs: options.reconnectDelayMs,
    onError: (error) => logger.error({ err: error }, 'live events: the LISTEN connection failed; reconnecting'),
    onReconnect: () => {
      logger.warn('live events: LISTEN connection restored; clients told to resync');
      deliver({ id: randomUUID(), type: 'stream.resync', entityType: 'stream', entityId: 'events', areaId: null, ownerIds: [], restricted: false, at: clock.now().toISOString() });
    },
  });

  let closing: Promise<void> | undefined;
  return {
    async publish(db, input) {
      const event = liveEventSchema.parse({ ...input, id: randomUUID(), at: clock.now().toISOString() });
      const payload = JSON.stringify(event);
      const bytes = Buffer.byteLength(payload);
      if (bytes > MAX_EVENT_BYTES) throw new RangeError(`event: ${event.type} is ${bytes} bytes; NOTIFY allows ${MAX_EVENT_BYTES}: send ids, not records`);
      await notify(db, EVENT_CHANNEL, payload);
      return event;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      // Once: the server's onClose and a failed start-up may both ask.
      closing ??= stop();
      return closing;
    },
  };
}
