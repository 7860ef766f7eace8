/**
 * One problem profile, worked through SARA: where and what it is, its stage and the moves allowed
 * from it (with a note), the incidents linked to it, and the tasks given to partner agencies —
 * each due by the partner's agreed response time in working days (or a set date), closed as done
 * (on time or late) or cancelled — and, after the assessment, its closure with what was found.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useSession } from '../../api/session';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { formatDate, formatDateTime } from '../cases/case-format';
import { errorFor, Field, isFieldError, type FieldErrors } from '../control-room/form-fields';
import { PanelHeader } from '../control-room/panel-header';
import { shortRef } from '../control-room/queue-model';
import type { ControlRoomReference } from '../control-room/types';
import { PROBLEMS_KEY, useProblem } from './neighbourhoods-queries';
import { STAGE_LABELS, type Names } from './problem-lists';
import type { Problem, ProblemTask, SaraStage } from './types';

interface ProblemDetailProps {
  problemId: string;
  reference: ControlRoomReference;
  names: Names;
  canWork: boolean;
  onClose: () => void;
}

/** The open problem. */
export function ProblemDetail({ problemId, reference, names, canWork, onClose }: ProblemDetailProps) {
  const problem = useProblem(problemId);
  const { me } = useSession();
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (problem.data) heading.current?.focus();
  }, [problem.data?.id]);

  if (problem.isPending) return <Loading what="the problem" />;
  if (problem.isError) {
    return (
      <>
        <ErrorMessage error={problem.error} title="The problem cannot be shown" />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </>
    );
  }
  const subject = problem.data;
  const open = subject.status === 'open';
  const who = (userId: string) => (userId === me?.id ? 'you' : shortRef(userId));
  return (
    <article aria-labelledby="problem-heading">
      <PanelHeader id="problem-heading" title={subject.title} closes={`problem ${subject.title}`} headingRef={heading} onClose={onClose} message={message} />
      <dl className="details">
        <dt>Issue</dt>
        <dd>{names.issue(subject.issue)}</dd>
        <dt>Place</dt>
        <dd>
          {subject.location.description} · {names.ward(subject.location.wardCode)}, {names.area(subject.location.area)}
        </dd>
        <dt>Stage</dt>
        <dd>{open ? STAGE_LABELS[subject.stage] : `Closed ${subject.closedAt ? formatDate(subject.closedAt) : ''}`}</dd>
        <dt>Owner</dt>
        <dd>{who(subject.ownerId)}</dd>
        <dt>Opened</dt>
        <dd>
          {formatDateTime(subject.openedAt)} by {who(subject.openedBy)}
        </dd>
        {subject.closureSummary && (
          <>
            <dt>Assessment</dt>
            <dd>{subject.closureSummary}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="stage-heading">
        <h3 id="stage-heading">SARA stage</h3>
        <ol className="timeline">
          {subject.stageHistory.map((change, index) => (
            <li key={index}>
              <time dateTime={change.at}>{formatDateTime(change.at)}</time> {change.from ? `${STAGE_LABELS[change.from]} → ` : 'Opened at '}
              {STAGE_LABELS[change.to]}
              {change.note ? `: “${change.note}”` : ''} <span className="cell-note">by {who(change.by)}</span>
            </li>
          ))}
        </ol>
        {canWork && open && <StageForm problem={subject} reference={reference} onDone={(to) => setMessage(`Moved to ${STAGE_LABELS[to]}.`)} />}
      </section>

      <section aria-labelledby="tasks-heading">
        <h3 id="tasks-heading">Tasks with partners</h3>
        {subject.tasks.length === 0 ? <p>No task given yet.</p> : <TasksTable problem={subject} names={names} canWork={canWork && open} onClosed={(task) => setMessage(`Task “${task.title}” ${task.status === 'done' ? (task.doneOnTime ? 'done on time' : 'done late') : 'cancelled'}.`)} />}
        {canWork && open && <TaskForm problem={subject} reference={reference} onDone={(task) => setMessage(`Task given, due by the end of ${formatDate(task.dueDate)}.`)} />}
      </section>

      <section aria-labelledby="linked-heading">
        <h3 id="linked-heading">Linked incidents</h3>
        {subject.linkedIncidents.length === 0 ? (
          <p>None linked.</p>
        ) : (
          <ul>
            {subject.linkedIncidents.map((link) => (
              <li key={link.incidentId}>
                {link.incidentId} <span className="cell-note">linked {formatDateTime(link.linkedAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {canWork && open && <LinkIncidentForm problem={subject} onDone={(id) => setMessage(`Incident ${shortRef(id)} linked.`)} />}
      </section>

      {canWork && open && subject.stage === 'assessment' && (
        <section aria-labelledby="close-heading">
          <h3 id="close-heading">Close the problem</h3>
          <CloseProblemForm problem={subject} onDone={() => setMessage('Problem closed.')} />
        </section>
      )}
    </article>
  );
}

/** Runs a change to a problem and refreshes every problem query. */
function useProblemChange<T>(problem: Problem, tail: string, onDone: (result: T) => void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post<T>(`/api/problems/${encodeURIComponent(problem.id)}/${tail}`, body),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: PROBLEMS_KEY });
      onDone(result);
    },
  });
}

function StageForm({ problem, reference, onDone }: { problem: Problem; reference: ControlRoomReference; onDone: (to: SaraStage) => void }) {
  const order = reference.sara.map((item) => item.stage);
  const here = order.indexOf(problem.stage);
  // Forward moves first (the usual next step), then the loops back.
  const next = ([...(reference.sara.find((item) => item.stage === problem.stage)?.next ?? [])] as SaraStage[]).sort((a, b) => Number(order.indexOf(a) < here) - Number(order.indexOf(b) < here));
  const [to, setTo] = useState<SaraStage | ''>(next[0] ?? '');
  const [note, setNote] = useState('');
  const move = useProblemChange<Problem>(problem, 'stage', (result) => {
    setNote('');
    onDone(result.stage);
  });
  useEffect(() => setTo(next[0] ?? ''), [problem.stage]);
  if (next.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to) move.mutate({ to, ...(note.trim() ? { note: note.trim() } : {}), expectedVersion: problem.version });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Move to another SARA stage">
      {move.error && !isFieldError(move.error, ['to', 'note']) ? <ErrorMessage error={move.error} title="The stage was not changed" /> : null}
      <div className="field-row">
        <Field label="Move to" error={errorFor('to', {}, move.error)}>
          {(props) => (
            <select {...props} value={to} onChange={(event) => setTo(event.target.value as SaraStage)}>
              {next.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Note (optional)" error={errorFor('note', {}, move.error)}>
          {(props) => <input {...props} autoComplete="off" value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={move.isPending}>
          {move.isPending ? 'Moving…' : 'Move the problem'}
        </button>
      </div>
    </form>
  );
}

function TasksTable({ problem, names, canWork, onClosed }: { problem: Problem; names: Names; canWork: boolean; onClosed: (task: ProblemTask) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const closeTask = useMutation({
    mutationFn: ({ taskId, outcome }: { taskId: string; outcome: 'done' | 'cancelled' }) =>
      api.post<{ task: ProblemTask }>(`/api/problems/${encodeURIComponent(problem.id)}/tasks/${encodeURIComponent(taskId)}/close`, { outcome }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: PROBLEMS_KEY });
      onClosed(result.task);
    },
  });
  const now = Date.now();
  return (
    <>
      {closeTask.error ? <ErrorMessage error={closeTask.error} title="The task was not closed" /> : null}
      <table className="work-table">
        <caption className="visually-hidden">Tasks of this problem</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">With</th>
            <th scope="col">Due by the end of</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {problem.tasks.map((task) => {
            const late = task.status === 'open' && now >= Date.parse(task.dueBy);
            return (
              <tr key={task.id}>
                <th scope="row">{task.title}</th>
                <td>{task.assignee.kind === 'partner' ? names.partner(task.assignee.partnerId) : `Officer ${shortRef(task.assignee.officerId)}`}</td>
                <td>
                  {formatDate(task.dueDate)}
                  <span className="cell-note">{task.basis === 'partner-sla' ? `SLA: ${task.allowedWorkingDays ?? '?'} working days` : 'set date'}</span>
                </td>
                <td>
                  {task.status === 'open' ? (late ? <strong className="overdue">Overdue</strong> : 'Open') : task.status === 'done' ? (task.doneOnTime ? 'Done on time' : 'Done late') : 'Cancelled'}
                  {canWork && task.status === 'open' && (
                    <span className="task-actions">
                      <button type="button" disabled={closeTask.isPending} onClick={() => closeTask.mutate({ taskId: task.id, outcome: 'done' })}>
                        Done<span className="visually-hidden">: {task.title}</span>
                      </button>
                      <button type="button" disabled={closeTask.isPending} onClick={() => closeTask.mutate({ taskId: task.id, outcome: 'cancelled' })}>
                        Cancel<span className="visually-hidden"> task {task.title}</span>
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function TaskForm({ problem, reference, onDone }: { problem: Problem; reference: ControlRoomReference; onDone: (task: ProblemTask) => void }) {
  const [title, setTitle] = useState('');
  const [partnerId, setPartnerId] = useState(reference.partners[0]?.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const give = useProblemChange<{ task: ProblemTask }>(problem, 'tasks', (result) => {
    setTitle('');
    setDueDate('');
    onDone(result.task);
  });
  const partner = reference.partners.find((item) => item.id === partnerId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!title.trim()) found.title = 'Say what the partner is asked to do.';
    if (!partnerId) found.partnerId = 'Choose the partner agency.';
    if (partner && partner.slaResponseWorkingDays === null && !dueDate) found.dueDate = `${partner.name} has no agreed response time: give a due date.`;
    setErrors(found);
    if (Object.keys(found).length === 0) give.mutate({ title: title.trim(), partnerId, ...(dueDate ? { dueDate } : {}), expectedVersion: problem.version });
  };
  if (reference.partners.length === 0) return <p className="hint">The force’s model lists no partner agencies.</p>;
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Give a partner a task">
      {give.error && !isFieldError(give.error, ['title', 'partnerId', 'dueDate']) ? <ErrorMessage error={give.error} title="The task was not given" /> : null}
      <Field label="Task" error={errorFor('title', errors, give.error)}>
        {(props) => <input {...props} autoComplete="off" value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label="Partner agency" error={errorFor('partnerId', errors, give.error)}>
          {(props) => (
            <select {...props} value={partnerId} onChange={(event) => setPartnerId(event.target.value)}>
              {reference.partners.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                  {item.slaResponseWorkingDays !== null ? ` (SLA ${item.slaResponseWorkingDays} working days)` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={partner?.slaResponseWorkingDays ? 'Due date (optional)' : 'Due date'}
          hint={partner?.slaResponseWorkingDays ? `Left empty: ${partner.slaResponseWorkingDays} working days, the agreed SLA.` : undefined}
          error={errorFor('dueDate', errors, give.error)}
        >
          {(props) => <input {...props} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={give.isPending}>
          {give.isPending ? 'Giving…' : 'Give the task'}
        </button>
      </div>
    </form>
  );
}

function LinkIncidentForm({ problem, onDone }: { problem: Problem; onDone: (incidentId: string) => void }) {
  const [incidentId, setIncidentId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const link = useProblemChange<Problem>(problem, 'incidents', () => {
    onDone(incidentId.trim());
    setIncidentId('');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = incidentId.trim() ? {} : { incidentId: 'Give the incident’s reference.' };
    setErrors(found);
    if (Object.keys(found).length === 0) link.mutate({ incidentId: incidentId.trim(), expectedVersion: problem.version });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Link an incident">
      {link.error && !isFieldError(link.error, ['incidentId']) ? <ErrorMessage error={link.error} title="The incident was not linked" /> : null}
      <Field label="Incident reference" error={errorFor('incidentId', errors, link.error)}>
        {(props) => <input {...props} autoComplete="off" value={incidentId} onChange={(event) => setIncidentId(event.target.value)} />}
      </Field>
      <div>
        <button type="submit" disabled={link.isPending}>
          {link.isPending ? 'Linking…' : 'Link the incident'}
        </button>
      </div>
    </form>
  );
}

function CloseProblemForm({ problem, onDone }: { problem: Problem; onDone: () => void }) {
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const close = useProblemChange<Problem>(problem, 'close', onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = summary.trim() ? {} : { summary: 'Say what the assessment found.' };
    setErrors(found);
    if (Object.keys(found).length === 0) close.mutate({ summary: summary.trim(), expectedVersion: problem.version });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Close the problem">
      {close.error && !isFieldError(close.error, ['summary']) ? <ErrorMessage error={close.error} title="The problem was not closed" /> : null}
      <Field label="What the assessment found" error={errorFor('summary', errors, close.error)}>
        {(props) => <textarea {...props} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />}
      </Field>
      <div>
        <button type="submit" disabled={close.isPending}>
          {close.isPending ? 'Closing…' : 'Close the problem'}
        </button>
      </div>
    </form>
  );
}
