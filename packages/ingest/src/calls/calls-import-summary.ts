/** The `--json` summary of `peel import calls`: the police-uk import's summary, plus calls-only counts. */
import { type ImportRunSummary, summariseImports } from '../pipeline/summarise-imports';
import type { CallsFileImport } from './import-calls-file';

/**
 * The summary of a calls import: the shared {@link ImportRunSummary} (`files … errors,
 * errorsOmitted`, built by the same `summariseImports` as the police-uk import), where
 * `byCategory` counts **call types** as written in the file. After it: `byGrade` (Peel grade,
 * 'ungraded' for priorities the mapping leaves out), `byPriority` (as written), `timeZone` (the
 * zone local times were read in) and `notes` (lookup-table misses and contradictions).
 */
export interface CallsImportSummary extends ImportRunSummary {
  byGrade: Record<string, number>;
  byPriority: Record<string, number>;
  timeZone: string;
  notes: string[];
}

/** Builds the summary of one imported file. */
export function summariseCallsImport(result: CallsFileImport, timeZone: string, maxErrors?: number): CallsImportSummary {
  const { counts } = result;
  return { ...summariseImports([result.report], maxErrors), byGrade: counts.byGrade, byPriority: counts.byPriority, timeZone, notes: counts.notes };
}
