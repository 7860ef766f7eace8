/**
 * What a grade means for deployment (the model's `response`), ordered from most to least urgent, and
 * the model's grade for each. Forces number their grades differently (some have 5), so the domain
 * reasons in responses and looks the number up in the model.
 */
import { GRADE_RESPONSES, type PolicingModel } from '@peel/model';

/** One of the model's grade responses: immediate, prompt, scheduled, no-deployment. */
export type GradeResponse = (typeof GRADE_RESPONSES)[number];

/** One grade of a model. */
export type GradeDefinition = PolicingModel['grades'][number];

/** The urgency rank of a response: 0 immediate … 3 no-deployment. */
export function responseRank(response: GradeResponse): number {
  return GRADE_RESPONSES.indexOf(response);
}

/**
 * The model grade for `response`: the lowest-numbered grade with that response; when the model has
 * none, the nearest **more** urgent response that it has (a suggestion is never less urgent than
 * the rule asks for), and failing that the nearest less urgent one. Undefined only for a model with
 * no grades, which the schema forbids.
 */
export function gradeForResponse(model: PolicingModel, response: GradeResponse): GradeDefinition | undefined {
  const wanted = responseRank(response);
  const byNumber = [...model.grades].sort((a, b) => a.grade - b.grade);
  const order = [
    ...Array.from({ length: wanted + 1 }, (_, index) => wanted - index),
    ...Array.from({ length: GRADE_RESPONSES.length - wanted - 1 }, (_, index) => wanted + 1 + index),
  ];
  for (const rank of order) {
    const found = byNumber.find((grade) => responseRank(grade.response) === rank);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The model grade numbered `grade`, or undefined. */
export function findGrade(model: PolicingModel, grade: number): GradeDefinition | undefined {
  return model.grades.find((candidate) => candidate.grade === grade);
}
