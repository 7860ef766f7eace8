/**
 * An incremental parser of the server-sent events wire format (WHATWG HTML Living Standard §9.2.6
 * "Interpreting an event stream"), for reading /api/events with fetch(): EventSource cannot send
 * the Authorization header the API needs.
 */

/** One dispatched event. */
export interface SseMessage {
  /** The `event:` field; `message` when absent. */
  event: string;
  data: string;
  /** The last `id:` seen, if any. */
  id?: string;
}

/** Feed text chunks in; complete events come out. `retry` holds the last `retry:` value in ms. */
export interface SseParser {
  push(chunk: string): SseMessage[];
  readonly retry: number | undefined;
}

/** A new parser. Lines may end in LF, CR or CRLF and may be split anywhere across chunks. */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let lastId: string | undefined;
  let retry: number | undefined;
  let pendingCr = false;

  function line(text: string, out: SseMessage[]): void {
    if (text === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n'), ...(lastId === undefined ? {} : { id: lastId }) });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
  }

  return {
    get retry() {
      return retry;
    },
    push(chunk: string) {
      const out: SseMessage[] = [];
      let text = chunk;
      // A CR at the end of the previous chunk already ended a line; an LF right after it is its pair.
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        if (match[0] === '\r' && match.index === buffer.length - 1) pendingCr = true;
        line(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
  };
}
