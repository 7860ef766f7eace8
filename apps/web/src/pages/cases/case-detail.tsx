/**
 * One case, read with the user's reason (GET /api/cases/:id, an audited consultation): the
 * owner and every handoff with its reason, status, suspects, investigation events and outcome;
 * the victims on request (another consultation); and the changes its owner makes — hand it on,
 * name a suspect, record the outcome. The answers of those changes update what is shown, so
 * nothing personal is re-read behind the user's back.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { useSession } from '../../api/session';
import { shortRef } from '../control-room/queue-model';
import { PanelHeader } from '../control-room/panel-header';
import { usePlaceNames } from '../control-room/use-place-names';
import { caseStatusLabel, offenceName } from './case-lists';
import { formatDate, formatDateTime } from './case-format';
import { HandoffForm, OutcomeForm, SuspectForm } from './case-forms';
import { CASE_LISTS_KEY, caseDetailKey, useCaseDetail, useOutcomeTypes } from './cases-queries';
import type { CaseSummary, CaseVictim, CaseView } from './types';

interface CaseDetailProps {
  caseId: string;
  canWork: boolean;
  onClose: () => void;
}

/** The open case. */
export function CaseDetail({ caseId, canWork, onClose }: CaseDetailProps) {
  const queryClient = useQueryClient();
  const detail = useCaseDetail(caseId);
  const outcomeTypes = useOutcomeTypes();
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { me } = useSession();
  const places = usePlaceNames();
  /** A user id as shown: "you", or its short reference. */
  const who = (userId: string) => (userId === me?.id ? 'you' : shortRef(userId));

  useEffect(() => {
    setMessage('');
  }, [caseId]);
  useEffect(() => {
    if (detail.data) heading.current?.focus();
  }, [detail.data?.id]);

  /** Applies a change's answer to the case shown, and refreshes the lists. */
  const apply = (summary: CaseSummary, patch: (current: CaseView) => Partial<CaseView>, said: string) => {
    queryClient.setQueryData<CaseView>(caseDetailKey(caseId), (current) => (current ? { ...current, ...summary, ...patch(current) } : current));
    void queryClient.invalidateQueries({ queryKey: CASE_LISTS_KEY });
    setMessage(said);
  };

  if (detail.isPending) return <Loading what={`case ${caseId}`} />;
  if (detail.isError) {
    return (
      <>
        <h2 ref={heading} tabIndex={-1}>
          Case {caseId}
        </h2>
        <ErrorMessage error={detail.error} title="The case was not read" />
        <div className="actions">
          <button type="button" onClick={() => void detail.refetch()}>
            Try again
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  }
  const subject = detail.data;
  const finalised = subject.status === 'finalised';
  return (
    <article aria-labelledby="case-heading" className="case-detail">
      <PanelHeader id="case-heading" title={`Case ${shortRef(subject.id)}`} closes={`case ${shortRef(subject.id)}`} headingRef={heading} onClose={onClose} message={message} />
      <dl className="details">
        <dt>Reference</dt>
        <dd>{subject.id}</dd>
        <dt>Offence</dt>
        <dd>{offenceName(subject.offenceType)}</dd>
        <dt>Status</dt>
        <dd>{caseStatusLabel(subject.status)}</dd>
        <dt>Owner</dt>
        <dd>
          {who(subject.owner.officerId)}
          {subject.owner.teamId ? ` (${subject.owner.teamId})` : ''}
        </dd>
        <dt>Handoffs</dt>
        <dd>{subject.handoffCount}</dd>
        <dt>Place</dt>
        <dd>
          {subject.location.description ?? 'Not described'} · {subject.wardCode ? `${places.ward(subject.wardCode)}, ` : ''}
          {places.area(subject.area)}
        </dd>
        <dt>Incident</dt>
        <dd>{subject.incidentId}</dd>
        <dt>Opened</dt>
        <dd>
          {formatDateTime(subject.openedAt)} by {who(subject.openedBy)}
        </dd>
        {subject.committedOn && (
          <>
            <dt>Committed on</dt>
            <dd>{formatDate(subject.committedOn)}</dd>
          </>
        )}
        <dt>Outcome</dt>
        <dd>{subject.currentOutcome ? `${subject.currentOutcome.type} — ${subject.currentOutcome.title} (${subject.currentOutcome.group}), ${formatDateTime(subject.currentOutcome.recordedAt)}` : 'None yet'}</dd>
      </dl>

      <section aria-labelledby="handoffs-heading">
        <h3 id="handoffs-heading">Owners and handoffs</h3>
        {subject.handoffs.length === 0 ? (
          <p>One owner since it was opened.</p>
        ) : (
          <ol className="timeline">
            {subject.handoffs.map((handoff) => (
              <li key={handoff.sequence}>
                <time dateTime={handoff.at}>{formatDateTime(handoff.at)}</time> from {who(handoff.from.officerId)} to {who(handoff.to.officerId)}: “{handoff.reason}”
              </li>
            ))}
          </ol>
        )}
        {canWork && !finalised && (
          <HandoffForm
            subject={subject}
            ownerLabel={subject.owner.officerId === me?.id ? `you (${subject.owner.officerId})` : subject.owner.officerId}
            onDone={({ case: summary, handoff }) =>
              apply(summary, (current) => ({ handoffs: [...current.handoffs, handoff] }), `Handed to ${who(handoff.to.officerId)}: handoff ${summary.handoffCount} of this case.`)
            }
          />
        )}
      </section>

      <section aria-labelledby="suspects-heading">
        <h3 id="suspects-heading">Suspects</h3>
        {subject.suspects.length === 0 ? (
          <p>No suspect named.</p>
        ) : (
          <ul>
            {subject.suspects.map((suspect) => (
              <li key={suspect.id}>
                {suspect.name}
                {suspect.dateOfBirth ? `, born ${formatDate(suspect.dateOfBirth)}` : ''} — {suspect.status}
              </li>
            ))}
          </ul>
        )}
        {canWork && !finalised && (
          <SuspectForm subject={subject} onDone={({ case: summary, suspect }) => apply(summary, (current) => ({ suspects: [...current.suspects, suspect] }), `Suspect ${suspect.name} named.`)} />
        )}
      </section>

      <VictimsSection caseId={subject.id} />

      {canWork && !finalised && (
        <section aria-labelledby="outcome-heading">
          <h3 id="outcome-heading">Record the outcome</h3>
          {outcomeTypes.isError ? (
            <ErrorMessage error={outcomeTypes.error} title="The outcome types cannot be shown" />
          ) : outcomeTypes.isPending ? (
            <Loading what="the outcome types" />
          ) : (
            <OutcomeForm
              subject={subject}
              outcomeTypes={outcomeTypes.data.outcomeTypes}
              onDone={({ case: summary, outcome }) => apply(summary, () => ({ currentOutcome: outcome }), `Finalised with outcome ${outcome.type} — ${outcome.title}.`)}
            />
          )}
        </section>
      )}
    </article>
  );
}

/** The victims and their Victims' Code duties, read only when asked (a consultation). */
function VictimsSection({ caseId }: { caseId: string }) {
  const api = useApi();
  const read = useMutation({
    mutationFn: () => api.get<{ victims: CaseVictim[] }>(`/api/cases/${encodeURIComponent(caseId)}/victims`, { personalData: `the victims of case ${caseId} and their updates` }),
  });
  return (
    <section aria-labelledby="victims-heading">
      <h3 id="victims-heading">Victims</h3>
      {read.error ? <ErrorMessage error={read.error} title="The victims were not read" /> : null}
      {!read.data ? (
        <button type="button" onClick={() => read.mutate()} disabled={read.isPending}>
          {read.isPending ? 'Reading…' : 'Show the victims and their updates'}
        </button>
      ) : read.data.victims.length === 0 ? (
        <p>No victim recorded (or none you may see).</p>
      ) : (
        <ul className="victims">
          {read.data.victims.map((victim) => (
            <li key={victim.id}>
              <strong>{victim.name}</strong>
              {victim.enhancedRights.length > 0 ? ' — enhanced rights (1 working day)' : ''}
              {victim.restricted ? ' — restricted' : ''}. Updates {victim.contract.optedOut ? 'declined' : `every ${victim.contract.everyDays} days by ${victim.contract.channel}${victim.contract.agreedWithVictim ? ' (agreed)' : ''}`}.
              <ul>
                {victim.duties
                  .filter((duty) => duty.status === 'open')
                  .map((duty) => (
                    <li key={duty.id}>
                      {duty.kind === 'event-notification' ? `Tell them of ${duty.eventKind?.replace(/-/g, ' ') ?? 'the event'}` : 'Periodic update'} by the end of {formatDate(duty.dueDate)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
