/** Every headline figure for each area (and incidents placed in none). */
import type { PerformanceResponse } from './types';

/** The section. */
export function AreaSection({ response }: { response: PerformanceResponse }) {
  const measures = response.headlines.filter((figure) => figure.status !== 'not-recorded' && figure.status !== 'planned');
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">By area</h2>
      <div className="table-scroll">
        <table>
          <caption>Each measure by area</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {response.areas.map((area) => (
                <th key={area.areaId ?? 'none'} scope="col">
                  {area.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.id}>
                <th scope="row">{measure.label}</th>
                {response.areas.map((area) => {
                  const figure = area.headlines.find((candidate) => candidate.id === measure.id);
                  return (
                    <td key={area.areaId ?? 'none'} className="number" title={figure?.detail}>
                      {figure?.display ?? '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
