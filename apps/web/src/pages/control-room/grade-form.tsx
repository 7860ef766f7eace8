/**
 * The grading decision (POST /api/incidents/:id/grade): the suggested grade from the latest
 * THRIVE+ assessment with its reasons, then the human decision — accept it, or override it with
 * another grade and a reason. Every regrade needs a reason too. Each grade shows its target and
 * the clock that target runs on, so the controller knows what they are promising.
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/ui/error-message';
import { errorFor, Field, isFieldError, type FieldErrors } from './form-fields';
import { CLOCK_LABELS } from './queue-model';
import type { ControlRoomReference, DecisionResult, GradeDecision, ThriveAssessment } from './types';

interface GradeFormProps {
  incidentId: string;
  version: number;
  assessment: ThriveAssessment;
  /** The grade in force, when this is a regrade. */
  current: { grade: number } | null;
  grades: ControlRoomReference['grades'];
  onDecided: (result: DecisionResult<GradeDecision>) => void;
}

/** "within 15 min urban / 20 min rural from call answered", or the appointment window. */
export function gradeTargetText(grade: ControlRoomReference['grades'][number]): string {
  if (grade.attendance) return `attend within ${grade.attendance.urbanTargetMinutes} min urban / ${grade.attendance.ruralTargetMinutes} min rural, ${CLOCK_LABELS[grade.attendance.clock]}`;
  if (grade.appointmentWithinHours !== null) return `appointment within ${grade.appointmentWithinHours} hours of grading`;
  return 'no attendance';
}

/** The suggestion and the decision form. */
export function GradeForm({ incidentId, version, assessment, current, grades, onDecided }: GradeFormProps) {
  const api = useApi();
  const id = useId();
  const suggested = assessment.suggestion.grade;
  const [choice, setChoice] = useState<'accept' | 'override'>('accept');
  const [overrideGrade, setOverrideGrade] = useState(String(grades.find((grade) => grade.grade !== suggested)?.grade ?? suggested));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const decide = useMutation({
    mutationFn: (body: unknown) => api.post<DecisionResult<GradeDecision>>(`/api/incidents/${encodeURIComponent(incidentId)}/grade`, body),
    onSuccess: onDecided,
  });
  const suggestedGrade = grades.find((grade) => grade.grade === suggested);
  const chosen = choice === 'accept' ? suggested : Number(overrideGrade);
  const needsReason = choice === 'override' || current !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (choice === 'override' && chosen === suggested) found.grade = 'Choose a grade other than the suggested one, or accept the suggestion.';
    if (needsReason && !reason.trim()) found.reason = current !== null ? 'Give the reason for regrading.' : 'Give the reason for overriding the suggested grade.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    decide.mutate({ grade: chosen, ...(reason.trim() ? { reason: reason.trim() } : {}), expectedVersion: version });
  };

  return (
    <form className="grade-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="suggestion">
        <strong>
          Suggested grade {suggested}
          {suggestedGrade ? ` — ${suggestedGrade.name}` : ''}
        </strong>
        {suggestedGrade ? `: ${gradeTargetText(suggestedGrade)}.` : ''}
      </p>
      <ul className="reasons">
        {assessment.suggestion.reasons.map((item) => (
          <li key={item.code}>{item.message}</li>
        ))}
        {assessment.repeatVictim.isRepeat && <li>Repeat victim: {assessment.repeatVictim.previousCount} earlier incident(s) in {assessment.repeatVictim.lookbackDays} days.</li>}
        {assessment.repeatLocation.isRepeat && <li>Repeat location: {assessment.repeatLocation.previousCount} earlier incident(s) nearby in {assessment.repeatLocation.lookbackDays} days.</li>}
        {assessment.rightCare.outcome !== 'not-applicable' && <li>Right Care, Right Person: {assessment.rightCare.outcome === 'refer-to-partner' ? 'refer to the partner agency' : 'police attend'}.</li>}
      </ul>
      {decide.error && !isFieldError(decide.error, ['grade', 'reason']) ? <ErrorMessage error={decide.error} title="The grade was not recorded" /> : null}
      <fieldset className="fieldset">
        <legend>{current ? `Regrade (now grade ${current.grade})` : 'Your decision'}</legend>
        <label className="radio">
          <input type="radio" name={`${id}-choice`} checked={choice === 'accept'} onChange={() => setChoice('accept')} /> Accept the suggested grade {suggested}
        </label>
        <label className="radio">
          <input type="radio" name={`${id}-choice`} checked={choice === 'override'} onChange={() => setChoice('override')} /> Override with another grade
        </label>
      </fieldset>
      {choice === 'override' && (
        <Field label="Grade" error={errorFor('grade', errors, decide.error)}>
          {(props) => (
            <select {...props} value={overrideGrade} onChange={(event) => setOverrideGrade(event.target.value)}>
              {grades.map((grade) => (
                <option key={grade.grade} value={grade.grade}>
                  {grade.grade} — {grade.name} ({gradeTargetText(grade)})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={needsReason ? 'Reason (required)' : 'Reason (optional)'} hint={needsReason ? 'Recorded with the decision on the incident’s timeline.' : undefined} error={errorFor('reason', errors, decide.error)}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={decide.isPending}>
          {decide.isPending ? 'Recording…' : choice === 'accept' ? `Confirm grade ${suggested}` : `Override to grade ${chosen}`}
        </button>
      </div>
    </form>
  );
}
