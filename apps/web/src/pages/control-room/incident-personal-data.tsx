/**
 * The caller's details, the victim and what was reported: personal data, read from
 * GET /api/incidents/:id only when the user asks, after they give a reason (the client's
 * justification dialog; the server writes it to the audit log, DPA 2018 s.62). The details just
 * entered on the new-incident form are shown without a read: nothing is consulted.
 */
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import type { IncidentPersonalData } from './types';

interface IncidentPersonalDataProps {
  incidentId: string;
  /** Already known (the user recorded the incident here). */
  known: IncidentPersonalData | undefined;
  onRead: (data: IncidentPersonalData) => void;
}

/** The section's content: the details, or a button that reads them. */
export function IncidentPersonalDataView({ incidentId, known, onRead }: IncidentPersonalDataProps) {
  const api = useApi();
  const read = useMutation({
    mutationFn: () => api.get<IncidentPersonalData>(`/api/incidents/${encodeURIComponent(incidentId)}`, { personalData: `the caller's details and the report of incident ${incidentId}` }),
    onSuccess: onRead,
  });
  if (known) {
    return (
      <dl className="details">
        <dt>Caller</dt>
        <dd>{[known.caller.name, known.caller.phone].filter(Boolean).join(', ') || 'Not given'}</dd>
        {known.victim && (
          <>
            <dt>Victim</dt>
            <dd>{[known.victim.name, known.victim.phone].filter(Boolean).join(', ') || 'Not given'}</dd>
          </>
        )}
        <dt>Address or landmark</dt>
        <dd>{known.location.description ?? 'Not given'}</dd>
        <dt>Reported</dt>
        <dd>{known.description}</dd>
      </dl>
    );
  }
  return (
    <>
      {read.error ? <ErrorMessage error={read.error} title="The details were not read" /> : null}
      <p className="hint">The caller’s details and the report are personal data: reading them asks you why, and your reason is recorded.</p>
      <button type="button" onClick={() => read.mutate()} disabled={read.isPending}>
        {read.isPending ? 'Reading…' : 'Show the caller’s details and the report'}
      </button>
    </>
  );
}
