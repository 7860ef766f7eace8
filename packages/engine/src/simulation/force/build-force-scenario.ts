/**
 * Compiles a policing model, a demand profile and locations into a {@link ForceScenario}: the
 * Poisson streams of incidents and calls, routes, pools of people and their duty blocks, on-scene
 * and travel parameters. Pure and deterministic; the same inputs give the same scenario.
 *
 * Demand scaling (stated in the notes): recorded crime undercounts what reaches a control room, so
 * incidents are `incidentsPerCrime` per recorded crime in the same area, hour of the week, type and
 * grade, and each handled channel carries the model's `callsPerDay` (or `callsPerIncident` × its
 * incidents when the model gives none); the calls beyond its incidents are contacts that need
 * handling but no further action (advice, duplicates, transfers), arriving with the same weekly
 * shape. Emergency grades come by the emergency channel, the rest by the non-emergency one.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { DEFAULT_FORCE_OPTIONS, describeOptions, type ForceOptions } from './force-assumptions';
import type { ArrivalClass, DutyBlock, ForceScenario, ScenarioChannel, ScenarioGrade } from './force-scenario';
import { applyPlan, type DutyPlan } from './apply-plan';
import { OFFICE_HOURS, shiftBlocks, teamAbstraction } from './compile-duty';
import { RouteCompiler } from './compile-routing';
import { PoolRegistry } from './pool-registry';
import { projectGeography, type LocationsByArea } from './scenario-geography';
import type { SimulationModel } from './simulation-model';

/** Incidents per hour in one hour-of-week slot of one area, demand type and grade (before `incidentsPerCrime`). */
export interface DemandRate {
  area: string;
  hourOfWeek: number;
  demandType: string;
  grade: number;
  perHour: number;
}

/** A demand type as the rates name it (the model's, or a stand-in for a category no model type claims). */
export interface ScenarioDemandTypeSpec {
  id: string;
  name: string;
  timeTakenMinutes: Readonly<Record<string, number>>;
  unitsRequired?: number;
  tags?: readonly string[];
}

/** Input of {@link buildForceScenario}. */
export interface BuildForceScenarioInput {
  model: SimulationModel;
  demandTypes: readonly ScenarioDemandTypeSpec[];
  demand: readonly DemandRate[];
  /** LSOA centroids by area; the ward fallback where absent. */
  locations?: LocationsByArea;
  /** Days measured. */
  days: number;
  plan?: DutyPlan;
  options?: Partial<ForceOptions>;
}

/** Handling minutes for channel kinds the options do not list. */
const OTHER_HANDLE_MINUTES = 7;
const HANDLED_KINDS = new Set(['emergency-call', 'non-emergency-call']);

/** Builds the scenario (see the file comment). */
export function buildForceScenario(input: BuildForceScenarioInput): ForceScenario {
  const { model, demandTypes, demand, days, plan } = input;
  const options: ForceOptions = {
    ...DEFAULT_FORCE_OPTIONS,
    ...input.options,
    handleMinutes: { ...DEFAULT_FORCE_OPTIONS.handleMinutes, ...input.options?.handleMinutes },
    patienceMinutes: { ...DEFAULT_FORCE_OPTIONS.patienceMinutes, ...input.options?.patienceMinutes },
  };
  checkOptions(options, days);
  const endMinute = (options.warmUpDays + days + options.drainDays) * 1440;
  const geography = projectGeography(model.geography.areas, input.locations);
  const notes = [...geography.notes];
  const areaIndex = new Map(model.geography.areas.map((area, index) => [area.id, index]));
  const typeIndex = new Map(demandTypes.map((type, index) => [type.id, index]));
  const gradeIndex = new Map(model.grades.map((grade, index) => [grade.grade, index]));

  const registry = new PoolRegistry(model);
  // Call handlers: control-room roles with the call-handling power; controllers (who also dispatch) are left to dispatching.
  const handlerRoles = (team: SimulationModel['teams'][number]) => {
    const roles = Object.keys(team.roles).filter((role) => model.roles[role]?.powers.includes('call-handling') && (team.roles[role]?.headcount ?? 0) > 0);
    const takers = roles.filter((role) => !model.roles[role]?.powers.includes('dispatch'));
    return takers.length > 0 ? takers : roles;
  };
  const handlerPools = model.teams.filter((team) => team.kind === 'control-room').flatMap((team) => handlerRoles(team).map((role) => registry.teamPool(team, role, 'call-handlers')));
  if (handlerPools.length === 0) notes.push('call handling: the model has no control-room role with the call-handling power, so calls are not queued');

  const channels: ScenarioChannel[] = model.channels.map((channel) => ({
    id: channel.id,
    kind: channel.kind,
    handled: HANDLED_KINDS.has(channel.kind) && handlerPools.length > 0,
    priority: channel.kind === 'emergency-call' ? 0 : channel.kind === 'non-emergency-call' ? 1 : 2,
    meanHandleMinutes: options.handleMinutes[channel.kind] ?? OTHER_HANDLE_MINUTES,
    meanPatienceMinutes: options.patienceMinutes[channel.kind] ?? null,
    answerTargetSeconds: channel.answerTargetSeconds ?? null,
  }));
  const firstChannel = (kind: string) => {
    const index = model.channels.findIndex((channel) => channel.kind === kind);
    return index >= 0 ? index : 0;
  };
  const emergencyChannel = firstChannel('emergency-call');
  const routineChannel = firstChannel('non-emergency-call');

  const grades: ScenarioGrade[] = model.grades.map((grade) => ({
    grade: grade.grade,
    name: grade.name,
    response: grade.response,
    urbanTargetMinutes: grade.attendance?.urbanTargetMinutes ?? null,
    ruralTargetMinutes: grade.attendance?.ruralTargetMinutes ?? null,
    clock: grade.attendance?.clock ?? 'call-answered',
    appointmentWithinHours: grade.appointmentWithinHours ?? null,
  }));
  const scheduledGrade = model.grades.find((grade) => grade.response === 'scheduled');

  const routes = new RouteCompiler(model, registry);
  const classes = new Map<string, ArrivalClass>();
  demand.forEach((row, index) => {
    const area = areaIndex.get(row.area);
    if (area === undefined) throw new RangeError(`demand[${index}].area: '${row.area}' is not an area of model ${model.id}`);
    const type = typeIndex.get(row.demandType);
    if (type === undefined) throw new RangeError(`demand[${index}].demandType: '${row.demandType}' is not in demandTypes`);
    const grade = gradeIndex.get(row.grade);
    if (grade === undefined) throw new RangeError(`demand[${index}].grade: ${row.grade} is not a grade of model ${model.id}`);
    if (!Number.isInteger(row.hourOfWeek) || row.hourOfWeek < 0 || row.hourOfWeek >= HOURS_PER_WEEK) throw new RangeError(`demand[${index}].hourOfWeek: expected 0–167, got ${row.hourOfWeek}`);
    if (!Number.isFinite(row.perHour) || row.perHour < 0) throw new RangeError(`demand[${index}].perHour: expected a rate >= 0, got ${row.perHour}`);
    const key = `${area}:${type}:${grade}`;
    let arrival = classes.get(key);
    if (!arrival) {
      const spec = demandTypes[type]!;
      const channel = model.grades[grade]!.response === 'immediate' ? emergencyChannel : routineChannel;
      const routable = { demandTypeId: spec.id, channelId: model.channels[channel]!.id, tags: spec.tags ?? [] };
      const route = routes.routeOf({ ...routable, grade: row.grade });
      const fallback = scheduledGrade ? routes.routeOf({ ...routable, grade: scheduledGrade.grade }) : -1;
      const fallbackKind = fallback >= 0 ? routes.routes[fallback]!.kind : 'unserved';
      arrival = {
        kind: 'incident',
        channel,
        area,
        type,
        grade,
        route,
        fallbackRoute: fallbackKind === 'deploy' || fallbackKind === 'scheduled-appointment' ? fallback : -1,
        perHour: new Array<number>(HOURS_PER_WEEK).fill(0),
      };
      classes.set(key, arrival);
    }
    arrival.perHour[row.hourOfWeek]! += row.perHour * options.incidentsPerCrime;
  });
  const arrivals = [...classes.values()].filter((arrival) => arrival.perHour.some((rate) => rate > 0));
  notes.push(...addPlainCalls({ model, channels, arrivals, options }));

  // The Resolution Centre: every role of the teams the rules send work to, as one group of desks.
  const resolutionTeams = [...routes.resolutionTeams];
  const resolutionPools = resolutionTeams.flatMap((team) => Object.keys(team.roles).filter((role) => (team.roles[role]?.headcount ?? 0) > 0).map((role) => registry.teamPool(team, role, 'resolution-centre')));
  // A desk resolution takes the time the type gives the Resolution Centre's staff roles (e.g. an
  // investigator's 20 minutes); an officer's attendance time does not apply to a telephone resolution.
  const resolutionRoles = new Set(resolutionTeams.flatMap((team) => Object.keys(team.roles).filter((role) => model.roles[role]?.category === 'staff')));
  const usesResolution = routes.routes.some((route) => route.kind === 'resolution-centre');
  const resolutionCentre = usesResolution
    ? {
        pools: resolutionPools,
        contactWithinHours: model.serviceLevels.resolutionCentre?.contactWithinHours ?? options.contactWithinHours,
        resolveProbability: options.resolveProbability,
        meanMinutesByType: demandTypes.map((type) => {
          const times = Object.entries(type.timeTakenMinutes).filter(([role]) => resolutionRoles.has(role)).map(([, value]) => value);
          return times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : options.resolutionMinutes;
        }),
      }
    : null;
  if (usesResolution && resolutionPools.length === 0) notes.push('Resolution Centre: routing sends work there but the model has no team to staff it; that work waits unserved');

  // Duty: every pool from its team's shift pattern, then the plan's entries in place of the model's rostering.
  const duty: DutyBlock[] = [];
  const withoutPattern = new Set<string>();
  registry.pools.forEach((pool, index) => {
    const team = model.teams.find((candidate) => candidate.id === pool.team)!;
    let pattern = model.shiftPatterns.find((candidate) => candidate.id === team.shiftPattern);
    if (!pattern) {
      pattern = OFFICE_HOURS;
      withoutPattern.add(team.id);
    }
    duty.push(...shiftBlocks({ pool: index, pattern, headcount: team.roles[pool.role]?.headcount ?? 0, abstraction: teamAbstraction(model, team), endMinute }));
  });
  if (withoutPattern.size > 0) notes.push(`teams with no shift pattern are taken to work office hours, Monday–Friday 09:00–17:00 (assumption): ${[...withoutPattern].join(', ')}`);
  const planned = plan ? applyPlan({ model, plan, registry, routes: routes.routes, duty, endMinute }) : duty;
  if (plan) notes.push(`plan: ${plan.entries.length} entr${plan.entries.length === 1 ? 'y' : 'ies'} of units on duty by hour of week replace the model's rostering of their team and role`);
  planned.sort((a, b) => a.start - b.start || a.pool - b.pool);

  const roles = [...new Set(registry.pools.map((pool) => pool.role))];
  const roleIndex = new Map(roles.map((role, index) => [role, index]));
  const unserved = routes.routes.flatMap((route) =>
    route.kind === 'deploy' || route.kind === 'scheduled-appointment'
      ? route.poolsByArea.flatMap((pools, area) => (pools.length === 0 && arrivals.some((arrival) => arrival.route === routes.routes.indexOf(route) && arrival.area === area) ? [`${route.id} in ${model.geography.areas[area]!.id}`] : []))
      : [],
  );
  if (unserved.length > 0) notes.push(`no units can attend (no team of the rule serves the area): ${unserved.join(', ')}`);
  notes.push(...describeOptions(options));

  return {
    modelId: model.id,
    days,
    warmUpDays: options.warmUpDays,
    drainDays: options.drainDays,
    areas: geography.areas,
    grades,
    demandTypes: demandTypes.map((type) => ({ id: type.id, name: type.name, unitsRequired: type.unitsRequired ?? 1 })),
    channels,
    roles,
    pools: registry.pools,
    poolRole: registry.pools.map((pool) => roleIndex.get(pool.role)!),
    duty: planned,
    routes: routes.routes,
    onSceneMinutes: demandTypes.map((type) => {
      const largest = Math.max(0, ...Object.values(type.timeTakenMinutes));
      return roles.map((role) => type.timeTakenMinutes[role] ?? (largest > 0 ? largest : 60));
    }),
    gradingMinutes: options.gradingMinutes,
    onSceneDistribution: options.onSceneDistribution,
    onSceneCv: options.onSceneCv,
    arrivals,
    resolutionCentre,
    travel: { urbanSpeedKmh: options.urbanSpeedKmh, ruralSpeedKmh: options.ruralSpeedKmh, detourFactor: options.detourFactor, setupMinutes: options.setupMinutes },
    notes,
  };
}

/** Adds each handled channel's calls beyond its incidents as plain-call classes; returns the notes. */
function addPlainCalls(params: { model: SimulationModel; channels: ScenarioChannel[]; arrivals: ArrivalClass[]; options: ForceOptions }): string[] {
  const { model, channels, arrivals, options } = params;
  const notes: string[] = [];
  const incidentShape = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const arrival of arrivals) arrival.perHour.forEach((rate, hour) => (incidentShape[hour]! += rate));
  const perDay = (rates: readonly number[]) => rates.reduce((sum, rate) => sum + rate, 0) / 7;
  const totalIncidents = perDay(incidentShape);
  notes.push(`demand: ${options.incidentsPerCrime} incident(s) per recorded crime, ${totalIncidents.toFixed(1)} incidents a day`);
  channels.forEach((channel, index) => {
    if (!channel.handled) return;
    const shape = new Array<number>(HOURS_PER_WEEK).fill(0);
    for (const arrival of arrivals) if (arrival.channel === index) arrival.perHour.forEach((rate, hour) => (shape[hour]! += rate));
    const incidents = perDay(shape);
    const given = model.channels[index]!.callsPerDay;
    const calls = given ?? incidents * options.callsPerIncident;
    const source = given === undefined ? `${options.callsPerIncident} calls per incident (Kent's ratio: the model gives no callsPerDay)` : 'the model\'s callsPerDay';
    const extra = Math.max(0, calls - incidents);
    if (given !== undefined && given < incidents) notes.push(`channel ${channel.id}: callsPerDay ${given} is below its ${incidents.toFixed(1)} incidents a day; no calls are added`);
    notes.push(`channel ${channel.id}: ${calls.toFixed(0)} calls a day from ${source}, ${incidents.toFixed(1)} of them incidents, ${extra.toFixed(1)} needing no further action`);
    if (extra <= 0) return;
    const base = incidents > 0 ? shape : incidentShape;
    const baseTotal = base.reduce((sum, rate) => sum + rate, 0);
    if (baseTotal <= 0) return;
    arrivals.push({ kind: 'call', channel: index, area: -1, type: -1, grade: -1, route: -1, fallbackRoute: -1, perHour: base.map((rate) => (rate / baseTotal) * extra * 7) });
  });
  return notes;
}

function checkOptions(options: ForceOptions, days: number): void {
  const positive = (name: string, value: number) => {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name}: expected a number > 0, got ${value}`);
  };
  const nonNegative = (name: string, value: number) => {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name}: expected a number >= 0, got ${value}`);
  };
  positive('days', days);
  nonNegative('warmUpDays', options.warmUpDays);
  nonNegative('drainDays', options.drainDays);
  nonNegative('incidentsPerCrime', options.incidentsPerCrime);
  nonNegative('callsPerIncident', options.callsPerIncident);
  nonNegative('onSceneCv', options.onSceneCv);
  positive('urbanSpeedKmh', options.urbanSpeedKmh);
  positive('ruralSpeedKmh', options.ruralSpeedKmh);
  positive('detourFactor', options.detourFactor);
  nonNegative('setupMinutes', options.setupMinutes);
  nonNegative('gradingMinutes', options.gradingMinutes);
  positive('resolutionMinutes', options.resolutionMinutes);
  positive('contactWithinHours', options.contactWithinHours);
  if (!(options.resolveProbability >= 0 && options.resolveProbability <= 1)) throw new RangeError(`resolveProbability: expected a probability, got ${options.resolveProbability}`);
  for (const [kind, value] of Object.entries(options.handleMinutes)) positive(`handleMinutes.${kind}`, value);
  for (const [kind, value] of Object.entries(options.patienceMinutes)) positive(`patienceMinutes.${kind}`, value);
}
