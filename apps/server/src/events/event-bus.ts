/** Live events between server instances. */
import type { Database } from '@peel/db';
import type { LiveEvent, LiveEventInput } from './live-event';

/** Publishes and delivers live events. */
export interface EventBus {
  /**
   * Publishes through `db`. Inside a transaction the event is delivered only if and when it
   * commits (PostgreSQL NOTIFY semantics), so subscribers never hear of a change that was rolled
   * back. Resolves with the event as published.
   */
  publish(db: Database, event: LiveEventInput): Promise<LiveEvent>;
  /** Calls `listener` for every event from any instance; returns the unsubscribe function. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  /** Stops listening (before the database closes). */
  close(): Promise<void>;
}
