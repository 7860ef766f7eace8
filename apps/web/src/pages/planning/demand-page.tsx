/**
 * /planning/demand — where and when the work is: recorded crime by LSOA or ward on the force's
 * real boundaries (map, legend, table), crimes a week by hour of the week (heat table), and the
 * hotspots. A supervisor sees their own area (the server decides).
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { DemandMap } from './demand-map';
import { HotspotsSection } from './hotspots-section';
import { HourOfWeekTable } from './hour-of-week-table';
import { formatNumber } from './planning-format';
import type { Demand, Geography, Level } from './types';
import { NotesSection } from './week-table-parts';
import { usePlanning } from './use-planning';

/** The demand tab. */
export function DemandPage() {
  const api = useApi();
  const { model, search, setSearch } = usePlanning();
  const ids = { level: useId(), area: useId() };
  const level: Level = search.level ?? 'lsoa';
  const area = model?.areas.some((candidate) => candidate.id === search.area) ? search.area : undefined;
  const modelId = model?.id ?? '';
  const base = `/api/planning/models/${encodeURIComponent(modelId)}`;
  const geography = useQuery({ queryKey: ['planning', modelId, 'geography', level, area ?? null], queryFn: ({ signal }) => api.get<Geography>(`${base}/geography`, { query: { level, area }, signal }), enabled: model !== undefined, staleTime: Infinity });
  const demand = useQuery({ queryKey: ['planning', modelId, 'demand', level, area ?? null], queryFn: ({ signal }) => api.get<Demand>(`${base}/demand`, { query: { level, area }, signal }), enabled: model !== undefined });
  const areaNames = useMemo(() => new Map((model?.areas ?? []).map((candidate) => [candidate.id, candidate.name])), [model]);
  if (!model) return null;
  const data = demand.data;
  const shownArea = data?.area ?? area;
  const where = shownArea ? (areaNames.get(shownArea) ?? shownArea) : model.force;
  const unitWord = level === 'lsoa' ? 'LSOA' : 'ward';
  const hours = data ? (shownArea ? data.hourOfWeek.byArea.find((row) => row.area === shownArea)?.perWeek : data.hourOfWeek.total) : undefined;
  return (
    <>
      <h2>Demand</h2>
      <form className="planning-picker" onSubmit={(event) => event.preventDefault()} aria-label="What the demand shows">
        <div className="field">
          <label htmlFor={ids.level}>Map by</label>
          <select id={ids.level} value={level} onChange={(event) => setSearch({ level: event.target.value === 'ward' ? 'ward' : 'lsoa' })}>
            <option value="lsoa">LSOA (ONS 2011)</option>
            <option value="ward">Ward (ONS 2013)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.area}>Area</label>
          <select id={ids.area} value={area ?? ''} onChange={(event) => setSearch({ area: event.target.value === '' ? undefined : event.target.value })}>
            <option value="">Whole force</option>
            {model.areas.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {data && (
        <p className="planning-scope" role="status">
          {formatNumber(data.totals.count)} recorded crimes in {where}, {data.months[0] ?? '–'}
          {data.months.length > 1 ? ` to ${data.months[data.months.length - 1]}` : ''} ({formatNumber(data.weeks, 1)} weeks).
        </p>
      )}
      <ErrorMessage error={demand.error ?? geography.error} title="The demand could not be shown" />
      <section aria-labelledby="map-heading">
        <h3 id="map-heading">Recorded crime by {unitWord}</h3>
        {(geography.isPending || demand.isPending) && <Loading what="the boundaries and the demand" />}
        {geography.data && geography.data.notes.length > 0 && (
          <ul className="hint">
            {geography.data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {geography.data && data && geography.data.features.length > 0 && <DemandMap geography={geography.data} demand={data} areaNames={areaNames} caption={`Recorded crime by ${unitWord}, ${where}`} />}
        {geography.data && geography.data.features.length === 0 && (
          <p className="notice">No {unitWord} boundaries are stored for this model, so there is no map: the notes above say what to import.</p>
        )}
      </section>
      <section aria-labelledby="hours-heading">
        <h3 id="hours-heading">When: crimes a week by hour of the week</h3>
        {hours && data && (
          <>
            <p className="hint">
              {data.hourOfWeek.source === 'calls-for-service' ? 'Each month’s crime spread over the week by the shape of the calls for service stored.' : 'No calls for service are stored, so every hour of the week weighs the same (import calls with peel import calls for a daily and weekly shape).'}
            </p>
            <HourOfWeekTable perWeek={hours} caption={`Crimes a week in each hour of the week, ${where}`} />
          </>
        )}
      </section>
      <HotspotsSection modelId={model.id} level={level} area={area} />
      <NotesSection id="demand-notes-heading" title="How the figures are made" notes={data?.notes ?? []} />
    </>
  );
}
