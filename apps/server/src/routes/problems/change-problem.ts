/**
 * The shape of a change to a problem, like ../cases/change-case.ts: find it in the caller's scope
 * at the version they saw, then in one transaction run the use case and publish the event.
 */
import { createOperationsRepositories } from '@peel/db';
import { type ProblemDependencies, type ProblemProfile, type ProblemRepository } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { callerOf } from '../../authorization/caller';
import type { PeelServer } from '../peel-server';
import { findInScope } from '../cases/find-in-scope';
import { WORKING_DAYS } from '../victims/victim-deps';
import { problemRecord } from './problem-views';

/** The problem `id` (NOT_FOUND, FORBIDDEN, or CONFLICT naming `expectedVersion` when it changed since). */
export function findProblemInScope(request: FastifyRequest, problems: ProblemRepository, id: string, expectedVersion?: number): Promise<ProblemProfile> {
  return findInScope<ProblemProfile>(request, { kind: 'problem', id, expectedVersion, get: (problemId) => problems.get(problemId), record: problemRecord });
}

/** How to run one change. */
export interface ProblemChange<T extends { problem: ProblemProfile }> {
  problemId: string;
  expectedVersion?: number | undefined;
  /** The live event, `problem.<verb>`. */
  eventType: string;
  /** The model's partners, for tasks (loading them needs the model); none otherwise. */
  partners?: ProblemDependencies['partners'];
  run: (deps: ProblemDependencies, by: string, current: ProblemProfile) => Promise<T>;
}

/** Runs `change` as described above. */
export async function changeProblem<T extends { problem: ProblemProfile }>(app: PeelServer, request: FastifyRequest, change: ProblemChange<T>): Promise<T> {
  const { db, clock, ids, events } = app.services;
  const current = await findProblemInScope(request, createOperationsRepositories(db).problems, change.problemId, change.expectedVersion);
  const { principal } = callerOf(request);
  return db.transaction(async (tx) => {
    const deps = { problems: createOperationsRepositories(tx).problems, clock, ids, calendar: WORKING_DAYS, partners: change.partners ?? [] };
    const result = await change.run(deps, principal.id, current);
    const { problem } = result;
    await events.publish(tx, { type: change.eventType, entityType: 'problem', entityId: problem.id, areaId: problem.location.area, ownerIds: [problem.ownerId], data: { version: problem.version, stage: problem.stage } });
    return result;
  });
}
