/** GET /api/audit/verify: walks the audit log's hash chain (the same check as `peel audit verify`). */
import { z } from 'zod';
import type { RouteRegistration } from './peel-server';

const report = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.number().int(), head: z.object({ seq: z.number().int(), hash: z.string() }).nullable() }),
  z.object({ intact: z.literal(false), entries: z.number().int(), seq: z.number().int(), fault: z.enum(['gap', 'broken-link', 'hash-mismatch']), message: z.string() }),
]);

/** Registers GET /api/audit/verify. */
export const registerAuditVerify: RouteRegistration = (app) => {
  app.get(
    '/api/audit/verify',
    {
      schema: {
        summary: 'Verify the audit log',
        description: '`intact` with the entry count and the head (record the head elsewhere: a truncated tail is only visible against it), or the first bad seq and why.',
        tags: ['audit'],
        response: { 200: report },
      },
    },
    async () => app.services.audit.verify(app.services.db),
  );
};
