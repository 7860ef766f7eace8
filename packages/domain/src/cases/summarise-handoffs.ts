/** Handoffs per case, measured (Wiltshire found one case handed on 31 times). */
import type { Case } from './case';

/** Handoff figures for a set of cases. */
export interface HandoffSummary {
  caseCount: number;
  handoffCount: number;
  /** Mean handoffs per case (0 for no cases). */
  meanPerCase: number;
  /** The most handoffs any case had, and which cases had it. */
  maxPerCase: number;
  maxCaseIds: string[];
  /** Cases never handed on: one owner from start to finish. */
  singleOwnerCases: number;
  /** How many cases had each number of handoffs, by ascending count. */
  distribution: { handoffs: number; cases: number }[];
}

/** Summarises the handoffs of `cases`. */
export function summariseHandoffs(cases: readonly Pick<Case, 'id' | 'handoffs'>[]): HandoffSummary {
  const counts = new Map<number, number>();
  let total = 0;
  let max = 0;
  let maxIds: string[] = [];
  for (const subject of cases) {
    const count = subject.handoffs.length;
    total += count;
    counts.set(count, (counts.get(count) ?? 0) + 1);
    if (count > max) {
      max = count;
      maxIds = [subject.id];
    } else if (count === max && count > 0) {
      maxIds.push(subject.id);
    }
  }
  return {
    caseCount: cases.length,
    handoffCount: total,
    meanPerCase: cases.length === 0 ? 0 : total / cases.length,
    maxPerCase: max,
    maxCaseIds: maxIds,
    singleOwnerCases: counts.get(0) ?? 0,
    distribution: [...counts.entries()].sort(([left], [right]) => left - right).map(([handoffs, count]) => ({ handoffs, cases: count })),
  };
}
