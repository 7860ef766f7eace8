/** Parses a policing model's YAML text for tests, failing loudly with the loader's errors. */
import { loadModel, type PolicingModel } from '@peel/model';

/** The model in `text`; throws listing the errors when it does not load. */
export function parseModel(text: string, name = 'model'): PolicingModel {
  const result = loadModel(text);
  if (!result.valid) throw new Error(`${name} does not load: ${result.errors.map((e) => `${e.path} (line ${e.line}): ${e.message}`).join('; ')}`);
  return result.model;
}
