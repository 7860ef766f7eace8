/** The overrides standing, newest last, each with who, when and why, and a way to withdraw it (with a reason; it stays on record). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { formatDelta } from './planning-format';
import type { StoredOverride } from './types';

function Withdraw({ override, modelId }: { override: StoredOverride; modelId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = { reason: useId(), error: useId() };
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => api.post(`/api/planning/models/${encodeURIComponent(modelId)}/overrides/${override.id}/withdraw`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['planning', modelId] }),
  });
  const fieldError = withdraw.error instanceof ApiError && withdraw.error.field === 'reason' ? withdraw.error.message : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate();
  };
  return (
    <form className="withdraw-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.reason}>Why withdraw override {override.id}?</label>
      <input id={ids.reason} value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? ids.error : undefined} />
      <button type="submit" disabled={withdraw.isPending}>
        Withdraw
      </button>
      {fieldError && (
        <p className="field-error" id={ids.error}>
          {fieldError}
        </p>
      )}
      {withdraw.error && !fieldError && <ErrorMessage error={withdraw.error} title="The override was not withdrawn" />}
    </form>
  );
}

/** The list. */
export function StoredOverrides({ overrides, modelId, canChange }: { overrides: readonly StoredOverride[]; modelId: string; canChange: boolean }) {
  if (overrides.length === 0) return <p>No overrides stand for this model and scenario: the plan is the algorithm’s.</p>;
  return (
    <ul className="stored-overrides">
      {overrides.map((override) => (
        <li key={override.id}>
          <p>
            <strong>
              {formatDelta(override.delta)} {override.role}
            </strong>{' '}
            for {override.teamId ?? `the ${override.role} team in ${override.areaId}`} — “{override.reason}” ({override.createdBy}, {new Date(override.createdAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })})
          </p>
          {canChange && <Withdraw override={override} modelId={modelId} />}
        </li>
      ))}
    </ul>
  );
}
