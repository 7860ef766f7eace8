/**
 * The synthetic demo force's data, for `peel start` on a machine without the real public data:
 * ward and LSOA boundaries for the wards of models/synthetic.yaml ("Peelshire", invented; its
 * codes are in the unused E0599990x / E0199990xx ranges) and three months of data.police.uk-format
 * street crime placed in them. Seeded and deterministic: the same seed writes the same bytes, so
 * the usual idempotent imports (by content hash) store them once.
 *
 * Layout (invented, not a real place): each ward is a rectangle on a row of its area — urban wards
 * 4 km across, rural ones 10 km — split into four LSOAs. Crime falls in urban LSOAs three times as
 * often as in rural ones, at uniformly random points, with crime types in the proportions of the
 * real files in the shared data (SOURCES.md §1: the 25 street-crime files).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CRIME_TYPE_WEIGHTS, STREET_CRIME_COLUMNS } from '@peel/ingest';
import { Xoshiro128 } from '@peel/engine';
import type { PolicingModel } from '@peel/model';

/** What was written. */
export interface DemoForceFiles {
  wardFiles: string[];
  lsoaFiles: string[];
  crimeFiles: string[];
}

/** Options of {@link writeDemoForceFiles}. */
export interface DemoForceOptions {
  model: PolicingModel;
  /** Where the files go (e.g. .peel/demo-force). */
  directory: string;
  seed: number;
  /** Crimes in each month (default 3,000 — a small force's volume: about 100 a day). */
  crimesPerMonth?: number;
  /** Months, YYYY-MM (default 2024-01 … 2024-03). */
  months?: readonly string[];
}

/** Where the demo force sits (degrees): west edge and the latitude of each area's row. */
const ORIGIN_LON = -1.95;
const FIRST_ROW_LAT = 51.62;
/** Kilometres per degree of latitude; of longitude at these latitudes (cos 51.5° ≈ 0.62). */
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = 69.2;

interface Rectangle {
  west: number;
  south: number;
  east: number;
  north: number;
}

interface DemoLsoa {
  code: string;
  name: string;
  district: string;
  rectangle: Rectangle;
  urban: boolean;
}

/** Writes (or keeps, when identical) the demo force's boundary and crime files; returns their paths. */
export function writeDemoForceFiles(options: DemoForceOptions): DemoForceFiles {
  const { model, directory, seed } = options;
  const crimesPerMonth = options.crimesPerMonth ?? 3000;
  const months = options.months ?? ['2024-01', '2024-02', '2024-03'];
  const codeProperty = model.geography.boundaries.wards.codeProperty;
  const nameProperty = model.geography.boundaries.wards.nameProperty;
  const wardsByDistrict = new Map<string, object[]>();
  const lsoasByDistrict = new Map<string, object[]>();
  const lsoas: DemoLsoa[] = [];

  model.geography.areas.forEach((area, row) => {
    const district = area.districts[0];
    if (!district) throw new Error(`model ${model.id}: area ${area.id} names no district`);
    const south = FIRST_ROW_LAT - row * (12 / KM_PER_DEG_LAT);
    let west = ORIGIN_LON;
    area.wards.forEach((ward) => {
      const urban = ward.urbanRural === 'urban';
      const sizeKm = urban ? 4 : 10;
      const rectangle = { west, south, east: west + sizeKm / KM_PER_DEG_LON, north: south + Math.min(sizeKm, 10) / KM_PER_DEG_LAT };
      west = rectangle.east;
      push(wardsByDistrict, district, feature({ [codeProperty]: ward.code, [nameProperty]: ward.name ?? ward.code }, rectangle));
      quarters(rectangle).forEach((quarter, q) => {
        const code = `E01${ward.code.slice(-5)}${q}`;
        const lsoa: DemoLsoa = { code, name: `${ward.name ?? ward.code} 00${q + 1}${'ABCD'[q]}`, district, rectangle: quarter, urban };
        lsoas.push(lsoa);
        push(lsoasByDistrict, district, feature({ LSOA11CD: lsoa.code, LSOA11NM: lsoa.name }, quarter));
      });
    });
  });

  const wardFiles = [...wardsByDistrict].map(([district, features]) => writeIfChanged(path.join(directory, 'wards', `${district}.json`), collection(features)));
  const lsoaFiles = [...lsoasByDistrict].map(([district, features]) => writeIfChanged(path.join(directory, 'lsoas', `${district}.json`), collection(features)));
  const random = Xoshiro128.fromSeed(seed);
  const crimeFiles = months.map((month) => writeIfChanged(path.join(directory, 'crime', `${month}-${model.id}-street.csv`), crimeCsv({ model, month, rows: crimesPerMonth, lsoas, random })));
  return { wardFiles, lsoaFiles, crimeFiles };
}

function crimeCsv(params: { model: PolicingModel; month: string; rows: number; lsoas: readonly DemoLsoa[]; random: Xoshiro128 }): string {
  const { model, month, rows, lsoas, random } = params;
  const lsoaWeights = lsoas.map((lsoa) => (lsoa.urban ? 3 : 1));
  const typeWeights = CRIME_TYPE_WEIGHTS.map(([, weight]) => weight);
  const hex = () => Math.floor(random.nextFloat() * 0x100000000).toString(16).padStart(8, '0');
  const lines = [STREET_CRIME_COLUMNS.join(',')];
  for (let row = 0; row < rows; row += 1) {
    const lsoa = lsoas[pick(lsoaWeights, random)]!;
    const type = CRIME_TYPE_WEIGHTS[pick(typeWeights, random)]![0];
    const isAsb = type === 'Anti-social behaviour';
    const { west, south, east, north } = lsoa.rectangle;
    const lon = (west + random.nextFloat() * (east - west)).toFixed(6);
    const lat = (south + random.nextFloat() * (north - south)).toFixed(6);
    const crimeId = isAsb ? '' : Array.from({ length: 8 }, hex).join('');
    const outcome = isAsb ? '' : 'Investigation complete; no suspect identified';
    lines.push([crimeId, month, model.force, model.force, lon, lat, 'On or near Demo Street', lsoa.code, lsoa.name, type, outcome, ''].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function pick(weights: readonly number[], random: Xoshiro128): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.nextFloat() * total;
  for (let index = 0; index < weights.length; index += 1) {
    target -= weights[index]!;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

function quarters({ west, south, east, north }: Rectangle): Rectangle[] {
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  return [
    { west, south: midLat, east: midLon, north },
    { west: midLon, south: midLat, east, north },
    { west, south, east: midLon, north: midLat },
    { west: midLon, south, east, north: midLat },
  ];
}

function feature(properties: Record<string, string>, { west, south, east, north }: Rectangle): object {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ].map(([lon, lat]) => [Number(lon!.toFixed(6)), Number(lat!.toFixed(6))]);
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function collection(features: readonly object[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Writes `text` to `file` unless it already holds exactly that (keeps the mtime of an unchanged file). */
function writeIfChanged(file: string, text: string): string {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
