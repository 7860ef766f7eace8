/**
 * /planning/compare — two scenarios side by side (e.g. North Yorkshire before and after the
 * precept uplift): each plan's posts per line and team, the Grade 1 response, the constraints, and
 * — on request — the simulator's KPIs of both with their confidence intervals. The choices are in
 * the URL (`base`, `other`; blank is the model as written).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { kpiRows } from './kpi-rows';
import { KpiTable } from './kpi-table';
import { formatCount, formatDelta, formatNumber, formatPercent } from './planning-format';
import { SimulationForm, type SimulationSettings } from './simulation-form';
import type { Comparison, Simulation } from './types';
import { isKnownScenario, scenarioName, scenarioOptions } from './scenarios';
import { usePlanning } from './use-planning';
import { WhatIfForm } from './what-if-form';
import { ScrollArea } from './scroll-area';

/** The compare tab. */
export function ComparePage() {
  const api = useApi();
  const { model, method, search, setSearch } = usePlanning();
  const ids = { base: useId(), other: useId() };
  const scenarios = model?.scenarios ?? [];
  const valid = (id: string | undefined) => (id !== undefined && model !== undefined && isKnownScenario(model, id) ? id : null);
  const base = valid(search.base);
  const other = search.other === undefined ? (scenarios[0]?.id ?? null) : valid(search.other);
  const nameOf = (id: string | null) => (model ? scenarioName(model, id) : (id ?? ''));
  const modelId = model?.id ?? '';
  const comparison = useQuery({
    queryKey: ['planning', modelId, 'compare', base, other, method],
    queryFn: ({ signal }) => api.get<Comparison>(`/api/planning/models/${encodeURIComponent(modelId)}/compare`, { query: { base: base ?? undefined, other: other ?? undefined, method }, signal }),
    enabled: model !== undefined && base !== other,
  });
  const simulate = useMutation({
    mutationFn: async (settings: SimulationSettings) => {
      const one = (scenario: string | null) => api.post<Simulation>(`/api/planning/models/${encodeURIComponent(modelId)}/simulations`, { ...settings, rostering: 'plan', method, ...(scenario === null ? {} : { scenario }) });
      // The server runs one simulation at a time: the two run one after the other.
      const first = await one(base);
      const second = await one(other);
      return [first, second] as const;
    },
  });
  const areaNames = useMemo(() => new Map((model?.areas ?? []).map((candidate) => [candidate.id, candidate.name])), [model]);
  if (!model) return null;
  const data = comparison.data;
  const changed = data?.cells.filter((cell) => cell.change !== 0 || cell.base === null || cell.other === null) ?? [];
  const areasOf = (areas: readonly string[]) => (areas.includes('all') ? 'Whole force' : areas.map((area) => areaNames.get(area) ?? area).join(', '));
  const scenarioSelect = (id: string, label: string, value: string | null, key: 'base' | 'other') => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => setSearch({ [key]: event.target.value === '' ? undefined : event.target.value })}>
        <option value="">The model as written</option>
        {(model ? scenarioOptions(model, [base, other]) : []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h2>Compare scenarios</h2>
      {scenarios.length === 0 && <p className="hint">This model carries no scenarios of its own (add some under <code>scenarios:</code> in its file); compare it with a what-if instead.</p>}
      <form className="planning-picker" onSubmit={(event) => event.preventDefault()} aria-label="The two scenarios">
        {scenarioSelect(ids.base, 'Base', base, 'base')}
        {scenarioSelect(ids.other, 'Compared with', other, 'other')}
      </form>
      <WhatIfForm model={model} onApply={(id) => setSearch({ other: id })} applyLabel="Compare with" summary="Compare with a what-if…" />
      {base === other && <p className="field-error">Choose two different scenarios.</p>}
      {comparison.isPending && base !== other && <Loading what="both plans" />}
      <ErrorMessage error={comparison.error} title="The plans could not be compared" />
      {data && (
        <>
          <section aria-labelledby="lines-heading">
            <h3 id="lines-heading">Posts per line</h3>
            <ScrollArea label="Final posts per line (scrolls)">
              <table>
                <caption>
                  Final posts per line: {nameOf(base)} against {nameOf(other)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col" className="number">
                      {nameOf(base)}
                    </th>
                    <th scope="col" className="number">
                      {nameOf(other)}
                    </th>
                    <th scope="col" className="number">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.map((line) => (
                    <tr key={line.id}>
                      <th scope="row">{line.id}</th>
                      <td className="number">{formatNumber(line.base?.final)}</td>
                      <td className="number">{formatNumber(line.other?.final)}</td>
                      <td className="number">{formatDelta(line.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </section>
          <section aria-labelledby="changed-heading">
            <h3 id="changed-heading">Teams that change</h3>
            {changed.length === 0 ? (
              <p>No team’s posts change.</p>
            ) : (
              <ScrollArea label="Teams that change (scrolls)">
                <table>
                  <caption>Final posts of the teams whose posts differ</caption>
                  <thead>
                    <tr>
                      <th scope="col">Team and role</th>
                      <th scope="col">Area</th>
                      <th scope="col" className="number">
                        {nameOf(base)}
                      </th>
                      <th scope="col" className="number">
                        {nameOf(other)}
                      </th>
                      <th scope="col" className="number">
                        Change
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changed.map((cell) => (
                      <tr key={cell.key}>
                        <th scope="row">
                          {cell.team} {cell.role}
                        </th>
                        <td>{areasOf(cell.areas)}</td>
                        <td className="number">{cell.base === null ? 'none' : formatNumber(cell.base)}</td>
                        <td className="number">{cell.other === null ? 'none' : formatNumber(cell.other)}</td>
                        <td className="number">{formatDelta(cell.change)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            )}
          </section>
          {data.response.length > 0 && (
            <section aria-labelledby="compare-response-heading">
              <h3 id="compare-response-heading">Grade 1 response</h3>
              <ScrollArea label="Grade 1 response in both plans (scrolls)">
                <table>
                  <caption>Posts and predicted Grade 1 compliance of each response team in both plans</caption>
                  <thead>
                    <tr>
                      <th scope="col">Team</th>
                      <th scope="col" className="number">
                        {nameOf(base)}
                      </th>
                      <th scope="col" className="number">
                        {nameOf(other)}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.response.map((entry) => (
                      <tr key={entry.cell}>
                        <th scope="row">
                          {entry.cell} ({areasOf(entry.areas)})
                        </th>
                        <td className="number">{entry.base ? `${entry.base.posts} posts, ${formatPercent(entry.base.compliance)}` : 'none'}</td>
                        <td className="number">{entry.other ? `${entry.other.posts} posts, ${formatPercent(entry.other.compliance)}` : 'none'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            </section>
          )}
          {data.constraints.length > 0 && (
            <section aria-labelledby="compare-constraints-heading">
              <h3 id="compare-constraints-heading">Constraints</h3>
              <ul>
                {data.constraints.map((check) => (
                  <li key={check.id}>
                    {check.description}: {check.base ? `${check.base.met ? 'met' : 'not met'} (${formatCount(check.base.final)} of ${formatCount(check.base.required)})` : 'not in the base'} → {check.other ? `${check.other.met ? 'met' : 'not met'} (${formatCount(check.other.final)} of ${formatCount(check.other.required)})` : 'not in the other'}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="compare-simulation-heading">
            <h3 id="compare-simulation-heading">Simulate both</h3>
            <p>Runs the simulator on each plan, one after the other, with the same seed, so the difference is the plans’.</p>
            <SimulationForm onRun={(settings) => simulate.mutate(settings)} running={simulate.isPending} error={simulate.error} submitLabel="Simulate both plans" showRostering={false} />
            <p role="status">{simulate.isPending ? 'Simulating both plans…' : simulate.data ? `Both simulated: ${simulate.data[0].days} days × ${simulate.data[0].replications} replications each.` : ''}</p>
            {simulate.error && !(simulate.error instanceof ApiError && ['days', 'replications', 'seed'].includes(simulate.error.field ?? '')) && <ErrorMessage error={simulate.error} title="The simulations could not run" />}
            {simulate.data && (
              <KpiTable
                caption="Simulated measures side by side: mean (95 % confidence interval over the replications, clipped to possible values)"
                columns={[
                  { heading: nameOf(base), rows: kpiRows(simulate.data[0], areaNames) },
                  { heading: nameOf(other), rows: kpiRows(simulate.data[1], areaNames) },
                ]}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
