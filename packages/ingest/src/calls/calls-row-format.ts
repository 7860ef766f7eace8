/** The calls-for-service file format for the generic import pipeline (../pipeline), driven by a column mapping. */
import type { CallForServiceRecord } from '@peel/domain';
import type { GeographyResolver } from '../geography/geography-resolver';
import { findColumns } from '../pipeline/header-check';
import { HeaderError, type RowFormat } from '../pipeline/row-format';
import { type CallImportCounts, createCallImportTally } from './call-import-tally';
import type { LoadedCallMapping } from './load-call-mapping';
import { createCallRowMapper, missingCallColumns } from './map-call-row';

/** A calls row format that also counts what it parsed (by grade, priority, lookups) beyond the pipeline's summary. */
export interface CallsRowFormat extends RowFormat<CallForServiceRecord> {
  /** Counts of the records parsed so far (every one is stored when the import commits). */
  counts(): CallImportCounts;
}

/**
 * Builds the row format of a calls-for-service CSV from its mapping. The header must hold every
 * mapped column (in any order; a missing one is named with its mapping field). `byCategory` in the
 * summary counts **call types** as written in the file (San Diego: `call_type` codes such as 415).
 */
export function createCallsRowFormat(loaded: LoadedCallMapping, resolver?: GeographyResolver): CallsRowFormat {
  const tally = createCallImportTally(loaded);
  const names = [...new Set(Object.values(loaded.mapping.columns).filter((name): name is string => name !== undefined))];
  return {
    kind: 'calls-for-service',
    maxLinesPerRecord: 1,
    prepare(header) {
      const missing = missingCallColumns(loaded, header);
      if (missing.length > 0) throw new HeaderError(`${missing.join('; ')} (the header has ${header.map((name) => `'${name}'`).join(', ')})`);
      const positions = Object.entries(findColumns(header, names)) as [string, number][];
      const mapper = createCallRowMapper(loaded, resolver);
      return (fields, line) => {
        const row: Record<string, string | undefined> = {};
        for (const [name, index] of positions) row[name] = fields[index];
        const mapped = mapper.map(row, line);
        if (!mapped.ok) return { problems: mapped.rejections.map(({ column, reason }) => ({ column, reason })) };
        tally.add(mapped.record);
        return { record: mapped.record };
      };
    },
    write: (session, records) => session.insertCallsForService(records),
    categoryOf: (record) => record.callType,
    counts: () => tally.counts(),
  };
}
