/**
 * The Home Office crime outcomes framework: every recorded crime is closed with one outcome type.
 * Titles follow the Home Office Counting Rules for Recorded Crime ("Crime outcomes" section) and
 * Table A1 of "Crime outcomes in England and Wales: technical annex" (Home Office, 2023/24);
 * groups follow the outcome groups of that statistical series. Outcome 19 is not used in the
 * framework (it appears in no published outcome table), so it is not a type here. Outcome 22
 * was added in April 2019.
 */

/** Every outcome type in use. */
export const OUTCOME_TYPE_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22] as const;

/** One of {@link OUTCOME_TYPE_CODES}. */
export type OutcomeType = (typeof OUTCOME_TYPE_CODES)[number];

/** The Home Office statistical groups of outcomes. */
export type OutcomeGroup =
  | 'charged-summonsed'
  | 'out-of-court-formal'
  | 'out-of-court-informal'
  | 'taken-into-consideration'
  | 'prosecution-prevented-or-not-in-public-interest'
  | 'evidential-difficulties-suspect-identified-victim-supports'
  | 'evidential-difficulties-victim-does-not-support'
  | 'investigation-complete-no-suspect-identified'
  | 'action-undertaken-by-another-body'
  | 'further-investigation-not-in-public-interest'
  | 'diversionary-educational-intervention';

/** One outcome type with its title and group. */
export interface OutcomeDefinition {
  type: OutcomeType;
  title: string;
  group: OutcomeGroup;
}

/** The framework. */
export const OUTCOME_DEFINITIONS: readonly OutcomeDefinition[] = [
  { type: 1, title: 'Charged or summonsed (including postal requisition)', group: 'charged-summonsed' },
  { type: 2, title: 'Caution – youths', group: 'out-of-court-formal' },
  { type: 3, title: 'Caution – adults', group: 'out-of-court-formal' },
  { type: 4, title: 'Taken into consideration (TIC)', group: 'taken-into-consideration' },
  { type: 5, title: 'The offender has died', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 6, title: 'Penalty Notice for Disorder', group: 'out-of-court-formal' },
  { type: 7, title: 'Cannabis or khat warning', group: 'out-of-court-formal' },
  { type: 8, title: 'Community resolution', group: 'out-of-court-informal' },
  { type: 9, title: 'Prosecution not in the public interest (CPS decision)', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 10, title: 'Formal action against the offender not in the public interest (police decision)', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 11, title: 'Prosecution prevented – named suspect identified but below the age of criminal responsibility', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 12, title: 'Prosecution prevented – named suspect identified but too ill (physical or mental health) to prosecute', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 13, title: 'Prosecution prevented – named suspect identified but victim or key witness dead or too ill to give evidence', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 14, title: 'Evidential difficulties, victim based – named suspect not identified; victim declines or is unable to support further action to identify the offender', group: 'evidential-difficulties-victim-does-not-support' },
  { type: 15, title: 'Named suspect identified – evidential difficulties prevent further action; victim supports police action', group: 'evidential-difficulties-suspect-identified-victim-supports' },
  { type: 16, title: 'Named suspect identified – evidential difficulties prevent further action; victim does not support (or has withdrawn support from) police action', group: 'evidential-difficulties-victim-does-not-support' },
  { type: 17, title: 'Prosecution time limit expired – suspect identified but the time limit for prosecution has passed', group: 'prosecution-prevented-or-not-in-public-interest' },
  { type: 18, title: 'Investigation complete – no suspect identified; crime investigated as far as reasonably possible, case closed pending further investigative opportunities', group: 'investigation-complete-no-suspect-identified' },
  { type: 20, title: 'Further action resulting from the crime report will be undertaken by another body or agency (with the victim made aware)', group: 'action-undertaken-by-another-body' },
  { type: 21, title: 'Further investigation, which could provide evidence sufficient to support formal action against the named suspect, is not in the public interest – police decision', group: 'further-investigation-not-in-public-interest' },
  { type: 22, title: 'Diversionary, educational or intervention activity, resulting from the crime report, has been undertaken and it is not in the public interest to take further action', group: 'diversionary-educational-intervention' },
];

/** True when `value` is an outcome type in use (19 is not). */
export function isOutcomeType(value: unknown): value is OutcomeType {
  return typeof value === 'number' && (OUTCOME_TYPE_CODES as readonly number[]).includes(value);
}

/** The definition of an outcome type. */
export function outcomeDefinition(type: OutcomeType): OutcomeDefinition {
  const definition = OUTCOME_DEFINITIONS.find((entry) => entry.type === type);
  if (!definition) throw new RangeError(`type must be an outcome type in use, got ${type}`);
  return definition;
}

/**
 * What the investigator states when recording an outcome. Which elements an outcome needs is
 * in outcome-rules.ts; absent elements are "not stated", which fails a rule that needs them.
 */
export interface OutcomeClaim {
  type: OutcomeType;
  /** The named suspect the outcome is about (a suspect of the case with status 'named'). */
  suspectId?: string;
  /** The suspect admitted the offence. */
  admission?: boolean;
  /** The victim's views on the disposal were sought. */
  victimViewsSought?: boolean;
  /** The victim (or parent, guardian or representative) has been told of the outcome. */
  victimInformed?: boolean;
  /** The victim supports police action (outcomes 14–16). */
  victimSupportsAction?: boolean;
  /** Why this outcome: the decision-maker's rationale. */
  rationale?: string;
  /** The suspect has died. */
  suspectDeceased?: boolean;
  /** The CPS decision's reference (outcome 9). */
  cpsDecisionReference?: string;
  /** The body or agency that has taken the investigation on (outcome 20). */
  otherAgency?: string;
  /** The offence is possession of cannabis or khat (outcome 7). */
  cannabisOrKhatPossession?: boolean;
  /** The statutory time limit for prosecution has passed (outcome 17). */
  prosecutionTimeLimitExpired?: boolean;
  /** The diversionary, educational or intervention activity undertaken (outcome 22). */
  diversionActivity?: string;
  /** The case number of the charge with which the offence is taken into consideration (outcome 4). */
  ticChargeReference?: string;
}
