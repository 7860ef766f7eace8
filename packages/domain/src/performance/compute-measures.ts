/** Every period measure over one set of records. */
import type { PolicingModel } from '@peel/model';
import { measureAttendance, type AttendanceCompliance } from './attendance-compliance';
import { measureEndToEnd, measureHandoffs, type EndToEndMeasure, type HandoffMeasure } from './case-measures';
import { callAbandonment, type CallAbandonmentMeasure } from './model-measures';
import type { PerformanceRecords } from './performance-records';
import { measureResolutionCentre, type ResolutionCentreMeasure } from './resolution-centre-measures';
import { measureVictimUpdates, type VictimUpdateMeasure } from './victim-update-measures';

/** The measures of one period (and one area, or all). */
export interface PeriodMeasures {
  readonly attendance: readonly AttendanceCompliance[];
  readonly handoffs: HandoffMeasure;
  readonly endToEnd: EndToEndMeasure;
  readonly resolutionCentre: ResolutionCentreMeasure;
  readonly callAbandonment: CallAbandonmentMeasure;
  readonly victimUpdates: VictimUpdateMeasure;
}

/** The measures over `records` at instant `now`. */
export function computeMeasures(records: PerformanceRecords, context: { readonly model: PolicingModel; readonly now: Date }): PeriodMeasures {
  return {
    attendance: measureAttendance(records.attendances, context),
    handoffs: measureHandoffs(records.cases),
    endToEnd: measureEndToEnd(records.cases),
    resolutionCentre: measureResolutionCentre(records.resolutionCentre, context),
    callAbandonment: callAbandonment(context.model),
    victimUpdates: measureVictimUpdates(records.victimDuties, context),
  };
}

/** The records each of whose period instant passes `keep` (incidents by call answered, cases by opening, duties by due time). */
export function filterRecords(records: PerformanceRecords, keep: (at: Date, areaId: string | null) => boolean): PerformanceRecords {
  return {
    attendances: records.attendances.filter((record) => keep(record.callAnsweredAt, record.areaId)),
    cases: records.cases.filter((record) => keep(record.openedAt, record.areaId)),
    resolutionCentre: records.resolutionCentre.filter((record) => keep(record.callAnsweredAt, record.areaId)),
    victimDuties: records.victimDuties.filter((record) => keep(record.dueBy, record.areaId)),
  };
}
