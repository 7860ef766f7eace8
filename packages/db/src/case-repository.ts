/**
 * The {@link CaseRepository} port over drizzle. `save` is one transaction: the `cases` row by
 * compare-and-set on its version (insert for version 1, `UPDATE … WHERE version = n - 1`
 * otherwise; no row means someone saved first: CONFLICT), then the children — handoffs, status
 * changes, investigation events and outcomes only ever gain rows (`ON CONFLICT DO NOTHING` on
 * their `(case_id, sequence)` keys only, so an event id used by another case still fails loudly;
 * nothing is updated), suspects are upserted.
 */
import { DomainError, type Case, type CaseQuery, type CaseRepository } from '@peel/domain';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { caseRows, toCase } from './case-rows';
import { childRows } from './child-rows';
import type { Database } from './database';
import { caseEvents, caseHandoffs, caseOutcomes, cases, caseStatusChanges, caseSuspects } from './schema';

const children = {
  handoffs: childRows({ table: caseHandoffs, key: caseHandoffs.caseId, parent: cases.id, order: caseHandoffs.sequence }),
  statusChanges: childRows({ table: caseStatusChanges, key: caseStatusChanges.caseId, parent: cases.id, order: caseStatusChanges.sequence }),
  events: childRows({ table: caseEvents, key: caseEvents.caseId, parent: cases.id, order: caseEvents.sequence }),
  suspects: childRows({ table: caseSuspects, key: caseSuspects.caseId, parent: cases.id, order: caseSuspects.ordinal }),
  outcomes: childRows({ table: caseOutcomes, key: caseOutcomes.caseId, parent: cases.id, order: caseOutcomes.sequence }),
};

/** Creates the case repository on an open, migrated database (or a transaction: `save` becomes a savepoint). */
export function createCaseRepository(db: Database): CaseRepository {
  const select = (where: SQL | undefined) =>
    db
      .select({ row: cases, ...children })
      .from(cases)
      .where(where)
      .orderBy(asc(cases.openedAt), sql`${cases.id} collate "C"`);

  return {
    async get(id) {
      const [found] = await select(eq(cases.id, id));
      return found === undefined ? undefined : toCase(found);
    },

    save: (next: Case) =>
      db.transaction(async (tx) => {
        const rows = caseRows(next);
        const stored =
          next.version === 1
            ? await tx.insert(cases).values(rows.row).onConflictDoNothing({ target: cases.id }).returning({ id: cases.id })
            : await tx
                .update(cases)
                .set(rows.row)
                .where(and(eq(cases.id, next.id), eq(cases.version, next.version - 1)))
                .returning({ id: cases.id });
        if (stored.length === 0) {
          throw new DomainError(
            'CONFLICT',
            next.version === 1 ? `case ${next.id} already exists: a new case has version 1` : `case ${next.id} was changed by someone else (or does not exist): saving version ${next.version}`,
            'version',
          );
        }
        if (rows.handoffs.length > 0) await tx.insert(caseHandoffs).values(rows.handoffs).onConflictDoNothing({ target: [caseHandoffs.caseId, caseHandoffs.sequence] });
        if (rows.statusChanges.length > 0) await tx.insert(caseStatusChanges).values(rows.statusChanges).onConflictDoNothing({ target: [caseStatusChanges.caseId, caseStatusChanges.sequence] });
        if (rows.events.length > 0) await tx.insert(caseEvents).values(rows.events).onConflictDoNothing({ target: [caseEvents.caseId, caseEvents.sequence] });
        if (rows.outcomes.length > 0) await tx.insert(caseOutcomes).values(rows.outcomes).onConflictDoNothing({ target: [caseOutcomes.caseId, caseOutcomes.sequence] });
        if (rows.suspects.length > 0) {
          await tx
            .insert(caseSuspects)
            .values(rows.suspects)
            .onConflictDoUpdate({
              target: [caseSuspects.caseId, caseSuspects.id],
              set: {
                ordinal: sql`excluded.ordinal`,
                name: sql`excluded.name`,
                dateOfBirth: sql`excluded.date_of_birth`,
                status: sql`excluded.status`,
                eliminatedAt: sql`excluded.eliminated_at`,
                eliminationReason: sql`excluded.elimination_reason`,
              },
            });
        }
      }),

    async list(query: CaseQuery = {}) {
      const conditions: SQL[] = [];
      if (query.ownerId !== undefined) conditions.push(eq(cases.ownerOfficerId, query.ownerId));
      if (query.area !== undefined) conditions.push(eq(cases.area, query.area));
      if (query.statuses !== undefined) conditions.push(query.statuses.length === 0 ? sql`false` : inArray(cases.status, [...query.statuses]));
      if (query.incidentId !== undefined) conditions.push(eq(cases.incidentId, query.incidentId));
      if (query.ids !== undefined) conditions.push(query.ids.length === 0 ? sql`false` : inArray(cases.id, [...query.ids]));
      return (await select(conditions.length === 0 ? undefined : and(...conditions))).map(toCase);
    },
  };
}
