/**
 * The plan per team × role (each team serves an area, a few, or the force): the model's
 * headcount, the minimum and why, the algorithm's figure and on what basis, the overrides with who
 * made them and why, and the final figure. Grouped by line (the same team across areas, whose
 * posts are shared between them).
 */
import { formatDelta, formatNumber } from './planning-format';
import type { Plan } from './types';
import { ScrollArea } from './scroll-area';

const BASIS: Record<Plan['cells'][number]['basis'], string> = {
  workload: 'workload',
  queueing: 'Grade 1 need',
  kept: 'kept',
  'force-wide': 'force-wide',
};

/** The table. */
export function PlanTable({ plan, areaNames }: { plan: Plan; areaNames: ReadonlyMap<string, string> }) {
  const cells = new Map(plan.cells.map((cell) => [cell.key, cell]));
  const areasOf = (areas: readonly string[]) => (areas.includes('all') ? 'Whole force' : areas.map((area) => areaNames.get(area) ?? area).join(', '));
  return (
    <ScrollArea label="Posts per team and role (scrolls)">
      <table className="plan-table">
        <caption>Posts per team and role: the model’s headcount, the algorithm’s figure, overrides with their reasons, and the final figure</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Area</th>
            <th scope="col">Role</th>
            <th scope="col" className="number">
              Model
            </th>
            <th scope="col" className="number">
              Minimum
            </th>
            <th scope="col" className="number">
              Algorithm
            </th>
            <th scope="col">Basis</th>
            <th scope="col" className="number">
              Override
            </th>
            <th scope="col">Reasons</th>
            <th scope="col" className="number">
              Final
            </th>
          </tr>
        </thead>
        {plan.lines.map((line) => (
          <tbody key={line.id}>
            <tr className="line-row">
              <th scope="rowgroup" colSpan={3}>
                {line.teamKind} {line.role}
                {line.shiftPattern ? ` (${line.shiftPattern})` : ''}
              </th>
              <td className="number">{formatNumber(line.establishment)}</td>
              <td />
              <td className="number">{formatNumber(line.algorithm)}</td>
              <td>{line.required === null ? '' : `needs ${formatNumber(line.required)}`}</td>
              <td className="number">{line.final === line.algorithm ? '' : formatDelta(line.final - line.algorithm)}</td>
              <td />
              <td className="number">{formatNumber(line.final)}</td>
            </tr>
            {line.cells.flatMap((key) => {
              const cell = cells.get(key);
              if (!cell) return [];
              return [
                <tr key={key} data-cell={key}>
                  <th scope="row">{cell.teamName}</th>
                  <td>{areasOf(cell.areas)}</td>
                  <td>{cell.role}</td>
                  <td className="number">{formatNumber(cell.current)}</td>
                  <td className="number" title={cell.minimumReasons.join('; ')}>
                    {formatNumber(cell.minimum)}
                  </td>
                  <td className="number">{formatNumber(cell.algorithm)}</td>
                  <td>
                    <abbr title={cell.basisNote}>{BASIS[cell.basis]}</abbr>
                  </td>
                  <td className="number">{cell.override === 0 ? '' : formatDelta(cell.override)}</td>
                  <td>
                    {cell.overrides.length > 0 && (
                      <ul className="reasons">
                        {cell.overrides.map((override, index) => (
                          <li key={override.id ?? index}>
                            {formatDelta(override.delta)}: “{override.why}” — {override.who}
                            {override.at ? `, ${new Date(override.at).toLocaleDateString('en-GB')}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="number final">{formatNumber(cell.final)}</td>
                </tr>,
              ];
            })}
          </tbody>
        ))}
      </table>
    </ScrollArea>
  );
}
