/** Builds THRIVE+ factor input for tests: every factor `none` unless given, each with a rationale. */
import { THRIVE_FACTORS, type ThriveFactor, type ThriveFactors, type ThriveRating } from '../thrive';

/** Six rated factors; unlisted factors are rated `none`; rationales name the factor and rating. */
export function thriveFactors(ratings: Partial<Record<ThriveFactor, ThriveRating>> = {}): ThriveFactors {
  const entries = THRIVE_FACTORS.map((factor) => {
    const rating = ratings[factor] ?? 'none';
    return [factor, { rating, rationale: `${factor} assessed as ${rating}` }] as const;
  });
  return Object.fromEntries(entries) as unknown as ThriveFactors;
}
