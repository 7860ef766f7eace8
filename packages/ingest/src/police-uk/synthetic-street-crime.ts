/**
 * A seeded generator of data.police.uk street-level crime files, for benchmarks and for tests
 * that need a file larger than any real one (a kill part-way through an import). Real files are
 * used wherever they suffice (DESIGN.md); this only scales the format up. Rows follow the real
 * files' shape: crime types in the proportions of the 25 files in the shared data, blank Crime
 * ID and outcome for anti-social behaviour, about 1 % "No Location" rows with blank coordinates
 * and LSOA, and some quoted LSOA names with commas ("Bournemouth, Christchurch and Poole 012D").
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CrimeCategory } from '@peel/domain';
import { CRIME_TYPE_CATEGORIES } from './crime-types';
import { STREET_CRIME_COLUMNS } from './street-crime-columns';

/** Options of {@link writeSyntheticStreetCrimeFile}. */
export interface SyntheticStreetCrimeOptions {
  /** Where to write (never inside the repository: use os.tmpdir()). */
  file: string;
  /** Data rows to write (the header is extra). */
  rows: number;
  /** Seed of the pseudo-random sequence: the same seed gives the same bytes. */
  seed: number;
  /** The Month column, YYYY-MM (default '2024-01'). */
  month?: string;
  /** Reported by / Falls within (default 'Sussex Police'). */
  force?: string;
}

/** What was written, so a test can check an import against it. */
export interface SyntheticStreetCrimeFile {
  rows: number;
  /** Rows per category slug. */
  byCategory: Partial<Record<CrimeCategory, number>>;
  /** Rows written without coordinates. */
  withoutLocation: number;
  bytes: number;
}

/** Crime types with their counts in the 25 street-crime files of the shared data (SOURCES.md §1). */
export const CRIME_TYPE_WEIGHTS: readonly [string, number][] = [
  ['Violence and sexual offences', 84374],
  ['Anti-social behaviour', 38089],
  ['Criminal damage and arson', 21350],
  ['Shoplifting', 19359],
  ['Other theft', 16325],
  ['Public order', 15294],
  ['Vehicle crime', 12496],
  ['Burglary', 9997],
  ['Drugs', 6196],
  ['Other crime', 5328],
  ['Possession of weapons', 2586],
  ['Bicycle theft', 2240],
  ['Robbery', 1642],
  ['Theft from the person', 1589],
];

const OUTCOMES = [
  'Investigation complete; no suspect identified',
  'Unable to prosecute suspect',
  'Under investigation',
  'Status update unavailable',
  'Awaiting court outcome',
  'Local resolution',
  'Offender given a caution',
  'Further investigation is not in the public interest',
];
const STREETS = ['Station Road', 'High Street', 'Church Lane', 'Park Way', 'Orchard Close', 'Mill Lane', 'Supermarket', 'Parking Area', 'Petrol Station', 'Nightclub'];

/**
 * mulberry32, a 32-bit-state generator by Tommy Ettinger (public domain,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): fast, and plenty for test data.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes a synthetic street-crime file (streaming: constant memory for any row count). */
export async function writeSyntheticStreetCrimeFile(options: SyntheticStreetCrimeOptions): Promise<SyntheticStreetCrimeFile> {
  const { file, rows, seed } = options;
  const month = options.month ?? '2024-01';
  const force = options.force ?? 'Sussex Police';
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`month must be YYYY-MM, got '${month}'`);
  const random = mulberry32(seed);
  const totalWeight = CRIME_TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const pickType = () => {
    let target = random() * totalWeight;
    for (const [type, weight] of CRIME_TYPE_WEIGHTS) if ((target -= weight) < 0) return type;
    return CRIME_TYPE_WEIGHTS[0]![0];
  };
  const hex = () => Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');

  const out = createWriteStream(file);
  const byCategory: Partial<Record<CrimeCategory, number>> = {};
  let withoutLocation = 0;
  let bytes = 0;
  let text = `${STREET_CRIME_COLUMNS.join(',')}\n`;
  for (let row = 0; row < rows; row++) {
    const type = pickType();
    const category = CRIME_TYPE_CATEGORIES[type] as CrimeCategory;
    byCategory[category] = (byCategory[category] ?? 0) + 1;
    const isAsb = category === 'anti-social-behaviour';
    const crimeId = isAsb ? '' : hex() + hex() + hex() + hex() + hex() + hex() + hex() + hex();
    const outcome = isAsb ? '' : (OUTCOMES[Math.floor(random() * OUTCOMES.length)] as string);
    const district = Math.floor(random() * 40);
    const lsoaSuffix = `${String(1 + Math.floor(random() * 30)).padStart(3, '0')}${'ABCDE'[Math.floor(random() * 5)]}`;
    let place: string;
    if (random() < 0.01) {
      withoutLocation++;
      place = ',,No Location,,';
    } else {
      const longitude = (-1.5 + random() * 2).toFixed(6);
      const latitude = (50.7 + random() * 0.6).toFixed(6);
      const street = STREETS[Math.floor(random() * STREETS.length)] as string;
      const lsoaCode = `E0${String(1000000 + Math.floor(random() * 35000)).slice(0, 7)}`;
      const lsoaName = random() < 0.005 ? `"Bournemouth, Christchurch and Poole ${lsoaSuffix}"` : `District ${district} ${lsoaSuffix}`;
      place = `${longitude},${latitude},On or near ${street},${lsoaCode},${lsoaName}`;
    }
    text += `${crimeId},${month},${force},${force},${place},${type},${outcome},\n`;
    if (text.length >= 1 << 20) {
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  bytes += Buffer.byteLength(text);
  out.end(text);
  await once(out, 'finish');
  return { rows, byCategory, withoutLocation, bytes };
}
