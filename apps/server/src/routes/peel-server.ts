/** The Fastify instance type routes are registered on: zod schemas give typed requests. */
import type { ZodTypeProvider } from '@fastify/type-provider-zod';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';

/** Peel's server: Fastify with the zod type provider. */
export type PeelServer = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** A route file's export: registers one route (its policy is in the policy table). */
export type RouteRegistration = (app: PeelServer) => void;
