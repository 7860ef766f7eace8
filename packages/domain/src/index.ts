/** @peel/domain: operations and business rules over ports (DESIGN.md, "Architecture"). */
export * from './ports/index';
export * from './shared/index';
export * from './incidents/index';
