/**
 * An in-memory DemandRepository for the pipeline's tests: the same contract as @peel/db's
 * (idempotent by kind + content hash, all or nothing, rows read = imported + rejected checked
 * before committing), without a database, so property tests can run thousands of imports.
 */
import type { CallForServiceRecord, CrimeRecord, DemandRepository, ImportRejection, ImportSession, ImportSummary } from '@peel/domain';

/** One committed import and what it stored. */
export interface StoredImport {
  summary: ImportSummary;
  crimes: CrimeRecord[];
  calls: CallForServiceRecord[];
  rejections: ImportRejection[];
}

/** The repository and its committed contents. */
export interface MemoryDemandRepository extends Pick<DemandRepository, 'runImport' | 'findImport'> {
  /** Committed imports, oldest first. */
  readonly imports: readonly StoredImport[];
}

/** A new, empty in-memory repository. */
export function createMemoryDemandRepository(): MemoryDemandRepository {
  const imports: StoredImport[] = [];
  let nextId = 1;
  const find = (kind: string, contentHash: string) => imports.find((stored) => stored.summary.kind === kind && stored.summary.contentHash === contentHash);
  return {
    imports,
    async findImport(kind, contentHash) {
      return find(kind, contentHash)?.summary;
    },
    async runImport(file, work) {
      const existing = find(file.kind, file.contentHash);
      if (existing) return { status: 'already-imported', summary: existing.summary };
      const id = nextId++;
      const staged: StoredImport = {
        summary: { ...file, id, status: 'running', rowsRead: 0, rowsImported: 0, rowsRejected: 0, startedAt: new Date(0), finishedAt: null },
        crimes: [],
        calls: [],
        rejections: [],
      };
      let isOpen = true;
      const check = (expected: string | undefined) => {
        if (!isOpen) throw new Error('session used after the import finished');
        if (expected !== undefined && expected !== file.kind) throw new Error(`a '${file.kind}' import cannot store ${expected} records`);
      };
      const session: ImportSession = {
        importId: id,
        async insertCrimeRecords(records) {
          check('police-uk-crime');
          staged.crimes.push(...records.map((record) => ({ ...record })));
        },
        async insertCallsForService(records) {
          check('calls-for-service');
          staged.calls.push(...records.map((record) => ({ ...record })));
        },
        async recordRejections(rejections) {
          check(undefined);
          staged.rejections.push(...rejections.map((rejection) => ({ ...rejection })));
        },
      };
      let rowsRead: number;
      try {
        ({ rowsRead } = await work(session));
      } finally {
        isOpen = false;
      }
      const rowsImported = staged.crimes.length + staged.calls.length;
      const rowsRejected = new Set(staged.rejections.map((rejection) => rejection.line)).size;
      if (rowsRead !== rowsImported + rowsRejected) throw new Error(`${file.fileName}: read ${rowsRead} rows but stored ${rowsImported} and rejected ${rowsRejected}`);
      staged.summary = { ...staged.summary, status: 'complete', rowsRead, rowsImported, rowsRejected, finishedAt: new Date(0) };
      imports.push(staged);
      return { status: 'imported', summary: staged.summary };
    },
  };
}
