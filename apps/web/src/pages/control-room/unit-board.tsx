/**
 * The unit board: every unit on duty with its status and how long it has had it (ticking), the
 * incident it holds, its team and crew; and a status change per unit (POST /api/units/:id/status)
 * offering only the moves the server allows now. Errors (e.g. 409 INVALID_TRANSITION when someone
 * else moved the unit first) are shown on that unit's row.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { INCIDENTS_KEY, UNITS_KEY } from './control-room-queries';
import { formatDuration, shortRef } from './queue-model';
import type { BoardUnit } from './types';
import { useNow } from './use-now';

/** The words for each unit status. */
export const UNIT_STATUS_LABELS: Record<string, string> = {
  available: 'Available',
  dispatched: 'Dispatched',
  'en-route': 'En route',
  'on-scene': 'On scene',
  committed: 'Committed',
  'off-duty': 'Off duty',
};

/** The choices of the status change (available = cleared, or stood down before arriving). */
const MOVE_LABELS: Record<string, string> = {
  available: 'Available',
  'en-route': 'En route',
  'on-scene': 'On scene',
  committed: 'Committed',
  'off-duty': 'Off duty',
};

interface UnitBoardProps {
  units: readonly BoardUnit[];
  areaNames: ReadonlyMap<string, string>;
  onSelectIncident: (incidentId: string) => void;
}

/** The board. */
export function UnitBoard({ units, areaNames, onSelectIncident }: UnitBoardProps) {
  const now = useNow();
  if (units.length === 0) return <p className="hint">No unit is on duty.</p>;
  const counts = units.reduce<Record<string, number>>((all, unit) => ({ ...all, [unit.status]: (all[unit.status] ?? 0) + 1 }), {});
  return (
    <>
      <p className="hint">
        {Object.entries(counts)
          .map(([status, count]) => `${count} ${(UNIT_STATUS_LABELS[status] ?? status).toLowerCase()}`)
          .join(' · ')}
      </p>
      <div className="scroll-region" role="region" aria-label="Units on duty (scrolls)" tabIndex={0}>
        <table className="unit-board">
          <caption className="visually-hidden">Units on duty, by call sign</caption>
          <thead>
            <tr>
              <th scope="col">Call sign</th>
              <th scope="col">Status</th>
              <th scope="col">For</th>
              <th scope="col">Incident</th>
              <th scope="col">Change status</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <UnitRow key={unit.id} unit={unit} now={now} areaNames={areaNames} onSelectIncident={onSelectIncident} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function UnitRow({ unit, now, areaNames, onSelectIncident }: { unit: BoardUnit; now: number; areaNames: ReadonlyMap<string, string>; onSelectIncident: (id: string) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: (status: string) => api.post(`/api/units/${encodeURIComponent(unit.id)}/status`, { status }),
    onSuccess: () => {
      setNext('');
      void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
    },
  });
  const choice = next && unit.nextStatuses.includes(next) ? next : '';
  return (
    <tr className={`unit-status-${unit.status}`}>
      <th scope="row">
        {unit.callSign}
        <span className="cell-note">
          {unit.crewRoles.join(', ')} · {areaNames.get(unit.areaId) ?? unit.areaId}
        </span>
      </th>
      <td>
        <span className="status-chip">{UNIT_STATUS_LABELS[unit.status] ?? unit.status}</span>
      </td>
      <td className="number">{formatDuration(now - Date.parse(unit.statusSince))}</td>
      <td>
        {unit.incidentId ? (
          <button type="button" className="link-like" onClick={() => onSelectIncident(unit.incidentId!)}>
            <span className="visually-hidden">Open incident </span>
            {shortRef(unit.incidentId)}
          </button>
        ) : (
          '—'
        )}
      </td>
      <td>
        {unit.nextStatuses.length === 0 ? (
          '—'
        ) : (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (choice) change.mutate(choice);
            }}
          >
            <label htmlFor={`${id}-next`} className="visually-hidden">
              Change status of {unit.callSign}
            </label>
            <select id={`${id}-next`} value={choice} onChange={(event) => setNext(event.target.value)} aria-describedby={change.error ? `${id}-error` : undefined}>
              <option value="">Choose…</option>
              {unit.nextStatuses.map((status) => (
                <option key={status} value={status}>
                  {MOVE_LABELS[status] ?? status}
                </option>
              ))}
            </select>
            <button type="submit" disabled={!choice || change.isPending}>
              Set<span className="visually-hidden"> status of {unit.callSign}</span>
            </button>
            {change.error ? (
              <p id={`${id}-error`} className="field-error" role="alert">
                {change.error.message}
              </p>
            ) : null}
          </form>
        )}
      </td>
    </tr>
  );
}
