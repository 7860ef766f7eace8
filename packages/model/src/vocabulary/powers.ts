/**
 * Legal powers and authorities a role may hold. Constables hold all of them; PCSOs hold the
 * powers their chief officer designates under the Police Reform Act 2002, Sch. 4 (they may
 * detain for up to 30 minutes but cannot arrest). Sussex PCSOs took statements and ran basic
 * investigations (seed 000), so those are powers a model may grant.
 */
export const POWERS = [
  'arrest',
  'detain',
  'stop-and-search',
  'use-of-force',
  'enter-premises',
  'seize-property',
  'issue-fixed-penalty',
  'direct-to-leave',
  'take-statement',
  'basic-investigation',
  'investigate-crime',
  'investigate-serious-crime',
  'interview-suspect',
  'authorise',
  'emergency-response-driving',
  'safeguarding-referral',
  'call-handling',
  'dispatch',
] as const;

/** One of {@link POWERS}. */
export type Power = (typeof POWERS)[number];

/**
 * Powers that only a sworn officer can hold. Police staff investigators may interview suspects and
 * investigate serious crime under designated powers (Police Reform Act 2002, s.38 and Sch. 4), so
 * only arrest and rank authorisations are reserved.
 */
export const SWORN_ONLY_POWERS: readonly Power[] = ['arrest', 'authorise'];
