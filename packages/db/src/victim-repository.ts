/**
 * The {@link VictimRepository} port over drizzle. Victims are saved by compare-and-set on their
 * version; duties are saved all or nothing in one transaction — a duty not stored yet is added, a
 * stored one is replaced only while it is still open (`ON CONFLICT … DO UPDATE … WHERE status =
 * 'open'`, so of two people meeting one duty at once the second finds it closed: CONFLICT);
 * updates are only ever inserted. Personal data: the `victims` row and `victim_updates.summary`.
 */
import { DomainError, type IsoDate, type Victim, type VictimDuty, type VictimDutyQuery, type VictimRepository, type VictimUpdate } from '@peel/domain';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { present } from './child-rows';
import type { Database } from './database';
import { violatedUniqueConstraint } from './pg-error';
import { victimDuties, victims, victimUpdates } from './schema';

/** Creates the victim repository on an open, migrated database (or a transaction: writes become savepoints). */
export function createVictimRepository(db: Database): VictimRepository {
  return {
    async getVictim(id) {
      const [row] = await db.select().from(victims).where(eq(victims.id, id));
      return row === undefined ? undefined : toVictim(row);
    },

    async saveVictim(next) {
      const row = victimRow(next);
      const stored =
        next.version === 1
          ? await db.insert(victims).values(row).onConflictDoNothing({ target: victims.id }).returning({ id: victims.id })
          : await db
              .update(victims)
              .set(row)
              .where(and(eq(victims.id, next.id), eq(victims.version, next.version - 1)))
              .returning({ id: victims.id });
      if (stored.length === 0) throw new DomainError('CONFLICT', `victim ${next.id} was changed by someone else (or does not exist yet): saving version ${next.version}`, 'version');
    },

    async listVictims(query = {}) {
      const where = query.caseIds === undefined ? undefined : query.caseIds.length === 0 ? sql`false` : inArray(victims.caseId, [...query.caseIds]);
      const rows = await db.select().from(victims).where(where).orderBy(asc(victims.registeredAt), sql`${victims.id} collate "C"`);
      return rows.map(toVictim);
    },

    saveDuties: (duties) =>
      db.transaction(async (tx) => {
        for (const duty of duties) {
          const row = dutyRow(duty);
          const { id: _id, ...changes } = row;
          const written = await tx
            .insert(victimDuties)
            .values(row)
            .onConflictDoUpdate({ target: victimDuties.id, set: changes, setWhere: eq(victimDuties.status, 'open') })
            .returning({ id: victimDuties.id });
          if (written.length === 0) throw new DomainError('CONFLICT', `duty ${duty.id} is already closed`, 'dutyIds');
        }
      }),

    async listDuties(query: VictimDutyQuery = {}) {
      const conditions: SQL[] = [];
      if (query.caseIds !== undefined) conditions.push(query.caseIds.length === 0 ? sql`false` : inArray(victimDuties.caseId, [...query.caseIds]));
      if (query.victimId !== undefined) conditions.push(eq(victimDuties.victimId, query.victimId));
      if (query.status !== undefined) conditions.push(eq(victimDuties.status, query.status));
      const rows = await db
        .select()
        .from(victimDuties)
        .where(conditions.length === 0 ? undefined : and(...conditions))
        .orderBy(asc(victimDuties.dueBy), sql`${victimDuties.id} collate "C"`);
      return rows.map(toDuty);
    },

    async addUpdate(update) {
      try {
        await db.insert(victimUpdates).values({ ...update, dutyIds: [...update.dutyIds] });
      } catch (error) {
        if (violatedUniqueConstraint(error) === 'victim_updates_pkey') throw new DomainError('CONFLICT', `update ${update.id} already exists`, 'id');
        throw error;
      }
    },

    async listUpdates(query) {
      const conditions: SQL[] = [];
      if (query.victimId !== undefined) conditions.push(eq(victimUpdates.victimId, query.victimId));
      if (query.caseId !== undefined) conditions.push(eq(victimUpdates.caseId, query.caseId));
      const rows = await db
        .select()
        .from(victimUpdates)
        .where(conditions.length === 0 ? undefined : and(...conditions))
        .orderBy(asc(victimUpdates.at), sql`${victimUpdates.id} collate "C"`);
      return rows.map((row): VictimUpdate => ({ ...row, channel: row.channel as VictimUpdate['channel'] }));
    },
  };
}

function victimRow(victim: Victim): typeof victims.$inferSelect {
  const { contract } = victim;
  return {
    id: victim.id,
    caseId: victim.caseId,
    name: victim.name,
    enhancedRights: [...victim.enhancedRights],
    restricted: victim.restricted,
    contractEveryDays: contract.everyDays,
    contractChannel: contract.channel,
    contractAgreedWithVictim: contract.agreedWithVictim,
    contractOptedOut: contract.optedOut,
    contractSince: contract.since,
    registeredAt: victim.registeredAt,
    registeredBy: victim.registeredBy,
    lastContactAt: victim.lastContactAt,
    version: victim.version,
  };
}

function toVictim(row: typeof victims.$inferSelect): Victim {
  return {
    id: row.id,
    caseId: row.caseId,
    name: row.name,
    enhancedRights: row.enhancedRights as Victim['enhancedRights'],
    restricted: row.restricted,
    contract: {
      everyDays: row.contractEveryDays,
      channel: row.contractChannel as Victim['contract']['channel'],
      agreedWithVictim: row.contractAgreedWithVictim,
      optedOut: row.contractOptedOut,
      since: row.contractSince,
    },
    registeredAt: row.registeredAt,
    registeredBy: row.registeredBy,
    lastContactAt: row.lastContactAt,
    version: row.version,
  };
}

function dutyRow(duty: VictimDuty): typeof victimDuties.$inferSelect {
  return {
    id: duty.id,
    victimId: duty.victimId,
    caseId: duty.caseId,
    kind: duty.kind,
    eventId: duty.eventId ?? null,
    eventKind: duty.eventKind ?? null,
    basis: duty.basis,
    allowedDays: duty.allowedDays,
    startsAt: duty.startsAt,
    dueDate: duty.dueDate,
    dueBy: duty.dueBy,
    status: duty.status,
    metAt: duty.metAt ?? null,
    metByUpdateId: duty.metByUpdateId ?? null,
    metOnTime: duty.metOnTime ?? null,
    withdrawnAt: duty.withdrawnAt ?? null,
    withdrawnReason: duty.withdrawnReason ?? null,
  };
}

function toDuty(row: typeof victimDuties.$inferSelect): VictimDuty {
  return {
    id: row.id,
    victimId: row.victimId,
    caseId: row.caseId,
    kind: row.kind,
    ...present('eventId', row.eventId),
    ...present('eventKind', row.eventKind as VictimDuty['eventKind'] | null),
    basis: row.basis,
    allowedDays: row.allowedDays,
    startsAt: row.startsAt,
    dueDate: row.dueDate as IsoDate,
    dueBy: row.dueBy,
    status: row.status,
    ...present('metAt', row.metAt),
    ...present('metByUpdateId', row.metByUpdateId),
    ...present('metOnTime', row.metOnTime),
    ...present('withdrawnAt', row.withdrawnAt),
    ...present('withdrawnReason', row.withdrawnReason),
  };
}
