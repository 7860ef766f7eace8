/** A pool 'error' (an idle connection killed) is logged and does not crash the process. */
import { EventEmitter } from 'node:events';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { attachPoolErrorHandler } from './attach-pool-error-handler';

describe('attachPoolErrorHandler', () => {
  it('logs the error instead of letting it become an uncaught exception, until detached', () => {
    const pool = new EventEmitter();
    const lines: string[] = [];
    const logger = Fastify({ logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } } }).log;
    const detach = attachPoolErrorHandler(pool, logger);
    expect(() => pool.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow();
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 50, msg: 'database: an idle pool connection failed; it will be replaced', err: { message: 'terminating connection due to administrator command' } });
    detach();
    // With no listener an 'error' event throws: the process would have crashed.
    expect(() => pool.emit('error', new Error('again'))).toThrow('again');
  });
});
