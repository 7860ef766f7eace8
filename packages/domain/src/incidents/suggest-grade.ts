/**
 * The suggested grade: explainable, from the THRIVE+ ratings, the repeat checks and Right Care,
 * Right Person, mapped onto the model's grades by their `response`. The human confirms or
 * overrides it (grade-incident.ts). The rule, applied in this order, each step giving a reason:
 *
 * 1. **Base.** Threat, Harm or Risk rated high — a real and immediate risk to life or of serious
 *    harm — is `immediate` (national Grade 1: "danger to life", "crime in progress"). Otherwise any
 *    of them rated medium is `prompt`. Otherwise Investigation or Engagement rated medium or high
 *    needs an officer, but not urgently: `scheduled`. Otherwise `no-deployment`.
 * 2. **Raises.** Vulnerability rated high raises the response one step; being a repeat victim
 *    raises it one step more. A raise never reaches `immediate`, which is kept for a real and
 *    immediate risk (step 1): a raise from `prompt` is recorded as capped.
 * 3. **Repeat location** is reported as a reason (for problem-solving) but does not move the grade.
 * 4. **Right Care, Right Person.** Right Care demand with no crime to investigate and no real and
 *    immediate risk is `no-deployment`, whatever steps 1–2 gave: police do not attend; the route
 *    (a partner referral, by the model's rules) follows from the grade.
 * 5. **Model.** The response becomes the model's lowest-numbered grade with that response; when the
 *    model has none, the nearest more urgent one (`gradeForResponse`).
 */
import { GRADE_RESPONSES, type PolicingModel } from '@peel/model';
import { gradeForResponse, responseRank, type GradeResponse } from './grade-response';
import { ratingRank, type GradeSuggestion, type RepeatCheck, type RightCareAssessment, type SuggestionReason, type ThriveFactors } from './thrive';

/**
 * Suggests a grade (the rule above).
 * @throws {RangeError} naming `model` when it has no grades (the schema forbids it)
 */
export function suggestGrade(params: {
  model: PolicingModel;
  factors: ThriveFactors;
  repeatVictim: RepeatCheck;
  repeatLocation: RepeatCheck;
  rightCare: RightCareAssessment;
}): GradeSuggestion {
  const { model, factors, repeatVictim, repeatLocation, rightCare } = params;
  const reasons: SuggestionReason[] = [];
  const atLeast = (factor: keyof ThriveFactors, rating: 'medium' | 'high') => ratingRank(factors[factor].rating) >= ratingRank(rating);

  let response: GradeResponse;
  const high = (['threat', 'harm', 'risk'] as const).filter((factor) => atLeast(factor, 'high'));
  const medium = (['threat', 'harm', 'risk'] as const).filter((factor) => atLeast(factor, 'medium'));
  const attendance = (['investigation', 'engagement'] as const).filter((factor) => atLeast(factor, 'medium'));
  if (high.length > 0) {
    response = 'immediate';
    reasons.push({ code: 'risk-to-life', message: `${list(high)} rated high: a real and immediate risk to life or of serious harm — immediate response` });
  } else if (medium.length > 0) {
    response = 'prompt';
    reasons.push({ code: 'threat-harm-risk-medium', message: `${list(medium)} rated medium — prompt response` });
  } else if (attendance.length > 0) {
    response = 'scheduled';
    reasons.push({ code: 'attendance-needed', message: `${list(attendance)} rated medium or high with no threat, harm or risk above low — scheduled attendance` });
  } else {
    response = 'no-deployment';
    reasons.push({ code: 'no-attendance-needed', message: 'no factor rated above low — resolution without deployment' });
  }

  const raise = (code: 'vulnerability-raises' | 'repeat-victim-raises', because: string) => {
    if (response === 'immediate') return;
    if (response === 'prompt') {
      reasons.push({ code: 'raise-capped', message: `${because}, but a raise does not reach an immediate response without a high threat, harm or risk` });
      return;
    }
    const raised = GRADE_RESPONSES[responseRank(response) - 1] as GradeResponse;
    reasons.push({ code, message: `${because} — raised from ${response} to ${raised}` });
    response = raised;
  };
  if (factors.vulnerability.rating === 'high') raise('vulnerability-raises', 'Vulnerability rated high');
  if (repeatVictim.isRepeat) raise('repeat-victim-raises', `repeat victim (${repeatVictim.previousCount} earlier incident(s) in ${repeatVictim.lookbackDays} days)`);
  if (repeatLocation.isRepeat) {
    reasons.push({ code: 'repeat-location', message: `repeat location (${repeatLocation.previousCount} earlier incident(s) within ${repeatLocation.radiusMetres} m in ${repeatLocation.lookbackDays} days): consider a problem profile; the grade is not changed` });
  }
  if (rightCare.outcome === 'refer-to-partner' && response !== 'no-deployment') {
    reasons.push({ code: 'right-care-right-person', message: `Right Care, Right Person: ${rightCare.reasons.join('; ')} — police do not attend (was ${response})` });
    response = 'no-deployment';
  } else if (rightCare.outcome === 'refer-to-partner') {
    reasons.push({ code: 'right-care-right-person', message: `Right Care, Right Person: ${rightCare.reasons.join('; ')} — police do not attend` });
  }

  const grade = gradeForResponse(model, response);
  if (grade === undefined) throw new RangeError(`model ${model.id} has no grades`);
  if (grade.response !== response) {
    reasons.push({ code: 'grade-not-in-model', message: `model ${model.id} has no ${response} grade: grade ${grade.grade} (${grade.response}) is the nearest` });
  }
  return { grade: grade.grade, gradeName: grade.name, response: grade.response, reasons };
}

function list(factors: readonly string[]): string {
  return factors.map((factor) => factor.charAt(0).toUpperCase() + factor.slice(1)).join(', ');
}
