import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type BoundarySource, DISTRICT_PLACEHOLDER } from './boundary-source';

/** The per-district files of a source found on disk, or the directory that is missing. */
export type DistrictFiles = { ok: true; directory: string; files: Map<string, string> } | { ok: false; missingDirectory: string };

/**
 * Finds the files of a per-district source: lists the directory of its path template and matches the
 * file names against the template's last segment, `{district}` matching a plain code.
 * @returns district code → absolute path (sorted by code), or the missing directory
 * @throws {RangeError} when `{district}` is missing from the path or appears outside its last segment
 */
export async function listDistrictFiles(sharedDataDir: string, source: Pick<BoundarySource, 'path'>): Promise<DistrictFiles> {
  const template = path.basename(source.path);
  const directory = path.resolve(sharedDataDir, path.dirname(source.path));
  if (!template.includes(DISTRICT_PLACEHOLDER) || path.dirname(source.path).includes(DISTRICT_PLACEHOLDER)) {
    throw new RangeError(`boundary path ${source.path} must have {district} in its file name (and only there) to list districts`);
  }
  const pattern = new RegExp(`^${template.split(DISTRICT_PLACEHOLDER).map(escapeRegExp).join('([A-Za-z0-9_-]+)')}$`);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return { ok: false, missingDirectory: directory };
    }
    throw error;
  }
  const files = new Map<string, string>();
  for (const name of names.sort()) {
    const district = pattern.exec(name)?.[1];
    if (district !== undefined) files.set(district, path.join(directory, name));
  }
  return { ok: true, directory, files };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
