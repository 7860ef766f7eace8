/**
 * Worker thread: runs the replications it is given of one force scenario and posts each result as
 * it finishes. The scenario arrives by structured clone; results go back with their typed arrays'
 * buffers transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulateForce, type ForceRunResult, type ForceScenario } from '@peel/engine';

/** What the parent sends. */
export interface ReplicationJob {
  scenario: ForceScenario;
  seed: number;
  replications: number[];
}

/** The typed arrays' buffers of a result, to transfer. */
export function resultBuffers(result: ForceRunResult): ArrayBuffer[] {
  return Object.values(result).flatMap((value) => (ArrayBuffer.isView(value) ? [value.buffer as ArrayBuffer] : []));
}

if (parentPort) {
  const { scenario, seed, replications } = workerData as ReplicationJob;
  for (const replication of replications) {
    const started = performance.now();
    const result = simulateForce(scenario, { seed, replication });
    parentPort.postMessage({ result, wallMs: performance.now() - started }, resultBuffers(result));
  }
}
