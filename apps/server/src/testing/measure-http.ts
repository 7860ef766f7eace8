/**
 * Loopback HTTP load for benchmarks (autocannon), bounded by a request count and optionally a
 * rate, so a bench finishes in seconds and measures latency at a stated load rather than the
 * machine's saturation point.
 */
import autocannon from 'autocannon';

/** One measured endpoint. */
export interface HttpMeasurement {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses outside 2xx, plus connection errors and timeouts: a bench with any is invalid. */
  failures: number;
}

/** What to send and how hard. */
export interface MeasureOptions {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  /** Total requests (default 2000). */
  amount?: number;
  /** Concurrent connections (default 10). */
  connections?: number;
  /** Requests per second across all connections (default: as fast as the server answers). */
  overallRate?: number;
  /** Load-generator worker threads (default 0: on the server's own event loop, which then pays the client's CPU too). */
  workers?: number;
}

/** Runs the load and returns latency percentiles (ms) and throughput. */
export async function measureHttp(options: MeasureOptions): Promise<HttpMeasurement> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    amount: options.amount ?? 2000,
    connections: options.connections ?? 10,
    overallRate: options.overallRate,
    ...(options.workers ? { workers: options.workers } : {}),
  });
  return {
    name: options.name,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** A fixed-width table with each row's p50 as a ratio of the baseline's (first row). */
export function formatMeasurements(title: string, rows: readonly HttpMeasurement[]): string {
  const baseline = rows[0];
  const lines = ['', title, `  ${'endpoint'.padEnd(34)} ${'requests'.padStart(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  p50 / baseline`];
  for (const row of rows) {
    const ratio = baseline && baseline.p50Ms > 0 ? `${(row.p50Ms / baseline.p50Ms).toFixed(2)}×` : '-';
    lines.push(`  ${row.name.padEnd(34)} ${String(row.requests).padStart(8)} ${row.requestsPerSecond.toFixed(0).padStart(8)} ${row.p50Ms.toFixed(2).padStart(7)} ${row.p99Ms.toFixed(2).padStart(7)}  ${ratio}${row.failures > 0 ? `  (${row.failures} FAILED)` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
