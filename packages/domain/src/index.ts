/** @peel/domain: operations and business rules over ports (DESIGN.md, "Architecture"). */
export * from './ports/index';
export * from './shared/index';
export * from './incidents/index';
export * from './calendar/index';
export * from './cases/index';
export * from './victims/index';
export * from './problems/index';
export * from './dispatch/index';
export * from './performance/index';
