/**
 * THRIVE+ ratings the training autopilot records for a simulated call of a given grade response,
 * chosen so the suggested grade (domain `suggestGrade`) comes out at that response: a high threat
 * for an immediate response, medium for prompt, investigation needed for scheduled, nothing above
 * low otherwise. Rationales say they are simulated.
 */
import type { PolicingModel } from '@peel/model';

/** A grade's response: immediate, prompt, scheduled or no-deployment. */
export type GradeResponse = PolicingModel['grades'][number]['response'];

type Rating = 'none' | 'low' | 'medium' | 'high';

/** The six factors with rating and rationale, as POST /api/incidents/:id/assessments takes them. */
export type TrainingThrive = Record<'threat' | 'harm' | 'risk' | 'investigation' | 'vulnerability' | 'engagement', { rating: Rating; rationale: string }>;

const RATINGS: Record<GradeResponse, Record<keyof TrainingThrive, Rating>> = {
  immediate: { threat: 'high', harm: 'high', risk: 'high', investigation: 'medium', vulnerability: 'medium', engagement: 'low' },
  prompt: { threat: 'medium', harm: 'medium', risk: 'low', investigation: 'medium', vulnerability: 'low', engagement: 'low' },
  scheduled: { threat: 'low', harm: 'low', risk: 'low', investigation: 'medium', vulnerability: 'low', engagement: 'low' },
  'no-deployment': { threat: 'none', harm: 'low', risk: 'none', investigation: 'low', vulnerability: 'low', engagement: 'low' },
};

/** The ratings for `response`. */
export function thriveForResponse(response: GradeResponse): TrainingThrive {
  const ratings = RATINGS[response];
  const entries = Object.entries(ratings).map(([factor, rating]) => [factor, { rating, rationale: `Training mode: simulated ${response} call, ${factor} rated ${rating}` }]);
  return Object.fromEntries(entries) as TrainingThrive;
}
