/**
 * The policy table: every route the server registers, keyed `"<METHOD> <url>"` exactly as it is
 * registered (HEAD routes use their GET entry), with who may call it and how far each role
 * reaches. The server refuses to start when a registered route has no entry here, or an entry
 * names no registered route (enforce-route-policies.ts); the role × route matrix test checks
 * every entry for every role. A key ending in `/*` covers every route under that prefix: it is
 * for routes a plugin registers (the API documents), not for Peel's own.
 *
 * To add a route: add its entry here, in the same change as its file in ../routes.
 */
import { PLANNING_POLICIES } from '../routes/planning/planning-policies';
import { PUBLIC, rolesWith, type RoutePolicy } from './route-policy';
import { ROLES } from './roles';

/** Operational roles whose reach is their area (force-wide when the user has no area). */
const AREA_ROLES = ['call-handler', 'controller', 'response-officer', 'pcso', 'investigator', 'supervisor'] as const;

/**
 * Roles that own and work cases: response officers keep their caseload (Sussex), PCSOs do basic
 * investigations (Sussex), investigators take the rest. Each works their own cases.
 */
const CASE_OWNERS = ['response-officer', 'pcso', 'investigator'] as const;

/** Changes to a case and its victims: its owner, or a supervisor of its area. */
const CASE_WORK = { ...rolesWith('own', CASE_OWNERS), supervisor: 'area' } as const;

/** Reading a case (personal data): its owner, investigators and supervisors of its area. Also who may own one. */
const CASE_READERS = { ...rolesWith('own', CASE_OWNERS), investigator: 'area', supervisor: 'area' } as const;

/** Working problems with partners: neighbourhood PCSOs and officers, supervisors (area); analysts (force). */
const PROBLEM_SOLVERS = { pcso: 'area', 'response-officer': 'area', supervisor: 'area', analyst: 'force' } as const;

/** Reading problem profiles and ward issues: also investigators and the control room (a location with a live problem). */
const PROBLEM_READERS = { ...PROBLEM_SOLVERS, investigator: 'area', controller: 'area' } as const;

/** Route id → policy. */
export const ROUTE_POLICIES = {
  'GET /health': PUBLIC,
  'GET /api/docs': PUBLIC,
  'GET /api/docs/*': PUBLIC,

  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/refresh': { roles: rolesWith('own', ROLES) },
  'GET /api/me': { roles: rolesWith('own', ROLES) },
  'GET /api/force': { roles: rolesWith('force', ROLES) },

  'GET /api/events': { roles: { ...rolesWith('area', AREA_ROLES), analyst: 'force', admin: 'force' } },

  'GET /api/users': { roles: { admin: 'force', supervisor: 'area' }, personalData: 'consultation' },
  'POST /api/users': { roles: { admin: 'force' } },
  'GET /api/users/:id': { roles: { admin: 'force', supervisor: 'area' }, personalData: 'consultation' },
  'POST /api/users/:id/revoke-tokens': { roles: { admin: 'force' } },

  'GET /api/audit/verify': { roles: { admin: 'force' } },

  'POST /api/units': { roles: { controller: 'area', supervisor: 'area', admin: 'force' } },
  'POST /api/incidents': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' }, personalData: 'collection' },
  'GET /api/incidents/:id/recommendations': { roles: { controller: 'area', supervisor: 'area' } },
  'POST /api/incidents/:id/assignments': { roles: { controller: 'area', supervisor: 'area' } },
  'GET /api/incidents/:id': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' }, personalData: 'consultation' },
  'POST /api/incidents/:id/assessments': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' } },
  'POST /api/incidents/:id/grade': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' } },
  'POST /api/incidents/:id/route': { roles: { controller: 'area', supervisor: 'area' } },
  'POST /api/units/:id/status': { roles: { controller: 'area', supervisor: 'area', 'response-officer': 'own', pcso: 'own' } },
  'GET /api/incidents': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' } },
  'GET /api/incidents/:id/history': { roles: { 'call-handler': 'area', controller: 'area', supervisor: 'area' } },
  'GET /api/units': { roles: { controller: 'area', supervisor: 'area', admin: 'force' } },
  // The model's reference data and the force's ward boundaries (public ONS data): nothing personal or restricted.
  'GET /api/control-room/reference': { roles: rolesWith('force', ROLES) },
  'GET /api/control-room/boundaries': { roles: rolesWith('force', ROLES) },

  'POST /api/cases': { roles: { ...rolesWith('area', CASE_OWNERS), supervisor: 'area' }, personalData: 'collection' },
  'GET /api/cases/mine': { roles: { ...rolesWith('own', CASE_OWNERS), supervisor: 'own' } },
  'GET /api/cases/handoff-figures': { roles: { supervisor: 'area', analyst: 'force' } },
  'GET /api/cases/outcome-types': { roles: rolesWith('force', [...CASE_OWNERS, 'supervisor', 'analyst']) },
  'GET /api/cases/:id': { roles: CASE_READERS, personalData: 'consultation' },
  'POST /api/cases/:id/handoffs': { roles: CASE_WORK },
  'POST /api/cases/:id/outcome': { roles: CASE_WORK },
  'POST /api/cases/:id/suspects': { roles: CASE_WORK, personalData: 'collection' },
  'POST /api/cases/:id/suspects/:suspectId/eliminate': { roles: CASE_WORK, personalData: 'alteration' },
  'POST /api/cases/:id/status': { roles: CASE_WORK },
  'POST /api/cases/:id/reopen': { roles: { supervisor: 'area' } },

  'POST /api/cases/:id/victims': { roles: CASE_WORK, personalData: 'collection' },
  'GET /api/cases/:id/victims': { roles: CASE_READERS, personalData: 'consultation' },
  'POST /api/cases/:id/events': { roles: CASE_WORK },
  'POST /api/victims/:id/contract': { roles: CASE_WORK, personalData: 'alteration' },
  'POST /api/victims/:id/updates': { roles: CASE_WORK, personalData: 'collection' },
  'GET /api/victims/deadlines': { roles: { ...rolesWith('own', CASE_OWNERS), supervisor: 'area', analyst: 'force' } },

  'POST /api/problems': { roles: PROBLEM_SOLVERS },
  'GET /api/problems': { roles: PROBLEM_READERS },
  'GET /api/problems/overdue-tasks': { roles: PROBLEM_SOLVERS },
  'GET /api/problems/ward-issues': { roles: PROBLEM_READERS },
  'GET /api/problems/:id': { roles: PROBLEM_READERS },
  'POST /api/problems/:id/stage': { roles: PROBLEM_SOLVERS },
  'POST /api/problems/:id/incidents': { roles: PROBLEM_SOLVERS },
  'POST /api/problems/:id/tasks': { roles: PROBLEM_SOLVERS },
  'POST /api/problems/:id/tasks/:taskId/close': { roles: PROBLEM_SOLVERS },
  'POST /api/problems/:id/close': { roles: PROBLEM_SOLVERS },

  'GET /api/performance/measures': { roles: { supervisor: 'area', analyst: 'force', admin: 'force' } },
  'GET /api/performance/report.pdf': { roles: { supervisor: 'area', analyst: 'force', admin: 'force' } },
  ...PLANNING_POLICIES,
} as const satisfies Record<string, RoutePolicy>;

/** A key of {@link ROUTE_POLICIES}. */
export type RouteId = keyof typeof ROUTE_POLICIES;
