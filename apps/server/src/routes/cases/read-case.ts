/**
 * GET /api/cases/:id: the whole case — owner, handoffs, status history, suspects, investigation
 * events, outcomes. Suspects and the place as described are personal data: the caller says why
 * (`X-Justification`) and the read is audited (DPA 2018 s.62).
 */
import { createOperationsRepositories } from '@peel/db';
import type { RouteRegistration } from '../peel-server';
import { findCaseInScope } from './case-access';
import { caseIdParams, caseViewSchema, toCaseView } from './case-views';

/** Registers GET /api/cases/:id. */
export const registerReadCase: RouteRegistration = (app) => {
  app.get(
    '/api/cases/:id',
    {
      schema: {
        summary: 'One case, with its personal data',
        description: 'A consultation of personal data: send X-Justification; the read is written to the audit log.',
        tags: ['cases'],
        params: caseIdParams,
        response: { 200: caseViewSchema },
      },
    },
    async (request) => {
      const subject = await findCaseInScope(request, createOperationsRepositories(app.services.db).cases, request.params.id);
      await request.audit.record({ action: 'consultation', entityType: 'case', entityId: subject.id, details: { fields: ['suspects', 'location.description'] } });
      return toCaseView(subject);
    },
  );
};
