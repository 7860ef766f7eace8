/** The storage port for victims, their duties and their updates. `@peel/db` implements it. */
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { CaseRepository } from '../cases/case-repository';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import type { IdSource } from '../shared/id-source';
import type { Victim, VictimDuty, VictimUpdate, VictimUpdateLevels } from './victim';

/** Which duties to list (all conditions must hold). */
export interface VictimDutyQuery {
  caseIds?: readonly string[];
  victimId?: string;
  status?: VictimDuty['status'];
}

/**
 * Stores victims (with optimistic concurrency), their duties and their updates. A use case may
 * write several of these and the case store: adapters run each use case in one transaction.
 */
export interface VictimRepository {
  getVictim(id: string): Promise<Victim | undefined>;
  /** Version 1 for a new victim, stored version + 1 for an update; CONFLICT otherwise. */
  saveVictim(next: Victim): Promise<void>;
  /** Victims of the given cases (all when absent), in registration order. */
  listVictims(query?: { caseIds?: readonly string[] }): Promise<Victim[]>;
  /**
   * Stores duties, all or nothing: a duty not stored yet is added; a stored one may only be
   * replaced while it is still 'open' (two people meeting the same duty at once: the second gets
   * CONFLICT).
   */
  saveDuties(duties: readonly VictimDuty[]): Promise<void>;
  /** Duties matching the query, by due time then id. */
  listDuties(query?: VictimDutyQuery): Promise<VictimDuty[]>;
  addUpdate(update: VictimUpdate): Promise<void>;
  /** Updates of a victim or a case, oldest first. */
  listUpdates(query: { victimId?: string; caseId?: string }): Promise<VictimUpdate[]>;
}

/** What the victim use cases need. */
export interface VictimDependencies {
  cases: CaseRepository;
  victims: VictimRepository;
  clock: Clock;
  ids: IdSource;
  calendar: WorkingDayCalendar;
  /** The model's serviceLevels.victimUpdates. */
  levels: VictimUpdateLevels;
}

/** The victim, or NOT_FOUND naming `victimId`. */
export async function loadVictim(victims: VictimRepository, victimId: string): Promise<Victim> {
  const found = await victims.getVictim(victimId);
  if (!found) throw new DomainError('NOT_FOUND', `victim ${victimId} not found`, 'victimId');
  return found;
}
