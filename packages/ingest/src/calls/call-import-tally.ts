/** Counts what a calls-for-service import stored, for its summary and notes. */
import type { CallForServiceRecord } from '@peel/domain';
import path from 'node:path';
import type { LookupTable } from './lookup-table';
import type { LoadedCallMapping } from './load-call-mapping';

/** The counts a calls import reports. */
export interface CallImportCounts {
  /** Stored calls by call type, as written in the file (the `type` column), sorted by type. */
  byCategory: Record<string, number>;
  /** Stored calls by Peel grade ('1'…), with 'ungraded' for priorities the mapping does not grade. */
  byGrade: Record<string, number>;
  /** Stored calls by priority as written. */
  byPriority: Record<string, number>;
  matchedByCode: number;
  matchedByGeometry: number;
  unmatched: number;
  /** Lines, for people: codes not found in a lookup table, with how many calls carry them. */
  notes: string[];
}

/** Accumulates {@link CallImportCounts}, one stored record at a time. */
export interface CallImportTally {
  add(record: CallForServiceRecord): void;
  counts(): CallImportCounts;
}

/** A new tally for files mapped by `loaded`. */
export function createCallImportTally(loaded: LoadedCallMapping): CallImportTally {
  const byCategory = new Map<string, number>();
  const byGrade = new Map<string, number>();
  const byPriority = new Map<string, number>();
  const geo = { code: 0, geometry: 0, none: 0 };
  const { columns, location } = loaded.mapping;
  const noLocation = new Set(location?.noLocation ?? []);
  const unknown = {
    callTypes: new Map<string, number>(),
    dispositions: new Map<string, number>(),
    locations: new Map<string, number>(),
  };
  const check = (table: LookupTable | undefined, counts: Map<string, number>, code: string | null | undefined) => {
    if (table !== undefined && code !== null && code !== undefined && !table.values.has(code)) bump(counts, code);
  };
  return {
    add(record) {
      bump(byCategory, record.callType);
      bump(byGrade, record.grade === null ? 'ungraded' : String(record.grade));
      bump(byPriority, record.priority);
      geo[record.geoMatch ?? 'none']++;
      if (record.callType !== loaded.mapping.missingType) check(loaded.lookups.callTypes, unknown.callTypes, record.callType);
      check(loaded.lookups.dispositions, unknown.dispositions, record.disposition);
      if (record.locationCode !== null && !noLocation.has(record.locationCode)) check(loaded.lookups.locations, unknown.locations, record.locationCode);
    },
    counts() {
      const notes: string[] = Object.values(loaded.lookups).flatMap((table) => table?.warnings ?? []);
      const describe = (table: LookupTable | undefined, counts: Map<string, number>, what: string, column: string | undefined) => {
        if (table === undefined || counts.size === 0) return;
        const list = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        const total = list.reduce((sum, [, n]) => sum + n, 0);
        const shown = list.slice(0, 10).map(([code, n]) => `'${code}' (${n})`).join(', ');
        notes.push(`${total} calls have a ${what} (${column}) not in ${path.basename(table.file)}: ${shown}${list.length > 10 ? `, and ${list.length - 10} more` : ''}; kept as written`);
      };
      describe(loaded.lookups.callTypes, unknown.callTypes, 'call type', columns.type);
      describe(loaded.lookups.dispositions, unknown.dispositions, 'disposition', columns.disposition);
      describe(loaded.lookups.locations, unknown.locations, 'location code', columns.locationCode);
      return {
        byCategory: sorted(byCategory),
        byGrade: sorted(byGrade),
        byPriority: sorted(byPriority),
        matchedByCode: geo.code,
        matchedByGeometry: geo.geometry,
        unmatched: geo.none,
        notes,
      };
    },
  };
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
