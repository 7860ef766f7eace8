/**
 * THRIVE+ (College of Policing, "Threat, Harm, Risk, Investigation, Vulnerability, Engagement"):
 * the structured risk assessment a call handler records for every incident. Each factor is rated
 * with a mandatory rationale; the assessment as a whole records who assessed and when, the
 * repeat-victim and repeat-location checks, the Right Care, Right Person test and the suggested
 * grade, so a later reader sees exactly what the assessor saw. Re-assessments are new records.
 */
import type { GradeResponse } from './grade-response';

/** The six THRIVE+ factors, in their conventional order. */
export const THRIVE_FACTORS = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;

/** One of {@link THRIVE_FACTORS}. */
export type ThriveFactor = (typeof THRIVE_FACTORS)[number];

/** Ratings, least to most serious. */
export const THRIVE_RATINGS = ['none', 'low', 'medium', 'high'] as const;

/** One of {@link THRIVE_RATINGS}. */
export type ThriveRating = (typeof THRIVE_RATINGS)[number];

/** One factor's rating and why. */
export interface FactorAssessment {
  readonly rating: ThriveRating;
  /** Mandatory: the assessor's reason for the rating, in their words. */
  readonly rationale: string;
}

/** All six factors. */
export type ThriveFactors = Readonly<Record<ThriveFactor, FactorAssessment>>;

/** The outcome of a repeat check (victim or location) against incident history. */
export interface RepeatCheck {
  /** True when at least `minimumPrevious` earlier incidents matched. */
  readonly isRepeat: boolean;
  readonly previousCount: number;
  readonly minimumPrevious: number;
  readonly lookbackDays: number;
  /** The search radius, for location checks only. */
  readonly radiusMetres: number | null;
  /** The matching earlier incidents, most recent first. */
  readonly incidentIds: readonly string[];
}

/** Whether Right Care, Right Person keeps police away from this demand, and why. */
export interface RightCareAssessment {
  /**
   * `not-applicable`: the demand carries none of the Right Care tags; `refer-to-partner`: it does,
   * with no crime to investigate and no real and immediate risk; `police-attend`: it does, but
   * there is a crime to investigate or a real and immediate risk to life or of serious harm.
   */
  readonly outcome: 'not-applicable' | 'refer-to-partner' | 'police-attend';
  /** The incident's tags that made it Right Care demand. */
  readonly matchedTags: readonly string[];
  readonly crimeToInvestigate: boolean;
  readonly realAndImmediateRisk: boolean;
  readonly reasons: readonly string[];
}

/** Codes of the reasons a suggestion gives (see suggest-grade.ts for the rule). */
export type SuggestionReasonCode =
  | 'risk-to-life'
  | 'threat-harm-risk-medium'
  | 'attendance-needed'
  | 'no-attendance-needed'
  | 'vulnerability-raises'
  | 'repeat-victim-raises'
  | 'raise-capped'
  | 'repeat-location'
  | 'right-care-right-person'
  | 'grade-not-in-model';

/** One reason behind a suggested grade. */
export interface SuggestionReason {
  readonly code: SuggestionReasonCode;
  readonly message: string;
}

/** A grade suggested from an assessment, with the reasons in the order the rule applied them. */
export interface GradeSuggestion {
  readonly grade: number;
  readonly gradeName: string;
  readonly response: GradeResponse;
  readonly reasons: readonly SuggestionReason[];
}

/** One THRIVE+ assessment of an incident (never changed once recorded). */
export interface ThriveAssessment {
  readonly id: string;
  readonly factors: ThriveFactors;
  readonly assessedBy: string;
  readonly assessedAt: Date;
  readonly repeatVictim: RepeatCheck;
  readonly repeatLocation: RepeatCheck;
  readonly rightCare: RightCareAssessment;
  readonly suggestion: GradeSuggestion;
}

/** The rank of a rating (none 0 … high 3), for comparisons. */
export function ratingRank(rating: ThriveRating): number {
  return THRIVE_RATINGS.indexOf(rating);
}
