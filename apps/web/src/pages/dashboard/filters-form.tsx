/**
 * The window, the area and the before/after day. Submitting puts them in the URL; the figures
 * follow. An area-scoped user (a supervisor) is offered only their own area.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ActiveForce, Me } from '../../api/types';
import { searchFromForm, type DashboardSearch } from './dashboard-search';

/** The form; `shown` is the window the figures on the page cover (the server's defaults filled in). */
export function FiltersForm({ search, shown, force, me, onApply }: { search: DashboardSearch; shown?: { fromDate: string; toDate: string }; force: ActiveForce | undefined; me: Me | undefined; onApply: (search: DashboardSearch) => void }) {
  const id = useId();
  const [from, setFrom] = useState(search.from ?? shown?.fromDate ?? '');
  const [to, setTo] = useState(search.to ?? shown?.toDate ?? '');
  const [area, setArea] = useState(search.area ?? '');
  const [before, setBefore] = useState(search.before ?? '');
  const areas = force?.areas ?? [];
  const ownArea = me?.areaId ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(searchFromForm({ from, to, area, before }));
  };
  return (
    <form className="dashboard-filters" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Choose the figures
      </h2>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To (included)</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>Area</label>
        <select id={`${id}-area`} value={ownArea ?? area} onChange={(event) => setArea(event.target.value)} disabled={ownArea !== null} aria-describedby={ownArea ? `${id}-area-hint` : undefined}>
          {ownArea === null && <option value="">Whole force</option>}
          {areas
            .filter((candidate) => ownArea === null || candidate.id === ownArea)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          {ownArea !== null && !areas.some((candidate) => candidate.id === ownArea) && <option value={ownArea}>{ownArea}</option>}
        </select>
        {ownArea && (
          <p id={`${id}-area-hint`} className="hint">
            Your figures are for your area.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-before`}>Compare before and after</label>
        <input id={`${id}-before`} type="date" value={before} onChange={(event) => setBefore(event.target.value)} aria-describedby={`${id}-before-hint`} />
        <p id={`${id}-before-hint`} className="hint">
          The day a change started (optional; inside the window).
        </p>
      </div>
      <div className="dashboard-filters-actions">
        <button type="submit" className="primary">
          Show figures
        </button>
      </div>
    </form>
  );
}
