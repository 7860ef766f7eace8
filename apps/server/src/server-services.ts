/** What routes get from the server: the database, the clock, ids, audit, live events, tokens, users. */
import type { Config } from '@peel/config';
import type { Database, DatabaseHandle, UserRepository } from '@peel/db';
import type { Clock, IdSource } from '@peel/domain';
import type { AuditService } from './audit/audit-service';
import type { TokenService } from './auth/tokens';
import type { EventBus } from './events/event-bus';

/** `app.services` (and `request.server.services`) in every route. */
export interface ServerServices {
  config: Config;
  /** The open database; `db` is `database.db`. Use `db.transaction(async (tx) => …)` for writes. */
  database: DatabaseHandle;
  db: Database;
  clock: Clock;
  ids: IdSource;
  audit: AuditService;
  /** Live events: publish inside the write's transaction; they reach subscribers when it commits. */
  events: EventBus;
  tokens: TokenService;
  users: UserRepository;
  /** argon2 hash of a random password, verified against when a login names no user. */
  dummyPasswordHash: string;
}
