/** A code → description (or area) table read from a small CSV, e.g. San Diego's call types. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { CallMappingError } from './call-mapping-error';
import type { LookupTableRef } from './call-mapping';

/** A loaded lookup table. */
export interface LookupTable {
  /** Absolute path of the CSV. */
  file: string;
  values: ReadonlyMap<string, string>;
  /** Keys given twice with different values (the first is kept), as lines for people. */
  warnings: string[];
}

/**
 * Reads `ref.file` (relative to the shared data directory) and maps each row's `key` column to its
 * `value` column. A UTF-8 byte-order mark is dropped (the San Diego tables start with one, which
 * would otherwise become part of the first header). Keys and values are trimmed; rows with an empty
 * key are ignored. A key given twice with different values keeps its first value and is listed in
 * `warnings` (San Diego's call-type table gives FP as both FOOT PURSUIT and WARRANT): a description
 * table is no reason to refuse a file of calls, but the contradiction is said.
 * @param field where the table is named in the mapping, e.g. `lookups.callTypes`, for messages
 * @throws {CallMappingError} naming the file and the field when the file is missing or lacks a column
 */
export async function readLookupTable(sharedDataDir: string, ref: LookupTableRef, field: string): Promise<LookupTable> {
  const file = path.resolve(sharedDataDir, ref.file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new CallMappingError(file, [`${field}.file: ${reason} (paths are relative to the shared data directory ${sharedDataDir})`]);
  }
  // Rows as arrays, not objects: the call-type table has blank trailing headers (",,,"), which
  // papaparse's header mode would rename (and announce on the console).
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' }).data;
  const headers = (rows[0] ?? []).map((header) => header.trim());
  const [keyIndex, valueIndex] = (['key', 'value'] as const).map((which) => {
    const index = headers.indexOf(ref[which]);
    if (index === -1) throw new CallMappingError(file, [`${field}.${which}: no column '${ref[which]}' (the columns are ${headers.filter(Boolean).join(', ')})`]);
    return index;
  }) as [number, number];
  const values = new Map<string, string>();
  const warnings: string[] = [];
  rows.slice(1).forEach((row, index) => {
    const key = row[keyIndex]?.trim() ?? '';
    const value = row[valueIndex]?.trim() ?? '';
    if (key === '') return;
    const earlier = values.get(key);
    if (earlier === undefined) values.set(key, value);
    else if (earlier !== value) warnings.push(`${path.basename(file)} line ${index + 2}: ${ref.key} '${key}' is given as both '${earlier}' and '${value}'; kept '${earlier}'`);
  });
  return { file, values, warnings };
}
