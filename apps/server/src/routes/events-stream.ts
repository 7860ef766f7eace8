/**
 * GET /api/events: live changes as server-sent events, filtered to what the caller may see (area
 * or own scope, restricted records only with restricted access). Events carry ids, never personal
 * data. The stream ends when the caller's token expires (event `session.expired`), so revocation
 * and role changes reach open streams; the client reconnects with a fresh token. A
 * `stream.resync` event means notifications may have been missed: reload. Browsers' EventSource
 * cannot send an Authorization header, so the web client reads the stream with fetch().
 */
import { decideRecordAccess } from '../authorization/record-access';
import { toClientEvent, type LiveEvent } from '../events/live-event';
import { formatSseComment, formatSseEvent } from '../events/sse-format';
import type { RouteRegistration } from './peel-server';

/** Proxies commonly drop connections idle for 60 s. */
const HEARTBEAT_MS = 15_000;
/** A client this far behind is disconnected rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 1 << 20;

/** Registers GET /api/events. */
export const registerEventStream: RouteRegistration = (app) => {
  const openStreams = new Set<() => void>();
  // Open streams would keep close() waiting for ever.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(
    '/api/events',
    {
      schema: {
        summary: 'Live changes (server-sent events)',
        description:
          'A `text/event-stream` of `{ id, type, entityType, entityId, areaId, at, data? }` events in the caller\'s scope. ' +
          'Types are `<entity>.<verb>` (e.g. `incident.created`), plus `stream.resync` (reload: events may have been missed) and `session.expired` (the stream ends; reconnect with a new token).',
        tags: ['events'],
      },
    },
    (request, reply) => {
      const principal = request.principal;
      const scope = request.scope;
      if (!principal || !scope) throw new Error('GET /api/events reached without a caller');
      const raw = reply.raw;
      reply.hijack();
      // Hijacked: Fastify will not send the headers its hooks set (helmet's), so copy them.
      const set = Object.entries(reply.getHeaders()).filter((entry): entry is [string, string | number | string[]] => entry[1] !== undefined);
      raw.writeHead(200, {
        ...Object.fromEntries(set),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        // The connection carries nothing else and must not outlive the stream: a kept-alive socket
        // would hold server.close() until the client drops it.
        connection: 'close',
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: 3000\n${formatSseComment(`connected as ${principal.username}`)}`);

      const send = (text: string) => {
        if (raw.writableLength > MAX_BUFFERED_BYTES) return end('the client is not reading');
        raw.write(text);
      };
      const unsubscribe = app.services.events.subscribe((event: LiveEvent) => {
        const visible = event.type === 'stream.resync' || decideRecordAccess(principal, scope, event).allowed;
        if (visible) send(formatSseEvent(toClientEvent(event)));
      });
      const heartbeat = setInterval(() => send(formatSseComment('heartbeat')), HEARTBEAT_MS);
      const expiry = setTimeout(
        () => {
          raw.write(`event: session.expired\ndata: {}\n\n`);
          end('the session token expired');
        },
        Math.max(0, principal.sessionExpiresAt.getTime() - app.services.clock.now().getTime()),
      );

      let ended = false;
      function end(reason: string): void {
        if (ended) return;
        ended = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(expiry);
        openStreams.delete(shutdown);
        if (!raw.writableEnded) raw.end();
        request.log.debug({ reason }, 'event stream closed');
      }
      const shutdown = () => {
        raw.write(formatSseComment('server shutting down'));
        end('server shutting down');
      };
      openStreams.add(shutdown);
      raw.on('close', () => end('the client disconnected'));
    },
  );
};
