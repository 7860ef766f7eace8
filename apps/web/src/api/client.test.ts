import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createApiClient } from './client';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records calls and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createApiClient', () => {
  it('sends the Bearer token, JSON bodies and query parameters, and returns the parsed answer', async () => {
    const { calls, fetch } = fakeFetch(() => json(201, { id: 'INC-1' }));
    const client = createApiClient({ getToken: () => 'tok', fetch });
    await expect(client.post('/api/incidents', { channel: '999' }, { query: { dryRun: true, skip: undefined } })).resolves.toEqual({ id: 'INC-1' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/incidents?dryRun=true');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
    expect(calls[0]!.init.body).toBe('{"channel":"999"}');
  });

  it('turns the server\'s error body into an ApiError with code, message and field', async () => {
    const { fetch } = fakeFetch(() => json(409, { error: { code: 'UNIT_UNAVAILABLE', message: 'unit U-1 is committed to INC-9', field: 'unitId' } }));
    const client = createApiClient({ getToken: () => 'tok', fetch });
    const error = await client.post('/api/incidents/INC-1/assignments', { unitId: 'U-1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'UNIT_UNAVAILABLE', message: 'unit U-1 is committed to INC-9', field: 'unitId' });
  });

  it('describes a non-JSON error and a network failure', async () => {
    const html = createApiClient({ getToken: () => null, fetch: fakeFetch(() => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })).fetch });
    await expect(html.get('/api/me')).rejects.toMatchObject({ status: 502, code: 'BAD_RESPONSE', message: 'the server answered 502 Bad Gateway without an error description' });
    const down = createApiClient({ getToken: () => null, fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof globalThis.fetch });
    await expect(down.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK', message: 'cannot reach the Peel server (fetch failed)' });
  });

  it('reports a 401 as the end of the session, except from the login itself', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch } = fakeFetch(() => json(401, { error: { code: 'UNAUTHENTICATED', message: 'token expired', field: 'Authorization' } }));
    const client = createApiClient({ getToken: () => 'old', fetch, onUnauthenticated });
    await expect(client.post('/api/auth/login', { username: 'a', password: 'b' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await expect(client.get('/api/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('asks for a justification before a personal-data read and sends it as X-Justification', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { id: 'INC-1' }));
    const askJustification = vi.fn(async () => 'dispatching a unit to this call');
    const client = createApiClient({ getToken: () => 'tok', fetch, askJustification });
    await client.get('/api/incidents/INC-1', { personalData: 'the caller details of INC-1' });
    expect(askJustification).toHaveBeenCalledWith('the caller details of INC-1');
    expect(calls[0]!.init.headers).toMatchObject({ 'x-justification': 'dispatching a unit to this call' });
  });

  it('does not send the request when the user declines to justify it', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, {}));
    const client = createApiClient({ getToken: () => 'tok', fetch, askJustification: async () => null });
    await expect(client.get('/api/incidents/INC-1', { personalData: 'the caller details of INC-1' })).rejects.toMatchObject({ code: 'CANCELLED', message: 'not read: no justification given for the caller details of INC-1' });
    expect(calls).toHaveLength(0);
  });
});
