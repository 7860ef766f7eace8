/**
 * A force scenario flattened for the event loop: classes, channels, routes, pools, grades, demand
 * types and locations as typed arrays and compressed lists (route × area → pools, pool → queues it
 * serves), built once per replication. The simulation extends this class so that the hot loop reads
 * these as plain fields.
 */
import { buildAliasTables, type AliasTables } from '../random/alias-table';
import { lognormalParameters } from '../random/distributions';
import type { ForceScenario } from './force-scenario';
import { ROUTE_KINDS } from './force-run-result';

/** Index of each route kind in ROUTE_KINDS. */
export const ROUTE_KIND_INDEX = new Map<string, number>(ROUTE_KINDS.map((kind, index) => [kind, index]));

/** The scenario as flat arrays. */
export abstract class CompiledForce {
  protected readonly areaCount: number;
  protected readonly gradeCount: number;
  protected readonly classKind: Uint8Array; // 1 incident, 0 plain call
  protected readonly classChannel: Int32Array;
  protected readonly classArea: Int32Array;
  protected readonly classType: Int32Array;
  protected readonly classGrade: Int32Array;
  protected readonly classRoute: Int32Array;
  protected readonly classFallback: Int32Array;
  protected readonly channelHandled: Uint8Array;
  protected readonly channelHandle: Float64Array;
  protected readonly channelPatience: Float64Array;
  protected readonly channelTarget: Float64Array;
  protected readonly channelOrder: Int32Array;
  protected readonly routeKind: Int32Array;
  /** Pools that may attend route r in area a: routePools[routePoolStart[r·A + a] …]. */
  protected readonly routePoolStart: Int32Array;
  protected readonly routePools: Int32Array;
  /** Dispatch queues each unit pool serves: poolQueues[poolQueueStart[p] …], queue = route·A + area. */
  protected readonly poolQueueStart: Int32Array;
  protected readonly poolQueues: Int32Array;
  protected readonly gradeRank: Int32Array;
  protected readonly rankGrade: Int32Array;
  protected readonly gradeTargetUrban: Float64Array;
  protected readonly gradeTargetRural: Float64Array;
  protected readonly gradeClock: Uint8Array; // 0 answered, 1 graded, 2 dispatched
  protected readonly scheduledGrade: number;
  protected readonly typeUnits: Int32Array;
  protected readonly typeResolutionMinutes: Float64Array;
  protected readonly onScene: Float64Array; // [type·R + role]
  protected readonly roleCount: number;
  protected readonly poolRole: Int32Array;
  protected readonly areaTables: AliasTables[];
  protected readonly poolAreaTables: (AliasTables | null)[];
  protected readonly areaX: Float64Array[];
  protected readonly areaY: Float64Array[];
  protected readonly areaUrban: Uint8Array[];
  protected readonly onSceneMu: number;
  protected readonly onSceneSigma: number;
  protected readonly onSceneExponential: boolean;
  protected readonly speedUrban: number; // km per minute
  protected readonly speedRural: number;
  protected readonly detour: number;
  protected readonly setup: number;
  protected readonly grading: number;
  /** Duty: block starts and ends in time order (ends first at equal times); block index, or −1 − block for an end. */
  protected readonly rosterTime: Float64Array;
  protected readonly rosterBlock: Int32Array;
  /** Units of block b are blockUnits[blockUnitStart[b] …]. */
  protected readonly blockUnitStart: Int32Array;
  protected readonly handlerPools: Int32Array;
  protected readonly resolutionPools: Int32Array;
  protected readonly contactWithin: number;
  protected readonly resolveProbability: number;

  constructor(protected readonly scenario: ForceScenario) {
    const s = scenario;
    this.areaCount = s.areas.length;
    this.gradeCount = s.grades.length;
    const classes = s.arrivals;
    this.classKind = Uint8Array.from(classes, (c) => (c.kind === 'incident' ? 1 : 0));
    this.classChannel = Int32Array.from(classes, (c) => c.channel);
    this.classArea = Int32Array.from(classes, (c) => c.area);
    this.classType = Int32Array.from(classes, (c) => c.type);
    this.classGrade = Int32Array.from(classes, (c) => c.grade);
    this.classRoute = Int32Array.from(classes, (c) => c.route);
    this.classFallback = Int32Array.from(classes, (c) => c.fallbackRoute);
    this.channelHandled = Uint8Array.from(s.channels, (c) => (c.handled ? 1 : 0));
    this.channelHandle = Float64Array.from(s.channels, (c) => c.meanHandleMinutes);
    this.channelPatience = Float64Array.from(s.channels, (c) => c.meanPatienceMinutes ?? 0);
    this.channelTarget = Float64Array.from(s.channels, (c) => (c.answerTargetSeconds ?? NaN) / 60);
    this.channelOrder = Int32Array.from(s.channels.map((c, i) => [c.priority, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]), ([, i]) => i);
    this.routeKind = Int32Array.from(s.routes, (r) => ROUTE_KIND_INDEX.get(r.kind)!);

    // Route × area → pools (CSR), and pool → queues it serves.
    const A = this.areaCount;
    this.routePoolStart = new Int32Array(s.routes.length * A + 1);
    const routePools: number[] = [];
    const poolQueues: number[][] = s.pools.map(() => []);
    s.routes.forEach((route, r) => {
      for (let a = 0; a < A; a += 1) {
        this.routePoolStart[r * A + a] = routePools.length;
        for (const pool of route.poolsByArea[a]!) {
          routePools.push(pool);
          poolQueues[pool]!.push(r * A + a);
        }
      }
    });
    this.routePoolStart[s.routes.length * A] = routePools.length;
    this.routePools = Int32Array.from(routePools);
    this.poolQueueStart = new Int32Array(s.pools.length + 1);
    const flatQueues: number[] = [];
    poolQueues.forEach((queues, p) => {
      this.poolQueueStart[p] = flatQueues.length;
      flatQueues.push(...queues);
    });
    this.poolQueueStart[s.pools.length] = flatQueues.length;
    this.poolQueues = Int32Array.from(flatQueues);

    // Grades: rank by grade number (Grade 1 first).
    const order = s.grades.map((g, i) => [g.grade, i] as const).sort((a, b) => a[0] - b[0]);
    this.gradeRank = new Int32Array(this.gradeCount);
    this.rankGrade = new Int32Array(this.gradeCount);
    order.forEach(([, index], rank) => {
      this.gradeRank[index] = rank;
      this.rankGrade[rank] = index;
    });
    this.gradeTargetUrban = Float64Array.from(s.grades, (g) => g.urbanTargetMinutes ?? (g.appointmentWithinHours === null ? NaN : g.appointmentWithinHours * 60));
    this.gradeTargetRural = Float64Array.from(s.grades, (g) => g.ruralTargetMinutes ?? (g.appointmentWithinHours === null ? NaN : g.appointmentWithinHours * 60));
    this.gradeClock = Uint8Array.from(s.grades, (g) => (g.urbanTargetMinutes === null ? 0 : g.clock === 'graded' ? 1 : g.clock === 'dispatched' ? 2 : 0));
    this.scheduledGrade = s.grades.findIndex((g) => g.response === 'scheduled');
    this.typeUnits = Int32Array.from(s.demandTypes, (t) => t.unitsRequired);
    this.typeResolutionMinutes = Float64Array.from(s.demandTypes, (_, i) => s.resolutionCentre?.meanMinutesByType[i] ?? 30);
    this.roleCount = s.roles.length;
    this.onScene = Float64Array.from(s.onSceneMinutes.flat());
    this.poolRole = Int32Array.from(s.poolRole);
    const { mu, sigma } = lognormalParameters(1, s.onSceneCv);
    this.onSceneMu = mu;
    this.onSceneSigma = sigma;
    this.onSceneExponential = s.onSceneDistribution === 'exponential';
    this.speedUrban = s.travel.urbanSpeedKmh / 60;
    this.speedRural = s.travel.ruralSpeedKmh / 60;
    this.detour = s.travel.detourFactor;
    this.setup = s.travel.setupMinutes;
    this.grading = s.gradingMinutes;

    // Locations: an alias table per area; a pool picks an area by the areas' total weights.
    this.areaTables = s.areas.map((area) => buildAliasTables(Float64Array.from(area.weight), area.weight.length));
    this.areaX = s.areas.map((area) => Float64Array.from(area.x));
    this.areaY = s.areas.map((area) => Float64Array.from(area.y));
    this.areaUrban = s.areas.map((area) => Uint8Array.from(area.urban));
    const areaWeight = s.areas.map((area) => area.weight.reduce((sum, w) => sum + w, 0));
    this.poolAreaTables = s.pools.map((pool) => (pool.areas.length === 0 ? null : buildAliasTables(Float64Array.from(pool.areas, (a) => areaWeight[a]!), pool.areas.length)));

    const roster = s.duty.flatMap((block, index) => [
      [block.start, index] as const,
      [block.end, -1 - index] as const,
    ]);
    roster.sort((a, b) => a[0] - b[0] || (a[1] < 0 ? 0 : 1) - (b[1] < 0 ? 0 : 1) || a[1] - b[1]);
    this.rosterTime = Float64Array.from(roster, ([time]) => time);
    this.rosterBlock = Int32Array.from(roster, ([, block]) => block);
    this.blockUnitStart = new Int32Array(s.duty.length + 1);
    s.duty.forEach((block, index) => (this.blockUnitStart[index + 1] = this.blockUnitStart[index]! + block.rostered));
    this.handlerPools = Int32Array.from(s.pools.flatMap((pool, index) => (pool.kind === 'call-handlers' ? [index] : [])));
    this.resolutionPools = Int32Array.from(s.resolutionCentre?.pools ?? []);
    this.contactWithin = (s.resolutionCentre?.contactWithinHours ?? 48) * 60;
    this.resolveProbability = s.resolutionCentre?.resolveProbability ?? 0;
  }
}
