import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser';

// Cases from the WHATWG HTML Living Standard §9.2.6 "Interpreting an event stream" and the
// server's own format (apps/server/src/events/sse-format.ts).
describe('createSseParser', () => {
  it('parses the server\'s events, comments and retry field', () => {
    const parser = createSseParser();
    const text = 'retry: 3000\n: connected as alice\n\nid: e-1\nevent: incident.created\ndata: {"id":"e-1","type":"incident.created"}\n\n: heartbeat\n\n';
    expect(parser.push(text)).toEqual([{ event: 'incident.created', data: '{"id":"e-1","type":"incident.created"}', id: 'e-1' }]);
    expect(parser.retry).toBe(3000);
  });

  it('joins events split anywhere across chunks, including between CR and LF', () => {
    const parser = createSseParser();
    const text = 'event: a\r\ndata: one\r\ndata: two\r\n\r\nevent: b\rdata: three\r\r';
    const out = [];
    for (const character of text) out.push(...parser.push(character));
    expect(out).toEqual([
      { event: 'a', data: 'one\ntwo' },
      { event: 'b', data: 'three' },
    ]);
  });

  it('uses "message" without an event field, strips one leading space only, and ignores events without data', () => {
    const parser = createSseParser();
    expect(parser.push('data:  two spaces\n\nevent: empty\n\ndata\n\n')).toEqual([
      { event: 'message', data: ' two spaces' },
      { event: 'message', data: '' },
    ]);
  });

  it('keeps the last id for later events and ignores a non-numeric retry', () => {
    const parser = createSseParser();
    expect(parser.push('id: 7\ndata: x\n\nretry: soon\ndata: y\n\n')).toEqual([
      { event: 'message', data: 'x', id: '7' },
      { event: 'message', data: 'y', id: '7' },
    ]);
    expect(parser.retry).toBeUndefined();
  });

  it('holds an unterminated event until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('data: partial')).toEqual([]);
    expect(parser.push('\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: 'partial' }]);
  });
});
