/** A crime becomes a case, with its first owner. */
import type { IsoDate } from '../calendar/iso-date';
import { isIsoDate } from '../calendar/iso-date';
import { DomainError } from '../shared/domain-error';
import type { Case, CaseIncident, CaseOwner } from './case';
import type { CaseDependencies } from './case-repository';
import { requireText } from './input';

/** What opening a case needs. */
export interface OpenCaseInput {
  incident: CaseIncident;
  /** The first owner. */
  owner: CaseOwner;
  /** The offence, when it differs from the incident type (one incident can hold several crimes). */
  offenceType?: string;
  /** The day the offence was committed. */
  committedOn?: string;
  /** Who opens the case. */
  by: string;
}

/**
 * Opens a case in status 'allocated' with one owner and no handoffs. An incident may give rise to
 * several cases (one per crime), but not to two open cases for the same offence: that is a
 * double submission, and gets CONFLICT.
 */
export async function openCase(deps: CaseDependencies, input: OpenCaseInput): Promise<Case> {
  const by = requireText(input.by, 'by');
  const owner = checkOwner(input.owner, 'owner');
  const incidentId = requireText(input.incident?.id, 'incident.id');
  const area = requireText(input.incident.area, 'incident.area');
  const offenceType = requireText(input.offenceType ?? input.incident.type, input.offenceType === undefined ? 'incident.type' : 'offenceType');
  const { lat, lon } = input.incident.location ?? {};
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) throw new DomainError('VALIDATION', 'incident.location.lat must be a latitude in degrees', 'incident.location.lat');
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) throw new DomainError('VALIDATION', 'incident.location.lon must be a longitude in degrees', 'incident.location.lon');
  let committedOn: IsoDate | undefined;
  if (input.committedOn !== undefined) {
    if (!isIsoDate(input.committedOn)) throw new DomainError('VALIDATION', `committedOn must be a date written YYYY-MM-DD, got '${input.committedOn}'`, 'committedOn');
    committedOn = input.committedOn;
  }

  const existing = await deps.cases.list({ incidentId, statuses: ['allocated', 'investigating', 'awaiting-decision'] });
  const duplicate = existing.find((found) => found.offenceType === offenceType);
  if (duplicate) throw new DomainError('CONFLICT', `incident ${incidentId} already has open case ${duplicate.id} for '${offenceType}'`, 'incident.id');

  const now = deps.clock.now();
  const opened: Case = {
    id: deps.ids.next('case'),
    incidentId,
    offenceType,
    area,
    location: { ...input.incident.location },
    ...(committedOn ? { committedOn } : {}),
    owner,
    status: 'allocated',
    openedAt: now,
    openedBy: by,
    handoffs: [],
    statusHistory: [{ from: null, to: 'allocated', at: now, by }],
    suspects: [],
    events: [],
    previousOutcomes: [],
    version: 1,
  };
  await deps.cases.save(opened);
  return opened;
}

/** A checked copy of an owner; VALIDATION naming `field`.officerId when it is missing. */
export function checkOwner(owner: CaseOwner | undefined, field: string): CaseOwner {
  const officerId = requireText(owner?.officerId, `${field}.officerId`);
  const teamId = owner?.teamId?.trim();
  return teamId ? { officerId, teamId } : { officerId };
}
