/**
 * Incidents: intake, THRIVE+ assessment with repeat checks, the suggested grade and the human
 * grading decision with its target deadline, routing by the model (with Right Care, Right Person),
 * and the append-only timeline — business rules over the ports in ./ports.
 */
export type * from './incident';
export * from './timeline';
export type * from './incident-deps';
export * from './ports/index';
export * from './nsir';
export * from './thrive';
export * from './grade-response';
export * from './incident-settings';
export * from './personal-data';
export * from './distance-metres';
export * from './incident-state';
export * from './resolve-demand-type';
export * from './place-location';
export * from './check-repeats';
export * from './right-care-right-person';
export * from './suggest-grade';
export * from './response-target';
export * from './decide-route';
export * from './create-incident';
export * from './assess-incident';
export * from './grade-incident';
export * from './route-incident';
export * from './get-incident';
export * from './record-assignment-stage';
export * from './testing/index';
