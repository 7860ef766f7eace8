/** What `peel plan` reads besides the model: in `@peel/server/force-analysis`, shared with the planning routes. */
export { loadPlanInput, type PlanInput } from '@peel/server/force-analysis';
