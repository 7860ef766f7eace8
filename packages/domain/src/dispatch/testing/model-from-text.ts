/** A policing model from YAML text for tests: the caller reads the file (this package may not). */
import { loadModel, type PolicingModel } from '@peel/model';

/** Loads `text` and returns the model; throws listing the errors when it is not valid. */
export function modelFromText(text: string): PolicingModel {
  const result = loadModel(text);
  if (!result.valid) throw new Error(`invalid test model:\n${result.errors.map((issue) => `${issue.line}:${issue.column} ${issue.path}: ${issue.message}`).join('\n')}`);
  return result.model;
}
