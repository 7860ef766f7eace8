/** Replications of a force scenario over worker threads: in `@peel/server/force-analysis`, shared with the planning routes. */
export { runReplications, type ReplicationRun, type RunReplicationsOptions } from '@peel/server/force-analysis';
