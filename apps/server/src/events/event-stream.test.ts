/**
 * Live events end to end over a real socket (the SSE stream cannot be read through inject): an
 * event published in a transaction reaches, when it commits, exactly the subscribers whose scope
 * covers it; the stream ends when the token expires; no token is 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../testing';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  base = address;
});
afterAll(async () => {
  await server?.close();
});

/** An open event stream and the text it has delivered so far. */
interface OpenStream {
  text: () => string;
  /** Resolves when the text matches, rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  ended: Promise<void>;
  close(): void;
}

async function openStream(user: TestUser): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/events`, { headers: user.headers, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const waiters = new Set<() => void>();
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += value;
        for (const wake of waiters) wake();
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  })();
  return {
    text: () => text,
    waitFor: (pattern, ms = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(text)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in:\n${text}`));
        }, ms);
        waiters.add(check);
        check();
      }),
    ended,
    close: () => controller.abort(),
  };
}

/** The `data:` objects of the events received, by type. */
function eventsIn(text: string): { type: string; entityId: string; areaId: string | null }[] {
  return [...text.matchAll(/^data: (\{.*\})$/gm)].map((match) => JSON.parse(match[1] ?? '{}') as { type: string; entityId: string; areaId: string | null });
}

describe('GET /api/events', () => {
  it('delivers committed events to the subscribers whose scope covers them, and nothing of a rolled-back transaction', async () => {
    const south = await server.addUser({ username: 'south-controller', role: 'controller', areaId: 'south' });
    const specialist = await server.addUser({ username: 'north-specialist', role: 'investigator', restrictedAccess: true });
    const streams = {
      north: await openStream(server.users.controller),
      south: await openStream(south),
      admin: await openStream(server.users.admin),
      specialist: await openStream(specialist),
    };
    await Promise.all(Object.values(streams).map((stream) => stream.waitFor(/: connected as /)));
    const { db, events } = server.app.services;
    await db.transaction(async (tx) => {
      await events.publish(tx, { type: 'incident.created', entityType: 'incident', entityId: 'inc-north', areaId: 'north' });
      await events.publish(tx, { type: 'incident.created', entityType: 'incident', entityId: 'inc-south', areaId: 'south' });
      await events.publish(tx, { type: 'case.opened', entityType: 'case', entityId: 'case-restricted', areaId: 'north', restricted: true });
    });
    await db
      .transaction(async (tx) => {
        await events.publish(tx, { type: 'incident.created', entityType: 'incident', entityId: 'inc-rolled-back', areaId: 'north' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await events.publish(db, { type: 'incident.graded', entityType: 'incident', entityId: 'inc-last', areaId: null });
    // Every stream sees the last, force-wide event only if force-wide; wait on the admin for it
    // and on each stream for its last expected event, then compare the whole sequence.
    await streams.admin.waitFor(/inc-last/);
    await streams.north.waitFor(/inc-north/);
    await streams.south.waitFor(/inc-south/);
    await streams.specialist.waitFor(/case-restricted/);
    const ids = (stream: OpenStream) => eventsIn(stream.text()).map((event) => event.entityId);
    expect(ids(streams.north)).toEqual(['inc-north']);
    expect(ids(streams.south)).toEqual(['inc-south']);
    expect(ids(streams.specialist)).toEqual(['inc-north', 'case-restricted']);
    expect(ids(streams.admin)).toEqual(['inc-north', 'inc-south', 'inc-last']);
    expect(streams.north.text()).toMatch(/^id: [0-9a-f-]{36}\nevent: incident\.created\ndata: \{"id":"[0-9a-f-]{36}","type":"incident\.created","entityType":"incident","entityId":"inc-north","areaId":"north","at":"[^"]+"\}$/m);
    expect(streams.north.text()).not.toContain('ownerIds');
    for (const stream of Object.values(streams)) stream.close();
  });

  it('ends the stream with session.expired when the token expires', async () => {
    const user = await server.addUser({ username: 'short-session', role: 'pcso' });
    const { exp } = JSON.parse(Buffer.from(user.token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number };
    const now = server.clock.now();
    server.clock.set(new Date(exp * 1000 - 700)); // 0.7 s of the token left
    const stream = await openStream(user);
    await stream.ended;
    expect(stream.text()).toMatch(/event: session\.expired\ndata: \{\}\n\n$/);
    server.clock.set(now);
  });

  it('without a token is 401', async () => {
    const response = await fetch(`${base}/api/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});
