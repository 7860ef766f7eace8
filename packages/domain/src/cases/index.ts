/** Cases: one owner at a time, counted handoffs, status flow, suspects, Home Office outcomes. */
export * from './case';
export * from './case-status';
export * from './case-repository';
export * from './open-case';
export * from './hand-off-case';
export * from './move-case';
export * from './suspects';
export * from './finalise-case';
export * from './investigation-events';
export * from './summarise-handoffs';
export * from './outcomes/index';
export * from './testing/in-memory-case-repository';
