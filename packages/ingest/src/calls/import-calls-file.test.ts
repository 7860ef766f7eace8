import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CallForServiceRecord, DemandRepository, ImportRejection, ImportSummary } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import { summariseCallsImport } from './calls-import-summary';
import { importCallsFile } from './import-calls-file';
import { type LoadedCallMapping, parseCallMapping } from './load-call-mapping';
import { compileTimestampFormat } from './timestamp-format';
import { createWallTimeConverter } from './wall-time';

const mapping = parseCallMapping(
  `timeZone: Europe/London
timestampFormat: DD/MM/YYYY HH:mm
columns: { id: Ref, receivedAt: Created, type: Type, priority: Grade, latitude: Lat, longitude: Lon }
grades: { E: 1, P: 2, S: 3 }
`,
  'uk.yaml',
);
const loaded: LoadedCallMapping = { file: 'uk.yaml', mapping, timestamps: compileTimestampFormat(mapping.timestampFormat), clock: createWallTimeConverter(mapping.timeZone), lookups: {} };

/** An in-memory DemandRepository.runImport with the same contract: all or nothing, balanced, once per hash. */
function memoryDemand() {
  const stored = new Map<string, { summary: ImportSummary; calls: CallForServiceRecord[]; rejections: ImportRejection[] }>();
  const runImport: DemandRepository['runImport'] = async (file, work) => {
    const existing = stored.get(file.contentHash);
    if (existing) return { status: 'already-imported', summary: existing.summary };
    const calls: CallForServiceRecord[] = [];
    const rejections: ImportRejection[] = [];
    const result = await work({
      importId: stored.size + 1,
      insertCrimeRecords: () => Promise.reject(new Error('not a crime import')),
      insertCallsForService: async (records) => void calls.push(...records),
      recordRejections: async (rows) => void rejections.push(...rows),
    });
    const rowsRejected = new Set(rejections.map((r) => r.line)).size;
    if (result.rowsRead !== calls.length + rowsRejected) throw new Error('unbalanced');
    const summary: ImportSummary = { ...file, id: stored.size + 1, status: 'complete', rowsRead: result.rowsRead, rowsImported: calls.length, rowsRejected, startedAt: new Date(0), finishedAt: new Date(0) };
    stored.set(file.contentHash, { summary, calls, rejections });
    return { status: 'imported', summary };
  };
  return { runImport, stored };
}

async function csvFile(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'peel-calls-')), 'calls.csv');
  await writeFile(file, text);
  return file;
}

describe('importCallsFile', () => {
  it('stores good rows, rejects bad ones with line, column and reason, and balances (BOM, CRLF, quoting)', async () => {
    const file = await csvFile(
      '\uFEFFRef,Created,Type,Grade,Lat,Lon\r\n' +
        'C1,31/03/2024 00:59,ASB,E,51.1,0.2\r\n' + // line 2
        'C2,31/03/2024 01:30,"Theft, other",P,,\r\n' + // line 3: the gap hour, quoted comma, no point
        'C3,32/03/2024 10:00,ASB,S,51.1,0.2\r\n' + // line 4: bad date
        'C4,31/03/2024 11:00,ASB\r\n' + // line 5: too few fields
        'C5,31/03/2024 12:00,"ASB,P,51.1,0.2\r\n' + // line 6: unclosed quote
        'C6,31/03/2024 13:00,,,north,0.2\r\n' + // line 7: three bad fields
        'C1,31/03/2024 14:00,ASB,E,51.1,0.2\r\n', // line 8: repeated id
    );
    const demand = memoryDemand();
    const result = await importCallsFile({ file, mapping: loaded, demand });
    const summary = summariseCallsImport(result, 'Europe/London');
    expect(summary).toMatchObject({ files: 1, rowsRead: 7, imported: 2, rejected: 5, duplicatesSkipped: 0, byCategory: { ASB: 1, 'Theft, other': 1 }, matchedByCode: 0, matchedByGeometry: 0, unmatched: 2, byGrade: { '1': 1, '2': 1 } });
    expect(summary.errors.map(({ line, column, reason }) => [line, column, reason])).toEqual([
      [4, 'Created', "Created: day 32 is not in 2024-03 in '32/03/2024 10:00'"],
      [5, null, 'expected 6 fields (as in the header), got 3'],
      [6, 'Type', 'bad quoting: quoted field not closed on its line'],
      [7, 'Type', 'Type: empty (set missingType in the mapping to keep such calls)'],
      [7, 'Grade', 'Grade: empty'],
      [7, 'Lat', "Lat: expected a number between −90 and 90, got 'north'"],
      [8, 'Ref', "Ref: duplicate call id 'C1' (first on line 2)"],
    ]);
    const calls = [...demand.stored.values()][0]?.calls ?? [];
    expect(calls.map((call) => [call.lineNumber, call.receivedAt.toISOString()])).toEqual([
      [2, '2024-03-31T00:59:00.000Z'],
      [3, '2024-03-31T01:30:00.000Z'], // 01:30 did not exist in London that night: read as 02:30 BST
    ]);
  });

  it('imports a file once: the second run reads nothing and counts its rows as duplicates', async () => {
    const file = await csvFile('Ref,Created,Type,Grade,Lat,Lon\nC1,01/01/2024 00:00,ASB,E,51.1,0.2\n');
    const demand = memoryDemand();
    await importCallsFile({ file, mapping: loaded, demand });
    const again = await importCallsFile({ file, mapping: loaded, demand });
    expect(summariseCallsImport(again, 'Europe/London')).toMatchObject({ rowsRead: 0, imported: 0, duplicatesSkipped: 1, byGrade: {} });
  });

  it('refuses a file whose header lacks a mapped column, naming the mapping field, and stores nothing', async () => {
    const file = await csvFile('Ref,When,Type,Grade,Lat,Lon\nC1,01/01/2024 00:00,ASB,E,51.1,0.2\n');
    const demand = memoryDemand();
    const result = await importCallsFile({ file, mapping: loaded, demand });
    expect(result.report.status).toBe('failed');
    expect(result.report.errors[0]?.reason).toMatch(/^columns\.receivedAt: the file has no column 'Created' \(the header has 'Ref', 'When'/);
    expect(demand.stored.size).toBe(0);
  });
});
