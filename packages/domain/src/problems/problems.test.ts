import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel } from '@peel/model';
import { englandAndWalesCalendar } from '../calendar/working-days';
import { fixedClock } from '../shared/clock';
import { sequentialIds } from '../shared/id-source';
import { closeProblem, engagePartner, linkIncident, moveProblemStage } from './change-problem';
import { openProblem } from './open-problem';
import { listOverdueTasks } from './overdue-tasks';
import { SARA_STAGES } from './problem';
import type { ProblemDependencies } from './problem-repository';
import { assignTask, closeTask } from './problem-tasks';
import { canMoveSara } from './sara';
import { createInMemoryProblemRepository } from './testing/in-memory-problem-repository';

// The Sussex seed model's partners: parish councils with a 10-working-day SLA (slide 14).
const sussex = loadModel(readFileSync(fileURLToPath(new URL('../../../../models/sussex.yaml', import.meta.url)), 'utf8'));
if (!sussex.valid) throw new Error('models/sussex.yaml does not load');
const partners = sussex.model.partners ?? [];

function setup(start: string) {
  const deps: ProblemDependencies & { clock: ReturnType<typeof fixedClock> } = {
    problems: createInMemoryProblemRepository(),
    clock: fixedClock(new Date(start)),
    ids: sequentialIds(),
    calendar: englandAndWalesCalendar(),
    partners,
  };
  return deps;
}

const underpass = { description: 'underpass by the station', wardCode: 'E05007574', area: 'crawley' };

async function openedProblem(deps: ProblemDependencies) {
  return openProblem(deps, { title: 'Youths gathering in the underpass', issue: 'anti-social-behaviour', location: underpass, ownerId: 'pcso-12', by: 'pcso-12' });
}

describe('SARA stages', () => {
  it('allows the forward moves and the documented loops, nothing else', () => {
    const allowed = SARA_STAGES.flatMap((from) => SARA_STAGES.filter((to) => canMoveSara(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['scanning→analysis', 'analysis→scanning', 'analysis→response', 'response→assessment', 'assessment→analysis', 'assessment→response']);
  });

  it('opens at scanning, moves through SARA with history, loops back from assessment and closes after it', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    const problem = await openedProblem(deps);
    expect(problem).toMatchObject({ stage: 'scanning', status: 'open', version: 1, location: underpass });
    await expect(moveProblemStage(deps, { problemId: problem.id, to: 'response', by: 'pcso-12' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'stage' });
    for (const to of ['analysis', 'response', 'assessment', 'response', 'assessment'] as const) await moveProblemStage(deps, { problemId: problem.id, to, by: 'pcso-12' });
    const stored = await deps.problems.get(problem.id);
    expect(stored!.stageHistory.map((change) => change.to)).toEqual(['scanning', 'analysis', 'response', 'assessment', 'response', 'assessment']);
    const closed = await closeProblem(deps, { problemId: problem.id, summary: 'calls down 60 % over 3 months', by: 'pcso-12' });
    expect(closed).toMatchObject({ status: 'closed', closureSummary: 'calls down 60 % over 3 months' });
    await expect(moveProblemStage(deps, { problemId: problem.id, to: 'analysis', by: 'pcso-12' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'problemId' });
  });

  it('closes only from assessment', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    const problem = await openedProblem(deps);
    await expect(closeProblem(deps, { problemId: problem.id, summary: 'x', by: 'pcso-12' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'stage' });
  });

  it('validates the profile naming the field', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    await expect(openProblem(deps, { title: 'x', issue: 'asb', location: { ...underpass, wardCode: '' }, ownerId: 'p', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'location.wardCode' });
    await expect(openProblem(deps, { title: 'x', issue: 'asb', location: { ...underpass, lat: 51 }, ownerId: 'p', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'location.lon' });
  });
});

describe('linked incidents and partners', () => {
  it('links each incident once and engages only the model’s partners', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    const problem = await openedProblem(deps);
    await linkIncident(deps, { problemId: problem.id, incidentId: 'inc-1', by: 'pcso-12' });
    const linked = await linkIncident(deps, { problemId: problem.id, incidentId: 'inc-2', by: 'pcso-12' });
    expect(linked.linkedIncidents.map((link) => link.incidentId)).toEqual(['inc-1', 'inc-2']);
    await expect(linkIncident(deps, { problemId: problem.id, incidentId: 'inc-1', by: 'pcso-12' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'incidentId' });
    const engaged = await engagePartner(deps, { problemId: problem.id, partnerId: 'crawley-borough-council', by: 'pcso-12' });
    expect(engaged.partnerIds).toEqual(['crawley-borough-council']);
    await expect(engagePartner(deps, { problemId: problem.id, partnerId: 'the-vatican', by: 'pcso-12' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'partnerId' });
  });
});

describe('partner tasks with SLAs in working days', () => {
  it.each([
    // Thu 4 May 2023 + 10: Fri 5 (1), Mon 8 Coronation, Tue 9 (2) … Fri 12 (5), Mon 15 (6) … Fri 19 (10).
    ['2023-05-04T09:00:00Z', '2023-05-19', '2023-05-19T23:00:00.000Z'],
    // Mon 19 Dec 2022 + 10: 20–23 (1–4), 26 Boxing Day, 27 Christmas substitute, 28–30 (5–7),
    // Mon 2 Jan New Year substitute, Tue 3 (8), Wed 4 (9), Thu 5 (10).
    ['2022-12-19T09:00:00Z', '2023-01-05', '2023-01-06T00:00:00.000Z'],
  ])('a parish council task set at %s is due on %s', async (start, dueDate, dueBy) => {
    const deps = setup(start);
    const problem = await openedProblem(deps);
    const { task, problem: after } = await assignTask(deps, { problemId: problem.id, title: 'Cut back the hedge screening the underpass', partnerId: 'parish-councils', by: 'pcso-12' });
    expect(task).toMatchObject({ basis: 'partner-sla', allowedWorkingDays: 10, dueDate, status: 'open', assignee: { kind: 'partner', partnerId: 'parish-councils' } });
    expect(task.dueBy.toISOString()).toBe(dueBy);
    expect(after.partnerIds).toEqual(['parish-councils']);
  });

  it('needs a due date for a partner without an SLA or an officer, and one assignee', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    const problem = await openedProblem(deps);
    await expect(assignTask(deps, { problemId: problem.id, title: 't', partnerId: 'secamb', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'dueDate', message: expect.stringMatching(/secamb has no slaResponseWorkingDays/) });
    await expect(assignTask(deps, { problemId: problem.id, title: 't', officerId: 'pc-1', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'dueDate' });
    await expect(assignTask(deps, { problemId: problem.id, title: 't', officerId: 'pc-1', dueDate: '2023-05-03', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'dueDate' });
    await expect(assignTask(deps, { problemId: problem.id, title: 't', by: 'p' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'partnerId' });
    await expect(assignTask(deps, { problemId: problem.id, title: 't', partnerId: 'nobody', by: 'p' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'partnerId' });
    const { task } = await assignTask(deps, { problemId: problem.id, title: 'Leaflet drop', officerId: 'pc-1', dueDate: '2023-05-10', by: 'p' });
    expect(task).toMatchObject({ basis: 'set-date', dueDate: '2023-05-10', dueBy: new Date('2023-05-10T23:00:00Z') });
  });

  it('lists a task as overdue from the end of its due date, and records whether it was done on time', async () => {
    const deps = setup('2023-05-04T09:00:00Z');
    const problem = await openedProblem(deps);
    const { task: hedge } = await assignTask(deps, { problemId: problem.id, title: 'Hedge', partnerId: 'parish-councils', by: 'pcso-12' });
    const { task: lighting } = await assignTask(deps, { problemId: problem.id, title: 'Lighting', partnerId: 'local-action-teams', by: 'pcso-12' });
    const { task: patrol } = await assignTask(deps, { problemId: problem.id, title: 'Patrol', officerId: 'pc-1', dueDate: '2023-05-30', by: 'pcso-12' });

    deps.clock.set(new Date('2023-05-19T22:59:59Z'));
    expect(await listOverdueTasks(deps)).toEqual([]);
    await closeTask(deps, { problemId: problem.id, taskId: lighting.id, outcome: 'done', by: 'lat-1' });

    deps.clock.set(new Date('2023-05-23T10:00:00Z')); // Tue 23 May: Mon 22 (1), Tue 23 (2)
    const overdue = await listOverdueTasks(deps, { partnerId: 'parish-councils' });
    expect(overdue.map((entry) => [entry.task.id, entry.workingDaysOverdue, entry.wardCode])).toEqual([[hedge.id, 2, 'E05007574']]);
    expect(await listOverdueTasks(deps, { partnerId: 'local-action-teams' })).toEqual([]);
    expect(await listOverdueTasks(deps, { area: 'elsewhere' })).toEqual([]);

    const late = await closeTask(deps, { problemId: problem.id, taskId: hedge.id, outcome: 'done', note: 'cut back', by: 'parish-clerk' });
    expect(late.task).toMatchObject({ status: 'done', doneOnTime: false, note: 'cut back' });
    const stored = await deps.problems.get(problem.id);
    expect(stored!.tasks.find((task) => task.id === lighting.id)).toMatchObject({ status: 'done', doneOnTime: true });
    await expect(closeTask(deps, { problemId: problem.id, taskId: hedge.id, outcome: 'done', by: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });

    for (const to of ['analysis', 'response', 'assessment'] as const) await moveProblemStage(deps, { problemId: problem.id, to, by: 'pcso-12' });
    await expect(closeProblem(deps, { problemId: problem.id, summary: 's', by: 'pcso-12' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'tasks' });
    await closeTask(deps, { problemId: problem.id, taskId: patrol.id, outcome: 'cancelled', by: 'pcso-12' });
    await expect(closeProblem(deps, { problemId: problem.id, summary: 's', by: 'pcso-12' })).resolves.toMatchObject({ status: 'closed' });
  });
});
