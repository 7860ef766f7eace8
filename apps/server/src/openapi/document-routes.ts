/**
 * Adds to each route's schema what the policy table implies, so the OpenAPI document tells the
 * truth without every route repeating it: the bearer-token requirement, which roles may call it
 * and how far they reach, the `X-Justification` header on personal-data reads and disclosures,
 * and the error body on every 4xx/5xx (which also makes error bodies go through the zod serializer).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { justificationSchema, JUSTIFICATION_HEADER } from '../audit/justification';
import type { RoutePolicy } from '../authorization/route-policy';
import { errorBodySchema } from '../errors/error-body';

/** The OpenAPI security scheme name for `Authorization: Bearer <token>`. */
export const BEARER_SCHEME = 'bearerAuth';

function describeAccess(policy: Exclude<RoutePolicy, { public: true }>): string {
  const roles = Object.entries(policy.roles).map(([role, scope]) => `${role} (${scope})`);
  const personal = policy.personalData ? ` Personal data: ${policy.personalData}, recorded in the audit log${policy.personalData === 'consultation' || policy.personalData === 'disclosure' ? `; send \`${JUSTIFICATION_HEADER}\`` : ''}.` : '';
  return `**Roles**: ${roles.join(', ')}.${personal}`;
}

/** Headers as the route had them, plus X-Justification. Loose: Fastify replaces request.headers with the validated object. */
function withJustification(headers: unknown): z.ZodType {
  const shape = headers instanceof z.ZodObject ? (headers.shape as z.ZodRawShape) : {};
  return z.looseObject({ ...shape, [JUSTIFICATION_HEADER.toLowerCase()]: justificationSchema });
}

/** Installs the hook (after enforceRoutePolicies, which puts the policy in the route's config). */
export function documentRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    const schema = (route.schema ?? {}) as Record<string, unknown> & { hide?: boolean; response?: Record<string, unknown>; description?: string };
    if (!policy || schema.hide) return;
    const documented: Record<string, unknown> = { ...schema, response: { '4xx': errorBodySchema, '5xx': errorBodySchema, ...schema.response } };
    if (!policy.public) {
      documented.security = [{ [BEARER_SCHEME]: [] }];
      documented.description = [schema.description, describeAccess(policy)].filter(Boolean).join('\n\n');
      if (policy.personalData === 'consultation' || policy.personalData === 'disclosure') documented.headers = withJustification(schema.headers);
    }
    route.schema = documented;
  });
}
