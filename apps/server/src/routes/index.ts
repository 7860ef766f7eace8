/**
 * Every route the server registers. Adding a route: a file here exporting a RouteRegistration, a
 * line below, and its entry in ../authorization/policy-table.ts (the server will not start
 * without it).
 */
import { registerAuditVerify } from './audit-verify';
import { CASE_ROUTES } from './cases';
import { registerLogin } from './auth-login';
import { registerRefresh } from './auth-refresh';
import { CONTROL_ROOM_ROUTES } from './control-room';
import { registerEventStream } from './events-stream';
import { registerActiveForce } from './force';
import { registerHealth } from './health';
import { registerMe } from './me';
import { OPERATIONS_ROUTES } from './operations';
import type { RouteRegistration } from './peel-server';
import { PROBLEM_ROUTES } from './problems';
import { PERFORMANCE_ROUTES } from './performance';
import { PLANNING_ROUTES } from './planning';
import { registerUsers } from './users';
import { VICTIM_ROUTES } from './victims';

/** In registration order. */
export const ROUTES: readonly RouteRegistration[] = [registerHealth, registerLogin, registerRefresh, registerMe, registerActiveForce, registerEventStream, registerUsers, registerAuditVerify, ...OPERATIONS_ROUTES, ...CONTROL_ROOM_ROUTES, ...PERFORMANCE_ROUTES, ...CASE_ROUTES, ...VICTIM_ROUTES, ...PROBLEM_ROUTES, ...PLANNING_ROUTES];
