/**
 * The victims of a case. POST /api/cases/:id/victims registers one with the update contract
 * (channel; frequency agreed, or the model's default) and schedules the first periodic update —
 * an audited collection of personal data. GET /api/cases/:id/victims lists them with their duties
 * and the updates they were given — an audited consultation; restricted victims (public
 * protection, vulnerable) are left out for a user without restricted access, as if absent.
 */
import { createOperationsRepositories } from '@peel/db';
import { ENHANCED_RIGHTS_REASONS, isRestrictedVictim, registerVictim, UPDATE_CHANNELS } from '@peel/domain';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import { isRecordVisible } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { findCaseInScope } from '../cases/case-access';
import { caseIdParams } from '../cases/case-views';
import { victimDepsFor } from './victim-deps';
import { dutySchema, toDutyView, toUpdateView, toVictimView, updateSchema, victimRecord, victimSchema } from './victim-views';

const newVictimBody = z.object({
  name: z.string().min(1).max(200),
  enhancedRights: z.array(z.enum(ENHANCED_RIGHTS_REASONS)).optional().describe('Victims\' Code 2020 enhanced rights: deadlines of 1 working day instead of 5'),
  channel: z.enum(UPDATE_CHANNELS).describe('How the victim wants to be updated'),
  everyDays: z.number().int().min(1).max(366).optional().describe('Days between updates, when agreed with the victim; the model\'s default otherwise'),
  optedOut: z.boolean().optional().describe('The victim asked not to be updated: no duties are created'),
  restricted: z.boolean().optional().describe('Public protection: only users with restricted access will see the victim (a vulnerable victim is restricted anyway)'),
});

/** Registers the case victim routes. */
export const registerCaseVictims: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/victims',
    {
      schema: {
        summary: 'Register a victim on a case, with the update contract',
        description: 'Personal data: its collection is audited. The answer carries the first periodic update duty (null when the victim opted out).',
        tags: ['victims'],
        params: caseIdParams,
        body: newVictimBody,
        response: { 201: z.object({ victim: victimSchema, duty: dutySchema.nullable() }) },
      },
    },
    async (request, reply) => {
      const { db, clock, ids, events } = app.services;
      const toDeps = await victimDepsFor(app);
      const subject = await findCaseInScope(request, createOperationsRepositories(db).cases, request.params.id);
      const { principal } = callerOf(request);
      const { victim, duty } = await db.transaction(async (tx) => {
        const registered = await registerVictim(toDeps({ ...createOperationsRepositories(tx), clock, ids }), { caseId: subject.id, ...request.body, by: principal.id });
        const fields = ['name', ...(registered.victim.enhancedRights.length > 0 ? ['enhancedRights'] : [])];
        await request.audit.record({ action: 'collection', entityType: 'victim', entityId: registered.victim.id, details: { fields, caseId: subject.id } }, tx);
        const restricted = isRestrictedVictim(registered.victim);
        await events.publish(tx, { type: 'victim.registered', entityType: 'victim', entityId: registered.victim.id, areaId: subject.area, ownerIds: [subject.owner.officerId], restricted, data: { caseId: subject.id } });
        return registered;
      });
      // The registering user gave these details: answering with them discloses nothing new, even for a restricted victim.
      return reply.code(201).send({ victim: toVictimView(victim), duty: duty ? toDutyView(duty) : null });
    },
  );

  app.get(
    '/api/cases/:id/victims',
    {
      schema: {
        summary: 'The victims of a case, with their duties and updates',
        description: 'A consultation of personal data: send X-Justification; the read is audited. Restricted victims are listed only for users with restricted access.',
        tags: ['victims'],
        params: caseIdParams,
        response: { 200: z.object({ victims: z.array(victimSchema.extend({ duties: z.array(dutySchema), updates: z.array(updateSchema) })) }) },
      },
    },
    async (request) => {
      const { victims: repository, cases } = createOperationsRepositories(app.services.db);
      const subject = await findCaseInScope(request, cases, request.params.id);
      const visible = (await repository.listVictims({ caseIds: [subject.id] })).filter((victim) => isRecordVisible(request, victimRecord(victim, subject)));
      const [duties, updates] = await Promise.all([repository.listDuties({ caseIds: [subject.id] }), repository.listUpdates({ caseId: subject.id })]);
      await request.audit.record({ action: 'consultation', entityType: 'victim', details: { caseId: subject.id, victimIds: visible.map((victim) => victim.id) } });
      return {
        victims: visible.map((victim) => ({
          ...toVictimView(victim),
          duties: duties.filter((duty) => duty.victimId === victim.id).map(toDutyView),
          updates: updates.filter((update) => update.victimId === victim.id).map(toUpdateView),
        })),
      };
    },
  );
};
