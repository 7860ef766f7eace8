/** Reads and validates a calls-for-service mapping file (YAML or JSON) and its lookup tables. */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type CallMapping, callMappingSchema } from './call-mapping';
import { CallMappingError } from './call-mapping-error';
import { type LookupTable, readLookupTable } from './lookup-table';
import { compileTimestampFormat, type TimestampFormat } from './timestamp-format';
import { createWallTimeConverter, type WallTimeConverter } from './wall-time';

/** A mapping ready to use: validated, its timestamp pattern compiled, its lookup tables read. */
export interface LoadedCallMapping {
  /** The mapping file, as given. */
  file: string;
  mapping: CallMapping;
  timestamps: TimestampFormat;
  clock: WallTimeConverter;
  lookups: { callTypes?: LookupTable; dispositions?: LookupTable; locations?: LookupTable };
}

/**
 * Loads a mapping. YAML is read with line numbers (JSON is YAML, so a JSON mapping works too);
 * every problem is reported at once, each naming its field and line, e.g.
 * `columns.receivedAt (line 7): expected a column name`.
 * @param sharedDataDir where lookup-table paths are resolved
 * @throws {CallMappingError} naming the file and every problem
 */
export async function loadCallMapping(file: string, sharedDataDir: string): Promise<LoadedCallMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CallMappingError(file, [(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mapping file not found' : String(error)]);
  }
  const mapping = parseCallMapping(text, file);
  let timestamps: TimestampFormat;
  let clock: WallTimeConverter;
  try {
    timestamps = compileTimestampFormat(mapping.timestampFormat);
    clock = createWallTimeConverter(mapping.timeZone);
  } catch (error) {
    if (error instanceof RangeError) throw new CallMappingError(file, [error.message]);
    throw error;
  }
  const lookups: LoadedCallMapping['lookups'] = {};
  for (const key of ['callTypes', 'dispositions', 'locations'] as const) {
    const ref = mapping.lookups[key];
    if (ref !== undefined) lookups[key] = await readLookupTable(sharedDataDir, ref, `lookups.${key}`);
  }
  return { file, mapping, timestamps, clock, lookups };
}

/**
 * Parses and validates mapping text (YAML or JSON).
 * @param source the file name used in messages
 * @throws {CallMappingError} listing every problem with its field path and line
 */
export function parseCallMapping(text: string, source: string): CallMapping {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new CallMappingError(
      source,
      document.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`),
    );
  }
  const result = callMappingSchema.safeParse(document.toJS());
  if (result.success) return result.data;
  throw new CallMappingError(source, result.error.issues.map((issue) => describeIssue(issue, document, lineCounter)));
}

function describeIssue(issue: z.core.$ZodIssue, document: ReturnType<typeof parseDocument>, lineCounter: LineCounter): string {
  const path = issue.path.map(String);
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = path.length === 0 ? '(the mapping)' : path.join('.');
  // The line of the value at fault, or of its nearest ancestor present in the file.
  let line: number | undefined;
  // (The document's own line is used only for problems of the whole mapping.)
  for (let depth = path.length; depth >= Math.min(1, path.length) && line === undefined; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) line = lineCounter.linePos(node.range[0]).line;
  }
  const where = line === undefined ? field : `${field} (line ${line})`;
  if (keys.length > 0) return `${where}: unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: missing`;
  return `${where}: ${issue.message}`;
}
