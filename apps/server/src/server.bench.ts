/**
 * The foundation's cost per request (`npm run bench`), on loopback against the configured
 * database (PostgreSQL with DATABASE_URL — the backend the targets are for — else PGlite):
 * GET /health (one database round trip: the baseline), GET /api/me (token verification and the
 * user re-read every protected route pays), GET /api/users/:id (the same plus a consultation
 * appended to the hash-chained audit log under its advisory lock), and POST /api/auth/login
 * (argon2id at 19 MiB, t=2: deliberately slow). Printed as p50/p99 and requests/s, each p50 as a
 * ratio of the baseline measured in the same run.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { formatMeasurements, measureHttp, type HttpMeasurement } from './testing/measure-http';
import { startTestServer, TEST_PASSWORD, type TestServer } from './testing';

const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };
let server: TestServer;
let url: string;
const rows: HttpMeasurement[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { PEEL_LOGIN_RATE_LIMIT_MAX: '1000', PEEL_TOKEN_TTL_MINUTES: '720' } });
  server.clock.set(new Date());
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  // Warm the JIT and the connection pool.
  await measureHttp({ name: 'warm-up', url: `${url}/health`, amount: 500 });
}, 120_000);

afterAll(async () => {
  process.stdout.write(formatMeasurements(`server foundation on ${server.database.kind}, loopback, 10 connections`, rows));
  await server?.close();
});

describe('server foundation', () => {
  bench('GET /health (baseline)', async () => {
    rows.push(await measureHttp({ name: 'GET /health (baseline)', url: `${url}/health`, amount: 3000 }));
  }, ONCE);

  bench('GET /api/me', async () => {
    rows.push(await measureHttp({ name: 'GET /api/me (token + user read)', url: `${url}/api/me`, headers: server.users.controller.headers, amount: 3000 }));
  }, ONCE);

  bench('GET /api/users/:id', async () => {
    rows.push(
      await measureHttp({
        name: 'GET /api/users/:id (+ audit append)',
        url: `${url}/api/users/${server.users.pcso.user.id}`,
        headers: { ...server.users.admin.headers, 'x-justification': 'benchmark of the consultation path' },
        amount: 2000,
      }),
    );
  }, ONCE);

  bench('POST /api/auth/login', async () => {
    rows.push(await measureHttp({ name: 'POST /api/auth/login (argon2id)', url: `${url}/api/auth/login`, method: 'POST', body: { username: 'analyst', password: TEST_PASSWORD }, amount: 200, connections: 4 }));
  }, ONCE);
});
