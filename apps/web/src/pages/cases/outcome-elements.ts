/**
 * Which part of the outcome form each Home Office outcome rule checks (the rule ids of
 * packages/domain/src/cases/outcomes/outcome-rules.ts), so the form asks only for what the chosen
 * outcome rests on. A rule this table does not know is still listed in words; the server checks
 * every rule whatever the form shows, and its 422 names the element at fault.
 */

/** The claim's fields the form can ask for. */
export type ClaimField =
  | 'suspectId'
  | 'admission'
  | 'victimViewsSought'
  | 'victimInformed'
  | 'victimSupportsAction'
  | 'rationale'
  | 'suspectDeceased'
  | 'cpsDecisionReference'
  | 'otherAgency'
  | 'cannabisOrKhatPossession'
  | 'prosecutionTimeLimitExpired'
  | 'diversionActivity'
  | 'ticChargeReference';

/** Rule id → the claim field it checks (rules about the suspect's age or the offence date check the case, not the claim). */
export const RULE_FIELDS: Readonly<Record<string, ClaimField>> = {
  'named-suspect': 'suspectId',
  'no-suspect-identified': 'suspectId',
  admission: 'admission',
  rationale: 'rationale',
  'victim-informed': 'victimInformed',
  'victim-views-sought': 'victimViewsSought',
  'victim-supports-action': 'victimSupportsAction',
  'victim-does-not-support-action': 'victimSupportsAction',
  'tic-charge': 'ticChargeReference',
  'suspect-deceased': 'suspectDeceased',
  'cannabis-or-khat-possession': 'cannabisOrKhatPossession',
  'cps-decision': 'cpsDecisionReference',
  'time-limit-expired': 'prosecutionTimeLimitExpired',
  'other-agency': 'otherAgency',
  'diversion-activity': 'diversionActivity',
};

/** The claim fields the rules `ruleIds` check, in form order, each once; the suspect is always asked. */
export function fieldsForRules(ruleIds: readonly string[]): ClaimField[] {
  const order: readonly ClaimField[] = [
    'suspectId',
    'admission',
    'victimViewsSought',
    'victimSupportsAction',
    'victimInformed',
    'suspectDeceased',
    'cannabisOrKhatPossession',
    'prosecutionTimeLimitExpired',
    'rationale',
    'cpsDecisionReference',
    'ticChargeReference',
    'otherAgency',
    'diversionActivity',
  ];
  const wanted = new Set<ClaimField>(['suspectId', ...ruleIds.flatMap((id) => (RULE_FIELDS[id] ? [RULE_FIELDS[id]] : []))]);
  return order.filter((field) => wanted.has(field));
}

/** The label of each field. */
export const FIELD_LABELS: Readonly<Record<ClaimField, string>> = {
  suspectId: 'Suspect',
  admission: 'The suspect admitted the offence',
  victimViewsSought: 'The victim’s views were sought',
  victimInformed: 'The victim has been told of the outcome',
  victimSupportsAction: 'Does the victim support police action?',
  rationale: 'Rationale for the decision',
  suspectDeceased: 'The offender has died',
  cpsDecisionReference: 'CPS decision reference',
  otherAgency: 'The body or agency taking further action',
  cannabisOrKhatPossession: 'The offence is possession of cannabis or khat',
  prosecutionTimeLimitExpired: 'The time limit for prosecution has passed',
  diversionActivity: 'The diversionary, educational or intervention activity',
  ticChargeReference: 'The charge it is taken into consideration with',
};

/** Kinds of field: yes/no, text, or the suspect and support choices. */
export const FIELD_KINDS: Readonly<Record<ClaimField, 'boolean' | 'text' | 'long-text' | 'suspect' | 'support'>> = {
  suspectId: 'suspect',
  admission: 'boolean',
  victimViewsSought: 'boolean',
  victimInformed: 'boolean',
  victimSupportsAction: 'support',
  rationale: 'long-text',
  suspectDeceased: 'boolean',
  cpsDecisionReference: 'text',
  otherAgency: 'text',
  cannabisOrKhatPossession: 'boolean',
  prosecutionTimeLimitExpired: 'boolean',
  diversionActivity: 'long-text',
  ticChargeReference: 'text',
};
