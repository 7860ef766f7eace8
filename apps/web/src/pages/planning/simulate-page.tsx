/**
 * /planning/simulate — test the plan before anyone is moved: the force simulator on the model's
 * real demand with the plan's response posts on duty (or the model's own rostering), KPIs with
 * 95 % confidence intervals. The run takes seconds to a minute; its progress is announced.
 */
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { kpiRows } from './kpi-rows';
import { KpiTable } from './kpi-table';
import { formatNumber } from './planning-format';
import { SimulationForm, type SimulationSettings } from './simulation-form';
import type { Simulation } from './types';
import { usePlanning } from './use-planning';

/** The simulate tab. */
export function SimulatePage() {
  const api = useApi();
  const { model, scenario, method } = usePlanning();
  const areaNames = useMemo(() => new Map((model?.areas ?? []).map((candidate) => [candidate.id, candidate.name])), [model]);
  const run = useMutation({
    mutationFn: (settings: SimulationSettings) => api.post<Simulation>(`/api/planning/models/${encodeURIComponent(model!.id)}/simulations`, { ...settings, method, ...(scenario === null ? {} : { scenario }) }),
  });
  if (!model) return null;
  const result = run.data;
  const unplaced = run.error && !(run.error instanceof ApiError && ['days', 'replications', 'seed'].includes(run.error.field ?? ''));
  return (
    <>
      <h2>Simulate</h2>
      <p>Runs Peel’s discrete-event simulator of the force — calls, call handling, grading, routing, dispatch, travel and shifts — on its recorded demand, several times, and reports each measure with its 95 % confidence interval.</p>
      <SimulationForm onRun={(settings) => run.mutate(settings)} running={run.isPending} error={run.error} />
      <p role="status" className="planning-scope">
        {run.isPending ? 'Simulating: this takes from a few seconds to a minute…' : result ? `Simulated ${result.days} days × ${result.replications} replications (seed ${result.seed}) in ${formatNumber(result.wallMs / 1000, 1)} s on ${result.threads} thread(s).` : ''}
      </p>
      {unplaced && <ErrorMessage error={run.error} title="The simulation could not run" />}
      {result && (
        <section aria-labelledby="kpis-heading">
          <h3 id="kpis-heading">Results</h3>
          <KpiTable caption={`Simulated measures, ${result.rostering === 'plan' ? 'the plan’s response posts on duty' : 'the model’s rostering'}: mean (95 % confidence interval over the replications, clipped to possible values)`} columns={[{ heading: result.scenario ?? 'Model as written', rows: kpiRows(result, areaNames) }]} />
          <h3>How it was simulated</h3>
          <ul>
            <li>
              Demand: {formatNumber(result.demand.crimes)} recorded crimes, {result.demand.months.join(', ')} ({formatNumber(result.demand.crimesPerDay, 1)} a day).
            </li>
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
