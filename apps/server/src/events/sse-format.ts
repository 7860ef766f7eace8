/** Server-sent events wire format (WHATWG HTML Living Standard, §9.2 "Server-sent events"). */
import type { ClientEvent } from './live-event';

/** One event: `id`, `event` (the type) and one `data` line of JSON (JSON text has no raw newlines). */
export function formatSseEvent(event: ClientEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream; clients ignore it. */
export function formatSseComment(text: string): string {
  return `: ${text.replace(/\n/g, ' ')}\n\n`;
}
