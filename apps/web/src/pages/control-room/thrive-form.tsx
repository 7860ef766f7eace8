/**
 * The structured THRIVE+ assessment (POST /api/incidents/:id/assessments): each of the six
 * factors rated none / low / medium / high with the assessor's rationale, both required. A
 * re-assessment starts from the latest one's answers. Radios are a native group per factor, so
 * arrow keys move between ratings; errors are shown at the factor they concern.
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { errorFor, isFieldError, type FieldErrors } from './form-fields';
import type { AssessmentResult, FactorAssessment, ThriveAssessment, ThriveRating } from './types';

/** What each factor asks (College of Policing THRIVE+). */
const FACTOR_QUESTIONS: Record<string, string> = {
  threat: 'Threat — is there a threat to anyone, and how imminent?',
  harm: 'Harm — what harm has been done, or could be?',
  risk: 'Risk — how likely is the threat or harm to happen?',
  investigation: 'Investigation — what investigation is needed, and how soon?',
  vulnerability: 'Vulnerability — is anyone vulnerable, and why?',
  engagement: 'Engagement — what does the caller need from us to engage?',
};

interface ThriveFormProps {
  incidentId: string;
  version: number;
  factors: readonly string[];
  ratings: readonly ThriveRating[];
  /** The latest assessment, to start a re-assessment from. */
  previous: ThriveAssessment | undefined;
  onRecorded: (result: AssessmentResult) => void;
  onCancel?: () => void;
}

/** The form. */
export function ThriveForm({ incidentId, version, factors, ratings, previous, onRecorded, onCancel }: ThriveFormProps) {
  const api = useApi();
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, Partial<FactorAssessment>>>(() =>
    Object.fromEntries(factors.map((factor) => [factor, previous?.factors[factor] ? { ...previous.factors[factor] } : {}])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useMutation({
    mutationFn: (body: unknown) => api.post<AssessmentResult>(`/api/incidents/${encodeURIComponent(incidentId)}/assessments`, body),
    onSuccess: onRecorded,
  });

  const set = (factor: string, change: Partial<FactorAssessment>) => setAnswers((current) => ({ ...current, [factor]: { ...current[factor], ...change } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const factor of factors) {
      if (!answers[factor]?.rating) found[`factors.${factor}.rating`] = `Rate ${factor}.`;
      if (!answers[factor]?.rationale?.trim()) found[`factors.${factor}.rationale`] = `Give the rationale for the ${factor} rating.`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    record.mutate({
      factors: Object.fromEntries(factors.map((factor) => [factor, { rating: answers[factor]!.rating, rationale: answers[factor]!.rationale!.trim() }])),
      expectedVersion: version,
    });
  };

  const fields = factors.flatMap((factor) => [`factors.${factor}.rating`, `factors.${factor}.rationale`, `factors.${factor}`]);
  return (
    <form className="thrive-form" onSubmit={submit} noValidate aria-label={previous ? 'THRIVE+ re-assessment' : 'THRIVE+ assessment'}>
      {record.error && !isFieldError(record.error, fields) ? <ErrorMessage error={record.error} title="The assessment was not recorded" /> : null}
      {factors.map((factor) => {
        const ratingError = errorFor(`factors.${factor}.rating`, errors, record.error);
        const rationaleError = errorFor(`factors.${factor}.rationale`, errors, record.error);
        const base = `${id}-${factor}`;
        return (
          <fieldset key={factor} className="fieldset thrive-factor" aria-describedby={ratingError ? `${base}-rating-error` : undefined}>
            <legend>{FACTOR_QUESTIONS[factor] ?? factor}</legend>
            <div className="rating-row">
              {ratings.map((rating) => (
                <label key={rating} className="radio">
                  <input type="radio" name={`${base}-rating`} value={rating} checked={answers[factor]?.rating === rating} onChange={() => set(factor, { rating })} /> {rating}
                </label>
              ))}
            </div>
            {ratingError && (
              <p id={`${base}-rating-error`} className="field-error">
                <span className="visually-hidden">Error: </span>
                {ratingError}
              </p>
            )}
            <label htmlFor={`${base}-rationale`}>Rationale for {factor}</label>
            <textarea
              id={`${base}-rationale`}
              rows={2}
              value={answers[factor]?.rationale ?? ''}
              aria-invalid={rationaleError ? true : undefined}
              aria-describedby={rationaleError ? `${base}-rationale-error` : undefined}
              onChange={(event) => set(factor, { rationale: event.target.value })}
            />
            {rationaleError && (
              <p id={`${base}-rationale-error`} className="field-error">
                <span className="visually-hidden">Error: </span>
                {rationaleError}
              </p>
            )}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="submit" className="primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record THRIVE+ assessment'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel re-assessment
          </button>
        )}
      </div>
    </form>
  );
}
