import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import { runLiveEventStream, type LiveStreamStatus } from './live-event-stream';
import type { LiveEvent } from './types';

const event = (id: string, type: string) => ({ id, type, entityType: 'incident', entityId: `INC-${id}`, areaId: 'north', at: '2025-01-01T00:00:00.000Z' });
const sse = (...events: ReturnType<typeof event>[]) => `retry: 50\n: connected\n\n${events.map((e) => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('')}`;

describe('runLiveEventStream', () => {
  it('delivers events, reconnects with the current token after the stream ends, and says to resync', async () => {
    const tokens: (string | null)[] = [];
    let token = 'first';
    const bodies = [sse(event('1', 'incident.created')) + 'event: session.expired\ndata: {}\n\n', sse(event('2', 'unit.status-changed'))];
    const controller = new AbortController();
    const received: LiveEvent[] = [];
    const statuses: LiveStreamStatus[] = [];
    const sleeps: number[] = [];
    const client = createApiClient({
      getToken: () => token,
      fetch: (async (_input: RequestInfo | URL, init?: RequestInit) => {
        tokens.push((init?.headers as Record<string, string>).authorization ?? null);
        token = 'second';
        const body = bodies.shift();
        if (body === undefined) {
          controller.abort();
          throw new DOMException('aborted', 'AbortError');
        }
        return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
      }) as typeof fetch,
    });
    await runLiveEventStream({
      client,
      signal: controller.signal,
      onEvent: (e) => received.push(e),
      onStatus: (s) => statuses.push(s),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect(received.map((e) => e.type)).toEqual(['incident.created', 'stream.resync', 'unit.status-changed']);
    expect(tokens).toEqual(['Bearer first', 'Bearer second', 'Bearer second']);
    expect(sleeps).toEqual([50, 50]);
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open', 'reconnecting', 'stopped']);
  });

  it('stops when the server refuses the caller (401)', async () => {
    let calls = 0;
    const client = createApiClient({
      getToken: () => 'revoked',
      fetch: (async () => {
        calls += 1;
        return new Response(JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'token revoked' } }), { status: 401 });
      }) as typeof fetch,
    });
    await runLiveEventStream({ client, signal: new AbortController().signal, onEvent: () => undefined, sleep: async () => undefined });
    expect(calls).toBe(1);
  });
});
