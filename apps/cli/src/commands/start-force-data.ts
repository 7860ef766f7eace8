/**
 * The force `peel start` runs on, stored in the database with its data: the seed force's model
 * (models/<force>.yaml) with its real ONS boundaries and data.police.uk crime from the shared data
 * directory — or, when that directory is missing (or `--force synthetic`), the synthetic demo force
 * (models/synthetic.yaml) with the seeded data of start-demo-data.ts. Every step is idempotent: the
 * model is stored once per content, a district's boundaries only when none are stored, and crime
 * files by content hash (a file imported before is skipped), so later starts only check.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@peel/config';
import { createBoundaryRepository, createDemandRepository, createModelRepository, type DatabaseHandle } from '@peel/db';
import type { BoundaryLevel } from '@peel/domain';
import { hashFile, importBoundaryFiles, importPoliceUkFiles, isPerDistrict, loadGeographyFromRepository, resolveBoundaryPath, type BoundarySource } from '@peel/ingest';
import { loadModel, type PolicingModel } from '@peel/model';
import { readModelFile } from '../model-file';
import { writeDemoForceFiles } from './start-demo-data';

/** The repository's models folder. */
export const MODELS_DIR = fileURLToPath(new URL('../../../../models', import.meta.url));

/** The force id that selects the synthetic demo force. */
export const DEMO_FORCE = 'synthetic';

/** The force as stored, and what was done. */
export interface StartForce {
  model: PolicingModel;
  modelFile: string;
  /** 'real': the shared data directory's files; 'demo': the synthetic force's generated ones. */
  data: 'real' | 'demo';
  /** One line per step, for the start-up log. */
  notes: string[];
}

/** Stores the force and its data (see the file comment). `stateDir` holds the demo force's generated files. */
export async function prepareForce(params: {
  handle: DatabaseHandle;
  config: Config;
  force: string;
  stateDir: string;
  seed: number;
  /** Import every crime file of the force (default), or only the latest month's (browser tests: quicker, same boundaries). */
  crimeFiles?: 'all' | 'latest';
}): Promise<StartForce> {
  const { handle, config, force, stateDir, seed } = params;
  const { modelFile, demo, hasSharedData } = resolveForceModel(force, config.sharedDataDir);
  const notes: string[] = [];
  if (!hasSharedData) notes.push(`no shared data directory at ${config.sharedDataDir} (set PEEL_SHARED_DATA): using the synthetic demo force`);
  const model = await storeModel({ handle, modelFile, sharedDataDir: config.sharedDataDir, notes });

  const boundaries = createBoundaryRepository(handle.db);
  let crimeFiles: string[];
  if (demo) {
    const directory = path.join(stateDir, 'demo-force');
    const files = writeDemoForceFiles({ model, directory, seed });
    notes.push(`synthetic demo force: data generated in ${directory} (seed ${seed})`);
    const wards = await importBoundaryFiles({ files: files.wardFiles, level: 'ward', repository: boundaries });
    const lsoas = await importBoundaryFiles({ files: files.lsoaFiles, level: 'lsoa', repository: boundaries });
    notes.push(`demo boundaries: ${wards.imported + lsoas.imported} stored, ${wards.alreadyImported + lsoas.alreadyImported} file(s) already imported`);
    crimeFiles = files.crimeFiles;
  } else {
    notes.push(await importMissingBoundaries({ handle, model, sharedDataDir: config.sharedDataDir }));
    crimeFiles = findCrimeFiles(config.sharedDataDir, model.id);
    if (crimeFiles.length === 0) throw new Error(`no data.police.uk files *-${model.id}-street.csv under ${config.sharedDataDir}: the force's demand cannot be loaded`);
  }
  if (params.crimeFiles === 'latest') crimeFiles = crimeFiles.slice(-1);
  const demand = createDemandRepository(handle.db);
  // Placing records needs every boundary polygon in memory: load them only when a file is new.
  const digests = await Promise.all(crimeFiles.map((file) => hashFile(file)));
  const known = await Promise.all(digests.map((digest) => demand.findImport('police-uk-crime', digest.sha256)));
  if (known.every((summary) => summary !== undefined)) {
    notes.push(`crime: ${crimeFiles.length} file(s), all imported before`);
    return { model, modelFile, data: demo ? 'demo' : 'real', notes };
  }
  const geography = await loadGeographyFromRepository({ repository: boundaries, model });
  const imported = await importPoliceUkFiles({ files: crimeFiles, demand, geography: geography.resolver });
  const { summary } = imported;
  const failed = imported.reports.filter((file) => file.status === 'failed');
  if (failed.length > 0) throw new Error(`crime import failed: ${failed.map((file) => `${file.file}: ${file.errors[0]?.reason ?? 'failed'}`).join('; ')}`);
  const before = imported.reports.filter((file) => file.status === 'already-imported').length;
  notes.push(`crime: ${crimeFiles.length} file(s): ${summary.imported} record(s) imported now (${summary.rejected} row(s) rejected); ${before} file(s) imported before`);
  return { model, modelFile, data: demo ? 'demo' : 'real', notes };
}

/**
 * The model file `peel start --force <force>` runs on: models/<force>.yaml, or the synthetic demo
 * force's when `force` is `synthetic` or there is no shared data directory. Throws naming the
 * forces there are when `force` has no model.
 */
export function resolveForceModel(force: string, sharedDataDir: string): { modelFile: string; demo: boolean; hasSharedData: boolean } {
  const known = readdirSync(MODELS_DIR).filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));
  if (!known.includes(force)) throw new Error(`--force: no model "${force}" in ${MODELS_DIR} (forces: ${known.join(', ')})`);
  const hasSharedData = existsSync(sharedDataDir);
  const demo = force === DEMO_FORCE || !hasSharedData;
  return { modelFile: path.join(MODELS_DIR, `${demo ? DEMO_FORCE : force}.yaml`), demo, hasSharedData };
}

/**
 * Stores the model file unless exactly this content is stored already. Checking a model's wards
 * against the boundary files reads them all (seconds for a large force), so a model stored before
 * with the same content hash is only parsed: it was checked when it was stored.
 */
async function storeModel(params: { handle: DatabaseHandle; modelFile: string; sharedDataDir: string; notes: string[] }): Promise<PolicingModel> {
  const { handle, modelFile, sharedDataDir, notes } = params;
  const repository = createModelRepository(handle.db);
  const text = readFileSync(modelFile, 'utf8');
  const contentHash = createHash('sha256').update(text).digest('hex');
  const parsed = loadModel(text);
  if (parsed.valid) {
    const stored = await repository.get(parsed.model.id);
    if (stored?.contentHash === contentHash) {
      notes.push(`model ${parsed.model.id} (${parsed.model.force}): already stored`);
      return parsed.model;
    }
  }
  const report = await readModelFile(modelFile, sharedDataDir);
  if (!report.valid || !report.model || report.text === undefined) {
    const first = report.errors[0];
    throw new Error(`${modelFile} is not a valid policing model${first ? ` (line ${first.line}: ${first.path}: ${first.message})` : ''}; see \`peel model validate ${modelFile}\``);
  }
  const model = report.model;
  const saved = await repository.save({ id: model.id, name: model.force, sourcePath: modelFile, contentHash: createHash('sha256').update(report.text).digest('hex'), document: model });
  notes.push(`model ${model.id} (${model.force}): ${saved.saved ? 'stored' : 'already stored'}`);
  return model;
}

/**
 * Imports the model's boundary files (per district and level) that are not imported yet. A file is
 * known by its content hash, so the check reads each file once and loads no polygon.
 */
async function importMissingBoundaries(params: { handle: DatabaseHandle; model: PolicingModel; sharedDataDir: string }): Promise<string> {
  const { handle, model, sharedDataDir } = params;
  const repository = createBoundaryRepository(handle.db);
  const demand = createDemandRepository(handle.db);
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const sources: [BoundaryLevel, BoundarySource | undefined][] = [
    ['ward', model.geography.boundaries.wards],
    ['lsoa', model.geography.boundaries.lsoas],
  ];
  let stored = 0;
  let before = 0;
  for (const [level, source] of sources) {
    if (!source) continue;
    const files = isPerDistrict(source) ? districts.map((district) => resolveBoundaryPath(sharedDataDir, source, district)) : [resolveBoundaryPath(sharedDataDir, source)];
    const missing: string[] = [];
    for (const file of files) {
      if (await demand.findImport('boundaries', (await hashFile(file)).sha256)) before += 1;
      else missing.push(file);
    }
    if (missing.length === 0) continue;
    const report = await importBoundaryFiles({ files: missing, level, repository, properties: { codeProperty: source.codeProperty, nameProperty: source.nameProperty } });
    stored += report.imported;
  }
  return `boundaries: ${stored} stored now; ${before} file(s) imported before`;
}

/** The data.police.uk street-crime files of force `id` (`<yyyy-mm>-<id>-street.csv`) anywhere under `directory`, oldest month first. */
export function findCrimeFiles(directory: string, id: string): string[] {
  // Exactly <yyyy-mm>-<id>-street.csv: "north-yorkshire" files must not count as a "yorkshire" force's.
  const name = new RegExp(`^\\d{4}-\\d{2}-${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-street\\.csv$`);
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(path.basename(file)))
    .sort((a, b) => path.basename(a).localeCompare(path.basename(b)))
    .map((file) => path.join(directory, file));
}
