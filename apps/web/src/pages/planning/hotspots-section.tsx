/** Hotspots: the top LSOAs or wards by crime count or harm, and how well last months predicted the latest (PAI). */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { formatNumber, formatPercent } from './planning-format';
import type { Hotspots, Level } from './types';
import { ScrollArea } from './scroll-area';

/** The section. */
export function HotspotsSection({ modelId, level, area }: { modelId: string; level: Level; area: string | undefined }) {
  const api = useApi();
  const [by, setBy] = useState<'count' | 'harm'>('count');
  const byId = useId();
  const hotspots = useQuery({
    queryKey: ['planning', modelId, 'hotspots', level, area ?? null, by],
    queryFn: ({ signal }) => api.get<Hotspots>(`/api/planning/models/${encodeURIComponent(modelId)}/hotspots`, { query: { level, area, by, top: 10 }, signal }),
  });
  const data = hotspots.data;
  const unitWord = level === 'lsoa' ? 'LSOA' : 'ward';
  return (
    <section aria-labelledby="hotspots-heading">
      <h3 id="hotspots-heading">Hotspots</h3>
      <div className="field inline-field">
        <label htmlFor={byId}>Rank by</label>
        <select id={byId} value={by} onChange={(event) => setBy(event.target.value === 'harm' ? 'harm' : 'count')}>
          <option value="count">Crime count</option>
          <option value="harm">Harm (Cambridge Crime Harm Index)</option>
        </select>
      </div>
      {hotspots.isPending && <Loading what="the hotspots" />}
      <ErrorMessage error={hotspots.error} title="The hotspots could not be shown" />
      {data && (
        <>
          <ScrollArea label="Hotspots (scrolls)">
            <table>
              <caption>
                Top {data.hotspots.length} {unitWord}s by {by === 'harm' ? `harm (${data.harm.unit})` : 'recorded crime'}, {data.months[0]}
                {data.months.length > 1 ? ` to ${data.months[data.months.length - 1]}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="number">
                    Rank
                  </th>
                  <th scope="col">{unitWord}</th>
                  <th scope="col" className="number">
                    Crimes
                  </th>
                  <th scope="col" className="number">
                    Harm
                  </th>
                  <th scope="col" className="number">
                    Share
                  </th>
                  <th scope="col" className="number">
                    Cumulative share
                  </th>
                  <th scope="col" className="number">
                    {by === 'harm' ? 'Harm' : 'Crimes'} per km²
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.hotspots.map((unit) => (
                  <tr key={unit.code}>
                    <td className="number">{unit.rank}</td>
                    <th scope="row">
                      {unit.name ?? unit.code} <span className="hint">({unit.code})</span>
                    </th>
                    <td className="number">{formatNumber(unit.count)}</td>
                    <td className="number">{formatNumber(unit.harm)}</td>
                    <td className="number">{formatPercent(unit.share)}</td>
                    <td className="number">{formatPercent(unit.cumulativeShare)}</td>
                    <td className="number">{formatNumber(by === 'harm' ? unit.harmPerKm2 : unit.countPerKm2, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <p>
            {data.pai.units && data.pai.units.pai !== null && 'hits' in data.pai.units
              ? `Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008): the ${formatPercent(data.pai.areaFraction, 0)} of the area with the most crime in ${data.pai.fitMonths[0]}${data.pai.fitMonths.length > 1 ? ` to ${data.pai.fitMonths[data.pai.fitMonths.length - 1]}` : ''} held ${formatNumber(data.pai.units.hits)} of the ${formatNumber(data.pai.units.totalHits)} crimes of ${data.pai.holdoutMonth}: PAI ${data.pai.units.pai.toFixed(2)} (1 would be no better than chance).`
              : `Prediction Accuracy Index: not computed (${data.pai.reason ?? (data.pai.units && 'reason' in data.pai.units ? data.pai.units.reason : 'too few months')}).`}
          </p>
        </>
      )}
    </section>
  );
}
