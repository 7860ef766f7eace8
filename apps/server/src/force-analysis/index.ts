/**
 * Force analysis shared by the CLI (`peel demand`, `peel simulate`, `peel start`) and the server's
 * planning routes, imported as `@peel/server/force-analysis` (no HTTP code is loaded): the demand
 * profile and hotspot reports over the DemandQueries port, the demand and incident locations a
 * simulation or a plan runs on, and the force simulation over worker threads.
 */
export { round } from './round';
export { modelDemandScope } from './model-demand-scope';
export { BY_VALUES, buildProfileReport, type ByValue, type ProfileReport, type ProfileReportRow, type ProfileRequest } from './demand-profile-report';
export { buildHotspotsReport, rankUnits, type RankUnitsRequest, type GridPai, type HotspotsReport, type HotspotsRequest, type PaiFigures, type PaiSection, type UnitPai } from './demand-hotspots-report';
export { loadSimulationDemand, NoDemandError, type SimulationDemand } from './load-simulation-demand';
export { loadSimulationLocations, type SimulationLocations } from './load-simulation-locations';
export { runReplications, type ReplicationRun, type RunReplicationsOptions } from './run-replications';
export { compileForceScenario, loadForceSimulationInput, simulateForceRun, type ForceSimulationInput, type ForceSimulationResult, type ForceSimulationRun } from './simulate-force-run';
export { dutyPlanOfForcePlan } from './duty-plan-of-force-plan';
export { loadPlanInput, type PlanInput } from './load-plan-input';
export { planOverrideOfStored } from './plan-override-of-stored';
export { isScenarioError, modelUnderScenario } from './model-under-scenario';
