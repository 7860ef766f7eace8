/**
 * The hour-of-week heat table: crimes a week in each hour (rows Monday…Sunday, columns 00…23),
 * each cell shaded by its fifth of the busiest hour with its figure written in it (text at ≥ 4.5:1 on every
 * shade), so the shading is never the only carrier of the figure.
 */
import { classOf, colourOfClass, equalBreaks, hourGrid, textOn, WEEKDAYS } from './planning-format';
import { ScrollArea } from './scroll-area';
import { HourHeadRow } from './week-table-parts';

/** The table. */
export function HourOfWeekTable({ perWeek, caption }: { perWeek: readonly number[]; caption: string }) {
  const grid = hourGrid(perWeek);
  const breaks = equalBreaks(perWeek);
  const digits = Math.max(...perWeek) >= 10 ? 0 : 1;
  return (
    <ScrollArea label={`${caption} (scrolls)`}>
      <table className="heat-table">
        <caption>{caption}</caption>
        <HourHeadRow />
        <tbody>
          {grid.map((hours, day) => (
            <tr key={WEEKDAYS[day]}>
              <th scope="row">{WEEKDAYS[day]}</th>
              {hours.map((value, hour) => {
                const background = colourOfClass(classOf(value, breaks), breaks.length);
                return (
                  <td key={hour} className="number" style={{ background, color: textOn(background) }}>
                    {value.toFixed(digits)}
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
