/** KPIs with their 95 % confidence intervals (clipped to the possible values): one column per run (a run, or two scenarios side by side). */
import { formatEstimate } from './planning-format';
import type { KpiRow } from './kpi-rows';
import { ScrollArea } from './scroll-area';

/** The table: rows by id across `columns`, in the first column's order then any others'. */
export function KpiTable({ caption, columns }: { caption: string; columns: readonly { heading: string; rows: readonly KpiRow[] }[] }) {
  const order: KpiRow[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    for (const row of column.rows) {
      if (!seen.has(row.id)) {
        seen.add(row.id);
        order.push(row);
      }
    }
  }
  return (
    <ScrollArea label={`${caption} (scrolls)`}>
      <table className="kpi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {columns.map((column) => (
              <th key={column.heading} scope="col" className="number">
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((row) => (
            <tr key={row.id} data-kpi={row.id}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => {
                const own = column.rows.find((candidate) => candidate.id === row.id);
                return (
                  <td key={column.heading} className="number">
                    {own ? formatEstimate(own.estimate, { percent: own.percent }) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
