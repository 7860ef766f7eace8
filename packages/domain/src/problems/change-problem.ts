/** Working a problem: SARA moves, linked incidents, partners and closure. */
import { requireText } from '../cases/input';
import { DomainError } from '../shared/domain-error';
import type { ProblemProfile, SaraStage } from './problem';
import { loadProblem, requireOpenProblem, type ProblemDependencies } from './problem-repository';
import { assertSaraTransition } from './sara';

type Deps = Pick<ProblemDependencies, 'problems' | 'clock'>;

/** Moves a problem to another SARA stage (sara.ts says which moves are allowed). */
export async function moveProblemStage(deps: Deps, input: { problemId: string; to: SaraStage; note?: string; by: string }): Promise<ProblemProfile> {
  const by = requireText(input.by, 'by');
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  assertSaraTransition(current.stage, input.to);
  const note = input.note?.trim();
  const next: ProblemProfile = {
    ...current,
    stage: input.to,
    stageHistory: [...current.stageHistory, { from: current.stage, to: input.to, at: deps.clock.now(), by, ...(note ? { note } : {}) }],
    version: current.version + 1,
  };
  await deps.problems.save(next);
  return next;
}

/** Links an incident to a problem (once: linking it again is a CONFLICT). */
export async function linkIncident(deps: Deps, input: { problemId: string; incidentId: string; by: string }): Promise<ProblemProfile> {
  const incidentId = requireText(input.incidentId, 'incidentId');
  const by = requireText(input.by, 'by');
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  if (current.linkedIncidents.some((link) => link.incidentId === incidentId)) throw new DomainError('CONFLICT', `incident ${incidentId} is already linked to problem ${current.id}`, 'incidentId');
  const next: ProblemProfile = { ...current, linkedIncidents: [...current.linkedIncidents, { incidentId, linkedAt: deps.clock.now(), by }], version: current.version + 1 };
  await deps.problems.save(next);
  return next;
}

/** Brings a partner agency of the model into the problem (NOT_FOUND for an unknown partner). */
export async function engagePartner(deps: Deps & Pick<ProblemDependencies, 'partners'>, input: { problemId: string; partnerId: string; by: string }): Promise<ProblemProfile> {
  requireText(input.by, 'by');
  const partner = deps.partners.find((entry) => entry.id === input.partnerId);
  if (!partner) throw new DomainError('NOT_FOUND', `partner ${input.partnerId} is not a partner of this model`, 'partnerId');
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  if (current.partnerIds.includes(partner.id)) throw new DomainError('CONFLICT', `partner ${partner.id} already works problem ${current.id}`, 'partnerId');
  const next: ProblemProfile = { ...current, partnerIds: [...current.partnerIds, partner.id], version: current.version + 1 };
  await deps.problems.save(next);
  return next;
}

/**
 * Closes a problem after its assessment, recording what the assessment found. Only from the
 * assessment stage, and only with no open tasks (finish or cancel them first).
 */
export async function closeProblem(deps: Deps, input: { problemId: string; summary: string; by: string }): Promise<ProblemProfile> {
  const summary = requireText(input.summary, 'summary');
  requireText(input.by, 'by');
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  if (current.stage !== 'assessment') throw new DomainError('INVALID_TRANSITION', `problem ${current.id} is at '${current.stage}': close it after the assessment`, 'stage');
  const open = current.tasks.filter((task) => task.status === 'open');
  if (open.length > 0) throw new DomainError('INVALID_TRANSITION', `problem ${current.id} has ${open.length} open task(s): ${open.map((task) => task.id).join(', ')}`, 'tasks');
  const next: ProblemProfile = { ...current, status: 'closed', closedAt: deps.clock.now(), closureSummary: summary, version: current.version + 1 };
  await deps.problems.save(next);
  return next;
}
