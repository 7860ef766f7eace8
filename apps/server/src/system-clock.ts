/** The real clock. */
import type { Clock } from '@peel/domain';

/** `new Date()`: the Clock the server uses unless told otherwise. */
export const systemClock: Clock = { now: () => new Date() };
