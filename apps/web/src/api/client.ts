/**
 * The typed API client every page uses: JSON over fetch with the session's Bearer token, errors
 * as {@link ApiError} (the server's `{ error: { code, message, field? } }`), and personal-data
 * reads that carry an `X-Justification` (DPA 2018 s.62) asked of the user when the page says the
 * read needs one.
 */
import { ApiError, apiErrorFrom } from './api-error';

/** The header the server reads the justification from (apps/server/src/audit/justification.ts). */
export const JUSTIFICATION_HEADER = 'X-Justification';

/** Options of one request. */
export interface RequestOptions {
  /** Query-string parameters; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /**
   * This request reads (or discloses) personal data: a short description of what, e.g.
   * "the caller's details of incident INC-12". The user is asked why they need it, and the answer
   * is sent as `X-Justification`. Declining throws ApiError `CANCELLED`.
   */
  personalData?: string;
  /** A justification already given (skips the question). */
  justification?: string;
  signal?: AbortSignal;
}

/** What the client needs from its surroundings. */
export interface ApiClientOptions {
  /** Prefix of every path; '' for the same origin. */
  baseUrl?: string;
  /** The current session token, if signed in. */
  getToken: () => string | null;
  /** Called with a 401 from any request but the login itself (the session is over). */
  onUnauthenticated?: (error: ApiError) => void;
  /** Asks the user why they need the personal data described; null when they decline. */
  askJustification?: (what: string) => Promise<string | null>;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

/** The client. */
export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /** A binary download (e.g. a PDF report). */
  getBlob(path: string, options?: RequestOptions): Promise<Blob>;
  /** The raw response of a streaming GET (the event stream): 2xx, or it throws ApiError. */
  openStream(path: string, options?: RequestOptions): Promise<Response>;
}

/** Builds a client. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  async function send(method: string, path: string, body: unknown, request: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    const token = options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const justification = request.justification ?? (request.personalData === undefined ? undefined : await ask(request.personalData));
    if (justification !== undefined) headers[JUSTIFICATION_HEADER.toLowerCase()] = justification;

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}${queryString(request.query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new ApiError(0, 'NETWORK', `cannot reach the Peel server (${(error as Error).message})`);
    }
    if (response.ok) return response;
    const error = await apiErrorFrom(response);
    if (response.status === 401 && path !== '/api/auth/login') options.onUnauthenticated?.(error);
    throw error;
  }

  async function ask(what: string): Promise<string> {
    if (!options.askJustification) throw new ApiError(0, 'CANCELLED', `reading ${what} needs a justification, and this page cannot ask for one`);
    const reason = await options.askJustification(what);
    if (reason === null) throw new ApiError(0, 'CANCELLED', `not read: no justification given for ${what}`);
    return reason;
  }

  async function json<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new ApiError(response.status, 'BAD_RESPONSE', `the server's answer is not JSON (${(error as Error).message})`);
    }
  }

  return {
    async get<T>(path: string, request: RequestOptions = {}) {
      return json<T>(await send('GET', path, undefined, request, 'application/json'));
    },
    async post<T>(path: string, body?: unknown, request: RequestOptions = {}) {
      return json<T>(await send('POST', path, body ?? {}, request, 'application/json'));
    },
    async getBlob(path: string, request: RequestOptions = {}) {
      return (await send('GET', path, undefined, request, '*/*')).blob();
    },
    openStream(path: string, request: RequestOptions = {}) {
      return send('GET', path, undefined, request, 'text/event-stream');
    },
  };
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
