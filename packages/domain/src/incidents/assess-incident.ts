/**
 * Records a THRIVE+ assessment (first or re-assessment; earlier ones are kept): validates the six
 * ratings and rationales, runs the repeat-victim and repeat-location checks against history, the
 * Right Care, Right Person test, and suggests a grade. Appends one `assessed` event.
 */
import { DomainError } from '../shared/domain-error';
import type { Incident } from './incident';
import type { IncidentDeps } from './incident-deps';
import { resolveIncidentSettings } from './incident-settings';
import { checkRepeats } from './check-repeats';
import { loadIncident } from './load-incident';
import { assessRightCareRightPerson } from './right-care-right-person';
import { suggestGrade } from './suggest-grade';
import { THRIVE_FACTORS, THRIVE_RATINGS, type FactorAssessment, type ThriveAssessment, type ThriveFactor, type ThriveFactors } from './thrive';
import type { AssessedEvent } from './timeline';
import { requireText } from './validate-input';

/** Input of {@link assessIncident}. */
export interface AssessIncidentInput {
  readonly incidentId: string;
  /** The user making the assessment. */
  readonly assessedBy: string;
  /** Every one of the six factors, each with a rating and a rationale. */
  readonly factors: Readonly<Record<ThriveFactor, { readonly rating: string; readonly rationale: string }>>;
  /** The version the assessor saw; the assessment is refused (CONFLICT) if the incident changed since. */
  readonly expectedVersion?: number;
}

/** The incident after the assessment, and the assessment (with its suggestion). */
export interface AssessIncidentResult {
  readonly incident: Incident;
  readonly assessment: ThriveAssessment;
}

/**
 * Assesses an incident.
 * @throws {DomainError} VALIDATION naming `factors.<factor>.rating` / `.rationale` or `assessedBy`;
 *   NOT_FOUND; CONFLICT when the incident changed since `expectedVersion` (or concurrently)
 */
export async function assessIncident(deps: Pick<IncidentDeps, 'model' | 'incidents' | 'history' | 'clock' | 'ids' | 'settings'>, input: AssessIncidentInput): Promise<AssessIncidentResult> {
  const assessedBy = requireText(input.assessedBy, 'assessedBy');
  const factors = readFactors(input.factors);
  const settings = resolveIncidentSettings(deps.settings);
  const incident = await loadIncident(deps.incidents, input.incidentId, input.expectedVersion);
  const now = deps.clock.now();
  const { repeatVictim, repeatLocation } = await checkRepeats({ history: deps.history, incident, settings, now });
  const rightCare = assessRightCareRightPerson({ incident, factors, rightCareTags: settings.rightCareTags });
  const suggestion = suggestGrade({ model: deps.model, factors, repeatVictim, repeatLocation, rightCare });
  const assessment: ThriveAssessment = { id: deps.ids.next('assessment'), factors, assessedBy, assessedAt: now, repeatVictim, repeatLocation, rightCare, suggestion };
  const event: AssessedEvent = {
    sequence: incident.version + 1,
    type: 'assessed',
    at: now,
    by: assessedBy,
    assessmentId: assessment.id,
    reassessment: incident.assessments.length > 0,
    suggestedGrade: suggestion.grade,
    repeatVictim: repeatVictim.isRepeat,
    repeatLocation: repeatLocation.isRepeat,
  };
  await deps.incidents.appendAssessment({ incidentId: incident.id, expectedVersion: incident.version, record: assessment, event });
  return {
    incident: { ...incident, assessments: [...incident.assessments, assessment], timeline: [...incident.timeline, event], version: event.sequence },
    assessment,
  };
}

function readFactors(input: AssessIncidentInput['factors'] | undefined): ThriveFactors {
  if (input === undefined || input === null || typeof input !== 'object') throw new DomainError('VALIDATION', `factors is required (${THRIVE_FACTORS.join(', ')})`, 'factors');
  const unknown = Object.keys(input).filter((key) => !(THRIVE_FACTORS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new DomainError('VALIDATION', `factors.${unknown[0]} is not a THRIVE+ factor (${THRIVE_FACTORS.join(', ')})`, `factors.${unknown[0]}`);
  const read = (factor: ThriveFactor): FactorAssessment => {
    const given = input[factor];
    if (given === undefined || given === null) throw new DomainError('VALIDATION', `factors.${factor} is required: every THRIVE+ factor is rated`, `factors.${factor}`);
    const rating = THRIVE_RATINGS.find((candidate) => candidate === given.rating);
    if (rating === undefined) {
      throw new DomainError('VALIDATION', `factors.${factor}.rating must be one of ${THRIVE_RATINGS.join(', ')}, got ${JSON.stringify(given.rating)}`, `factors.${factor}.rating`);
    }
    return { rating, rationale: requireText(given.rationale, `factors.${factor}.rationale`) };
  };
  return { threat: read('threat'), harm: read('harm'), risk: read('risk'), investigation: read('investigation'), vulnerability: read('vulnerability'), engagement: read('engagement') };
}
