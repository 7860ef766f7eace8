/**
 * Professional judgement: add or take away posts of a team's role, with the reason (required; the
 * server stores who and when). The server tries the override on the plan first, and an error names
 * the field at fault, shown beside it. Success is announced and the plan reloads.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { formatDelta, formatNumber, formatPercent } from './planning-format';
import type { Plan, PlanMethod, StoredOverride } from './types';

interface Created {
  override: StoredOverride;
  cell: string;
  algorithm: number;
  final: number;
  effect: { kind: string; before: number | null; after: number | null };
}

/** The form. */
export function OverrideForm({ plan, modelId, scenario, method }: { plan: Plan; modelId: string; scenario: string | null; method: PlanMethod }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = { cell: useId(), delta: useId(), reason: useId(), cellError: useId(), deltaError: useId(), reasonError: useId() };
  const [cell, setCell] = useState(plan.cells[0]?.key ?? '');
  const [delta, setDelta] = useState('1');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: { team: string; role: string; delta: number; reason: string }) => api.post<Created>(`/api/planning/models/${encodeURIComponent(modelId)}/overrides`, { ...body, method, ...(scenario === null ? {} : { scenario }) }),
    onSuccess: async (created) => {
      setDone(
        `Override stored: ${formatDelta(created.override.delta)} ${created.override.role} for ${created.override.teamId} by ${created.override.createdBy} — ${formatNumber(created.algorithm)} → ${formatNumber(created.final)} posts${created.effect.kind === 'grade-1-compliance' ? `, predicted Grade 1 compliance ${formatPercent(created.effect.before)} → ${formatPercent(created.effect.after)}` : ''}.`,
      );
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['planning', modelId] });
    },
  });
  const fieldError = (field: string) => (create.error instanceof ApiError && create.error.field === field ? create.error.message : null);
  const errors = { cell: fieldError('team') ?? fieldError('role') ?? fieldError('area'), delta: fieldError('delta'), reason: fieldError('reason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const chosen = plan.cells.find((candidate) => candidate.key === cell);
    if (!chosen) return;
    create.mutate({ team: chosen.team, role: chosen.role, delta: Number(delta), reason });
  };
  const unplaced = create.error && !(create.error instanceof ApiError && create.error.field && ['team', 'role', 'area', 'delta', 'reason'].includes(create.error.field));
  return (
    <form className="form override-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.cell}>Team and role</label>
        <select id={ids.cell} value={cell} onChange={(event) => setCell(event.target.value)} aria-invalid={errors.cell ? true : undefined} aria-describedby={errors.cell ? ids.cellError : undefined}>
          {plan.cells.map((candidate) => (
            <option key={candidate.key} value={candidate.key}>
              {candidate.teamName} — {candidate.role} (now {candidate.final})
            </option>
          ))}
        </select>
        {errors.cell && (
          <p className="field-error" id={ids.cellError}>
            {errors.cell}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.delta}>Posts to add (negative to take away)</label>
        <input id={ids.delta} type="number" step={1} value={delta} onChange={(event) => setDelta(event.target.value)} required aria-invalid={errors.delta ? true : undefined} aria-describedby={errors.delta ? ids.deltaError : undefined} />
        {errors.delta && (
          <p className="field-error" id={ids.deltaError}>
            {errors.delta}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>Reason (required: your professional judgement, at least 10 characters)</label>
        <textarea id={ids.reason} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} required aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? ids.reasonError : undefined} />
        {errors.reason && (
          <p className="field-error" id={ids.reasonError}>
            {errors.reason}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Trying it on the plan…' : 'Apply override'}
        </button>
      </div>
      {unplaced && <ErrorMessage error={create.error} title="The override was not stored" />}
      <p role="status">{done ?? ''}</p>
    </form>
  );
}
