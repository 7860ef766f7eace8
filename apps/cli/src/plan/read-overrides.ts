/**
 * The overrides file of `peel plan --overrides <file>`, YAML or JSON (JSON is YAML):
 *
 *     model: kent                 # optional; must be the planned model's id
 *     overrides:
 *       - area: medway            # a role in an area where one team has it …
 *         role: PC
 *         delta: +3               # whole posts, not 0
 *         who: Ch Supt A. Smith
 *         why: night-time economy in Chatham
 *       - team: dover-ldpt        # … or a team's role
 *         role: PC
 *         delta: -3
 *         who: Ch Supt A. Smith
 *         why: posts moved to Medway
 *
 * A bare list of overrides is accepted too. Every error names the file, the line and the field.
 */
import { readFile } from 'node:fs/promises';
import { PlanOverrideError, type PlanOverride } from '@peel/engine';
import { locateIssues, type ModelIssue } from '@peel/model';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });

const overrideSchema = z.strictObject({
  area: text('an area id').optional(),
  team: text('a team id').optional(),
  role: text('a role key'),
  delta: z
    .number({ error: 'expected a whole number of posts, e.g. +2 or -1' })
    .int({ error: 'expected a whole number of posts, e.g. +2 or -1' })
    .refine((value) => value !== 0, { error: 'expected a change other than 0' }),
  who: text('who made the override'),
  why: text('the reason for the override'),
  at: text('a date and time (ISO 8601)').optional(),
});

const fileSchema = z.strictObject({ model: text('a model id').optional(), overrides: z.array(overrideSchema) });

/** A read overrides file: its overrides and how to place an engine error about one of them in the file. */
export interface OverridesFile {
  overrides: PlanOverride[];
  /** The engine's PlanOverrideError about overrides[i] as `file:line:column field: reason`. */
  locate(error: PlanOverrideError): string;
}

/** Reads and checks an overrides file; errors name the file, line and field. */
export async function readOverrides(file: string, modelId: string): Promise<OverridesFile> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`--overrides: cannot read ${file} (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message})`, { cause: error });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [syntax] = document.errors;
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new Error(`--overrides: ${file}:${line}:${col} is not valid YAML or JSON (${syntax.message.split('\n')[0]})`);
  }
  const json: unknown = document.toJS();
  const bare = Array.isArray(json);
  const prefix = bare ? [] : ['overrides'];
  const at = (issue: ModelIssue) => {
    const [located] = locateIssues(source, [issue]);
    return `${file}:${located!.line}:${located!.column} ${located!.path}: ${located!.message}`;
  };
  const parsed = fileSchema.safeParse(bare ? { overrides: json } : json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = bare ? issue.path.slice(1) : issue.path;
    throw new Error(`--overrides: ${at({ path: path as (string | number)[], message: issue.message, severity: 'error', atKey: issue.code === 'unrecognized_keys' })}`);
  }
  if (parsed.data.model !== undefined && parsed.data.model !== modelId) throw new Error(`--overrides: ${at({ path: ['model'], message: `overrides for model ${parsed.data.model}, not ${modelId}`, severity: 'error' })}`);
  return {
    overrides: parsed.data.overrides,
    locate: (error) => at({ path: [...prefix, error.index, error.field], message: error.message.replace(/^overrides\[\d+\]\.\w+: /, ''), severity: 'error' }),
  };
}
