/**
 * Open a case from a crime incident (POST /api/cases): one owner from the start — the user, or
 * the officer a supervisor allocates it to. The incident's reference is on the control room's
 * incident panel.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { errorFor, Field, isFieldError, type FieldErrors } from '../control-room/form-fields';
import { CASE_LISTS_KEY } from './cases-queries';
import type { CaseSummary } from './types';

const FIELDS = ['incidentId', 'ownerId', 'offenceType', 'committedOn'];

/** The form; `onOpened` gets the new case. */
export function OpenCaseForm({ onOpened }: { onOpened: (subject: CaseSummary) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [incidentId, setIncidentId] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [offenceType, setOffenceType] = useState('');
  const [committedOn, setCommittedOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const open = useMutation({
    mutationFn: (body: unknown) => api.post<CaseSummary>('/api/cases', body),
    onSuccess: (subject) => {
      void queryClient.invalidateQueries({ queryKey: CASE_LISTS_KEY });
      setIncidentId('');
      setOwnerId('');
      setOffenceType('');
      setCommittedOn('');
      onOpened(subject);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!incidentId.trim()) found.incidentId = 'Give the incident’s reference.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    open.mutate({
      incidentId: incidentId.trim(),
      ...(ownerId.trim() ? { ownerId: ownerId.trim() } : {}),
      ...(offenceType.trim() ? { offenceType: offenceType.trim() } : {}),
      ...(committedOn ? { committedOn } : {}),
    });
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-label="Open a case">
      {open.error && !isFieldError(open.error, FIELDS) ? <ErrorMessage error={open.error} title="The case was not opened" /> : null}
      <div className="field-row">
        <Field label="Incident reference" hint="e.g. incident-1a2b… from the control room" error={errorFor('incidentId', errors, open.error)}>
          {(props) => <input {...props} autoComplete="off" value={incidentId} onChange={(event) => setIncidentId(event.target.value)} />}
        </Field>
        <Field label="Owner (user id, optional)" hint="You, when left empty." error={errorFor('ownerId', errors, open.error)}>
          {(props) => <input {...props} autoComplete="off" value={ownerId} onChange={(event) => setOwnerId(event.target.value)} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Offence (optional)" hint="When it differs from the incident’s crime category." error={errorFor('offenceType', errors, open.error)}>
          {(props) => <input {...props} autoComplete="off" value={offenceType} onChange={(event) => setOffenceType(event.target.value)} />}
        </Field>
        <Field label="Committed on (optional)" error={errorFor('committedOn', errors, open.error)}>
          {(props) => <input {...props} type="date" value={committedOn} onChange={(event) => setCommittedOn(event.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the case'}
        </button>
      </div>
    </form>
  );
}
