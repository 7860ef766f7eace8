/**
 * Case measures: handoffs per case (Wiltshire found one case handed on 31 times, and set "fewer
 * handoffs" as a benefit of its model) and the end-to-end time from the call to the case's
 * resolution ("reduced end to end times").
 */
import type { CaseRecord } from './performance-records';
import { wilsonProportion, type Proportion } from './proportion';
import { summariseSample, type SampleSummary } from './sample-summary';

/** Handoffs over the cases of a period. */
export interface HandoffMeasure {
  readonly cases: number;
  readonly handoffs: number;
  /** Handoffs per case: mean (with its 95 % t interval), median, 90th percentile. */
  readonly perCase: SampleSummary;
  /** The most handoffs a case had, and the first case (by id) that had them; null without cases. */
  readonly max: number | null;
  readonly maxCaseId: string | null;
  /** Cases with one owner from start to finish. */
  readonly singleOwner: Proportion;
}

/** Call answered → case finalised. */
export interface EndToEndMeasure {
  /** Hours from the call being answered to the case being finalised, over finalised cases. */
  readonly hours: SampleSummary;
  /** Cases not finalised (yet): left out of the times, so a period's times are short while its slow cases are still open. */
  readonly open: number;
  /** Finalised cases whose incident is not stored (no call time): left out. */
  readonly withoutCall: number;
}

const HOUR_MS = 3_600_000;

/** Handoffs per case. */
export function measureHandoffs(cases: readonly CaseRecord[]): HandoffMeasure {
  let max: number | null = null;
  let maxCaseId: string | null = null;
  for (const subject of [...cases].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
    if (max === null || subject.handoffCount > max) {
      max = subject.handoffCount;
      maxCaseId = subject.caseId;
    }
  }
  return {
    cases: cases.length,
    handoffs: cases.reduce((sum, subject) => sum + subject.handoffCount, 0),
    perCase: summariseSample(cases.map((subject) => subject.handoffCount)),
    max,
    maxCaseId,
    singleOwner: wilsonProportion(cases.filter((subject) => subject.handoffCount === 0).length, cases.length),
  };
}

/** End-to-end times of finalised cases. */
export function measureEndToEnd(cases: readonly CaseRecord[]): EndToEndMeasure {
  const hours: number[] = [];
  let open = 0;
  let withoutCall = 0;
  for (const subject of cases) {
    if (subject.finalisedAt === null) open += 1;
    else if (subject.callAnsweredAt === null) withoutCall += 1;
    else hours.push(Math.max(0, subject.finalisedAt.getTime() - subject.callAnsweredAt.getTime()) / HOUR_MS);
  }
  return { hours: summariseSample(hours), open, withoutCall };
}
