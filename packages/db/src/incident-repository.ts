/**
 * The {@link IncidentRepository} port over drizzle. Each method is one transaction. A change is an
 * append: the timeline event goes in at `sequence = expectedVersion + 1` — the primary key
 * `(incident_id, sequence)` refuses a second change computed from the same version, which is
 * reported as CONFLICT — followed by its record (an `assignment` event has none). No row is ever updated (migration 0003 makes the
 * database refuse it too).
 */
import { DomainError, type IncidentAppend, type IncidentRepository, type TimelineEvent } from '@peel/domain';
import { asc, eq, lte, max, and } from 'drizzle-orm';
import type { Database, Transaction } from './database';
import { assessmentRow, eventRow, gradeRow, newIncidentRows, routingRow, toIncident } from './incident-rows';
import { violatedUniqueConstraint } from './pg-error';
import { incidentAssessments, incidentEvents, incidentGradeDecisions, incidentPeople, incidentReports, incidentRoutingDecisions, incidents } from './schema';

/** The event types each append method accepts. */
const APPEND_EVENT_TYPES = {
  assessments: ['assessed'],
  grades: ['graded', 'regraded'],
  routes: ['routed'],
  assignments: ['assignment'],
} as const satisfies Record<string, readonly TimelineEvent['type'][]>;

/**
 * Creates the incident repository on an open, migrated database, or on a transaction (then each
 * method runs as a savepoint of it, so several ports can commit together).
 */
export function createIncidentRepository(db: Database): IncidentRepository {
  const append = async (kind: keyof typeof APPEND_EVENT_TYPES, change: Omit<IncidentAppend<unknown>, 'record'>, insertRecord: (tx: Transaction, sequence: number) => Promise<unknown>) => {
    const { incidentId, expectedVersion, event } = change;
    if (!(APPEND_EVENT_TYPES[kind] as readonly string[]).includes(event.type)) {
      throw new TypeError(`incident ${incidentId}: a '${event.type}' event cannot be appended with the ${kind}`);
    }
    try {
      await db.transaction(async (tx) => {
        const [stored] = await tx.select({ version: max(incidentEvents.sequence) }).from(incidentEvents).where(eq(incidentEvents.incidentId, incidentId));
        const version = stored?.version ?? null;
        if (version === null) throw new DomainError('NOT_FOUND', `incident ${incidentId} not found`, 'incidentId');
        if (version !== expectedVersion) throw new DomainError('CONFLICT', `incident ${incidentId} is at version ${version}, not ${expectedVersion}`, 'version');
        if (event.sequence !== version + 1) throw new DomainError('CONFLICT', `event sequence ${event.sequence} does not follow version ${version}`, 'version');
        await tx.insert(incidentEvents).values(eventRow(incidentId, event));
        await insertRecord(tx, event.sequence);
      });
    } catch (error) {
      const constraint = violatedUniqueConstraint(error);
      if (constraint === 'incident_events_pkey') {
        throw new DomainError('CONFLICT', `incident ${incidentId} was changed by someone else: version ${expectedVersion} is stale`, 'version');
      }
      if (constraint !== undefined) throw new DomainError('CONFLICT', `incident ${incidentId}: a record with this id already exists (${constraint})`, 'record.id');
      throw error;
    }
  };

  return {
    async create(incident) {
      if (incident.version !== 1 || incident.timeline.length !== 1 || incident.timeline[0]?.type !== 'created' || incident.timeline[0].sequence !== 1) {
        throw new DomainError('CONFLICT', 'a new incident must be at version 1 with only its created event', 'version');
      }
      if (incident.assessments.length + incident.grades.length + incident.routes.length > 0) {
        throw new DomainError('CONFLICT', 'a new incident has no assessments, grades or routes yet', 'version');
      }
      const rows = newIncidentRows(incident);
      try {
        await db.transaction(async (tx) => {
          await tx.insert(incidents).values(rows.incident);
          await tx.insert(incidentPeople).values(rows.people);
          await tx.insert(incidentReports).values(rows.report);
          await tx.insert(incidentEvents).values(rows.event);
        });
      } catch (error) {
        if (violatedUniqueConstraint(error) === 'incidents_pkey') throw new DomainError('CONFLICT', `incident ${incident.id} already exists`, 'id');
        throw error;
      }
    },

    async findById(id) {
      const [incident] = await db.select().from(incidents).where(eq(incidents.id, id));
      if (incident === undefined) return null;
      const events = await db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, id)).orderBy(asc(incidentEvents.sequence));
      // Records are read up to the version the events showed: a change committed in between
      // (its event and record together) is left out whole rather than half seen.
      const version = events.at(-1)?.sequence ?? 1;
      const [people, [report], assessments, grades, routes] = await Promise.all([
        db.select().from(incidentPeople).where(eq(incidentPeople.incidentId, id)),
        db.select().from(incidentReports).where(eq(incidentReports.incidentId, id)),
        db
          .select()
          .from(incidentAssessments)
          .where(and(eq(incidentAssessments.incidentId, id), lte(incidentAssessments.sequence, version)))
          .orderBy(asc(incidentAssessments.sequence)),
        db
          .select()
          .from(incidentGradeDecisions)
          .where(and(eq(incidentGradeDecisions.incidentId, id), lte(incidentGradeDecisions.sequence, version)))
          .orderBy(asc(incidentGradeDecisions.sequence)),
        db
          .select()
          .from(incidentRoutingDecisions)
          .where(and(eq(incidentRoutingDecisions.incidentId, id), lte(incidentRoutingDecisions.sequence, version)))
          .orderBy(asc(incidentRoutingDecisions.sequence)),
      ]);
      return toIncident({ incident, people, report, events, assessments, grades, routes });
    },

    appendAssessment: (change) => append('assessments', change, (tx, sequence) => tx.insert(incidentAssessments).values(assessmentRow(change.incidentId, sequence, change.record))),
    appendGradeDecision: (change) => append('grades', change, (tx, sequence) => tx.insert(incidentGradeDecisions).values(gradeRow(change.incidentId, sequence, change.record))),
    appendRoutingDecision: (change) => append('routes', change, (tx, sequence) => tx.insert(incidentRoutingDecisions).values(routingRow(change.incidentId, sequence, change.record))),
    appendAssignmentEvent: (change) => append('assignments', change, async () => undefined),
  };
}
