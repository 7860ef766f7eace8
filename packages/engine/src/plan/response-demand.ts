/**
 * The work a response cell's officers serve, hour by hour: the demand the model's routing sends to
 * the team and role ("deploy" or "scheduled-appointment" to the team, or to its kind), split into
 * priority classes by grade, and the officer minutes it takes. Routing is read as the simulator
 * reads it (`matchRule`: first matching rule decides); the demand data carries no contact channel,
 * so rules that need one do not match.
 */
import { HOURS_PER_WEEK } from '../demand/hour-of-week';
import type { DemandRate, ScenarioDemandTypeSpec } from '../simulation/force/build-force-scenario';
import { matchRule } from '../simulation/force/compile-routing';
import type { SimulationRoutingRule } from '../simulation/force/simulation-model';
import { isForceWide, type PlanningModel, type PlanningTeam } from './planning-model';
import type { CellDraft } from './plan-lines';

/** The Grade 1 grade and its attendance targets. */
export interface GradeOneTarget {
  grade: number;
  urbanTargetMinutes: number;
  ruralTargetMinutes: number;
  /** Required compliance, 0…1. */
  target: number;
  /** True when the model gives no compliance target and the default was used. */
  defaulted: boolean;
}

/** The emergency grade: the lowest-numbered `immediate` grade with attendance targets. */
export function gradeOneOf(model: Pick<PlanningModel, 'grades'>, defaultCompliancePercent: number): GradeOneTarget | undefined {
  const grade = [...model.grades].sort((a, b) => a.grade - b.grade).find((candidate) => candidate.response === 'immediate' && candidate.attendance !== undefined);
  if (!grade?.attendance) return undefined;
  const percent = grade.attendance.compliancePercentTarget;
  return {
    grade: grade.grade,
    urbanTargetMinutes: grade.attendance.urbanTargetMinutes,
    ruralTargetMinutes: grade.attendance.ruralTargetMinutes,
    target: (percent ?? defaultCompliancePercent) / 100,
    defaulted: percent === undefined,
  };
}

/** Whether a deploying rule sends its work to `team` (named, or by kind; "response" when it names neither). */
function targets(rule: SimulationRoutingRule, team: PlanningTeam): boolean {
  return rule.team !== undefined ? rule.team === team.id : (rule.teamKind ?? 'response') === team.kind;
}

/**
 * The cells that attend Grade 1: the rule that routes a Grade 1 call with no other feature must
 * deploy, and its team (or every area team of its kind) in its first role — or, without roles, the
 * team's first officer role.
 */
export function responseCells(model: PlanningModel, cells: readonly CellDraft[], gradeOne: GradeOneTarget): CellDraft[] {
  const rule = matchRule(model.routing, { grade: gradeOne.grade, demandTypeId: '', channelId: '', tags: [] });
  if (!rule || rule.route !== 'deploy') return [];
  return cells.filter((cell) => {
    if (isForceWide(cell.team) || !targets(rule, cell.team)) return false;
    const role = rule.roles?.[0] ?? Object.keys(cell.team.roles).find((key) => model.roles[key]?.category === 'officer' && (cell.team.roles[key]?.headcount ?? 0) > 0);
    return cell.role === role;
  });
}

/** Hourly demand on a response cell. */
export interface ResponseDemand {
  /** Arrival rate per hour by class — Grade 1 first, then the model's other grades ascending — for each of the 168 hours. */
  ratesByHour: number[][];
  /** Mean officer minutes per job in each hour (0 when no work). */
  jobMinutesByHour: number[];
  /** Grade 1 calls a week by area. */
  gradeOneByArea: Map<string, number>;
}

/** The demand routed to `cell` (see the file comment). */
export function responseDemand(params: {
  model: PlanningModel;
  cell: CellDraft;
  rates: readonly DemandRate[];
  demandTypes: readonly ScenarioDemandTypeSpec[];
  gradeOne: GradeOneTarget;
}): ResponseDemand {
  const { model, cell, rates, demandTypes, gradeOne } = params;
  const grades = [gradeOne.grade, ...model.grades.map((grade) => grade.grade).filter((grade) => grade !== gradeOne.grade).sort((a, b) => a - b)];
  const classOf = new Map(grades.map((grade, index) => [grade, index]));
  const types = new Map(demandTypes.map((type) => [type.id, type]));
  const areas = new Set(cell.team.areas);
  const ratesByHour = Array.from({ length: HOURS_PER_WEEK }, () => new Array<number>(grades.length).fill(0));
  const minutesByHour = new Array<number>(HOURS_PER_WEEK).fill(0);
  const gradeOneByArea = new Map<string, number>();
  const routed = new Map<string, boolean>();
  for (const rate of rates) {
    if (!areas.has(rate.area) || rate.perHour <= 0) continue;
    const type = types.get(rate.demandType);
    const index = classOf.get(rate.grade);
    if (!type || index === undefined) continue;
    const key = `${rate.demandType}|${rate.grade}`;
    let served = routed.get(key);
    if (served === undefined) {
      const rule = matchRule(model.routing, { grade: rate.grade, demandTypeId: type.id, channelId: '', tags: type.tags ?? [] });
      served = rule !== undefined && (rule.route === 'deploy' || rule.route === 'scheduled-appointment') && targets(rule, cell.team) && (rule.roles === undefined || rule.roles.length === 0 || rule.roles.includes(cell.role));
      routed.set(key, served);
    }
    if (!served) continue;
    const largest = Math.max(0, ...Object.values(type.timeTakenMinutes));
    const minutes = (type.timeTakenMinutes[cell.role] ?? (largest > 0 ? largest : 60)) * (type.unitsRequired ?? 1);
    ratesByHour[rate.hourOfWeek]![index]! += rate.perHour;
    minutesByHour[rate.hourOfWeek]! += rate.perHour * minutes;
    if (rate.grade === gradeOne.grade) gradeOneByArea.set(rate.area, (gradeOneByArea.get(rate.area) ?? 0) + rate.perHour);
  }
  const jobMinutesByHour = minutesByHour.map((minutes, hour) => {
    const total = ratesByHour[hour]!.reduce((sum, rate) => sum + rate, 0);
    return total > 0 ? minutes / total : 0;
  });
  return { ratesByHour, jobMinutesByHour, gradeOneByArea };
}
