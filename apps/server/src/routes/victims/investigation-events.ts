/**
 * POST /api/cases/:id/events: an investigation event the victims must be told about (Victims' Code
 * 2020, right 6) — a decision not to investigate, an arrest, an interview under caution, a release
 * (without charge, on bail, under investigation), a change of bail conditions, a charge, the end of
 * the investigation. It is appended to the case and creates, for each victim who has not opted
 * out, a duty due in the model's working days (5, or 1 with enhanced rights; England and Wales
 * bank holidays and weekends excluded; the day of the event does not count).
 */
import { createOperationsRepositories } from '@peel/db';
import { INVESTIGATION_EVENT_KINDS, recordInvestigationEvent } from '@peel/domain';
import { z } from 'zod';
import { isRecordVisible } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { caseIdParams, changedCase, expectedVersion, toCaseSummary } from '../cases/case-views';
import { changeCase } from '../cases/change-case';
import { victimDepsFor } from './victim-deps';
import { dutySchema, toDutyView, victimRecord } from './victim-views';

const eventBody = z.object({
  kind: z.enum(INVESTIGATION_EVENT_KINDS),
  occurredAt: z.iso.datetime().optional().describe('When it happened (deadlines run from here); now when left out; not in the future'),
  suspectId: z.string().min(1).max(200).optional().describe('Required for events about a suspect (arrest, interview, release, bail, charge)'),
  note: z.string().min(1).max(2000).optional(),
  expectedVersion,
});

const eventSchema = z.object({ id: z.string(), kind: z.string(), occurredAt: z.string(), recordedAt: z.string(), by: z.string(), suspectId: z.string().optional(), note: z.string().optional() });

/** Registers POST /api/cases/:id/events. */
export const registerInvestigationEvents: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/events',
    {
      schema: {
        summary: 'Record an investigation event (starts Victims\' Code deadlines)',
        description: 'The answer lists the duties created, one per victim not opted out (restricted victims\' only for users with restricted access).',
        tags: ['victims', 'cases'],
        params: caseIdParams,
        body: eventBody,
        response: { 201: changedCase({ event: eventSchema, duties: z.array(dutySchema) }) },
      },
    },
    async (request, reply) => {
      const toDeps = await victimDepsFor(app);
      const { occurredAt, expectedVersion: seen, ...event } = request.body;
      const result = await changeCase(app, request, {
        run: (deps, by, current) => recordInvestigationEvent(toDeps(deps), { caseId: current.id, ...event, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}), by }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.event-recorded',
        eventData: (recorded) => ({ kind: recorded.event.kind, duties: recorded.duties.length }),
      });
      const victims = await createOperationsRepositories(app.services.db).victims.listVictims({ caseIds: [result.case.id] });
      const visible = new Set(victims.filter((victim) => isRecordVisible(request, victimRecord(victim, result.case))).map((victim) => victim.id));
      const { event: recorded } = result;
      return reply.code(201).send({
        case: toCaseSummary(result.case),
        event: { ...recorded, occurredAt: recorded.occurredAt.toISOString(), recordedAt: recorded.recordedAt.toISOString() },
        duties: result.duties.filter((duty) => visible.has(duty.victimId)).map(toDutyView),
      });
    },
  );
};
