/**
 * PostgreSQL LISTEN/NOTIFY on both backends, for live events between server instances. NOTIFY
 * sent inside a transaction is delivered only when it commits. PGlite listens in-process; a
 * PostgreSQL server is listened to on one dedicated connection (not a pool's: a pooled connection
 * is handed to other queries) that reconnects with backoff when it drops — notifications sent
 * while it was down are lost, which `onReconnect` is for.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database, DatabaseHandle } from './database';

/** A channel name: a plain lower-case identifier, since LISTEN cannot take it as a parameter. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): void {
  if (!CHANNEL.test(channel)) throw new RangeError(`channel: expected a lower-case identifier, got ${JSON.stringify(channel)}`);
}

/** Sends `payload` (under 8000 bytes) on `channel` through `db` — a transaction delays it to the commit. */
export async function notify(db: Database, channel: string, payload: string): Promise<void> {
  checkChannel(channel);
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/** What to do on failures of a PostgreSQL listening connection. */
export interface ListenOptions {
  /** A failure of the connection (it is being replaced). */
  onError?: (error: unknown) => void;
  /** The connection was restored after a failure; notifications may have been missed. */
  onReconnect?: () => void;
  /** First reconnection delay in ms, doubling up to 30 s. Default 500. */
  reconnectDelayMs?: number;
}

/** Listens on `channel`; resolves once listening, with the function that stops. */
export async function listen(handle: DatabaseHandle, channel: string, onPayload: (payload: string) => void, options: ListenOptions = {}): Promise<() => Promise<void>> {
  checkChannel(channel);
  if (handle.kind === 'pglite') {
    const unlisten = await handle.client.listen(channel, onPayload);
    return () => unlisten();
  }
  const firstDelay = options.reconnectDelayMs ?? 500;
  let client: pg.Client | undefined;
  let closed = false;
  let delay = firstDelay;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(handle.pool.options);
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', (error) => {
      options.onError?.(error);
      replace(next);
    });
    next.on('end', () => replace(next));
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      // Free the half-open connection; the caller gets the error that matters.
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
  };

  const replace = (failed: pg.Client) => {
    if (closed || client !== failed || timer) return;
    client = undefined;
    // The connection is already broken and its error reported through onError; ending it only
    // frees the socket, and a second error from a dead socket says nothing new.
    failed.end().catch(() => undefined);
    const attempt = () => {
      timer = undefined;
      if (closed) return;
      connect().then(
        () => {
          delay = firstDelay;
          options.onReconnect?.();
        },
        (error: unknown) => {
          options.onError?.(error);
          timer = setTimeout(attempt, delay);
          delay = Math.min(delay * 2, 30_000);
        },
      );
    };
    timer = setTimeout(attempt, delay);
  };

  await connect();
  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = undefined;
    await current?.end();
  };
}
