/**
 * What an incident needs of a unit, and which of those needs a unit fails. A PCSO cannot be sent
 * where arrest is needed: PCSOs hold no power of arrest (Police Reform Act 2002, Sch. 4), so a
 * requirement of `powers: ['arrest']` excludes a PCSO-only unit.
 */
import type { Power } from '@peel/model';
import type { UnitCapabilities } from './unit';

/** The hard requirements a unit must meet to be sent. Every field is optional. */
export interface UnitRequirements {
  /** Every one of these powers, held by some officer of the crew. */
  readonly powers?: readonly Power[];
  /** At least one officer whose role is one of these (a routing rule's `roles: [PC]`). */
  readonly roles?: readonly string[];
  /** Every one of these skills, held by some officer of the crew. */
  readonly skills?: readonly string[];
  /** At least this many officers in the crew. */
  readonly minimumOfficers?: number;
}

/** One requirement a unit fails. */
export interface UnmetRequirement {
  readonly kind: 'power' | 'role' | 'skill' | 'officers';
  /** The missing power or skill, the roles of which none is present, or the officer count needed. */
  readonly needed: string;
  readonly text: string;
}

/** The requirements `capabilities` fails (empty when the unit qualifies). */
export function unmetRequirements(capabilities: UnitCapabilities, requirements: UnitRequirements): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  for (const power of requirements.powers ?? []) {
    if (!capabilities.powers.includes(power)) unmet.push({ kind: 'power', needed: power, text: `no officer holds the power '${power}'` });
  }
  const roles = requirements.roles ?? [];
  if (roles.length > 0 && !roles.some((role) => capabilities.roles.includes(role))) {
    unmet.push({ kind: 'role', needed: roles.join('|'), text: `no officer in role ${roles.join(' or ')}` });
  }
  for (const skill of requirements.skills ?? []) {
    if (!capabilities.skills.includes(skill)) unmet.push({ kind: 'skill', needed: skill, text: `no officer has the skill '${skill}'` });
  }
  const minimum = requirements.minimumOfficers ?? 0;
  if (capabilities.officerCount < minimum) {
    unmet.push({ kind: 'officers', needed: String(minimum), text: `${capabilities.officerCount} officer(s), ${minimum} needed` });
  }
  return unmet;
}

/** True when `capabilities` meets every requirement (the fast path of {@link unmetRequirements}). */
export function meetsRequirements(capabilities: UnitCapabilities, requirements: UnitRequirements): boolean {
  for (const power of requirements.powers ?? []) if (!capabilities.powers.includes(power)) return false;
  const roles = requirements.roles ?? [];
  if (roles.length > 0 && !roles.some((role) => capabilities.roles.includes(role))) return false;
  for (const skill of requirements.skills ?? []) if (!capabilities.skills.includes(skill)) return false;
  return capabilities.officerCount >= (requirements.minimumOfficers ?? 0);
}
