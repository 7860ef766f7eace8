/**
 * @peel/model — the policing-model format: zod schema, YAML loader with line-accurate errors,
 * cross-reference checks and UK vocabularies. Pure: no file system, database or environment.
 */
export * from './schema/index';
export * from './vocabulary/index';
export * from './check/index';
export { loadModel, locateIssues, type LoadResult, type LocatedIssue } from './load/load-model';
export { formatPath, type DocumentPath } from './load/path';
export { summariseModel, formatSummaryLine, type ModelSummary } from './summary';
export { applyScenario, ScenarioError } from './apply-scenario';
export { describeModel } from './describe-model';
export { renderTree, type TreeNode } from './tree';
