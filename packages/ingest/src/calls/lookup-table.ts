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
}

/**
 * Reads `ref.file` (relative to the shared data directory) and maps each row's `key` column to its
 * `value` column. A UTF-8 byte-order mark is dropped (the San Diego tables start with one, which
 * would otherwise become part of the first header). Keys and values are trimmed; rows with an empty
 * key are ignored; a key given twice with different values is an error.
 * @param field where the table is named in the mapping, e.g. `lookups.callTypes`, for messages
 * @throws {CallMappingError} naming the file and the field when the file is missing, lacks a column, or is contradictory
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
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
  const headers = parsed.meta.fields ?? [];
  for (const [key, name] of [['key', ref.key], ['value', ref.value]] as const) {
    if (!headers.includes(name)) throw new CallMappingError(file, [`${field}.${key}: no column '${name}' (the columns are ${headers.filter(Boolean).join(', ')})`]);
  }
  const values = new Map<string, string>();
  const problems: string[] = [];
  parsed.data.forEach((row, index) => {
    const key = row[ref.key]?.trim() ?? '';
    const value = row[ref.value]?.trim() ?? '';
    if (key === '') return;
    const earlier = values.get(key);
    if (earlier !== undefined && earlier !== value) problems.push(`line ${index + 2}: ${ref.key} '${key}' is given as both '${earlier}' and '${value}'`);
    values.set(key, value);
  });
  if (problems.length > 0) throw new CallMappingError(file, problems);
  return { file, values };
}
