/**
 * Test support for the case, victim and problem routes: set the server's clock to a date whose
 * working days are known (re-signing every test user's token at that time), hear the live events
 * published, and make requests with or without a justification.
 */
import type { LiveEvent } from '../../events/live-event';
import type { TestServer, TestUser } from '../../testing';

/**
 * Sets the server's clock to `iso` and signs every given user (default: one per role) in again at
 * that time, so their tokens are valid on the new clock.
 */
export async function setTime(server: TestServer, iso: string, extra: readonly TestUser[] = []): Promise<void> {
  server.clock.set(new Date(iso));
  for (const user of [...Object.values(server.users), ...extra]) {
    const { token } = await server.app.services.tokens.issue(user.user);
    user.token = token;
    user.headers.authorization = `Bearer ${token}`;
  }
}

/** Every live event published from now on (after its transaction commits), until `stop()`. */
export function hearEvents(server: TestServer): { events: LiveEvent[]; stop: () => void; next: (type: string) => Promise<LiveEvent>; all: (type: string, count: number) => Promise<LiveEvent[]> } {
  const events: LiveEvent[] = [];
  const stop = server.app.services.events.subscribe((event) => events.push(event));
  // On PostgreSQL events arrive through LISTEN, a little after the commit.
  const all = async (type: string, count: number) => {
    for (let waited = 0; waited < 2000; waited += 10) {
      const found = events.filter((event) => event.type === type);
      if (found.length >= count) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`fewer than ${count} ${type} events within 2 s (heard: ${events.map((event) => event.type).join(', ') || 'none'})`);
  };
  const next = async (type: string) => (await all(type, 1))[0] as LiveEvent;
  return { events, stop, next, all };
}

/** A request as `as`, with a justification when given (for consultations of personal data). */
export function call(server: TestServer, as: TestUser, method: 'GET' | 'POST', url: string, payload?: unknown, justification?: string) {
  return server.app.inject({
    method,
    url,
    headers: { ...as.headers, ...(justification ? { 'x-justification': justification } : {}) },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}
