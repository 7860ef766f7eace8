/**
 * What the victim routes answer with (listed in the server README). A victim's name, enhanced-
 * rights reasons and updates are personal data; duties and deadline items carry only ids and
 * dates. `restricted` is the record's restriction as enforced: flagged for public protection, or
 * vulnerable — such victims exist only for users with restricted access. Times are ISO 8601.
 */
import { isRestrictedVictim, type Case, type Victim, type VictimDeadlineItem, type VictimDuty, type VictimUpdate } from '@peel/domain';
import { z } from 'zod';
import type { AccessControlledRecord } from '../../authorization/record-access';
import { caseRecord } from '../cases/case-access';

/** A duty to tell a victim something by a deadline (Victims' Code right 6), or the periodic update. */
export const dutySchema = z.object({
  id: z.string(),
  victimId: z.string(),
  caseId: z.string(),
  kind: z.enum(['event-notification', 'periodic-update']),
  eventId: z.string().nullable(),
  eventKind: z.string().nullable(),
  basis: z.enum(['standard', 'enhanced', 'agreed-frequency', 'default-frequency']),
  allowedDays: z.number().int().describe('Working days (event notifications) or calendar days (periodic updates)'),
  startsAt: z.string(),
  dueDate: z.string().describe('The last London day on which the victim can be told in time'),
  dueBy: z.string().describe('The first instant after the deadline'),
  status: z.enum(['open', 'met', 'withdrawn']),
  metAt: z.string().nullable(),
  metOnTime: z.boolean().nullable(),
});

/** An update given to a victim (its summary is personal data). */
export const updateSchema = z.object({ id: z.string(), victimId: z.string(), caseId: z.string(), at: z.string(), channel: z.string(), by: z.string(), summary: z.string(), dutyIds: z.array(z.string()) });

/** A victim with the update contract agreed with them. */
export const victimSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  name: z.string(),
  enhancedRights: z.array(z.string()),
  restricted: z.boolean().describe('Public protection or vulnerable: visible only to users with restricted access'),
  contract: z.object({ everyDays: z.number().int(), channel: z.string(), agreedWithVictim: z.boolean(), optedOut: z.boolean(), since: z.string() }),
  registeredAt: z.string(),
  registeredBy: z.string(),
  lastContactAt: z.string(),
  version: z.number().int(),
});

/** One line of the due/overdue worklist (no personal data). */
export const deadlineItemSchema = z.object({
  dutyId: z.string(),
  victimId: z.string(),
  caseId: z.string(),
  kind: z.string(),
  eventKind: z.string().nullable(),
  basis: z.string(),
  dueDate: z.string(),
  dueBy: z.string(),
  ownerId: z.string(),
  teamId: z.string().nullable(),
  area: z.string(),
  state: z.enum(['due', 'overdue']),
  workingDaysOverdue: z.number().int(),
});

/** The access-control view of a victim: their case's area and owner, and the restriction. */
export function victimRecord(victim: Victim, subject: Case): AccessControlledRecord {
  return { ...caseRecord(subject), entityType: 'victim', entityId: victim.id, restricted: isRestrictedVictim(victim) };
}

/** A victim as returned. */
export function toVictimView(victim: Victim): z.infer<typeof victimSchema> {
  const { contract } = victim;
  return {
    id: victim.id,
    caseId: victim.caseId,
    name: victim.name,
    enhancedRights: [...victim.enhancedRights],
    restricted: isRestrictedVictim(victim),
    contract: { everyDays: contract.everyDays, channel: contract.channel, agreedWithVictim: contract.agreedWithVictim, optedOut: contract.optedOut, since: contract.since.toISOString() },
    registeredAt: victim.registeredAt.toISOString(),
    registeredBy: victim.registeredBy,
    lastContactAt: victim.lastContactAt.toISOString(),
    version: victim.version,
  };
}

/** A duty as returned. */
export function toDutyView(duty: VictimDuty): z.infer<typeof dutySchema> {
  return {
    id: duty.id,
    victimId: duty.victimId,
    caseId: duty.caseId,
    kind: duty.kind,
    eventId: duty.eventId ?? null,
    eventKind: duty.eventKind ?? null,
    basis: duty.basis,
    allowedDays: duty.allowedDays,
    startsAt: duty.startsAt.toISOString(),
    dueDate: duty.dueDate,
    dueBy: duty.dueBy.toISOString(),
    status: duty.status,
    metAt: duty.metAt?.toISOString() ?? null,
    metOnTime: duty.metOnTime ?? null,
  };
}

/** An update as returned. */
export function toUpdateView(update: VictimUpdate): z.infer<typeof updateSchema> {
  return { ...update, at: update.at.toISOString(), dutyIds: [...update.dutyIds] };
}

/** A worklist line as returned. */
export function toDeadlineItemView(item: VictimDeadlineItem): z.infer<typeof deadlineItemSchema> {
  const { duty } = item;
  return {
    dutyId: duty.id,
    victimId: duty.victimId,
    caseId: item.caseId,
    kind: duty.kind,
    eventKind: duty.eventKind ?? null,
    basis: duty.basis,
    dueDate: duty.dueDate,
    dueBy: duty.dueBy.toISOString(),
    ownerId: item.ownerId,
    teamId: item.teamId ?? null,
    area: item.area,
    state: item.state,
    workingDaysOverdue: item.workingDaysOverdue,
  };
}

/** `:id` of a victim. */
export const victimIdParams = z.object({ id: z.string().min(1).max(200) });
