/**
 * Booking a unit on: a crew of officers from one team, posted to an area, with a call sign from
 * the team's template. The unit's capabilities are fixed from the model's roles at this moment.
 */
import type { PolicingModel, Team } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { Clock } from '../shared/clock';
import type { IdSource } from '../shared/id-source';
import { renderCallSign, type CallSignTemplate } from './call-sign-template';
import { checkGeoPoint } from './geo-point';
import { teamCallSignTemplate } from './team-call-signs';
import type { OnDutyOfficer, Unit, UnitPosition } from './unit';
import { unitCapabilities } from './unit-capabilities';
import type { UnitRepository } from './unit-repository';

/** What booking on needs. */
export interface CreateUnitRequest {
  readonly teamId: string;
  /** One of the team's areas; may be left out when the team covers exactly one. */
  readonly areaId?: string;
  /** The relief number, 1 … rotatingTeams of the team's shift pattern; required when the template uses {shift}. */
  readonly relief?: number;
  /** A shift of the team's pattern (e.g. "late"). */
  readonly shiftId?: string;
  /** The crew: at least one officer, each once. */
  readonly officers: readonly OnDutyOfficer[];
  /** The call-sign number {n}; default: the lowest not used by a unit of the team on duty. */
  readonly n?: number;
  /** A first position; `at` defaults to now. */
  readonly position?: { readonly lat: number; readonly lon: number; readonly at?: Date };
  /** Status on booking on; default available. */
  readonly status?: 'available' | 'committed';
}

/** The ports and data {@link createUnit} works with. */
export interface CreateUnitContext {
  readonly model: PolicingModel;
  readonly units: UnitRepository;
  readonly clock: Clock;
  readonly ids: IdSource;
}

/** How often an automatically numbered unit is retried when another booking took its call sign first. */
const CALL_SIGN_ATTEMPTS = 3;

/**
 * Creates and stores a unit. Throws VALIDATION naming the field for anything inconsistent with the
 * model (team, area, relief, shift, officers and their roles, n, position, template), and CONFLICT
 * when the call sign (given `n`) or an officer is already on a unit on duty.
 */
export async function createUnit(request: CreateUnitRequest, context: CreateUnitContext): Promise<Unit> {
  const { model, units, clock, ids } = context;
  const team = findTeam(model, request.teamId);
  const areaId = resolveArea(model, team, request.areaId);
  const template = teamCallSignTemplate(team);
  const { relief, shiftId } = checkShift(model, team, request, template);
  checkOfficers(request.officers);
  const capabilities = unitCapabilities(model, request.officers);
  const now = clock.now();
  let position: UnitPosition | undefined;
  if (request.position) {
    checkGeoPoint(request.position, 'position');
    const at = request.position.at ?? now;
    if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) {
      throw new DomainError('VALIDATION', `position.at: expected a time not after now (${now.toISOString()})`, 'position.at');
    }
    position = { lat: request.position.lat, lon: request.position.lon, at };
  }
  if (request.n !== undefined && (!Number.isSafeInteger(request.n) || request.n < 1)) {
    throw new DomainError('VALIDATION', `n: expected a whole number >= 1, got ${request.n}`, 'n');
  }
  const render = (n: number) => renderCallSign(template, { n, shift: relief, area: areaId, team: team.id });

  const id = ids.next('unit');
  for (let attempt = 1; ; attempt++) {
    const callSign = request.n !== undefined ? render(request.n) : await lowestFreeCallSign(units, team.id, render);
    const unit: Unit = {
      id,
      callSign,
      teamId: team.id,
      teamKind: team.kind,
      areaId,
      ...(relief === undefined ? {} : { relief }),
      ...(shiftId === undefined ? {} : { shiftId }),
      officers: request.officers.map((officer) => ({ ...officer, ...(officer.skills ? { skills: [...officer.skills] } : {}) })),
      capabilities,
      status: request.status ?? 'available',
      statusSince: now,
      ...(position ? { position } : {}),
      bookedOnAt: now,
    };
    try {
      await units.create(unit);
      return unit;
    } catch (error) {
      // Another booking may have taken the number we picked; pick again (a given n is not retried).
      const callSignTaken = error instanceof DomainError && error.code === 'CONFLICT' && error.field === 'callSign';
      if (!callSignTaken || request.n !== undefined || attempt >= CALL_SIGN_ATTEMPTS) throw error;
    }
  }
}

async function lowestFreeCallSign(units: UnitRepository, teamId: string, render: (n: number) => string): Promise<string> {
  const taken = new Set((await units.listOnDuty({ teamId })).map((unit) => unit.callSign));
  for (let n = 1; ; n++) {
    const callSign = render(n);
    if (!taken.has(callSign)) return callSign;
  }
}

function findTeam(model: PolicingModel, teamId: string): Team {
  const team = model.teams.find((candidate) => candidate.id === teamId);
  if (!team) throw new DomainError('VALIDATION', `teamId: "${teamId}" is not a team of model ${model.id}`, 'teamId');
  return team;
}

function resolveArea(model: PolicingModel, team: Team, areaId: string | undefined): string {
  const allowed = team.areas.includes('all') ? model.geography.areas.map((area) => area.id) : team.areas;
  if (areaId === undefined) {
    if (allowed.length === 1) return allowed[0] as string;
    throw new DomainError('VALIDATION', `areaId: team ${team.id} covers ${allowed.length} areas, so say which (${allowed.join(', ')})`, 'areaId');
  }
  if (!allowed.includes(areaId)) throw new DomainError('VALIDATION', `areaId: "${areaId}" is not an area of team ${team.id} (${allowed.join(', ')})`, 'areaId');
  return areaId;
}

function checkShift(model: PolicingModel, team: Team, request: CreateUnitRequest, template: CallSignTemplate): { relief?: number; shiftId?: string } {
  const pattern = team.shiftPattern === undefined ? undefined : model.shiftPatterns.find((candidate) => candidate.id === team.shiftPattern);
  const { relief, shiftId } = request;
  if (relief !== undefined) {
    if (!pattern) throw new DomainError('VALIDATION', `relief: team ${team.id} has no shift pattern, so no reliefs`, 'relief');
    if (!Number.isSafeInteger(relief) || relief < 1 || relief > pattern.rotatingTeams) {
      throw new DomainError('VALIDATION', `relief: expected 1 to ${pattern.rotatingTeams} (the reliefs of ${pattern.id}), got ${relief}`, 'relief');
    }
  } else if (template.uses.has('shift')) {
    throw new DomainError('VALIDATION', `relief: the call-sign template "${template.source}" of team ${team.id} needs the relief number for {shift}`, 'relief');
  }
  if (shiftId !== undefined) {
    if (!pattern) throw new DomainError('VALIDATION', `shiftId: team ${team.id} has no shift pattern`, 'shiftId');
    if (!pattern.shifts.some((shift) => shift.id === shiftId)) {
      throw new DomainError('VALIDATION', `shiftId: "${shiftId}" is not a shift of ${pattern.id} (${pattern.shifts.map((shift) => shift.id).join(', ')})`, 'shiftId');
    }
  }
  return { ...(relief === undefined ? {} : { relief }), ...(shiftId === undefined ? {} : { shiftId }) };
}

function checkOfficers(officers: readonly OnDutyOfficer[]): void {
  if (!Array.isArray(officers) || officers.length === 0) throw new DomainError('VALIDATION', 'officers: a unit needs at least one officer', 'officers');
  const seen = new Set<string>();
  officers.forEach((officer, index) => {
    const field = `officers[${index}].officerId`;
    if (typeof officer.officerId !== 'string' || officer.officerId.trim() === '') throw new DomainError('VALIDATION', `${field}: expected an officer id`, field);
    if (seen.has(officer.officerId)) throw new DomainError('VALIDATION', `${field}: officer ${officer.officerId} is listed twice`, field);
    seen.add(officer.officerId);
  });
}
