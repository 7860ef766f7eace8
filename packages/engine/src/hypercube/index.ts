/** The hypercube queueing model: exact (Larson 1974) and approximate (Larson 1975). */
export type { HypercubeAtom, HypercubeInput, HypercubeOptions, HypercubeResult, HypercubeSolution, UnstableHypercube } from './types';
export { solveHypercube, MAX_EXACT_UNITS } from './exact-hypercube';
export { approximateHypercube } from './approximate-hypercube';
export { correctionFactors } from './correction-factors';
export { completePreference, countUnits, findHypercubeInputProblems, formatProblemPath, type HypercubeInputProblem } from './dispatch-system';
