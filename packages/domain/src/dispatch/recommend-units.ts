/**
 * Unit recommendations for an incident, best first, each with its reasons.
 *
 * 1. Hard filters: the unit is available, has a position, and meets the incident's requirements
 *    (powers, roles, skills, crew size) — a PCSO-only unit is never recommended where arrest is
 *    needed. Units failing a filter are counted by reason, not listed.
 * 2. Estimated travel time (travel-model.ts) from the last known position.
 * 3. Secondary criteria, each a penalty in minutes added to the travel time: posted to another area
 *    than the incident's; not of a team kind the routing rule prefers; each area that would fall
 *    outside its Grade 1 target if this unit goes (assess-coverage.ts); a stale position.
 *
 * score = travel minutes + penalties; lower is better; ties go to the shorter travel time, then the
 * call sign. Penalties turn judgement into minutes ("data + professional judgement", Wiltshire):
 * the defaults say, e.g., that leaving an area without Grade 1 cover is worth 4 minutes of the
 * incident's travel time. Forces tune them; they are not published constants.
 *
 * Cost: O(units + areas × grid search) — one pass over the units, a travel estimate for each
 * eligible one (sorted by it), and two nearest neighbours per coverage area from a grid index
 * (no scan of every unit for every area).
 */
import type { TeamKind } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import { assessCoverage, type CoverageAssessment, type CoverageLoss, type NeighbourSearch } from './assess-coverage';
import type { CoverageArea } from './coverage-area';
import type { DispatchIncident } from './dispatch-incident';
import { checkGeoPoint } from './geo-point';
import { clockStart } from './response-clocks';
import { DEFAULT_TRAVEL_MODEL, checkTravelModel, estimateTravel, type TravelEstimate, type TravelModel } from './travel-model';
import type { Unit } from './unit';
import { meetsRequirements, type UnitRequirements } from './unit-requirements';

/** The minutes each secondary criterion adds to a unit's score. */
export interface RecommendationWeights {
  /** The unit is posted to another area than the incident's. */
  readonly outOfAreaMinutes: number;
  /** The incident prefers team kinds (e.g. response) and the unit's team is of another kind. */
  readonly otherTeamKindMinutes: number;
  /** Per area that would fall outside its Grade 1 target if the unit goes. */
  readonly perAreaLosingCoverMinutes: number;
  /** A position older than this many minutes is stale… */
  readonly stalePositionAfterMinutes: number;
  /** …and adds this many. */
  readonly stalePositionMinutes: number;
}

/** The default weights (judgement, see the module comment). */
export const DEFAULT_RECOMMENDATION_WEIGHTS: RecommendationWeights = Object.freeze({
  outOfAreaMinutes: 3,
  otherTeamKindMinutes: 5,
  perAreaLosingCoverMinutes: 4,
  stalePositionAfterMinutes: 10,
  stalePositionMinutes: 3,
});

/** Why a unit is where it is in the ranking; `penaltyMinutes` sum with travel to the score. */
export interface RecommendationReason {
  readonly kind: 'capability' | 'travel' | 'area' | 'team-kind' | 'coverage' | 'position-age' | 'target';
  readonly penaltyMinutes: number;
  readonly text: string;
}

/** One recommended unit. */
export interface UnitRecommendation {
  /** 1 = best. */
  readonly rank: number;
  readonly unitId: string;
  readonly callSign: string;
  readonly teamId: string;
  readonly teamKind: TeamKind;
  readonly areaId: string;
  /** Travel minutes plus penalties; lower is better. */
  readonly score: number;
  readonly travel: TravelEstimate;
  readonly estimatedArrival: Date;
  /** Whether it would arrive by the target's deadline; undefined when the target's clock has not started or there is no target. */
  readonly meetsTarget?: boolean;
  /** Areas that would fall outside their Grade 1 target if it goes (undefined when cover was not assessed). */
  readonly coverageLoss?: readonly CoverageLoss[];
  readonly reasons: readonly RecommendationReason[];
}

/** Why a unit on duty was not recommended. */
export type ExclusionReason = 'not-available' | 'no-position' | 'lacks-requirement';

/** The answer of {@link recommendUnits}. */
export interface UnitRecommendations {
  readonly incidentId: string;
  readonly generatedAt: Date;
  /** Best first, at most `limit`. */
  readonly recommendations: readonly UnitRecommendation[];
  /** Units passed in. */
  readonly consideredUnits: number;
  /** Units passing the hard filters (recommendations are the best `limit` of them). */
  readonly eligibleUnits: number;
  readonly excluded: Readonly<Record<ExclusionReason, number>>;
  /** Areas already outside their Grade 1 target before anyone is sent (when cover was assessed). */
  readonly uncoveredAreaIds?: readonly string[];
}

/** Inputs of {@link recommendUnits}. */
export interface RecommendUnitsInput {
  readonly incident: DispatchIncident;
  /** The units on duty (UnitRepository.listOnDuty); any status — the filters pick. */
  readonly units: readonly Unit[];
  readonly now: Date;
  /** Assess Grade 1 cover of these areas, counting available units that meet `requirements`. */
  readonly coverage?: { readonly areas: readonly CoverageArea[]; readonly requirements: UnitRequirements };
  readonly travel?: TravelModel;
  readonly weights?: Partial<RecommendationWeights>;
  /** How many to return; default 10. */
  readonly limit?: number;
  /** How cover finds each area's nearest units: the grid (default) or a scan (the benchmark's baseline). */
  readonly neighbourSearch?: NeighbourSearch;
}

interface Candidate {
  readonly unit: Unit & { readonly position: NonNullable<Unit['position']> };
  readonly travel: TravelEstimate;
}

/** Ranks the units for `incident` (rules in the module comment). Throws VALIDATION on a bad location, coverage centroid or limit. */
export function recommendUnits(input: RecommendUnitsInput): UnitRecommendations {
  const { incident, units, now, coverage, travel = DEFAULT_TRAVEL_MODEL, limit = 10 } = input;
  const weights: RecommendationWeights = { ...DEFAULT_RECOMMENDATION_WEIGHTS, ...input.weights };
  checkGeoPoint(incident.location, 'incident.location');
  if (!Number.isSafeInteger(limit) || limit < 1) throw new DomainError('VALIDATION', `limit: expected a whole number >= 1, got ${limit}`, 'limit');
  checkTravelModel(travel);

  const excluded: Record<ExclusionReason, number> = { 'not-available': 0, 'no-position': 0, 'lacks-requirement': 0 };
  const candidates: Candidate[] = [];
  for (const unit of units) {
    if (unit.status !== 'available') excluded['not-available']++;
    else if (!unit.position) excluded['no-position']++;
    else if (!meetsRequirements(unit.capabilities, incident.requirements)) excluded['lacks-requirement']++;
    else candidates.push({ unit: unit as Candidate['unit'], travel: estimateTravel(unit.position, incident.location, incident.urbanRural, travel) });
  }

  const cover = coverage ? assessCover(units, coverage, travel, input.neighbourSearch) : undefined;
  const context: Context = { incident, now, weights, cover, remaining: minutesLeft(incident, now) };
  // Rank on numbers; keep only the best `limit` (no full sort); build reasons (strings) for those alone.
  const best: Ranked[] = [];
  for (const candidate of candidates) {
    const parts = penaltyParts(candidate, context);
    offer(best, limit, { candidate, parts, score: candidate.travel.time + parts.area + parts.teamKind + parts.coverage + parts.positionAge });
  }
  const recommendations = best.map((ranked, index) => recommendation(ranked, index + 1, context));

  return {
    incidentId: incident.id,
    generatedAt: now,
    recommendations,
    consideredUnits: units.length,
    eligibleUnits: candidates.length,
    excluded,
    ...(cover ? { uncoveredAreaIds: cover.uncoveredAreaIds } : {}),
  };
}

function assessCover(units: readonly Unit[], coverage: NonNullable<RecommendUnitsInput['coverage']>, travel: TravelModel, search: NeighbourSearch = 'grid'): CoverageAssessment {
  coverage.areas.forEach((area, index) => checkGeoPoint(area.centroid, `coverage.areas[${index}].centroid`));
  const covering = [];
  for (const unit of units) {
    if (unit.status === 'available' && unit.position && meetsRequirements(unit.capabilities, coverage.requirements)) {
      covering.push({ id: unit.id, position: unit.position });
    }
  }
  return assessCoverage({ units: covering, areas: coverage.areas, travel, search });
}

/** Minutes left before the target's deadline, or undefined when there is no target or its clock has not started. */
function minutesLeft(incident: DispatchIncident, now: Date): number | undefined {
  const target = incident.attendanceTarget;
  if (!target) return undefined;
  // A dispatched-clock target starts when the unit is sent: all of it is left.
  if (target.clock === 'dispatched') return target.minutes;
  const started = clockStart({ callAnsweredAt: incident.callAnsweredAt, gradedAt: incident.gradedAt }, target.clock);
  if (!started) return undefined;
  return target.minutes - (now.getTime() - started.getTime()) / 60_000;
}

interface Context {
  readonly incident: DispatchIncident;
  readonly now: Date;
  readonly weights: RecommendationWeights;
  readonly cover: CoverageAssessment | undefined;
  readonly remaining: number | undefined;
}

/** The penalty minutes of each secondary criterion for one candidate. */
interface PenaltyParts {
  readonly area: number;
  readonly teamKind: number;
  readonly coverage: number;
  readonly positionAge: number;
  /** Areas losing cover (when cover was assessed). */
  readonly losses: readonly CoverageLoss[] | undefined;
  readonly ageMinutes: number;
}

interface Ranked {
  readonly candidate: Candidate;
  readonly parts: PenaltyParts;
  readonly score: number;
}

function penaltyParts(candidate: Candidate, context: Context): PenaltyParts {
  const { unit } = candidate;
  const { incident, now, weights, cover } = context;
  const preferred = incident.preferredTeamKinds;
  const losses = cover?.lossIfSent(unit.id);
  const ageMinutes = Math.max(0, (now.getTime() - unit.position.at.getTime()) / 60_000);
  return {
    area: unit.areaId === incident.areaId ? 0 : weights.outOfAreaMinutes,
    teamKind: preferred && preferred.length > 0 && !preferred.includes(unit.teamKind) ? weights.otherTeamKindMinutes : 0,
    coverage: losses ? losses.length * weights.perAreaLosingCoverMinutes : 0,
    positionAge: ageMinutes > weights.stalePositionAfterMinutes ? weights.stalePositionMinutes : 0,
    losses,
    ageMinutes,
  };
}

/** Better first: lower score, then shorter travel, then call sign, then id. */
function isBetter(a: Ranked, b: Ranked): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.candidate.travel.time !== b.candidate.travel.time) return a.candidate.travel.time < b.candidate.travel.time;
  const callSigns = compareText(a.candidate.unit.callSign, b.candidate.unit.callSign);
  return callSigns !== 0 ? callSigns < 0 : compareText(a.candidate.unit.id, b.candidate.unit.id) < 0;
}

/** Inserts `item` into `best` (sorted, at most `limit` long) if it is among the best `limit`. */
function offer(best: Ranked[], limit: number, item: Ranked): void {
  if (best.length === limit && !isBetter(item, best[limit - 1] as Ranked)) return;
  let at = best.length;
  while (at > 0 && isBetter(item, best[at - 1] as Ranked)) at--;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}

/** The recommendation with one reason per criterion, each carrying the penalty the score used. */
function recommendation(ranked: Ranked, rank: number, context: Context): UnitRecommendation {
  const { candidate, parts, score } = ranked;
  const { unit, travel } = candidate;
  const { incident, now, remaining } = context;
  const reasons: RecommendationReason[] = [];
  const needs = describeRequirements(incident.requirements);
  reasons.push({ kind: 'capability', penaltyMinutes: 0, text: needs ? `meets the requirements (${needs})` : 'no special requirements' });
  reasons.push({ kind: 'travel', penaltyMinutes: 0, text: `${fixed(travel.straightLine, 2)} km away, about ${fixed(travel.time, 1)} min by road (${incident.urbanRural})` });
  reasons.push({
    kind: 'area',
    penaltyMinutes: parts.area,
    text: unit.areaId === incident.areaId ? `posted to the incident's area ${incident.areaId}` : `posted to ${unit.areaId}, not the incident's area ${incident.areaId}`,
  });
  const preferred = incident.preferredTeamKinds ?? [];
  if (preferred.length > 0) {
    const text = preferred.includes(unit.teamKind) ? `a ${unit.teamKind} unit, as routing prefers` : `a ${unit.teamKind} unit; routing prefers ${preferred.join(' or ')}`;
    reasons.push({ kind: 'team-kind', penaltyMinutes: parts.teamKind, text });
  }
  if (parts.losses) reasons.push({ kind: 'coverage', penaltyMinutes: parts.coverage, text: describeLosses(parts.losses) });
  if (parts.positionAge > 0) reasons.push({ kind: 'position-age', penaltyMinutes: parts.positionAge, text: `position is ${fixed(parts.ageMinutes, 0)} min old` });
  const target = incident.attendanceTarget;
  let meetsTarget: boolean | undefined;
  if (remaining !== undefined && target) {
    meetsTarget = travel.time <= remaining;
    const can = meetsTarget ? 'can' : 'cannot';
    reasons.push({ kind: 'target', penaltyMinutes: 0, text: `${can} arrive within the ${target.minutes}-min ${target.urbanRural} target (${target.clock} clock): ${fixed(Math.max(0, remaining), 1)} min left` });
  }
  return {
    rank,
    unitId: unit.id,
    callSign: unit.callSign,
    teamId: unit.teamId,
    teamKind: unit.teamKind,
    areaId: unit.areaId,
    score,
    travel,
    estimatedArrival: new Date(now.getTime() + travel.time * 60_000),
    ...(meetsTarget === undefined ? {} : { meetsTarget }),
    ...(parts.losses ? { coverageLoss: parts.losses } : {}),
    reasons,
  };
}

function describeLosses(losses: readonly CoverageLoss[]): string {
  if (losses.length === 0) return 'no area falls outside its Grade 1 target if it goes';
  const areas = losses.map((loss) => `${loss.areaId} (${loss.minutesAfter === null ? 'no unit left' : `${fixed(loss.minutesAfter, 1)} min`} > ${loss.targetMinutes} min)`);
  return `if it goes, ${areas.join(', ')} fall${losses.length === 1 ? 's' : ''} outside the Grade 1 target`;
}

function describeRequirements(requirements: UnitRequirements): string {
  const parts: string[] = [];
  if (requirements.powers?.length) parts.push(`powers ${requirements.powers.join(', ')}`);
  if (requirements.roles?.length) parts.push(`a ${requirements.roles.join(' or ')}`);
  if (requirements.skills?.length) parts.push(`skills ${requirements.skills.join(', ')}`);
  if (requirements.minimumOfficers) parts.push(`at least ${requirements.minimumOfficers} officers`);
  return parts.join('; ');
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
