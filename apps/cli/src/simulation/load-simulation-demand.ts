/** The demand a force simulation or plan runs on: in `@peel/server/force-analysis`, shared with the planning routes. */
export { loadSimulationDemand, NoDemandError, type SimulationDemand } from '@peel/server/force-analysis';
