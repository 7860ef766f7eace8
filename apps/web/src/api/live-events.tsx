/**
 * One /api/events stream per signed-in tab, shared by every component that listens. Pages call
 * {@link useLiveEvent} with the event types they care about and, usually, invalidate a query.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useApi } from './api-context';
import { runLiveEventStream, type LiveStreamStatus } from './live-event-stream';
import type { LiveEvent } from './types';

type Listener = (event: LiveEvent) => void;

interface LiveEventsValue {
  subscribe(listener: Listener): () => void;
  status: LiveStreamStatus;
}

const LiveEventsContext = createContext<LiveEventsValue | null>(null);

/** Opens the stream while mounted (render it only when signed in). */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const listeners = useRef(new Set<Listener>());
  const [status, setStatus] = useState<LiveStreamStatus>('connecting');
  useEffect(() => {
    const controller = new AbortController();
    void runLiveEventStream({
      client: api,
      signal: controller.signal,
      onStatus: setStatus,
      onEvent: (event) => {
        for (const listener of [...listeners.current]) listener(event);
      },
    });
    return () => controller.abort();
  }, [api]);
  const [value] = useState<Omit<LiveEventsValue, 'status'>>(() => ({
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));
  return <LiveEventsContext.Provider value={{ ...value, status }}>{children}</LiveEventsContext.Provider>;
}

/**
 * Calls `listener` for every live event whose type is in `types` (all when omitted), and for
 * `stream.resync` (events may have been missed: reload). The latest `listener` is always used.
 */
export function useLiveEvent(listener: Listener, types?: readonly string[]): void {
  const context = useLiveEventsContext();
  const latest = useRef(listener);
  latest.current = listener;
  const key = types?.join(',');
  useEffect(() => {
    const wanted = key === undefined ? undefined : new Set(key.split(','));
    return context.subscribe((event) => {
      if (!wanted || wanted.has(event.type) || event.type === 'stream.resync') latest.current(event);
    });
  }, [context, key]);
}

/** The stream's state: connecting, open, reconnecting or stopped. */
export function useLiveStatus(): LiveStreamStatus {
  return useLiveEventsContext().status;
}

function useLiveEventsContext(): LiveEventsValue {
  const value = useContext(LiveEventsContext);
  if (!value) throw new Error('useLiveEvent: render inside <LiveEventsProvider>');
  return value;
}
