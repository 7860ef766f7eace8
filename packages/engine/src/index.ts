/** @peel/engine — pure numerics: queueing, allocation, rota optimisation, simulation. */
export * from './units';
export * from './demand/index';
export * from './hypercube';
export * from './queueing';
export * from './travel';
export * from './simulation/index';
export * from './rota/index';
export * from './plan/index';
