/** Problem-solving: SARA problem profiles, linked incidents, partner tasks with SLAs, top-ten issues per ward. */
export * from './problem';
export * from './sara';
export * from './problem-repository';
export * from './open-problem';
export * from './change-problem';
export * from './problem-tasks';
export * from './overdue-tasks';
export * from './ward-issues';
export * from './testing/in-memory-problem-repository';
