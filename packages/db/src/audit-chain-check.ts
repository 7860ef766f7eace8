/** Walks audit entries in order and finds the first fault in the hash chain. */
import type { AuditChainReport, AuditEntry } from './audit-entry';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';

/**
 * Checks entries page by page (each page in `seq` order, pages consecutive). For each entry, in
 * this order: its seq follows the previous one (else `gap`: a row was deleted or a seq skipped);
 * its prevHash is the previous entry's hash (else `broken-link`: the previous row was rewritten
 * with a fresh hash, or this one was inserted); its hash matches its content (else
 * `hash-mismatch`: the row was changed). A truncated tail cannot be seen from the rows alone:
 * compare the reported head with one recorded elsewhere.
 */
export async function checkAuditChain(pages: AsyncIterable<readonly AuditEntry[]>): Promise<AuditChainReport> {
  let previous: { seq: number; hash: string } | null = null;
  let entries = 0;
  for await (const page of pages) {
    for (const entry of page) {
      const expectedSeq: number = (previous?.seq ?? 0) + 1;
      if (entry.seq !== expectedSeq) {
        return { intact: false, entries, seq: expectedSeq, fault: 'gap', message: `seq ${expectedSeq} is missing (gap: the next entry is seq ${entry.seq})` };
      }
      const expectedPrev: string = previous?.hash ?? GENESIS_HASH;
      if (entry.prevHash !== expectedPrev) {
        return {
          intact: false,
          entries,
          seq: entry.seq,
          fault: 'broken-link',
          message: `seq ${entry.seq}: broken link (prev_hash ${entry.prevHash.slice(0, 12)}… is not the hash of ${previous ? `seq ${previous.seq}` : 'the genesis'}, ${expectedPrev.slice(0, 12)}…)`,
        };
      }
      const computed = hashAuditEntry(entry);
      if (entry.hash !== computed) {
        return { intact: false, entries, seq: entry.seq, fault: 'hash-mismatch', message: `seq ${entry.seq}: hash mismatch (the entry's content was changed after it was written)` };
      }
      previous = { seq: entry.seq, hash: entry.hash };
      entries += 1;
    }
  }
  return { intact: true, entries, head: previous };
}
