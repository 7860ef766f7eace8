/**
 * Changes to one victim. POST /api/victims/:id/contract agrees how often and how the victim is
 * updated (the running periodic duty is withdrawn and restarts at the new frequency) — an audited
 * alteration. POST /api/victims/:id/updates records an update given to the victim: it meets the
 * duties it covers (on time or late) and restarts the periodic clock — an audited collection.
 */
import { agreeUpdateContract, recordVictimUpdate, UPDATE_CHANNELS } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { changeVictim } from './change-victim';
import { dutySchema, toDutyView, toUpdateView, toVictimView, updateSchema, victimIdParams, victimSchema } from './victim-views';

const expectedVersion = z.number().int().min(1).optional().describe('The version the user saw; 409 CONFLICT if the victim changed since');
const contractBody = z.object({
  everyDays: z.number().int().min(1).max(366).optional(),
  channel: z.enum(UPDATE_CHANNELS).optional(),
  optedOut: z.boolean().optional(),
  expectedVersion,
});
const updateBody = z.object({
  summary: z.string().min(1).max(5000).describe('What the victim was told'),
  channel: z.enum(UPDATE_CHANNELS).optional().describe('The contract\'s channel when left out'),
  at: z.iso.datetime().optional().describe('When; now when left out; not in the future'),
  dutyIds: z.array(z.string().min(1)).optional().describe('The duties it meets; every open event notification started by then when left out'),
});

/** Registers the victim change routes. */
export const registerVictimChanges: RouteRegistration = (app) => {
  app.post(
    '/api/victims/:id/contract',
    {
      schema: {
        summary: 'Agree the update contract with a victim',
        description: 'Absent fields keep their value. The answer carries the new periodic duty (null when the victim opted out).',
        tags: ['victims'],
        params: victimIdParams,
        body: contractBody,
        response: { 200: z.object({ victim: victimSchema, duty: dutySchema.nullable() }) },
      },
    },
    async (request) => {
      const { expectedVersion: seen, ...contract } = request.body;
      const { victim, duty } = await changeVictim(app, request, {
        run: (deps, by, current) => agreeUpdateContract(deps, { victimId: current.id, ...contract, by }),
        victimId: request.params.id,
        expectedVersion: seen,
        eventType: 'victim.contract-agreed',
        audit: () => ({ action: 'alteration', details: { fields: Object.keys(contract).map((field) => `contract.${field}`) } }),
      });
      return { victim: toVictimView(victim), duty: duty ? toDutyView(duty) : null };
    },
  );

  app.post(
    '/api/victims/:id/updates',
    {
      schema: {
        summary: 'Record an update given to a victim',
        description: 'Meets the duties it covers (metOnTime says whether before the deadline) and starts the next periodic duty.',
        tags: ['victims'],
        params: victimIdParams,
        body: updateBody,
        response: { 201: z.object({ update: updateSchema, met: z.array(dutySchema), next: dutySchema.nullable() }) },
      },
    },
    async (request, reply) => {
      const { at, ...update } = request.body;
      const result = await changeVictim(app, request, {
        run: (deps, by, current) => recordVictimUpdate(deps, { victimId: current.id, ...update, ...(at ? { at: new Date(at) } : {}), by }),
        victimId: request.params.id,
        eventType: 'victim.updated',
        audit: (recorded) => ({ action: 'collection', details: { fields: ['update.summary'], updateId: recorded.update.id } }),
      });
      return reply.code(201).send({ update: toUpdateView(result.update), met: result.met.map(toDutyView), next: result.next ? toDutyView(result.next) : null });
    },
  );
};
