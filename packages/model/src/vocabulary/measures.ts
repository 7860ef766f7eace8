/**
 * The measures the seed forces evaluate their models by (DESIGN.md, "Evaluate"). A model lists the
 * ones it tracks; the performance dashboard reports them.
 */
export const MEASURES = [
  'response-compliance',
  'handoffs-per-case',
  'end-to-end-time',
  'resolution-centre-resolution-rate',
  'resolution-centre-contact-within-48h',
  'resolution-centre-satisfaction',
  'call-abandonment',
  'call-answer-time',
  'victim-update-compliance',
  'abstraction',
  'deployability',
  'arrests',
  'stop-and-search',
  'crime-harm',
  'repeat-victimisation',
  'problem-solving-outcomes',
  'public-confidence',
] as const;

/** One of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];
