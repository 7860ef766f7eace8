/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas by @fastify/swagger with
 * @fastify/type-provider-zod's transforms, served at /api/docs/json (and /yaml) with Swagger UI at
 * /api/docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { BEARER_SCHEME } from './document-routes';

/** Where the documentation lives. */
export const DOCS_PREFIX = '/api/docs';

/** Registers the document and the UI (their routes are public in the policy table). */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Peel API',
        description:
          'Run a police force\'s local policing model: incidents, dispatch, cases, victims, problems. ' +
          'Sign in with POST /api/auth/login and send the token as `Authorization: Bearer <token>`. ' +
          'Errors are `{ "error": { "code", "message", "field"? } }`. Reads of personal data need an `X-Justification` header and are logged (DPA 2018 s.62).',
        version: '0.1.0',
      },
      components: { securitySchemes: { [BEARER_SCHEME]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
}
