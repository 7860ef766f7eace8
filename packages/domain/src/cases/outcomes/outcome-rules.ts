/**
 * The validation rules of each outcome type: what must be true, or stated, before a crime can be
 * closed with it. Each rule names the element it checks (a field of the claim, of the suspect or
 * of the case) and its source. Sources:
 * - [HOCR] Home Office Counting Rules for Recorded Crime, "Crime outcomes" section, and Table A1
 *   of "Crime outcomes in England and Wales: technical annex" (Home Office): the wording of each
 *   outcome, which sets its conditions (e.g. 14 "victim declines or is unable to support", 20
 *   "subject to the victim … being made aware").
 * - [CDA-66ZA] Crime and Disorder Act 1998, s.66ZA (youth cautions: a person under 18 who admits
 *   the offence).
 * - [MoJ-SC] Ministry of Justice, "Simple Cautions for Adult Offenders" (2015): the offender is
 *   18 or over and makes a clear and reliable admission.
 * - [CR] ACPO/College of Policing, "Community Resolutions" guidance (2012), carried into the NPCC
 *   Charging and Out of Court Disposals strategy (2017–2021): the offender admits the offence and
 *   the victim's views are sought (their consent is not required).
 * - [CW] ACPO, "Cannabis possession for personal use" guidance (2009), and the Home Office khat
 *   warning guidance (2014): a warning for simple possession, with an admission.
 * - [CYPA-50] Children and Young Persons Act 1933, s.50: no child under 10 can be guilty of an
 *   offence.
 * - [MCA-127] Magistrates' Courts Act 1980, s.127: the time limit for summary prosecution.
 * - [O21] Outcome 21 checklist (Cleveland Police, FOI 38-25, briefing note of 30/10/2024, after
 *   the HOCR): a named suspect, the rationale for the decision, and the victim informed.
 */
import { ageOn } from '../../calendar/age-on';
import type { IsoDate } from '../../calendar/iso-date';
import type { CaseSuspect } from '../case';
import type { OutcomeClaim, OutcomeType } from './outcome-types';

/** What the rules can look at besides the claim. */
export interface OutcomeContext {
  /** The case's suspects (named and eliminated). */
  suspects: readonly CaseSuspect[];
  /** The day the offence was committed, when known. */
  committedOn?: IsoDate;
  /** The day the outcome is decided (ages at disposal are taken on this day). */
  decidedOn: IsoDate;
}

/** A broken rule: which element is missing or wrong, and why. */
export interface OutcomeViolation {
  rule: string;
  /** The element at fault: a claim field ('admission'), 'suspect.dateOfBirth' or 'committedOn'. */
  element: string;
  message: string;
  source: string;
}

/** One rule. `check` returns null when the rule holds. */
export interface OutcomeRule {
  id: string;
  /** The rule in a sentence, for documentation and the API. */
  requirement: string;
  source: string;
  check(claim: OutcomeClaim, context: OutcomeContext): { element: string; message: string } | null;
}

const HOCR = 'Home Office Counting Rules for Recorded Crime, Crime outcomes; Crime outcomes technical annex Table A1';

const namedSuspectOf = (claim: OutcomeClaim, context: OutcomeContext) =>
  claim.suspectId === undefined ? undefined : context.suspects.find((suspect) => suspect.id === claim.suspectId && suspect.status === 'named');

const hasText = (value: string | undefined) => value !== undefined && value.trim().length > 0;

const mustBeTrue = (id: string, element: keyof OutcomeClaim, requirement: string, source: string): OutcomeRule => ({
  id,
  requirement,
  source,
  check: (claim) => (claim[element] === true ? null : { element, message: `outcome ${claim.type} requires ${requirement}: '${element}' must be true` }),
});

const mustHaveText = (id: string, element: keyof OutcomeClaim, requirement: string, source: string): OutcomeRule => ({
  id,
  requirement,
  source,
  check: (claim) => (hasText(claim[element] as string | undefined) ? null : { element, message: `outcome ${claim.type} requires ${requirement}: '${element}' is missing` }),
});

const namedSuspect: OutcomeRule = {
  id: 'named-suspect',
  requirement: 'a named suspect of the case',
  source: HOCR,
  check(claim, context) {
    if (claim.suspectId === undefined) return { element: 'suspectId', message: `outcome ${claim.type} requires a named suspect: 'suspectId' is missing` };
    if (!namedSuspectOf(claim, context)) return { element: 'suspectId', message: `outcome ${claim.type} requires a named suspect: '${claim.suspectId}' is not a named suspect of this case` };
    return null;
  },
};

const noSuspectIdentified: OutcomeRule = {
  id: 'no-suspect-identified',
  requirement: 'that no suspect has been identified',
  source: HOCR,
  check(claim, context) {
    const named = context.suspects.filter((suspect) => suspect.status === 'named').map((suspect) => suspect.id);
    if (claim.suspectId !== undefined) return { element: 'suspectId', message: `outcome ${claim.type} requires that no suspect is identified, but 'suspectId' names ${claim.suspectId}` };
    if (named.length > 0) return { element: 'suspectId', message: `outcome ${claim.type} requires that no suspect is identified, but the case names ${named.join(', ')} (eliminate them first)` };
    return null;
  },
};

const ageAtDecision = (id: string, requirement: string, source: string, holds: (age: number) => boolean): OutcomeRule => ({
  id,
  requirement,
  source,
  check(claim, context) {
    const suspect = namedSuspectOf(claim, context);
    if (!suspect) return null; // named-suspect reports this
    if (!suspect.dateOfBirth) return { element: 'suspect.dateOfBirth', message: `outcome ${claim.type} requires ${requirement}: the suspect's 'dateOfBirth' is missing` };
    const age = ageOn(suspect.dateOfBirth, context.decidedOn);
    return holds(age) ? null : { element: 'suspect.dateOfBirth', message: `outcome ${claim.type} requires ${requirement}: the suspect is ${age} on ${context.decidedOn}` };
  },
});

const belowAgeOfCriminalResponsibility: OutcomeRule = {
  id: 'below-age-of-criminal-responsibility',
  requirement: 'a suspect under 10 when the offence was committed',
  source: 'Children and Young Persons Act 1933, s.50',
  check(claim, context) {
    const suspect = namedSuspectOf(claim, context);
    if (!suspect) return null;
    if (!suspect.dateOfBirth) return { element: 'suspect.dateOfBirth', message: `outcome ${claim.type} requires a suspect under 10: the suspect's 'dateOfBirth' is missing` };
    if (!context.committedOn) return { element: 'committedOn', message: `outcome ${claim.type} requires a suspect under 10 at the offence: the case's 'committedOn' is missing` };
    if (context.committedOn < suspect.dateOfBirth) return { element: 'committedOn', message: `outcome ${claim.type}: the offence (${context.committedOn}) is before the suspect's date of birth` };
    const age = ageOn(suspect.dateOfBirth, context.committedOn);
    return age < 10 ? null : { element: 'suspect.dateOfBirth', message: `outcome ${claim.type} requires a suspect under 10 at the offence: the suspect was ${age} on ${context.committedOn}` };
  },
};

const victimSupport = (supports: boolean): OutcomeRule => ({
  id: supports ? 'victim-supports-action' : 'victim-does-not-support-action',
  requirement: supports ? 'that the victim supports police action' : 'that the victim does not support (or has withdrawn support from) police action',
  source: HOCR,
  check(claim) {
    if (claim.victimSupportsAction === undefined) return { element: 'victimSupportsAction', message: `outcome ${claim.type} depends on the victim's support: 'victimSupportsAction' is missing` };
    if (claim.victimSupportsAction !== supports) {
      return { element: 'victimSupportsAction', message: `outcome ${claim.type} requires that the victim ${supports ? 'supports' : 'does not support'} police action (use outcome ${supports ? 16 : 15} otherwise)` };
    }
    return null;
  },
});

const admission = mustBeTrue('admission', 'admission', 'an admission of the offence by the suspect', 'HOCR; Crime and Disorder Act 1998 s.66ZA; MoJ Simple Cautions (2015); Community Resolutions guidance (2012)');
const rationale = mustHaveText('rationale', 'rationale', 'a recorded rationale for the decision', HOCR);
const OUTCOME_21_SOURCE = `${HOCR}; outcome 21 checklist (Cleveland Police FOI 38-25)`;
const victimInformed = mustBeTrue('victim-informed', 'victimInformed', 'that the victim has been told of the outcome', HOCR);

/** The rules of every outcome type (outcome 19 is not in use). */
export const OUTCOME_RULES: Readonly<Record<OutcomeType, readonly OutcomeRule[]>> = {
  1: [namedSuspect],
  2: [namedSuspect, admission, ageAtDecision('youth', 'a suspect under 18 when cautioned', 'Crime and Disorder Act 1998, s.66ZA', (age) => age < 18)],
  3: [namedSuspect, admission, ageAtDecision('adult', 'a suspect aged 18 or over when cautioned', 'Ministry of Justice, Simple Cautions for Adult Offenders (2015)', (age) => age >= 18)],
  4: [namedSuspect, admission, mustHaveText('tic-charge', 'ticChargeReference', 'the charge with which the offence is taken into consideration', HOCR)],
  5: [namedSuspect, mustBeTrue('suspect-deceased', 'suspectDeceased', 'that the offender has died', HOCR)],
  6: [namedSuspect],
  7: [
    namedSuspect,
    admission,
    mustBeTrue('cannabis-or-khat-possession', 'cannabisOrKhatPossession', 'an offence of possession of cannabis or khat', 'ACPO Cannabis possession for personal use (2009); Home Office khat warning guidance (2014)'),
  ],
  8: [
    namedSuspect,
    admission,
    mustBeTrue('victim-views-sought', 'victimViewsSought', "that the victim's views were sought", 'ACPO/College of Policing Community Resolutions guidance (2012); NPCC Charging and Out of Court Disposals strategy (2017–2021)'),
  ],
  9: [namedSuspect, mustHaveText('cps-decision', 'cpsDecisionReference', 'the CPS decision (its reference)', HOCR)],
  10: [namedSuspect, rationale],
  11: [namedSuspect, belowAgeOfCriminalResponsibility],
  12: [namedSuspect, rationale],
  13: [namedSuspect, rationale],
  14: [noSuspectIdentified, victimSupport(false)],
  15: [namedSuspect, victimSupport(true)],
  16: [namedSuspect, victimSupport(false)],
  17: [namedSuspect, mustBeTrue('time-limit-expired', 'prosecutionTimeLimitExpired', 'that the time limit for prosecution has passed', "HOCR; Magistrates' Courts Act 1980, s.127")],
  18: [noSuspectIdentified],
  20: [mustHaveText('other-agency', 'otherAgency', 'the body or agency taking the further action', HOCR), victimInformed],
  21: [namedSuspect, rationale, victimInformed].map((rule) => ({ ...rule, source: OUTCOME_21_SOURCE })),
  22: [namedSuspect, mustHaveText('diversion-activity', 'diversionActivity', 'the diversionary, educational or intervention activity undertaken', HOCR)],
};
