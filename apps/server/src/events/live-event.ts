/**
 * A live change, as the event stream announces it: what changed and where, never personal data
 * (every subscriber in scope receives it; a client that wants the record asks the API, which
 * checks and logs that consultation).
 */
import { z } from 'zod';

/** PostgreSQL's NOTIFY payload must be shorter than 8000 bytes; leave room for the envelope. */
export const MAX_EVENT_BYTES = 7900;

/** An event as published: scope information travels with it but is not sent to clients. */
export const liveEventSchema = z.object({
  /** Unique; the SSE `id:` field. */
  id: z.string(),
  /** `incident.created`, `unit.status-changed`, `user.created`… (`<entity>.<verb>`). */
  type: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z-]*$/, 'expected <entity>.<verb> in kebab-case'),
  entityType: z.string().min(1),
  entityId: z.string().min(1),
  /** The area the record belongs to (null: force-wide, only force-wide users receive it). */
  areaId: z.string().nullable(),
  /** Users who own the record, for `own` scope. Not sent to clients. */
  ownerIds: z.array(z.string()).default([]),
  /** Restricted record: only users with restricted access receive it. */
  restricted: z.boolean().default(false),
  /** ISO 8601 time of the change. */
  at: z.string(),
  /** Small non-personal facts: a status, a grade, a version number. */
  data: z.record(z.string(), z.unknown()).optional(),
});

/** A published event. */
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** What a publisher supplies; id and time are added. */
export type LiveEventInput = Omit<z.input<typeof liveEventSchema>, 'id' | 'at'>;

/** What a client receives in the SSE `data:` line. */
export type ClientEvent = Pick<LiveEvent, 'id' | 'type' | 'entityType' | 'entityId' | 'areaId' | 'at' | 'data'>;

/** Strips what only the server needs. */
export function toClientEvent(event: LiveEvent): ClientEvent {
  const { id, type, entityType, entityId, areaId, at, data } = event;
  return data === undefined ? { id, type, entityType, entityId, areaId, at } : { id, type, entityType, entityId, areaId, at, data };
}
