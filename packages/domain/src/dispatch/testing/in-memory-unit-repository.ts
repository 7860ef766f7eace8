/**
 * UnitRepository in memory, for domain tests and for running the server without a database.
 * Every write runs inside one lock, and yields to the event loop between its reads and its writes
 * (as a database round trip would), so the lock — not luck — keeps the atomic contracts: two assignUnit
 * calls for one free unit started together give exactly one success and one UNIT_UNAVAILABLE.
 * Records are copied in and out, so callers cannot change stored state by mutating objects.
 */
import { DomainError } from '../../shared/domain-error';
import { sequentialIds, type IdSource } from '../../shared/id-source';
import type { Assignment } from '../assignment';
import type { Unit, UnitPosition } from '../unit';
import type { UnitRepository, UnitStatusChange, UnitStatusEvent } from '../unit-repository';
import { isLiveUnitStatus } from '../unit-status';

/** Options of {@link InMemoryUnitRepository}. */
export interface InMemoryUnitRepositoryOptions {
  /** Assignment ids; default `assignment-1`, `assignment-2`, … */
  readonly ids?: IdSource;
  /** Awaited between a write's read and its write; default: yield one macrotask (setTimeout 0). */
  readonly pause?: () => Promise<void>;
}

/** A serial lock: each task starts when the previous one has settled. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** In-memory {@link UnitRepository}. */
export class InMemoryUnitRepository implements UnitRepository {
  private readonly units = new Map<string, Unit>();
  private readonly assignments = new Map<string, Assignment>();
  private readonly events: UnitStatusEvent[] = [];
  private readonly lock = new Lock();
  private readonly ids: IdSource;
  private readonly pause: () => Promise<void>;

  constructor(options: InMemoryUnitRepositoryOptions = {}) {
    this.ids = options.ids ?? sequentialIds();
    this.pause = options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  /** {@inheritDoc UnitRepository.create} */
  create(unit: Unit): Promise<void> {
    return this.lock.run(async () => {
      const onDuty = [...this.units.values()].filter((stored) => stored.status !== 'off-duty');
      const exists = this.units.has(unit.id);
      await this.pause();
      if (exists) throw new DomainError('CONFLICT', `unit ${unit.id} already exists`, 'id');
      const sameCallSign = onDuty.find((stored) => stored.callSign === unit.callSign);
      if (sameCallSign) throw new DomainError('CONFLICT', `call sign ${unit.callSign} is already on duty (unit ${sameCallSign.id})`, 'callSign');
      for (const officer of unit.officers) {
        const other = onDuty.find((stored) => stored.officers.some((crew) => crew.officerId === officer.officerId));
        if (other) throw new DomainError('CONFLICT', `officer ${officer.officerId} is already on duty in unit ${other.callSign}`, 'officers');
      }
      this.units.set(unit.id, copy(unit));
      this.events.push({ unitId: unit.id, to: unit.status, at: unit.statusSince });
    });
  }

  /** {@inheritDoc UnitRepository.get} */
  async get(unitId: string): Promise<Unit | undefined> {
    const unit = this.units.get(unitId);
    return unit ? copy(unit) : undefined;
  }

  /** {@inheritDoc UnitRepository.listOnDuty} */
  async listOnDuty(filter: { readonly teamId?: string } = {}): Promise<Unit[]> {
    return [...this.units.values()]
      .filter((unit) => unit.status !== 'off-duty' && (filter.teamId === undefined || unit.teamId === filter.teamId))
      .sort((a, b) => (a.callSign < b.callSign ? -1 : a.callSign > b.callSign ? 1 : 0))
      .map(copy);
  }

  /** {@inheritDoc UnitRepository.updatePosition} */
  updatePosition(unitId: string, position: UnitPosition): Promise<void> {
    return this.lock.run(async () => {
      const unit = this.require(unitId);
      await this.pause();
      if (unit.position && unit.position.at.getTime() > position.at.getTime()) return;
      this.units.set(unitId, { ...unit, position: copy(position) });
    });
  }

  /** {@inheritDoc UnitRepository.assignUnit} */
  assignUnit(unitId: string, incidentId: string, at: Date): Promise<Assignment> {
    return this.lock.run(async () => {
      const unit = this.require(unitId);
      const live = [...this.assignments.values()].find((assignment) => assignment.unitId === unitId && assignment.endedAt === undefined);
      await this.pause();
      if (unit.status !== 'available' || live) {
        throw new DomainError('UNIT_UNAVAILABLE', `unit ${unit.callSign} is '${unit.status}'${live ? ` (incident ${live.incidentId})` : ''}, not available`, 'unitId');
      }
      const assignment: Assignment = { id: this.ids.next('assignment'), unitId, incidentId, dispatchedAt: new Date(at) };
      this.assignments.set(assignment.id, assignment);
      this.units.set(unitId, { ...unit, status: 'dispatched', statusSince: new Date(at), incidentId });
      this.events.push({ unitId, from: unit.status, to: 'dispatched', at: new Date(at), incidentId });
      return copy(assignment);
    });
  }

  /** {@inheritDoc UnitRepository.changeStatus} */
  changeStatus(change: UnitStatusChange): Promise<void> {
    return this.lock.run(async () => {
      const unit = this.require(change.unitId);
      await this.pause();
      if (unit.status !== change.from) {
        throw new DomainError('CONFLICT', `unit ${unit.callSign} is now '${unit.status}', not '${change.from}': it changed meanwhile`, 'unitId');
      }
      const { incidentId: _previous, ...rest } = unit;
      const keepsIncident = isLiveUnitStatus(change.to) && unit.incidentId !== undefined;
      const updated: Unit = { ...rest, status: change.to, statusSince: new Date(change.at), ...(keepsIncident ? { incidentId: unit.incidentId } : {}) };
      if (change.assignment) this.assignments.set(change.assignment.id, copy(change.assignment));
      this.units.set(unit.id, updated);
      this.events.push({ unitId: unit.id, from: unit.status, to: change.to, at: new Date(change.at), ...(keepsIncident ? { incidentId: unit.incidentId } : {}) });
    });
  }

  /** {@inheritDoc UnitRepository.getLiveAssignment} */
  async getLiveAssignment(unitId: string): Promise<Assignment | undefined> {
    const live = [...this.assignments.values()].find((assignment) => assignment.unitId === unitId && assignment.endedAt === undefined);
    return live ? copy(live) : undefined;
  }

  /** {@inheritDoc UnitRepository.listAssignments} */
  async listAssignments(incidentId: string): Promise<Assignment[]> {
    return [...this.assignments.values()]
      .filter((assignment) => assignment.incidentId === incidentId)
      .sort((a, b) => a.dispatchedAt.getTime() - b.dispatchedAt.getTime())
      .map(copy);
  }

  /** {@inheritDoc UnitRepository.listStatusEvents} */
  async listStatusEvents(unitId: string): Promise<UnitStatusEvent[]> {
    return this.events.filter((event) => event.unitId === unitId).map(copy);
  }

  private require(unitId: string): Unit {
    const unit = this.units.get(unitId);
    if (!unit) throw new DomainError('NOT_FOUND', `unitId: no unit ${unitId}`, 'unitId');
    return unit;
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
