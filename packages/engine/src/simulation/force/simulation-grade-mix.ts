/**
 * The grade mix a simulation splits incidents by. Crime records carry no grade: with graded calls
 * for service stored, their mix (the demand profile's rule), kept to the model's grades; without,
 * the assumed mix by grade response ({@link ForceOptions.gradeMixByResponse}), each response's share
 * split evenly between the model's grades of that response.
 */
import type { GradeShare } from '../../demand/grade-mix';
import { DEFAULT_FORCE_OPTIONS, type ForceOptions } from './force-assumptions';
import type { SimulationGrade } from './simulation-model';

/** The mix and where it came from. */
export interface SimulationGradeMix {
  shares: GradeShare[];
  source: 'calls-for-service' | 'assumed';
  note: string;
}

/** The grade mix for `grades` (see the file comment). */
export function simulationGradeMix(grades: readonly SimulationGrade[], fromCalls?: readonly GradeShare[], byResponse: ForceOptions['gradeMixByResponse'] = DEFAULT_FORCE_OPTIONS.gradeMixByResponse): SimulationGradeMix {
  if (grades.length === 0) throw new RangeError('grades: expected at least one grade');
  const known = new Set(grades.map((grade) => grade.grade));
  const usable = (fromCalls ?? []).filter((share) => share.grade !== null && known.has(share.grade) && share.share > 0);
  const usableTotal = usable.reduce((sum, share) => sum + share.share, 0);
  if (usableTotal > 0) {
    return {
      shares: usable.map((share) => ({ grade: share.grade, share: share.share / usableTotal })),
      source: 'calls-for-service',
      note: `grades: the mix of the graded calls for service stored (${usable.map((share) => `${share.grade}: ${((share.share / usableTotal) * 100).toFixed(1)} %`).join(', ')})`,
    };
  }
  const weights = grades.map((grade) => (byResponse[grade.response] ?? 0) / grades.filter((other) => other.response === grade.response).length);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) throw new RangeError('gradeMixByResponse: gives no share to any grade of the model');
  const shares = grades.map((grade, index) => ({ grade: grade.grade, share: weights[index]! / total }));
  return {
    shares,
    source: 'assumed',
    note: `grades: no graded calls for service stored, so the assumed mix ${shares.map((share) => `${share.grade}: ${(share.share * 100).toFixed(1)} %`).join(', ')} (immediate ${byResponse.immediate * 100} %, prompt ${byResponse.prompt * 100} %, scheduled ${byResponse.scheduled * 100} %, no deployment ${byResponse['no-deployment'] * 100} % of incidents; assumption — import graded calls to replace it)`,
  };
}
