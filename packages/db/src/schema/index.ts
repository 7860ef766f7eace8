/** The drizzle schema: every table Peel stores. drizzle-kit generates ../../migrations from it. */
export { boundaries } from './boundaries';
export { callsForService } from './calls-for-service';
export { CRIME_CATEGORIES } from './crime-categories';
export { crimeRecords } from './crime-records';
export { importRejections, imports } from './imports';
export { policingModelVersions, policingModels } from './policing-models';
export { USER_ROLES, users } from './users';
export { AUDIT_ACTIONS, auditLog } from './audit-log';
export { incidentAssessments, incidentEvents, incidentGradeDecisions, incidentPeople, incidentReports, incidentRoutingDecisions, incidents } from './incidents';
export { assignments, unitOfficers, unitStatusEvents, units } from './units';
export { caseEvents, caseHandoffs, caseOutcomes, caseStatusChanges, caseSuspects, cases } from './cases';
export { victimDuties, victimUpdates, victims } from './victims';
export { problemLinkedIncidents, problemStageChanges, problemTasks, problems } from './problems';
export { planOverrideWithdrawals, planOverrides } from './plan-overrides';
