/**
 * The incident's timeline: every recorded change in order — recorded, assessed, graded or
 * regraded (with the reason), routed, and each unit's steps (dispatched, en route, on scene,
 * cleared, stood down) — with the time and who did it. Events carry no personal data.
 */
import { formatTime } from './queue-model';
import type { TimelineEvent } from './types';

const STAGE_TEXT: Record<NonNullable<TimelineEvent['stage']>, string> = {
  dispatched: 'dispatched',
  'en-route': 'en route',
  'on-scene': 'on scene',
  cleared: 'cleared from the scene',
  'stood-down': 'stood down',
};

/** One line about `event`. */
export function describeEvent(event: TimelineEvent): string {
  switch (event.type) {
    case 'created':
      return `Recorded (${event.channelId ?? 'channel'}, ${event.incidentTypeCode ?? 'incident'})`;
    case 'assessed':
      return `${event.reassessment ? 'Re-assessed' : 'Assessed'} with THRIVE+: suggested grade ${event.suggestedGrade ?? '?'}${event.repeatVictim ? ', repeat victim' : ''}${event.repeatLocation ? ', repeat location' : ''}`;
    case 'graded':
    case 'regraded':
      return `${event.type === 'regraded' ? `Regraded from ${event.previousGrade ?? '?'} to` : 'Graded'} ${event.grade ?? '?'} — ${event.decision === 'overridden' ? `overriding the suggested ${event.suggestedGrade ?? '?'}` : 'suggestion accepted'}${event.reason ? `: “${event.reason}”` : ''}`;
    case 'routed':
      return `Routed: ${(event.route ?? '').replace(/-/g, ' ')}`;
    case 'assignment':
      return `${event.callSign ?? 'A unit'} ${event.stage ? STAGE_TEXT[event.stage] : ''}${event.override ? ` (override: ${event.override.reason})` : ''}`;
  }
}

/** The timeline as an ordered list. `myId` marks the user's own steps as "you". */
export function IncidentTimeline({ events, myId }: { events: readonly TimelineEvent[]; myId: string | undefined }) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.sequence}>
          <time dateTime={event.at}>{formatTime(event.at)}</time> <span>{describeEvent(event)}</span>
          <span className="cell-note">by {event.by === myId ? 'you' : event.by}</span>
        </li>
      ))}
    </ol>
  );
}
