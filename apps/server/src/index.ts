/**
 * @peel/server: Peel's HTTP API. `createServer` builds it; the rest is what route files, the CLI
 * and tests build on.
 */
import './fastify-augmentation';

export { createServer, type CreateServerOptions } from './create-server';
export { closeServer } from './close-server';
export type { PeelServer, RouteRegistration } from './routes/peel-server';
export type { ServerServices } from './server-services';

export { HTTP_STATUS_BY_CODE, API_ERROR_CODES, type ApiErrorCode } from './errors/error-table';
export { errorBodySchema, errorBody, type ErrorBody } from './errors/error-body';
export { HttpError } from './errors/http-error';
export { toApiError } from './errors/to-api-error';

export { ROUTE_POLICIES, type RouteId } from './authorization/policy-table';
export { PUBLIC, rolesWith, type PersonalDataAct, type PublicPolicy, type RolePolicy, type RoutePolicy, type Scope } from './authorization/route-policy';
export { ROLES, type Role } from './authorization/roles';
export type { Principal } from './authorization/principal';
export type { RegisteredRoute } from './authorization/enforce-route-policies';
export { callerOf } from './authorization/caller';
export { AccessDeniedError, type Denial } from './authorization/access-denied-error';
export { assertRecordAccess, decideRecordAccess, isRecordVisible, listScope, type AccessControlledRecord, type AccessDecision, type ListScope } from './authorization/record-access';

export { createAuditService, checkAuditEntry, type AuditRecordInput, type AuditService } from './audit/audit-service';
export type { RequestAudit, RequestAuditEntry } from './audit/request-audit';
export { JUSTIFICATION_HEADER, justificationSchema } from './audit/justification';

export type { EventBus } from './events/event-bus';
export type { ClientEvent, LiveEvent, LiveEventInput } from './events/live-event';

export { createUser, type CreateUserDeps } from './auth/create-user';
export { newUserSchema, parseNewUser, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, type NewUserInput } from './auth/new-user';
export { hashPassword, verifyPassword } from './auth/password';
export { createTokenService, type TokenClaims, type TokenService } from './auth/tokens';
export { resolveTokenSecret, type TokenSecret } from './auth/token-secret';
export { systemClock } from './system-clock';
export { uuidIds } from './uuid-ids';

export { buildOperationsSetup, setOperationsSetup, type OperationsSetup } from './routes/operations';
export { DEFAULT_WEB_DIST_DIR, type WebAppOptions } from './static/web-app';
export * from './training';
