/**
 * Builds Peel's HTTP server. It keeps no state of its own between requests (sessions are signed
 * tokens, users are re-read from the database, the audit chain is serialised in the database and
 * live events travel through PostgreSQL NOTIFY), so any number of instances can share one
 * PostgreSQL. Exception: the login rate limit counts in memory, per instance.
 */
import './fastify-augmentation';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import type { Config } from '@peel/config';
import { createAuditRepository, createUserRepository, type DatabaseHandle } from '@peel/db';
import type { Clock, IdSource } from '@peel/domain';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { attachPoolErrorHandler } from './attach-pool-error-handler';
import { createAuditService } from './audit/audit-service';
import { createDummyHash } from './auth/password';
import { resolveTokenSecret, type TokenSecret } from './auth/token-secret';
import { createTokenService } from './auth/tokens';
import { authorizeRequests } from './authorization/authorize-requests';
import { enforceRoutePolicies } from './authorization/enforce-route-policies';
import { ROUTE_POLICIES } from './authorization/policy-table';
import type { RoutePolicy } from './authorization/route-policy';
import { registerErrorHandling } from './errors/register-error-handling';
import type { EventBus } from './events/event-bus';
import { createNotifyEventBus } from './events/notify-event-bus';
import { documentRoutes } from './openapi/document-routes';
import { registerOpenApi } from './openapi/register-openapi';
import { ROUTES } from './routes';
import { HELMET_OPTIONS } from './static/content-security-policy';
import { registerWebApp, resolveWebApp, WEB_APP_POLICIES, type WebAppOptions } from './static/web-app';
import type { PeelServer, RouteRegistration } from './routes/peel-server';
import type { ServerServices } from './server-services';
import { systemClock } from './system-clock';
import { uuidIds } from './uuid-ids';

/** What {@link createServer} needs. */
export interface CreateServerOptions {
  /** `getConfig()`: the server section (token secret and lifetime, login limits, log level, proxy trust). */
  config: Config;
  /** An open, migrated database. The caller closes it after `server.close()`. */
  database: DatabaseHandle;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: `<prefix>-<uuid>`. */
  ids?: IdSource;
  /** Fastify's logger option. Default: pino at `config.server.logLevel`. */
  logger?: FastifyServerOptions['logger'];
  /** The token secret, already resolved (tests); default: resolved from `config.server.tokenSecret`. */
  tokenSecret?: TokenSecret;
  /** @internal Tests only: a different policy table and route list, to show start-up refusals. */
  routes?: { policies: Readonly<Record<string, RoutePolicy>>; registrations: readonly RouteRegistration[] };
  /** The built web app to serve (false: none). Default: apps/web/dist when it has been built; never with `routes`. */
  webApp?: WebAppOptions | false;
}

/**
 * Creates the server, ready to `listen` or `inject`. Installs the append-only trigger on the audit
 * log and starts listening for live events. Closing the server stops the event listener and ends
 * open event streams; it does not close the database.
 */
export async function createServer(options: CreateServerOptions): Promise<PeelServer> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const webApp = resolveWebApp(options.routes ? false : options.webApp);
  const app = Fastify({
    logger: options.logger ?? { level: config.server.logLevel },
    // Fastify accepts a hop count at run time (fastify.js builds `(address, i) => i < n`); its
    // type declaration omits number.
    trustProxy: config.server.trustProxy as boolean | string | string[],
    // Request ids are for log correlation only: random, so they say nothing about traffic volume.
    genReqId: () => crypto.randomUUID(),
    // The API has no use for HEAD, and a HEAD of the event stream would open one.
    exposeHeadRoutes: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const detachPoolHandler = database.kind === 'postgres' ? attachPoolErrorHandler(database.pool, app.log) : () => undefined;
  let events: EventBus | undefined;
  try {
    const secret = options.tokenSecret ?? (await resolveTokenSecret(config.server.tokenSecret));
    await createAuditRepository(database.db).ensureAppendOnly();
    events = await createNotifyEventBus(database, { clock, logger: app.log });
    const services: ServerServices = {
      config,
      database,
      db: database.db,
      clock,
      ids: options.ids ?? uuidIds,
      audit: createAuditService({ clock }),
      events,
      tokens: createTokenService({ key: secret.key, ttlSeconds: config.server.tokenTtlSeconds, clock }),
      users: createUserRepository(database.db),
      dummyPasswordHash: await createDummyHash(),
    };
    app.decorate('services', services);
    const bus = events;
    app.addHook('onClose', async () => {
      await bus.close();
      detachPoolHandler();
    });

    // Order matters: the policy hooks must see every route, including the plugins' own.
    app.decorate('registeredRoutes', enforceRoutePolicies(app, options.routes?.policies ?? { ...ROUTE_POLICIES, ...(webApp ? WEB_APP_POLICIES : {}) }));
    documentRoutes(app);
    registerErrorHandling(app);
    authorizeRequests(app);
    await app.register(helmet, HELMET_OPTIONS);
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'RATE_LIMITED', message: `too many attempts; try again in ${context.after}` }),
    });
    await registerOpenApi(app);
    for (const register of options.routes?.registrations ?? ROUTES) register(app);
    if (webApp) await registerWebApp(app, webApp);
    await app.ready();
    return app;
  } catch (error) {
    // A route without a policy, or any other start-up fault: stop listening for events and detach
    // from the pool, or the process would never exit; then report the cause.
    await events?.close();
    detachPoolHandler();
    throw error;
  }
}
