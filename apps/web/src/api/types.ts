/**
 * Shapes of the API responses the shell uses. Page authors add theirs beside their pages; the
 * server's zod schemas (OpenAPI at /api/docs) are the source of truth.
 */

/** The roles of apps/server/src/authorization/roles.ts. */
export const ROLES = ['call-handler', 'controller', 'response-officer', 'pcso', 'investigator', 'supervisor', 'analyst', 'admin'] as const;

/** One role. */
export type Role = (typeof ROLES)[number];

/** GET /api/me. */
export interface Me {
  id: string;
  username: string;
  role: Role;
  areaId: string | null;
  restrictedAccess: boolean;
  /** ISO 8601. */
  sessionExpiresAt: string;
}

/** GET /api/force: the force whose model the server runs on. */
export interface ActiveForce {
  id: string;
  name: string;
  areas: { id: string; name: string }[];
}

/** An event of GET /api/events (apps/server/src/events/live-event.ts `ClientEvent`): ids, never personal data. */
export interface LiveEvent {
  id: string;
  /** `<entity>.<verb>`, e.g. `incident.created`, `unit.status-changed`; also `stream.resync`. */
  type: string;
  entityType: string;
  entityId: string;
  areaId: string | null;
  /** ISO 8601. */
  at: string;
  data?: Record<string, unknown>;
}
