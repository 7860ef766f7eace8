/** Agreeing (or changing) how often and how a victim is updated, and their enhanced rights. */
import { requireText } from '../cases/input';
import { checkChannel, checkEnhancedRights, checkEveryDays } from './update-contract-input';
import type { UpdateChannel, Victim, VictimDuty } from './victim';
import { periodicUpdateDuty, withdrawDuty } from './victim-duties';
import { loadVictim, type VictimDependencies } from './victim-repository';

/** What agreeing a contract needs. Absent fields keep their current value. */
export interface AgreeUpdateContractInput {
  victimId: string;
  everyDays?: number;
  channel?: UpdateChannel;
  optedOut?: boolean;
  by: string;
}

/**
 * Records the contract agreed with the victim. The open periodic duty is withdrawn and a new one
 * runs from the last contact at the new frequency (none when the victim opts out).
 */
export async function agreeUpdateContract(deps: VictimDependencies, input: AgreeUpdateContractInput): Promise<{ victim: Victim; duty?: VictimDuty }> {
  requireText(input.by, 'by');
  const current = await loadVictim(deps.victims, input.victimId);
  const now = deps.clock.now();
  const victim: Victim = {
    ...current,
    contract: {
      everyDays: input.everyDays === undefined ? current.contract.everyDays : checkEveryDays(input.everyDays, 'everyDays'),
      channel: input.channel === undefined ? current.contract.channel : checkChannel(input.channel, 'channel'),
      agreedWithVictim: true,
      optedOut: input.optedOut ?? current.contract.optedOut,
      since: now,
    },
    version: current.version + 1,
  };
  await deps.victims.saveVictim(victim);
  const open = await deps.victims.listDuties({ victimId: victim.id, status: 'open' });
  const withdrawn = open.filter((duty) => duty.kind === 'periodic-update').map((duty) => withdrawDuty(duty, now, 'update contract changed'));
  const duty = victim.contract.optedOut ? undefined : periodicUpdateDuty({ id: deps.ids.next('victim-duty'), victim, from: victim.lastContactAt });
  await deps.victims.saveDuties(duty ? [...withdrawn, duty] : withdrawn);
  return duty ? { victim, duty } : { victim };
}

/** What changing enhanced rights needs. */
export interface SetEnhancedRightsInput {
  victimId: string;
  enhancedRights: string[];
  by: string;
}

/**
 * Sets why the victim is entitled to enhanced rights (after a needs assessment, say). Deadlines
 * already running keep the basis they started with; later events use the new one.
 */
export async function setEnhancedRights(deps: VictimDependencies, input: SetEnhancedRightsInput): Promise<Victim> {
  requireText(input.by, 'by');
  const enhancedRights = checkEnhancedRights(input.enhancedRights, 'enhancedRights');
  const current = await loadVictim(deps.victims, input.victimId);
  const victim: Victim = { ...current, enhancedRights, version: current.version + 1 };
  await deps.victims.saveVictim(victim);
  return victim;
}
