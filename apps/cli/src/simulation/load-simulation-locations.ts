/** Where a simulated force's incidents happen: in `@peel/server/force-analysis`, shared with the planning routes. */
export { loadSimulationLocations, type SimulationLocations } from '@peel/server/force-analysis';
