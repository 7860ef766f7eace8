/**
 * The {@link ProblemRepository} port over drizzle. `save` is one transaction: the `problems` row
 * by compare-and-set on its version (CONFLICT when someone saved first), stage changes and linked
 * incidents only ever gain rows (`ON CONFLICT DO NOTHING` on `(problem_id, sequence)`), tasks are
 * upserted (closing a task changes it). The whole profile is read back in one statement.
 */
import { DomainError, type IsoDate, type ProblemProfile, type ProblemQuery, type ProblemRepository, type ProblemTask } from '@peel/domain';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { childRows, json, present, type JsonRow } from './child-rows';
import type { Database } from './database';
import { problemLinkedIncidents, problems, problemStageChanges, problemTasks } from './schema';

const children = {
  stageHistory: childRows({ table: problemStageChanges, key: problemStageChanges.problemId, parent: problems.id, order: problemStageChanges.sequence }),
  linkedIncidents: childRows({ table: problemLinkedIncidents, key: problemLinkedIncidents.problemId, parent: problems.id, order: problemLinkedIncidents.sequence }),
  tasks: childRows({ table: problemTasks, key: problemTasks.problemId, parent: problems.id, order: problemTasks.ordinal }),
};

/** Creates the problem repository on an open, migrated database (or a transaction: `save` becomes a savepoint). */
export function createProblemRepository(db: Database): ProblemRepository {
  const select = (where: SQL | undefined) =>
    db
      .select({ row: problems, ...children })
      .from(problems)
      .where(where)
      .orderBy(asc(problems.openedAt), sql`${problems.id} collate "C"`);

  return {
    async get(id) {
      const [found] = await select(eq(problems.id, id));
      return found === undefined ? undefined : toProblem(found);
    },

    save: (next: ProblemProfile) =>
      db.transaction(async (tx) => {
        const row = problemRow(next);
        const stored =
          next.version === 1
            ? await tx.insert(problems).values(row).onConflictDoNothing({ target: problems.id }).returning({ id: problems.id })
            : await tx
                .update(problems)
                .set(row)
                .where(and(eq(problems.id, next.id), eq(problems.version, next.version - 1)))
                .returning({ id: problems.id });
        if (stored.length === 0) throw new DomainError('CONFLICT', `problem ${next.id} was changed by someone else (or does not exist yet): saving version ${next.version}`, 'version');
        const problemId = next.id;
        if (next.stageHistory.length > 0) {
          const rows = next.stageHistory.map((change, index) => ({ problemId, sequence: index + 1, fromStage: change.from, toStage: change.to, at: change.at, by: change.by, note: change.note ?? null }));
          await tx.insert(problemStageChanges).values(rows).onConflictDoNothing({ target: [problemStageChanges.problemId, problemStageChanges.sequence] });
        }
        if (next.linkedIncidents.length > 0) {
          const rows = next.linkedIncidents.map((link, index) => ({ problemId, sequence: index + 1, incidentId: link.incidentId, linkedAt: link.linkedAt, by: link.by }));
          await tx.insert(problemLinkedIncidents).values(rows).onConflictDoNothing({ target: [problemLinkedIncidents.problemId, problemLinkedIncidents.sequence] });
        }
        if (next.tasks.length > 0) {
          await tx
            .insert(problemTasks)
            .values(next.tasks.map((task, ordinal) => taskRow(problemId, ordinal, task)))
            .onConflictDoUpdate({
              target: [problemTasks.problemId, problemTasks.id],
              set: {
                ordinal: sql`excluded.ordinal`,
                title: sql`excluded.title`,
                dueDate: sql`excluded.due_date`,
                dueBy: sql`excluded.due_by`,
                status: sql`excluded.status`,
                closedAt: sql`excluded.closed_at`,
                closedBy: sql`excluded.closed_by`,
                doneOnTime: sql`excluded.done_on_time`,
                note: sql`excluded.note`,
              },
            });
        }
      }),

    async list(query: ProblemQuery = {}) {
      const conditions: SQL[] = [];
      if (query.area !== undefined) conditions.push(eq(problems.area, query.area));
      if (query.wardCode !== undefined) conditions.push(eq(problems.wardCode, query.wardCode));
      if (query.status !== undefined) conditions.push(eq(problems.status, query.status));
      if (query.ownerId !== undefined) conditions.push(eq(problems.ownerId, query.ownerId));
      return (await select(conditions.length === 0 ? undefined : and(...conditions))).map(toProblem);
    },
  };
}

function problemRow(problem: ProblemProfile): typeof problems.$inferSelect {
  return {
    id: problem.id,
    title: problem.title,
    issue: problem.issue,
    locationDescription: problem.location.description,
    wardCode: problem.location.wardCode,
    area: problem.location.area,
    lat: problem.location.lat ?? null,
    lon: problem.location.lon ?? null,
    ownerId: problem.ownerId,
    stage: problem.stage,
    partnerIds: [...problem.partnerIds],
    status: problem.status,
    openedAt: problem.openedAt,
    openedBy: problem.openedBy,
    closedAt: problem.closedAt ?? null,
    closureSummary: problem.closureSummary ?? null,
    version: problem.version,
  };
}

function taskRow(problemId: string, ordinal: number, task: ProblemTask): typeof problemTasks.$inferSelect {
  return {
    problemId,
    id: task.id,
    ordinal,
    title: task.title,
    assigneeKind: task.assignee.kind,
    assigneeId: task.assignee.kind === 'partner' ? task.assignee.partnerId : task.assignee.officerId,
    assignedAt: task.assignedAt,
    assignedBy: task.assignedBy,
    basis: task.basis,
    allowedWorkingDays: task.allowedWorkingDays ?? null,
    dueDate: task.dueDate,
    dueBy: task.dueBy,
    status: task.status,
    closedAt: task.closedAt ?? null,
    closedBy: task.closedBy ?? null,
    doneOnTime: task.doneOnTime ?? null,
    note: task.note ?? null,
  };
}

function toTask(row: JsonRow): ProblemTask {
  const assigneeId = json.text(row, 'assignee_id');
  const allowed = row.allowed_working_days;
  return {
    id: json.text(row, 'id'),
    title: json.text(row, 'title'),
    assignee: json.text(row, 'assignee_kind') === 'partner' ? { kind: 'partner', partnerId: assigneeId } : { kind: 'officer', officerId: assigneeId },
    assignedAt: json.date(row, 'assigned_at'),
    assignedBy: json.text(row, 'assigned_by'),
    basis: json.text(row, 'basis') as ProblemTask['basis'],
    ...present('allowedWorkingDays', allowed === null ? null : json.number(row, 'allowed_working_days')),
    dueDate: json.text(row, 'due_date') as IsoDate,
    dueBy: json.date(row, 'due_by'),
    status: json.text(row, 'status') as ProblemTask['status'],
    ...present('closedAt', json.optionalDate(row, 'closed_at')),
    ...present('closedBy', json.optionalText(row, 'closed_by')),
    ...present('doneOnTime', json.optionalBoolean(row, 'done_on_time')),
    ...present('note', json.optionalText(row, 'note')),
  };
}

function toProblem(found: { row: typeof problems.$inferSelect; stageHistory: JsonRow[]; linkedIncidents: JsonRow[]; tasks: JsonRow[] }): ProblemProfile {
  const { row } = found;
  return {
    id: row.id,
    title: row.title,
    issue: row.issue,
    location: {
      description: row.locationDescription,
      wardCode: row.wardCode,
      area: row.area,
      ...present('lat', row.lat),
      ...present('lon', row.lon),
    },
    ownerId: row.ownerId,
    stage: row.stage as ProblemProfile['stage'],
    stageHistory: found.stageHistory.map((change) => ({
      from: (json.optionalText(change, 'from_stage') ?? null) as ProblemProfile['stage'] | null,
      to: json.text(change, 'to_stage') as ProblemProfile['stage'],
      at: json.date(change, 'at'),
      by: json.text(change, 'by'),
      ...present('note', json.optionalText(change, 'note')),
    })),
    linkedIncidents: found.linkedIncidents.map((link) => ({ incidentId: json.text(link, 'incident_id'), linkedAt: json.date(link, 'linked_at'), by: json.text(link, 'by') })),
    partnerIds: row.partnerIds,
    tasks: found.tasks.map(toTask),
    status: row.status,
    openedAt: row.openedAt,
    openedBy: row.openedBy,
    ...present('closedAt', row.closedAt),
    ...present('closureSummary', row.closureSummary),
    version: row.version,
  };
}
