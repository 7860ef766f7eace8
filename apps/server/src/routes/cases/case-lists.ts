/**
 * Lists and figures over cases, without personal data: GET /api/cases/mine (the caller's own
 * caseload), GET /api/cases/handoff-figures (handoffs per case in an area: mean, worst cases,
 * single-owner cases, distribution) and GET /api/cases/outcome-types (the Home Office outcome
 * types with the rules each must meet, for the forms that record them).
 */
import { createOperationsRepositories } from '@peel/db';
import { CASE_STATUSES, OUTCOME_DEFINITIONS, OUTCOME_RULES, summariseHandoffs, type CaseStatus } from '@peel/domain';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import type { RouteRegistration } from '../peel-server';
import { caseSummarySchema, toCaseSummary } from './case-views';
import { listArea } from './list-area';

const OPEN_STATUSES = CASE_STATUSES.filter((status) => status !== 'finalised');
const STATUS_FILTER: Record<'open' | 'finalised' | 'all', readonly CaseStatus[] | undefined> = { open: OPEN_STATUSES, finalised: ['finalised'], all: undefined };

const handoffFiguresSchema = z.object({
  area: z.string().nullable(),
  openedFrom: z.string().nullable(),
  openedTo: z.string().nullable(),
  caseCount: z.number().int(),
  handoffCount: z.number().int(),
  meanPerCase: z.number(),
  maxPerCase: z.number().int(),
  maxCaseIds: z.array(z.string()),
  singleOwnerCases: z.number().int(),
  distribution: z.array(z.object({ handoffs: z.number().int(), cases: z.number().int() })),
});

const outcomeTypesSchema = z.object({
  outcomeTypes: z.array(z.object({ type: z.number().int(), title: z.string(), group: z.string(), rules: z.array(z.object({ id: z.string(), requirement: z.string(), source: z.string() })) })),
});

/** Registers the case lists. */
export const registerCaseLists: RouteRegistration = (app) => {
  app.get(
    '/api/cases/mine',
    {
      schema: {
        summary: 'The caller\'s own cases',
        tags: ['cases'],
        querystring: z.object({ status: z.enum(['open', 'finalised', 'all']).default('open') }),
        response: { 200: z.object({ cases: z.array(caseSummarySchema) }) },
      },
    },
    async (request) => {
      const { principal } = callerOf(request);
      const statuses = STATUS_FILTER[request.query.status];
      const cases = await createOperationsRepositories(app.services.db).cases.list({ ownerId: principal.id, ...(statuses ? { statuses } : {}) });
      return { cases: cases.map(toCaseSummary) };
    },
  );

  app.get(
    '/api/cases/handoff-figures',
    {
      schema: {
        summary: 'Handoffs per case',
        description: 'Over the cases of an area (an area-scoped caller\'s own) opened in [openedFrom, openedTo).',
        tags: ['cases'],
        querystring: z.object({ area: z.string().min(1).optional(), openedFrom: z.iso.datetime().optional(), openedTo: z.iso.datetime().optional() }),
        response: { 200: handoffFiguresSchema },
      },
    },
    async (request) => {
      const { openedFrom, openedTo } = request.query;
      const area = listArea(request, request.query.area);
      const from = openedFrom === undefined ? -Infinity : Date.parse(openedFrom);
      const to = openedTo === undefined ? Infinity : Date.parse(openedTo);
      const cases = (await createOperationsRepositories(app.services.db).cases.list(area === undefined ? {} : { area })).filter((subject) => subject.openedAt.getTime() >= from && subject.openedAt.getTime() < to);
      return { area: area ?? null, openedFrom: openedFrom ?? null, openedTo: openedTo ?? null, ...summariseHandoffs(cases) };
    },
  );

  app.get(
    '/api/cases/outcome-types',
    { schema: { summary: 'Home Office outcome types and their rules', tags: ['cases'], response: { 200: outcomeTypesSchema } } },
    async () => ({
      outcomeTypes: OUTCOME_DEFINITIONS.map((definition) => ({ ...definition, rules: OUTCOME_RULES[definition.type].map(({ id, requirement, source }) => ({ id, requirement, source })) })),
    }),
  );
};
