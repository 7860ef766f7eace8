/**
 * Keeps GET /api/events open and hands each event to `onEvent`, reconnecting after the server's
 * `retry:` delay when the stream ends: on `session.expired` (the client then sends its refreshed
 * token), on a network drop, or on a server restart. After a reconnection it reports a
 * `stream.resync`, because events may have been missed: listeners reload what they show.
 */
import { ApiError } from './api-error';
import type { ApiClient } from './client';
import { createSseParser } from './sse-parser';
import type { LiveEvent } from './types';

/** Connection state, for a status indicator. */
export type LiveStreamStatus = 'connecting' | 'open' | 'reconnecting' | 'stopped';

/** What {@link runLiveEventStream} needs. */
export interface LiveEventStreamOptions {
  client: ApiClient;
  onEvent: (event: LiveEvent) => void;
  onStatus?: (status: LiveStreamStatus) => void;
  /** Aborting stops the stream for good. */
  signal: AbortSignal;
  /** Delay before reconnecting when the server has not said (`retry:`); default 3000 ms. */
  retryMs?: number;
  /** Waits `ms` (tests pass a fake). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Runs until `signal` aborts or the session ends (a 401/403: there is nobody to reconnect as). */
export async function runLiveEventStream(options: LiveEventStreamOptions): Promise<void> {
  const { client, onEvent, signal } = options;
  const status = options.onStatus ?? (() => undefined);
  const sleep = options.sleep ?? abortableSleep;
  let retryMs = options.retryMs ?? 3000;
  let connectedBefore = false;
  while (!signal.aborted) {
    status(connectedBefore ? 'reconnecting' : 'connecting');
    try {
      const response = await client.openStream('/api/events', { signal });
      if (!response.body) throw new ApiError(response.status, 'BAD_RESPONSE', 'the event stream has no body');
      status('open');
      if (connectedBefore) onEvent(resyncEvent());
      connectedBefore = true;
      const parser = createSseParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const message of parser.push(value)) {
          if (message.event === 'session.expired') continue;
          const event = parseEvent(message.data);
          if (event) onEvent(event);
        }
      }
      retryMs = parser.retry ?? retryMs;
    } catch (error) {
      if (signal.aborted) break;
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) break;
    }
    if (signal.aborted) break;
    await sleep(retryMs, signal).catch(() => undefined);
  }
  status('stopped');
}

function parseEvent(data: string): LiveEvent | undefined {
  try {
    const value = JSON.parse(data) as LiveEvent;
    return typeof value.type === 'string' && typeof value.entityId === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function resyncEvent(): LiveEvent {
  return { id: `resync-${Date.now()}`, type: 'stream.resync', entityType: 'stream', entityId: 'stream', areaId: null, at: new Date().toISOString() };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
