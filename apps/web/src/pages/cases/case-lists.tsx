/**
 * The lists of the cases page: my cases (owner, status, handoffs so far, outcome), the handoff
 * figures of an area (Wiltshire judged its model by them: one case was handed on 31 times), and
 * the Victims' Code worklist — updates overdue first, then due — without personal data.
 */
import { shortRef } from '../control-room/queue-model';
import { formatDate, formatDateTime } from './case-format';
import type { CaseSummary, DeadlineItem, HandoffFigures, VictimDeadlines } from './types';

const STATUS_LABELS: Record<CaseSummary['status'], string> = { allocated: 'Allocated', investigating: 'Investigating', 'awaiting-decision': 'Awaiting decision', finalised: 'Finalised' };

/** An offence as stored (a data.police.uk slug such as `violent-crime`, or free text) in words. */
export function offenceName(offence: string): string {
  return offence.replace(/-/g, ' ');
}

/** The words for a case status. */
export function caseStatusLabel(status: CaseSummary['status']): string {
  return STATUS_LABELS[status];
}

/** My cases, with a button to open each. */
export function MyCasesTable({ cases, selectedId, areaName, onOpen }: { cases: readonly CaseSummary[]; selectedId: string | undefined; areaName: (id: string) => string; onOpen: (caseId: string) => void }) {
  if (cases.length === 0) return <p className="hint">No cases here.</p>;
  return (
    <table className="work-table">
      <caption className="visually-hidden">My cases</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Offence</th>
          <th scope="col">Status</th>
          <th scope="col">Opened</th>
          <th scope="col" className="number">
            Handoffs
          </th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.id} aria-current={item.id === selectedId ? 'true' : undefined} className={item.id === selectedId ? 'selected' : undefined}>
            <th scope="row">
              <button type="button" className="link-like" onClick={() => onOpen(item.id)}>
                <span className="visually-hidden">Open case </span>
                {shortRef(item.id)}
              </button>
            </th>
            <td>
              {offenceName(item.offenceType)}
              <span className="cell-note">{areaName(item.area)}</span>
            </td>
            <td>{caseStatusLabel(item.status)}</td>
            <td>{formatDate(item.openedAt)}</td>
            <td className="number">{item.handoffCount}</td>
            <td>{item.outcome ? `${item.outcome.type} — ${item.outcome.title}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Handoffs per case in words and a distribution table. */
export function HandoffFiguresView({ figures }: { figures: HandoffFigures }) {
  if (figures.caseCount === 0) return <p className="hint">No cases opened yet{figures.area ? ` in ${figures.area}` : ''}.</p>;
  return (
    <>
      <p>
        {figures.caseCount} cases{figures.area ? ` in ${figures.area}` : ''}: <strong>{figures.meanPerCase.toFixed(2)}</strong> handoffs per case on average;{' '}
        {figures.singleOwnerCases} ({Math.round((100 * figures.singleOwnerCases) / figures.caseCount)} %) kept one owner throughout; the most was {figures.maxPerCase}
        {figures.maxCaseIds.length > 0 ? ` (case ${figures.maxCaseIds.map(shortRef).join(', ')})` : ''}.
      </p>
      <table className="work-table compact-table">
        <caption>Cases by number of handoffs</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Handoffs
            </th>
            <th scope="col" className="number">
              Cases
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.distribution.map((row) => (
            <tr key={row.handoffs}>
              <td className="number">{row.handoffs}</td>
              <td className="number">{row.cases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const KIND_LABELS: Record<string, string> = { 'event-notification': 'Tell the victim of an event', 'periodic-update': 'Periodic update' };

/** The Victims' Code worklist: overdue, then due. */
export function VictimDeadlinesView({ deadlines, onOpenCase }: { deadlines: VictimDeadlines; onOpenCase: (caseId: string) => void }) {
  const rows: DeadlineItem[] = [...deadlines.overdue, ...deadlines.due];
  return (
    <>
      <p>
        As of {formatDateTime(deadlines.asOf)}: <strong>{deadlines.overdue.length} overdue</strong>, {deadlines.due.length} due. Event notifications are due within 5 working days (1 for
        victims with enhanced rights) of an arrest, interview, release, bail or a decision not to investigate.
      </p>
      {rows.length === 0 ? (
        <p className="hint">Nothing is due.</p>
      ) : (
        <table className="work-table">
          <caption className="visually-hidden">Victim updates overdue, then due</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Due by the end of</th>
              <th scope="col">What</th>
              <th scope="col">Case</th>
              <th scope="col">Victim</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={item.dutyId} className={`deadline-${item.state}`}>
                <td>
                  <strong>{item.state === 'overdue' ? `Overdue by ${item.workingDaysOverdue} working day${item.workingDaysOverdue === 1 ? '' : 's'}` : 'Due'}</strong>
                </td>
                <td>{formatDate(item.dueDate)}</td>
                <td>
                  {KIND_LABELS[item.kind] ?? item.kind}
                  {item.eventKind ? <span className="cell-note">{item.eventKind.replace(/-/g, ' ')}</span> : null}
                </td>
                <td>
                  <button type="button" className="link-like" onClick={() => onOpenCase(item.caseId)}>
                    <span className="visually-hidden">Open case </span>
                    {shortRef(item.caseId)}
                  </button>
                </td>
                <td>{shortRef(item.victimId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
