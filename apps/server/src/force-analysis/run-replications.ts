/**
 * Runs R replications of a force scenario spread over worker threads (one per core, at most one
 * per replication). Replication r always uses the seed's stream jumped r times, so the results are
 * the same whichever thread runs it and however many threads there are.
 *
 * The workers run TypeScript through tsx: each starts from a one-line bootstrap that registers tsx's
 * loader and then imports replication-worker.ts (a Worker's `execArgv: ['--import', 'tsx']` does not
 * reach the worker's own entry module on Node 20, so the loader is registered from inside).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { simulateForce, type ForceRunResult, type ForceScenario } from '@peel/engine';
import type { ReplicationJob } from './replication-worker';

/** Options of {@link runReplications}. */
export interface RunReplicationsOptions {
  scenario: ForceScenario;
  seed: number;
  replications: number;
  /** Threads to use; default: the machine's available parallelism. 1 runs in this thread. */
  threads?: number;
  /** Called after each replication finishes. */
  onReplication?: (done: number, wallMs: number) => void;
}

/** The replications' results in replication order, and the threads used. */
export interface ReplicationRun {
  results: ForceRunResult[];
  threads: number;
  /** Milliseconds each replication took on its thread. */
  replicationMs: number[];
}

/** Runs the replications (see the file comment). */
export async function runReplications(options: RunReplicationsOptions): Promise<ReplicationRun> {
  const { scenario, seed, replications } = options;
  if (!Number.isInteger(replications) || replications < 1) throw new RangeError(`replications: expected a whole number >= 1, got ${replications}`);
  const threads = Math.max(1, Math.min(replications, options.threads ?? availableParallelism()));
  const results: ForceRunResult[] = new Array(replications);
  const replicationMs: number[] = new Array(replications).fill(0);
  let done = 0;
  if (threads === 1) {
    for (let replication = 0; replication < replications; replication += 1) {
      const started = performance.now();
      results[replication] = simulateForce(scenario, { seed, replication });
      replicationMs[replication] = performance.now() - started;
      options.onReplication?.(++done, replicationMs[replication]!);
    }
    return { results, threads, replicationMs };
  }
  // Replications dealt round-robin: thread t runs t, t + threads, …
  const shares = Array.from({ length: threads }, (_, thread) => Array.from({ length: replications }, (_, r) => r).filter((r) => r % threads === thread));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker({ scenario, seed, replications: share });
          worker.on('message', ({ result, wallMs }: { result: ForceRunResult; wallMs: number }) => {
            results[result.replication] = result;
            replicationMs[result.replication] = wallMs;
            options.onReplication?.(++done, wallMs);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`simulation worker stopped with exit code ${code}`))));
        }),
    ),
  );
  const missing = results.findIndex((result) => result === undefined);
  if (missing >= 0) throw new Error(`simulation worker returned no result for replication ${missing}`);
  return { results, threads, replicationMs };
}

function startWorker(job: ReplicationJob): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./replication-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}
