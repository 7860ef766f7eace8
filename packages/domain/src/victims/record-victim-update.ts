/** Recording an update given to a victim: it meets the duties it covers and restarts the periodic clock. */
import { requireInstant, requirePast, requireText } from '../cases/input';
import { DomainError } from '../shared/domain-error';
import { checkChannel } from './update-contract-input';
import type { UpdateChannel, Victim, VictimDuty, VictimUpdate } from './victim';
import { meetDuty, periodicUpdateDuty } from './victim-duties';
import { loadVictim, type VictimDependencies } from './victim-repository';

/** What recording an update needs. */
export interface RecordVictimUpdateInput {
  victimId: string;
  summary: string;
  /** How the victim was updated; the contract's channel when absent. */
  channel?: UpdateChannel;
  /** When; now when absent. Not in the future. */
  at?: Date;
  /**
   * The duties this update meets. When absent: every open duty of the victim whose clock started
   * at or before the update (telling a victim where the case stands covers everything so far).
   */
  dutyIds?: string[];
  by: string;
}

/**
 * Records the update and marks the duties it covers met (on time or late). It also meets the
 * running periodic duty and — unless the victim opted out — starts the next one, `everyDays`
 * after this update.
 */
export async function recordVictimUpdate(deps: VictimDependencies, input: RecordVictimUpdateInput): Promise<{ update: VictimUpdate; met: VictimDuty[]; next?: VictimDuty }> {
  const summary = requireText(input.summary, 'summary');
  const by = requireText(input.by, 'by');
  const now = deps.clock.now();
  const at = input.at === undefined ? now : requirePast(requireInstant(input.at, 'at'), now, 'at');
  const current = await loadVictim(deps.victims, input.victimId);
  const channel = input.channel === undefined ? current.contract.channel : checkChannel(input.channel, 'channel');

  const open = await deps.victims.listDuties({ victimId: current.id, status: 'open' });
  const startedBy = (duty: VictimDuty) => duty.startsAt.getTime() <= at.getTime();
  let chosen: VictimDuty[];
  if (input.dutyIds === undefined) {
    chosen = open.filter((duty) => duty.kind === 'event-notification' && startedBy(duty));
  } else {
    chosen = input.dutyIds.map((dutyId) => {
      const duty = open.find((entry) => entry.id === dutyId);
      if (!duty) throw new DomainError('VALIDATION', `duty ${dutyId} is not an open duty of victim ${current.id}`, 'dutyIds');
      return duty;
    });
  }
  // Any update is an update: it meets the running periodic duty and restarts the periodic clock.
  const periodic = open.filter((duty) => duty.kind === 'periodic-update' && startedBy(duty) && !chosen.includes(duty));
  const covered = [...chosen, ...periodic];
  const update: VictimUpdate = { id: deps.ids.next('victim-update'), victimId: current.id, caseId: current.caseId, at, channel, by, summary, dutyIds: covered.map((duty) => duty.id) };
  const met = covered.map((duty) => meetDuty(duty, update));

  const latest = at.getTime() > current.lastContactAt.getTime() ? at : current.lastContactAt;
  const victim: Victim = { ...current, lastContactAt: latest, version: current.version + 1 };
  await deps.victims.saveVictim(victim);
  await deps.victims.addUpdate(update);
  const restartsPeriodic = covered.some((duty) => duty.kind === 'periodic-update');
  const next = restartsPeriodic && !victim.contract.optedOut ? periodicUpdateDuty({ id: deps.ids.next('victim-duty'), victim, from: latest }) : undefined;
  await deps.victims.saveDuties([...met, ...(next ? [next] : [])]);
  return next ? { update, met, next } : { update, met };
}
