/** Registering a victim on a case, with the update contract agreed (or the model default). */
import { loadCase } from '../cases/case-repository';
import { requireText } from '../cases/input';
import { DomainError } from '../shared/domain-error';
import { checkChannel, checkEnhancedRights, checkEveryDays } from './update-contract-input';
import type { UpdateChannel, Victim, VictimDuty } from './victim';
import { periodicUpdateDuty } from './victim-duties';
import type { VictimDependencies } from './victim-repository';

/** What registering a victim needs. */
export interface RegisterVictimInput {
  caseId: string;
  name: string;
  enhancedRights?: string[];
  /** How the victim wants to be updated. */
  channel: UpdateChannel;
  /** Days between updates, when agreed with the victim; the model's defaultUpdateEveryDays otherwise. */
  everyDays?: number;
  optedOut?: boolean;
  /** Public protection: hide the victim from users without restricted access (default false). */
  restricted?: boolean;
  by: string;
}

/**
 * Registers a victim on an open case and schedules the first periodic update (unless the victim
 * opted out). Returns the victim and that duty.
 */
export async function registerVictim(deps: VictimDependencies, input: RegisterVictimInput): Promise<{ victim: Victim; duty?: VictimDuty }> {
  const name = requireText(input.name, 'name');
  const by = requireText(input.by, 'by');
  const channel = checkChannel(input.channel, 'channel');
  const enhancedRights = checkEnhancedRights(input.enhancedRights, 'enhancedRights');
  const agreed = input.everyDays !== undefined;
  const everyDays = agreed ? checkEveryDays(input.everyDays as number, 'everyDays') : deps.levels.defaultUpdateEveryDays;
  const subject = await loadCase(deps.cases, input.caseId);
  if (subject.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${subject.id} is finalised: reopen it to add a victim`, 'caseId');

  const now = deps.clock.now();
  const victim: Victim = {
    id: deps.ids.next('victim'),
    caseId: subject.id,
    name,
    enhancedRights,
    restricted: input.restricted === true,
    contract: { everyDays, channel, agreedWithVictim: agreed, optedOut: input.optedOut === true, since: now },
    registeredAt: now,
    registeredBy: by,
    lastContactAt: now,
    version: 1,
  };
  await deps.victims.saveVictim(victim);
  if (victim.contract.optedOut) return { victim };
  const duty = periodicUpdateDuty({ id: deps.ids.next('victim-duty'), victim, from: now });
  await deps.victims.saveDuties([duty]);
  return { victim, duty };
}
