/**
 * On duty against required, per response team and hour of the week: a chart (required, on duty
 * with the final posts, with the model's headcount) and, as its text alternative, the same figures
 * day by day and hour by hour.
 */
import { useQuery } from '@tanstack/react-query';
import { Suspense, useId, useMemo, useState } from 'react';
import type { Options } from 'uplot';
import { useApi } from '../../api/api-context';
import { ChartView, type ChartSeries } from '../../components/chart';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { coverChartData, formatPercent, hourGrid, hourOfWeekLabel, WEEKDAYS } from './planning-format';
import type { Cover, PlanMethod } from './types';
import { ScrollArea } from './scroll-area';
import { HourHeadRow } from './week-table-parts';

/** Colours ≥ 3:1 on white, told apart by dash too. */
const SERIES: readonly ChartSeries[] = [
  { label: 'Required on duty', colour: '#b3261e', width: 2 },
  { label: 'On duty, final posts', colour: '#1d4f8c', width: 2, dash: [8, 4] },
  { label: 'On duty, model headcount', colour: '#484949', width: 1.5, dash: [2, 3] },
];

const OPTIONS: Partial<Options> = {
  axes: [
    { label: 'Hour of the week (Monday 00:00 = 0)', values: (_chart, ticks) => ticks.map((tick) => hourOfWeekLabel(Math.round(tick))) },
    { label: 'Officers' },
  ],
};

/** The section. */
export function CoverSection({ modelId, scenario, method, areaNames }: { modelId: string; scenario: string | null; method: PlanMethod; areaNames: ReadonlyMap<string, string> }) {
  const api = useApi();
  const teamId = useId();
  const cover = useQuery({
    queryKey: ['planning', modelId, 'cover', scenario, method],
    queryFn: ({ signal }) => api.get<Cover>(`/api/planning/models/${encodeURIComponent(modelId)}/cover`, { query: { method, scenario: scenario ?? undefined }, signal }),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const teams = cover.data?.teams ?? [];
  const team = teams.find((candidate) => candidate.cell === chosen) ?? teams[0];
  const data = useMemo(() => (team ? coverChartData([team.required, team.onDuty.final, team.onDuty.current]) : []), [team]);
  const where = team ? team.areas.map((area) => areaNames.get(area) ?? area).join(', ') : '';
  return (
    <section aria-labelledby="cover-heading">
      <h3 id="cover-heading">On duty against required, by hour of the week</h3>
      {cover.isPending && <Loading what="the cover" />}
      <ErrorMessage error={cover.error} title="The cover could not be shown" />
      {cover.data && teams.length === 0 && <p>The plan analysed no response team (no team is deployed to Grade 1 by the model’s routing).</p>}
      {team && (
        <>
          <div className="field inline-field">
            <label htmlFor={teamId}>Response team</label>
            <select id={teamId} value={team.cell} onChange={(event) => setChosen(event.target.value)}>
              {teams.map((candidate) => (
                <option key={candidate.cell} value={candidate.cell}>
                  {candidate.team} {candidate.role} ({candidate.areas.map((area) => areaNames.get(area) ?? area).join(', ')})
                </option>
              ))}
            </select>
          </div>
          <p>
            {team.team} ({where}): predicted Grade 1 compliance {formatPercent(team.compliance.final)} with the final posts (target {formatPercent(team.target, 0)}; {formatPercent(team.compliance.current)} with the model’s headcount); {team.hoursShort.final} hour(s) a week below the requirement.
          </p>
          <Suspense fallback={<Loading what="the chart" />}>
            <ChartView caption={`Officers required and expected on duty each hour of the week, ${team.team} ${team.role} (${where})`} data={data} series={SERIES} options={OPTIONS} height={300} />
          </Suspense>
          <details>
            <summary>The chart as a table: on duty (final posts) / required, each hour</summary>
            <ScrollArea label="On duty against required, each hour (scrolls)">
              <table className="cover-table">
                <caption>
                  Expected officers on duty with the final posts / officers required, {team.team} {team.role}
                </caption>
                <HourHeadRow />
                <tbody>
                  {hourGrid(team.onDuty.final).map((hours, day) => (
                    <tr key={WEEKDAYS[day]}>
                      <th scope="row">{WEEKDAYS[day]}</th>
                      {hours.map((onDuty, hour) => {
                        const required = team.required[day * 24 + hour]!;
                        return (
                          <td key={hour} className={onDuty < required ? 'number short' : 'number'}>
                            {onDuty.toFixed(1)} / {required}
                            {onDuty < required && <span className="visually-hidden"> (short)</span>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </details>
        </>
      )}
    </section>
  );
}
