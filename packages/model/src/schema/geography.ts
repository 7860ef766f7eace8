/**
 * Geography: areas built from ONS wards (and optionally LSOAs), each with an urban/rural class and
 * a boundary reference into a GeoJSON file under the shared data directory.
 */
import { z } from 'zod';
import { gssCode, id, text, urbanRural } from './primitives';

/**
 * Where the boundary polygons live, relative to the shared data directory (PEEL_SHARED_DATA).
 * `{district}` in the path is replaced by each area's district (LAD) code.
 */
export const boundarySource = z.strictObject({
  path: text.refine((value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value) && !value.split(/[\\/]/).includes('..'), {
    error: 'expected a path relative to the shared data directory, without ".." (boundary files are read only from there)',
  }),
  codeProperty: text,
  nameProperty: text,
  vintage: text.optional(),
});

/** A ward (or LSOA) of an area: its ONS code, name and urban/rural class. */
export const geographyUnit = z.strictObject({
  code: gssCode,
  name: text,
  urbanRural,
});

/** A named person in command of an area (Sussex names a Chief Inspector per district). */
export const commander = z.strictObject({ rank: text, name: text.optional() });

/** A local policing area: a district, an LPT, a CPT area… */
export const area = z.strictObject({
  id,
  name: text,
  command: id.optional(),
  commander: commander.optional(),
  districts: z.array(gssCode).min(1, { error: 'expected at least one district (LAD) code' }),
  hubs: z.array(text).optional(),
  wards: z.array(geographyUnit).min(1, { error: 'expected at least one ward' }),
  lsoas: z.array(geographyUnit).optional(),
});

/** A command: a group of areas under one senior officer (North Yorkshire's three commands). */
export const command = z.strictObject({ id, name: text });

/** The whole geography section. */
export const geography = z.strictObject({
  boundaries: z.strictObject({ wards: boundarySource, lsoas: boundarySource.optional() }),
  commands: z.array(command).optional(),
  areas: z.array(area).min(1, { error: 'expected at least one area' }),
});
