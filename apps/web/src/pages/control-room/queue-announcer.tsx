/**
 * Says what changed in the queue — new incidents, units dispatched or on scene, incidents leaving
 * it — in a polite live region (WCAG 4.1.3), visibly too, so a controller looking elsewhere on
 * the page hears the queue move.
 */
import { useEffect, useRef, useState } from 'react';
import { describeQueueChange } from './queue-model';
import type { QueuedIncident } from './types';

/** The announcer for `incidents` (undefined while loading). */
export function QueueAnnouncer({ incidents }: { incidents: readonly QueuedIncident[] | undefined }) {
  const previous = useRef<readonly QueuedIncident[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!incidents) return;
    const change = describeQueueChange(previous.current, incidents);
    previous.current = incidents;
    if (change) setMessage(change);
  }, [incidents]);
  return (
    <p className="queue-announcer" role="status" aria-live="polite">
      {message ? `Latest: ${message}` : ''}
    </p>
  );
}
