/**
 * /planning — the planning studio's frame: pick a force model (and a scenario and the allocation
 * method), then the tabs: demand (map, hour-of-week table, hotspots), the plan (algorithm figure,
 * overrides with reasons, on duty against required), simulate the plan (KPIs with confidence
 * intervals) and compare two scenarios. The choices are in the URL.
 */
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useId } from 'react';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { PageHeader } from '../../components/ui/page-header';
import { scenarioOptions } from './scenarios';
import { usePlanning } from './use-planning';
import { WhatIfForm } from './what-if-form';
import './planning.css';

const TABS = [
  { to: '/planning/demand', label: 'Demand' },
  { to: '/planning/plan', label: 'Plan' },
  { to: '/planning/simulate', label: 'Simulate' },
  { to: '/planning/compare', label: 'Compare scenarios' },
] as const;

/** The frame. */
export function PlanningPage() {
  const { models, model, scenario, method, search, setSearch } = usePlanning();
  const ids = { model: useId(), scenario: useId(), method: useId() };
  const path = useRouterState({ select: (state) => state.location.pathname });
  const tab = TABS.find((candidate) => path.startsWith(candidate.to));
  useEffect(() => {
    if (tab) document.title = `${tab.label} – Planning studio – Peel`;
  });
  const list = models.data?.models ?? [];
  return (
    <>
      <PageHeader title="Planning studio" />
      <p className="lead">Turn demand into an establishment per area, team and role, judge it, and test it in the simulator before anyone is moved.</p>
      {models.isPending && <Loading what="the models" />}
      <ErrorMessage error={models.error} title="The models could not be listed" />
      {models.isSuccess && list.length === 0 && (
        <div className="notice">
          <h2>No policing model is stored</h2>
          <p>
            Load one with <code>peel model load models/&lt;force&gt;.yaml</code>, import its boundaries and crime, and reload this page.
          </p>
        </div>
      )}
      {model && (
        <form className="planning-picker" onSubmit={(event) => event.preventDefault()} aria-label="Model, scenario and method">
          <div className="field">
            <label htmlFor={ids.model}>Force model</label>
            <select id={ids.model} value={model.id} onChange={(event) => setSearch({ model: event.target.value, scenario: undefined, base: undefined, other: undefined, area: undefined })}>
              {list.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                  {candidate.active ? ' (active)' : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.scenario}>Scenario</label>
            <select id={ids.scenario} value={scenario ?? ''} onChange={(event) => setSearch({ scenario: event.target.value === '' ? undefined : event.target.value })}>
              <option value="">The model as written</option>
              {scenarioOptions(model, [scenario]).map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.method}>Response allocation</label>
            <select id={ids.method} value={method} onChange={(event) => setSearch({ method: event.target.value === 'workload' ? 'workload' : 'queueing' })}>
              <option value="queueing">Grade 1 need (queueing, PCAM)</option>
              <option value="workload">Workload (Wiltshire)</option>
            </select>
          </div>
        </form>
      )}
      {model && <WhatIfForm model={model} onApply={(id) => setSearch({ scenario: id })} applyLabel="Plan with" summary="Plan under a what-if…" />}
      {model && (
        <>
          <nav aria-label="Planning studio" className="planning-tabs">
            <ul>
              {TABS.map((candidate) => (
                <li key={candidate.to}>
                  <Link to={candidate.to} search={search} activeProps={{ className: 'active', 'aria-current': 'page' }}>
                    {candidate.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <Outlet />
        </>
      )}
    </>
  );
}
