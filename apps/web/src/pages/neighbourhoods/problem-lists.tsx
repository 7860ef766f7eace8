/**
 * The lists of the neighbourhoods page: problem profiles with their SARA stage and tasks, partner
 * tasks past their agreed response time (SLA, in working days), and the top issues of each ward
 * over the last 90 days (Staffordshire's PCSOs keep this list with their parish councils).
 */
import { formatDate } from '../cases/case-format';
import { shortRef } from '../control-room/queue-model';
import type { OverdueTasks, ProblemSummary, SaraStage, WardIssues } from './types';

/** Names the page shows instead of codes. */
export interface Names {
  ward: (code: string) => string;
  issue: (issue: string) => string;
  partner: (id: string) => string;
  area: (id: string) => string;
}

/** SARA stages in words. */
export const STAGE_LABELS: Record<SaraStage, string> = { scanning: 'Scanning', analysis: 'Analysis', response: 'Response', assessment: 'Assessment' };

/** The problem profiles, each opening with a button. */
export function ProblemsTable({ problems, names, selectedId, onOpen }: { problems: readonly ProblemSummary[]; names: Names; selectedId: string | undefined; onOpen: (problemId: string) => void }) {
  if (problems.length === 0) return <p className="hint">No problem profiles here yet.</p>;
  return (
    <table className="work-table">
      <caption className="visually-hidden">Problem profiles</caption>
      <thead>
        <tr>
          <th scope="col">Problem</th>
          <th scope="col">Issue and place</th>
          <th scope="col">SARA stage</th>
          <th scope="col">Tasks</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem) => (
          <tr key={problem.id} aria-current={problem.id === selectedId ? 'true' : undefined} className={problem.id === selectedId ? 'selected' : undefined}>
            <th scope="row">
              <button type="button" className="link-like" onClick={() => onOpen(problem.id)}>
                <span className="visually-hidden">Open problem </span>
                {problem.title}
              </button>
              <span className="cell-note">
                {shortRef(problem.id)} · opened {formatDate(problem.openedAt)}
              </span>
            </th>
            <td>
              {names.issue(problem.issue)}
              <span className="cell-note">
                {names.ward(problem.wardCode)}, {names.area(problem.area)}
              </span>
            </td>
            <td>{problem.status === 'closed' ? 'Closed' : STAGE_LABELS[problem.stage]}</td>
            <td>
              {problem.openTasks} open
              {problem.overdueTasks > 0 ? <strong className="overdue"> · {problem.overdueTasks} overdue</strong> : null}
              <span className="cell-note">{problem.linkedIncidents} linked incidents</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tasks past their deadline, longest overdue first. */
export function OverdueTasksTable({ overdue, names, onOpen }: { overdue: OverdueTasks; names: Names; onOpen: (problemId: string) => void }) {
  if (overdue.tasks.length === 0) return <p className="hint">No task is past its deadline.</p>;
  return (
    <table className="work-table">
      <caption className="visually-hidden">Tasks past their deadline</caption>
      <thead>
        <tr>
          <th scope="col">Overdue</th>
          <th scope="col">Task</th>
          <th scope="col">With</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {overdue.tasks.map((entry) => (
          <tr key={entry.task.id}>
            <td>
              <strong className="overdue">
                {entry.workingDaysOverdue} working day{entry.workingDaysOverdue === 1 ? '' : 's'}
              </strong>
              <span className="cell-note">due {formatDate(entry.task.dueDate)}</span>
            </td>
            <td>{entry.task.title}</td>
            <td>{entry.task.assignee.kind === 'partner' ? names.partner(entry.task.assignee.partnerId) : `Officer ${shortRef(entry.task.assignee.officerId)}`}</td>
            <td>
              <button type="button" className="link-like" onClick={() => onOpen(entry.problemId)}>
                <span className="visually-hidden">Open problem </span>
                {entry.problemTitle}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The top issues of each ward: a small table per ward. */
export function WardIssuesView({ wardIssues, names }: { wardIssues: WardIssues; names: Names }) {
  return (
    <>
      <p className="hint">
        Incidents recorded from {formatDate(wardIssues.from)} to {formatDate(wardIssues.to)}, ranked by count, then by open problems.
        {wardIssues.unplacedIncidents > 0 ? ` ${wardIssues.unplacedIncidents} incidents fell in no ward and are not ranked.` : ''}
      </p>
      {wardIssues.wards.length === 0 ? (
        <p>No incidents in this period.</p>
      ) : (
        <div className="scroll-region ward-issues" role="region" aria-label="Top issues per ward (scrolls)" tabIndex={0}>
          <table className="work-table">
            <caption className="visually-hidden">Top issues of each ward, by rank</caption>
            <thead>
              <tr>
                <th scope="col">Ward and issue</th>
                <th scope="col" className="number">
                  Incidents
                </th>
                <th scope="col" className="number">
                  Open problems
                </th>
              </tr>
            </thead>
            {wardIssues.wards.map((ward) => (
              <tbody key={ward.wardCode}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={3}>
                    {names.ward(ward.wardCode)}
                  </th>
                </tr>
                {ward.issues.map((issue) => (
                  <tr key={issue.issue}>
                    <th scope="row" className="issue-cell">
                      <span className="rank-number">{issue.rank}.</span> {names.issue(issue.issue)}
                    </th>
                    <td className="number">{issue.incidents}</td>
                    <td className="number">{issue.openProblems}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </>
  );
}
