/**
 * /planning/plan — the establishment plan: warnings first, the posts per team and role (the
 * algorithm's figure, overrides with their reasons, the final figure), the override form and the
 * overrides standing (analysts and supervisors), the Grade 1 analysis of each response team, on
 * duty against required by hour, and the model's constraints. The first plan of a model takes
 * seconds (a rota is solved for each response team); later ones are immediate.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context';
import { useSession } from '../../api/session';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { CoverSection } from './cover-section';
import { OverrideForm } from './override-form';
import { PlanTable } from './plan-table';
import { formatCount, formatNumber, formatPercent } from './planning-format';
import { scenarioName } from './scenarios';
import { StoredOverrides } from './stored-overrides';
import type { Plan } from './types';
import { NotesSection } from './week-table-parts';
import { planQuery, usePlanning } from './use-planning';
import { ScrollArea } from './scroll-area';

/** The plan tab. */
export function PlanPage() {
  const api = useApi();
  const { me } = useSession();
  const selection = usePlanning();
  const { model, scenario, method } = selection;
  const modelId = model?.id ?? '';
  const plan = useQuery({
    queryKey: ['planning', modelId, 'plan', scenario, method],
    queryFn: ({ signal }) => api.get<Plan>(`/api/planning/models/${encodeURIComponent(modelId)}/plan`, { query: planQuery(selection), signal }),
    enabled: model !== undefined,
  });
  const areaNames = useMemo(() => new Map((model?.areas ?? []).map((candidate) => [candidate.id, candidate.name])), [model]);
  if (!model) return null;
  const data = plan.data;
  const canChange = me?.role === 'analyst' || me?.role === 'supervisor';
  const scenarioShown = scenarioName(model, scenario);
  return (
    <>
      <h2>Plan</h2>
      <p className="planning-scope">
        {model.force}, {scenarioShown}; response posts shared by {method === 'queueing' ? 'the posts each area needs for the Grade 1 target' : 'impact-weighted workload'}
        {data?.area ? `; your area, ${areaNames.get(data.area) ?? data.area}` : ''}.
      </p>
      {plan.isPending && <Loading what="the plan (the first one of a model takes a few seconds: a rota is solved for each response team)" />}
      <ErrorMessage error={plan.error} title="The plan could not be made" />
      {data && (
        <>
          {data.warnings.length > 0 && (
            <div className="notice warnings">
              <h3>What a planner must see</h3>
              <ul>
                {data.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <section aria-labelledby="posts-heading">
            <h3 id="posts-heading">Posts per team and role</h3>
            <PlanTable plan={data} areaNames={areaNames} />
          </section>
          <section aria-labelledby="judgement-heading">
            <h3 id="judgement-heading">Professional judgement</h3>
            {canChange ? <OverrideForm key={`${scenario}|${method}`} plan={data} modelId={model.id} scenario={scenario} method={method} /> : <p className="hint">Analysts and supervisors change the plan; you can read it.</p>}
            <h4>Overrides standing</h4>
            <StoredOverrides overrides={data.storedOverrides} modelId={model.id} canChange={canChange} />
          </section>
          {data.response.length > 0 && (
            <section aria-labelledby="response-heading">
              <h3 id="response-heading">Grade 1 response</h3>
              <ScrollArea label="Grade 1 response (scrolls)">
                <table>
                  <caption>Each response team’s Grade 1 demand, the posts the target needs on an optimal rota, and predicted compliance</caption>
                  <thead>
                    <tr>
                      <th scope="col">Team</th>
                      <th scope="col">Area</th>
                      <th scope="col" className="number">
                        Grade 1 a week
                      </th>
                      <th scope="col" className="number">
                        Target
                      </th>
                      <th scope="col" className="number">
                        Posts needed
                      </th>
                      <th scope="col" className="number">
                        Model: posts, compliance
                      </th>
                      <th scope="col" className="number">
                        Algorithm
                      </th>
                      <th scope="col" className="number">
                        Final
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.response.map((entry) => (
                      <tr key={entry.cell}>
                        <th scope="row">
                          {entry.team} {entry.role}
                        </th>
                        <td>{entry.areas.map((area) => areaNames.get(area) ?? area).join(', ')}</td>
                        <td className="number">{formatNumber(entry.gradeOnePerWeek, 1)}</td>
                        <td className="number">{formatPercent(entry.target, 0)}</td>
                        <td className="number">{formatNumber(entry.requiredPosts)}</td>
                        <td className="number">
                          {entry.current.posts}, {formatPercent(entry.current.compliance)}
                        </td>
                        <td className="number">
                          {entry.algorithm.posts}, {formatPercent(entry.algorithm.compliance)}
                        </td>
                        <td className="number">
                          {entry.final.posts}, {formatPercent(entry.final.compliance)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            </section>
          )}
          <CoverSection modelId={model.id} scenario={scenario} method={method} areaNames={areaNames} />
          {data.constraints.length > 0 && (
            <section aria-labelledby="constraints-heading">
              <h3 id="constraints-heading">The model’s constraints</h3>
              <ScrollArea label="The model’s constraints (scrolls)">
                <table>
                  <caption>Protected totals, ward rules and minimum staffing against the plan</caption>
                  <thead>
                    <tr>
                      <th scope="col">Constraint</th>
                      <th scope="col" className="number">
                        Required
                      </th>
                      <th scope="col" className="number">
                        Model
                      </th>
                      <th scope="col" className="number">
                        Final
                      </th>
                      <th scope="col">Met</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.constraints.map((check) => (
                      <tr key={check.id}>
                        <th scope="row">{check.description}</th>
                        <td className="number">{formatCount(check.required)}</td>
                        <td className="number">{formatCount(check.current)}</td>
                        <td className="number">{formatCount(check.final)}</td>
                        <td>{check.met ? 'Yes' : <strong className="not-met">No</strong>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            </section>
          )}
          <NotesSection id="plan-notes-heading" title="How the plan is made" notes={data.notes} />
        </>
      )}
    </>
  );
}
