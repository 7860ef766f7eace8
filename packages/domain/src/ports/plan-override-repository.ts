/**
 * Storage of professional-judgement overrides of establishment plans ("data + professional
 * judgement = resource allocation", Wiltshire): ± posts to a team's role, or to a role in an area,
 * with who made it, when and why. Nothing is edited or deleted: an override is withdrawn by
 * recording who withdrew it, when and why.
 */

/** An override to store. */
export interface NewPlanOverride {
  /** The policing model's id, e.g. 'kent'. */
  modelId: string;
  /** The scenario it belongs to; null for the model as written. */
  scenarioId: string | null;
  /** The area (with `role`, names the cell where one team has the role there); null when `teamId` says it. */
  areaId: string | null;
  teamId: string | null;
  role: string;
  /** Posts added (> 0) or taken away (< 0); a whole number, not 0. */
  delta: number;
  /** Why (the planner's professional judgement). */
  reason: string;
  /** Who made it (a user id or name). */
  createdBy: string;
}

/** Who withdrew an override, when and why. */
export interface PlanOverrideWithdrawal {
  by: string;
  reason: string;
  at: Date;
}

/** A stored override. */
export interface StoredPlanOverride extends NewPlanOverride {
  id: number;
  createdAt: Date;
  /** Null while the override stands. */
  withdrawal: PlanOverrideWithdrawal | null;
}

/** Filters {@link PlanOverrideRepository.list}. */
export interface PlanOverrideFilter {
  modelId: string;
  /** Only this scenario's (null: only the model's own); every scenario's when absent. */
  scenarioId?: string | null;
  /** Include withdrawn overrides (default false). */
  includeWithdrawn?: boolean;
}

/** Stores plan overrides (see the file comment). */
export interface PlanOverrideRepository {
  /** Stores an override. Throws DomainError VALIDATION naming the field for a bad one. */
  add(override: NewPlanOverride): Promise<StoredPlanOverride>;
  /** Overrides of a model in the order they were made. */
  list(filter: PlanOverrideFilter): Promise<StoredPlanOverride[]>;
  /** Withdraws an override: NOT_FOUND when there is none with the id, CONFLICT when it was withdrawn already. */
  withdraw(request: { id: number; by: string; reason: string }): Promise<StoredPlanOverride>;
}
