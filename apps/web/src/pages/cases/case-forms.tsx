/**
 * The changes a case owner (or a supervisor) makes to a case: hand it to a new owner, with the
 * reason (every handoff is counted); name a suspect; record a Home Office outcome. Each form shows
 * the server's validation errors at the field they name — the outcome rules' 422 OUTCOME_RULE
 * names the element (`suspectId`, `admission`, …) — and reports what changed in a status message.
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { errorFor, Field, isFieldError, type FieldErrors } from '../control-room/form-fields';
import { FIELD_KINDS, FIELD_LABELS, fieldsForRules, type ClaimField } from './outcome-elements';
import type { CaseSummary, CaseView, Handoff, OutcomeType, OutcomeView, Suspect } from './types';

const caseUrl = (caseId: string, tail: string) => `/api/cases/${encodeURIComponent(caseId)}/${tail}`;

/** Hand the case to a new owner. */
export function HandoffForm({ subject, ownerLabel, onDone }: { subject: CaseView; ownerLabel: string; onDone: (change: { case: CaseSummary; handoff: Handoff }) => void }) {
  const api = useApi();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const handOff = useMutation({
    mutationFn: (body: unknown) => api.post<{ case: CaseSummary; handoff: Handoff }>(caseUrl(subject.id, 'handoffs'), body),
    onSuccess: (change) => {
      setTo('');
      setReason('');
      onDone(change);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!to.trim()) found.toOfficerId = 'Give the user id of the new owner.';
    if (!reason.trim()) found.reason = 'Say why the case changes hands: an unexplained handoff cannot be improved on.';
    setErrors(found);
    if (Object.keys(found).length === 0) handOff.mutate({ toOfficerId: to.trim(), reason: reason.trim(), expectedVersion: subject.version });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Change the owner">
      {handOff.error && !isFieldError(handOff.error, ['toOfficerId', 'reason']) ? <ErrorMessage error={handOff.error} title="The case was not handed on" /> : null}
      <Field label="New owner (user id)" hint={`Now owned by ${ownerLabel}. The new owner must be able to work cases of ${subject.area}; the handoff is counted.`} error={errorFor('toOfficerId', errors, handOff.error)}>
        {(props) => <input {...props} autoComplete="off" value={to} onChange={(event) => setTo(event.target.value)} />}
      </Field>
      <Field label="Reason for the handoff" error={errorFor('reason', errors, handOff.error)}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <div>
        <button type="submit" disabled={handOff.isPending}>
          {handOff.isPending ? 'Handing on…' : 'Hand the case on'}
        </button>
      </div>
    </form>
  );
}

/** Name a suspect (personal data: its collection is audited). */
export function SuspectForm({ subject, onDone }: { subject: CaseView; onDone: (change: { case: CaseSummary; suspect: Suspect }) => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation({
    mutationFn: (body: unknown) => api.post<{ case: CaseSummary; suspect: Suspect }>(caseUrl(subject.id, 'suspects'), body),
    onSuccess: (change) => {
      setName('');
      setDateOfBirth('');
      onDone(change);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!name.trim()) found.name = 'Give the suspect’s name.';
    setErrors(found);
    if (Object.keys(found).length === 0) add.mutate({ name: name.trim(), ...(dateOfBirth ? { dateOfBirth } : {}), expectedVersion: subject.version });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Name a suspect">
      {add.error && !isFieldError(add.error, ['name', 'dateOfBirth']) ? <ErrorMessage error={add.error} title="The suspect was not recorded" /> : null}
      <div className="field-row">
        <Field label="Suspect’s name" error={errorFor('name', errors, add.error)}>
          {(props) => <input {...props} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label="Date of birth (optional)" hint="Needed for cautions (outcomes 2 and 3) and outcome 11." error={errorFor('dateOfBirth', errors, add.error)}>
          {(props) => <input {...props} type="date" value={dateOfBirth} onChange={(event) => setDateOfBirth(event.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Recording…' : 'Name the suspect'}
        </button>
      </div>
    </form>
  );
}

/** Record the outcome: the type, then what it rests on. */
export function OutcomeForm({ subject, outcomeTypes, onDone }: { subject: CaseView; outcomeTypes: readonly OutcomeType[]; onDone: (change: { case: CaseSummary; outcome: OutcomeView }) => void }) {
  const api = useApi();
  const id = useId();
  const [type, setType] = useState('');
  const [values, setValues] = useState<Partial<Record<ClaimField, string | boolean>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const chosen = outcomeTypes.find((item) => String(item.type) === type);
  const fields = useMemo(() => (chosen ? fieldsForRules(chosen.rules.map((rule) => rule.id)) : []), [chosen]);
  const record = useMutation({
    mutationFn: (body: unknown) => api.post<{ case: CaseSummary; outcome: OutcomeView }>(caseUrl(subject.id, 'outcome'), body),
    onSuccess: onDone,
  });
  const named = subject.suspects.filter((suspect) => suspect.status === 'named');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!chosen) found.type = 'Choose the outcome type.';
    setErrors(found);
    if (!chosen) return;
    const claim: Record<string, unknown> = { type: chosen.type, expectedVersion: subject.version };
    for (const field of fields) {
      const value = values[field];
      if (value === undefined || value === '') continue;
      if (field === 'victimSupportsAction') claim[field] = value === 'yes';
      else claim[field] = typeof value === 'string' ? value.trim() : value;
    }
    record.mutate(claim);
  };

  const set = (field: ClaimField, value: string | boolean) => setValues((current) => ({ ...current, [field]: value }));
  const shown = [...fields, 'type'];
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Record the outcome">
      {record.error && !isFieldError(record.error, shown) ? <ErrorMessage error={record.error} title="The outcome was not recorded" /> : null}
      <Field label="Home Office outcome type" error={errorFor('type', errors, record.error)}>
        {(props) => (
          <select {...props} value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">Choose an outcome</option>
            {outcomeTypes.map((item) => (
              <option key={item.type} value={item.type}>
                {item.type} — {item.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen && (
        <div className="outcome-rules">
          <p>Outcome {chosen.type} needs:</p>
          <ul>
            {chosen.rules.map((rule) => (
              <li key={rule.id}>{rule.requirement}</li>
            ))}
          </ul>
        </div>
      )}
      {fields.map((field) => {
        const error = errorFor(field, errors, record.error);
        const kind = FIELD_KINDS[field];
        if (kind === 'boolean') {
          return (
            <div className="field" key={field}>
              <label className="checkbox" htmlFor={`${id}-${field}`}>
                <input
                  id={`${id}-${field}`}
                  type="checkbox"
                  checked={values[field] === true}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-${field}-error` : undefined}
                  onChange={(event) => set(field, event.target.checked)}
                />{' '}
                {FIELD_LABELS[field]}
              </label>
              {error && (
                <p id={`${id}-${field}-error`} className="field-error">
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              )}
            </div>
          );
        }
        return (
          <Field key={field} label={FIELD_LABELS[field]} error={error}>
            {(props) =>
              kind === 'suspect' ? (
                <select {...props} value={String(values[field] ?? '')} onChange={(event) => set(field, event.target.value)}>
                  <option value="">No suspect</option>
                  {named.map((suspect) => (
                    <option key={suspect.id} value={suspect.id}>
                      {suspect.name}
                      {suspect.dateOfBirth ? ` (born ${suspect.dateOfBirth})` : ''}
                    </option>
                  ))}
                </select>
              ) : kind === 'support' ? (
                <select {...props} value={String(values[field] ?? '')} onChange={(event) => set(field, event.target.value)}>
                  <option value="">Not stated</option>
                  <option value="yes">Yes, the victim supports police action</option>
                  <option value="no">No, the victim does not support it (or withdrew support)</option>
                </select>
              ) : kind === 'long-text' ? (
                <textarea {...props} rows={2} value={String(values[field] ?? '')} onChange={(event) => set(field, event.target.value)} />
              ) : (
                <input {...props} autoComplete="off" value={String(values[field] ?? '')} onChange={(event) => set(field, event.target.value)} />
              )
            }
          </Field>
        );
      })}
      <div>
        <button type="submit" className="primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record the outcome and finalise'}
        </button>
      </div>
    </form>
  );
}
