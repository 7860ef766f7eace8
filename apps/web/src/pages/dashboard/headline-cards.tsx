/** The headline figures as cards: value, what it is over, and the target — met or not said in words, not colour alone. */
import type { FigureStatus, HeadlineFigure } from './types';

const STATUS_TEXT: Record<FigureStatus, string> = {
  'meets-target': 'Target met',
  'below-target': 'Below target',
  'no-target': 'No target set',
  'no-data': 'No data in the period',
  'not-recorded': 'Not recorded',
  planned: 'Planned in the model',
};

/** One card per figure. */
export function HeadlineCards({ figures }: { figures: readonly HeadlineFigure[] }) {
  return (
    <ul className="headline-cards">
      {figures.map((figure) => (
        <li key={figure.id} className={`headline-card status-${figure.status}`} data-measure={figure.id}>
          <h3>{figure.label}</h3>
          <p className="headline-value">{figure.display}</p>
          <p className="headline-status">
            {STATUS_TEXT[figure.status]}
            {figure.targetPercent !== null && ` (target ${figure.targetPercent} %)`}
          </p>
          <p className="hint">{figure.detail}</p>
        </li>
      ))}
    </ul>
  );
}
