/**
 * A response target's clock: the time left (ticking) or by how much it is overdue, and the rule —
 * minutes, urban or rural, and the event the clock runs from (call answered, graded or dispatched)
 * with when that happened and when the target falls due. Tone is shown by words as well as colour.
 */
import { CLOCK_LABELS, formatTime, targetStatus } from './queue-model';
import type { TargetView } from './types';
import { useNow } from './use-now';

/** The clock of `target`. */
export function TargetClock({ target }: { target: TargetView | null }) {
  const now = useNow();
  const status = targetStatus(target, now);
  return (
    <span className={`target target-${status.tone}`}>
      <span className="target-status">{status.text}</span>
      {target?.kind === 'attendance' && (
        <span className="target-rule">
          {target.minutes} min {target.urbanRural}
          {target.classAssumed ? ' (class assumed)' : ''} {CLOCK_LABELS[target.clock]}
          {target.startsAt ? ` ${formatTime(target.startsAt)}` : ''}
          {target.dueAt ? `, due ${formatTime(target.dueAt)}` : ''}
        </span>
      )}
    </span>
  );
}
