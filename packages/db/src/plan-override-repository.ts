/** The {@link PlanOverrideRepository} port over drizzle: plan overrides and their withdrawals, both append-only. */
import { DomainError, type NewPlanOverride, type PlanOverrideRepository, type StoredPlanOverride } from '@peel/domain';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { violatedUniqueConstraint } from './pg-error';
import { planOverrideWithdrawals, planOverrides } from './schema';

const columns = {
  id: planOverrides.id,
  modelId: planOverrides.modelId,
  scenarioId: planOverrides.scenarioId,
  areaId: planOverrides.areaId,
  teamId: planOverrides.teamId,
  role: planOverrides.role,
  delta: planOverrides.delta,
  reason: planOverrides.reason,
  createdBy: planOverrides.createdBy,
  createdAt: planOverrides.createdAt,
  withdrawnBy: planOverrideWithdrawals.withdrawnBy,
  withdrawnReason: planOverrideWithdrawals.reason,
  withdrawnAt: planOverrideWithdrawals.withdrawnAt,
};

/** Overrides with their withdrawal (if any), oldest first. */
function selectOverrides(db: Pick<Database, 'select'>, where: SQL | undefined) {
  return db.select(columns).from(planOverrides).leftJoin(planOverrideWithdrawals, eq(planOverrideWithdrawals.overrideId, planOverrides.id)).where(where).orderBy(asc(planOverrides.id));
}

type Row = Awaited<ReturnType<typeof selectOverrides>>[number];

function toStored(row: Row): StoredPlanOverride {
  const { withdrawnBy, withdrawnReason, withdrawnAt, ...override } = row;
  return { ...override, withdrawal: withdrawnBy !== null && withdrawnReason !== null && withdrawnAt !== null ? { by: withdrawnBy, reason: withdrawnReason, at: withdrawnAt } : null };
}

/** Throws DomainError VALIDATION naming the field when an override cannot be stored. */
function validate(override: NewPlanOverride): void {
  const blank = (value: string | null) => value === null || value.trim() === '';
  if (blank(override.modelId)) throw new DomainError('VALIDATION', 'modelId: give the model the override belongs to', 'modelId');
  if (blank(override.role)) throw new DomainError('VALIDATION', 'role: give the role whose posts change', 'role');
  if (blank(override.areaId) && blank(override.teamId)) throw new DomainError('VALIDATION', 'teamId: give a team, or an area where one team has the role', 'teamId');
  if (!Number.isSafeInteger(override.delta) || override.delta === 0) throw new DomainError('VALIDATION', `delta: expected a whole number of posts other than 0, got ${override.delta}`, 'delta');
  if (blank(override.reason)) throw new DomainError('VALIDATION', 'reason: give the reason for the override', 'reason');
  if (blank(override.createdBy)) throw new DomainError('VALIDATION', 'createdBy: say who made the override', 'createdBy');
}

/** Creates a plan-override repository on an open, migrated database. */
export function createPlanOverrideRepository(db: Database): PlanOverrideRepository {
  return {
    async add(override) {
      validate(override);
      const [row] = await db
        .insert(planOverrides)
        .values({ modelId: override.modelId, scenarioId: override.scenarioId, areaId: override.areaId, teamId: override.teamId, role: override.role, delta: override.delta, reason: override.reason, createdBy: override.createdBy })
        .returning({ id: planOverrides.id, createdAt: planOverrides.createdAt });
      return { ...override, id: row!.id, createdAt: row!.createdAt, withdrawal: null };
    },

    async list(filter) {
      const conditions = [eq(planOverrides.modelId, filter.modelId)];
      if (filter.scenarioId !== undefined) conditions.push(filter.scenarioId === null ? isNull(planOverrides.scenarioId) : eq(planOverrides.scenarioId, filter.scenarioId));
      if (!filter.includeWithdrawn) conditions.push(isNull(planOverrideWithdrawals.overrideId));
      return (await selectOverrides(db, and(...conditions))).map(toStored);
    },

    async withdraw({ id, by, reason }) {
      if (by.trim() === '') throw new DomainError('VALIDATION', 'by: say who withdraws the override', 'by');
      if (reason.trim() === '') throw new DomainError('VALIDATION', 'reason: give the reason for withdrawing the override', 'reason');
      return db.transaction(async (tx) => {
        const [existing] = await tx.select({ id: planOverrides.id }).from(planOverrides).where(eq(planOverrides.id, id));
        if (!existing) throw new DomainError('NOT_FOUND', `id: no plan override ${id}`, 'id');
        try {
          await tx.insert(planOverrideWithdrawals).values({ overrideId: id, withdrawnBy: by, reason });
        } catch (error) {
          if (violatedUniqueConstraint(error) !== undefined) throw new DomainError('CONFLICT', `id: plan override ${id} was withdrawn already`, 'id');
          throw error;
        }
        const [row] = await selectOverrides(tx, eq(planOverrides.id, id));
        return toStored(row!);
      });
    },
  };
}
