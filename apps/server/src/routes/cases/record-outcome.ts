/**
 * POST /api/cases/:id/outcome: finalise a case with a Home Office outcome type (1–18, 20–22). The
 * domain checks the outcome's rules against the case — a named suspect, an admission, the
 * suspect's age on the day, the victim's views… — and refuses a claim that breaks one with
 * 422 OUTCOME_RULE naming the element (`field`: `admission`, `suspectId`, `suspect.dateOfBirth`,
 * `committedOn`, …) and every broken rule in the message; 19 and unknown types are 400 VALIDATION.
 */
import { finaliseCase, type OutcomeClaim } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { caseIdParams, changedCase, expectedVersion, outcomeViewSchema, toCaseSummary, toOutcomeView } from './case-views';
import { changeCase } from './change-case';

const text = z.string().min(1).max(2000);

/** The claim (domain `OutcomeClaim`): which elements an outcome needs is in GET /api/cases/outcome-types. */
const outcomeBody = z.object({
  type: z.number().int().min(1).max(22).describe('Home Office outcome type (19 is not used)'),
  suspectId: z.string().min(1).max(200).optional(),
  admission: z.boolean().optional(),
  victimViewsSought: z.boolean().optional(),
  victimInformed: z.boolean().optional(),
  victimSupportsAction: z.boolean().optional(),
  rationale: text.optional(),
  suspectDeceased: z.boolean().optional(),
  cpsDecisionReference: text.optional(),
  otherAgency: text.optional(),
  cannabisOrKhatPossession: z.boolean().optional(),
  prosecutionTimeLimitExpired: z.boolean().optional(),
  diversionActivity: text.optional(),
  ticChargeReference: text.optional(),
  expectedVersion,
});

/** Registers POST /api/cases/:id/outcome. */
export const registerRecordOutcome: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/outcome',
    {
      schema: {
        summary: 'Finalise a case with a Home Office outcome',
        description: '422 OUTCOME_RULE (field = the missing element) when the outcome\'s rules are not met.',
        tags: ['cases'],
        params: caseIdParams,
        body: outcomeBody,
        response: { 201: changedCase({ outcome: outcomeViewSchema }) },
      },
    },
    async (request, reply) => {
      const { expectedVersion: seen, ...claim } = request.body;
      const { case: finalised } = await changeCase(app, request, {
        run: async (deps, by, current) => ({ case: await finaliseCase(deps, { caseId: current.id, claim: claim as OutcomeClaim, by }) }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.finalised',
        eventData: (result) => ({ outcome: result.case.outcome?.type }),
      });
      if (!finalised.outcome) throw new Error(`case ${finalised.id} was finalised without an outcome`);
      return reply.code(201).send({ case: toCaseSummary(finalised), outcome: toOutcomeView(finalised.outcome) });
    },
  );
};
