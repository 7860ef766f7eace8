/** Cases to rows and back: the `cases` row plus its child tables (see schema/cases.ts). */
import type { Case, CaseSuspect, Handoff, InvestigationEvent, IsoDate, RecordedOutcome } from '@peel/domain';
import { json, present, type JsonRow } from './child-rows';
import type { caseEvents, caseHandoffs, caseOutcomes, cases, caseStatusChanges, caseSuspects } from './schema';

type CaseRow = typeof cases.$inferSelect;

/** The rows that store `subject`. Outcomes are `previousOutcomes` then the current one. */
export function caseRows(subject: Case) {
  const outcomes = [...subject.previousOutcomes, ...(subject.outcome ? [subject.outcome] : [])];
  const row: CaseRow = {
    id: subject.id,
    incidentId: subject.incidentId,
    offenceType: subject.offenceType,
    area: subject.area,
    lat: subject.location.lat,
    lon: subject.location.lon,
    wardCode: subject.location.wardCode ?? null,
    lsoaCode: subject.location.lsoaCode ?? null,
    locationDescription: subject.location.description ?? null,
    committedOn: subject.committedOn ?? null,
    ownerOfficerId: subject.owner.officerId,
    ownerTeamId: subject.owner.teamId ?? null,
    status: subject.status,
    openedAt: subject.openedAt,
    openedBy: subject.openedBy,
    currentOutcome: subject.outcome ? outcomes.length : null,
    version: subject.version,
  };
  const caseId = subject.id;
  return {
    row,
    handoffs: subject.handoffs.map(
      (handoff): typeof caseHandoffs.$inferInsert => ({
        caseId,
        sequence: handoff.sequence,
        fromOfficerId: handoff.from.officerId,
        fromTeamId: handoff.from.teamId ?? null,
        toOfficerId: handoff.to.officerId,
        toTeamId: handoff.to.teamId ?? null,
        reason: handoff.reason,
        at: handoff.at,
        by: handoff.by,
      }),
    ),
    statusChanges: subject.statusHistory.map(
      (change, index): typeof caseStatusChanges.$inferInsert => ({
        caseId,
        sequence: index + 1,
        fromStatus: change.from,
        toStatus: change.to,
        at: change.at,
        by: change.by,
        reason: change.reason ?? null,
      }),
    ),
    events: subject.events.map(
      (event, index): typeof caseEvents.$inferInsert => ({
        caseId,
        sequence: index + 1,
        id: event.id,
        kind: event.kind,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        by: event.by,
        suspectId: event.suspectId ?? null,
        note: event.note ?? null,
      }),
    ),
    suspects: subject.suspects.map(
      (suspect, ordinal): typeof caseSuspects.$inferInsert => ({
        caseId,
        id: suspect.id,
        ordinal,
        name: suspect.name,
        dateOfBirth: suspect.dateOfBirth ?? null,
        status: suspect.status,
        addedAt: suspect.addedAt,
        eliminatedAt: suspect.eliminatedAt ?? null,
        eliminationReason: suspect.eliminationReason ?? null,
      }),
    ),
    outcomes: outcomes.map(
      (outcome, index): typeof caseOutcomes.$inferInsert => ({
        caseId,
        sequence: index + 1,
        type: outcome.type,
        claim: outcome.claim,
        recordedAt: outcome.recordedAt,
        recordedBy: outcome.recordedBy,
      }),
    ),
  };
}

/** A case's row with its children as JSON rows (ordered by sequence / ordinal). */
export interface CaseRowSet {
  row: CaseRow;
  handoffs: JsonRow[];
  statusChanges: JsonRow[];
  events: JsonRow[];
  suspects: JsonRow[];
  outcomes: JsonRow[];
}

/** The case the rows describe. */
export function toCase(rows: CaseRowSet): Case {
  const { row } = rows;
  const owner = (officerId: string, teamId: string | undefined) => ({ officerId, ...present('teamId', teamId) });
  const outcomes = rows.outcomes.map(
    (outcome): RecordedOutcome => ({
      type: json.number(outcome, 'type') as RecordedOutcome['type'],
      claim: outcome.claim as RecordedOutcome['claim'],
      recordedAt: json.date(outcome, 'recorded_at'),
      recordedBy: json.text(outcome, 'recorded_by'),
    }),
  );
  const current = row.currentOutcome === null ? undefined : outcomes[row.currentOutcome - 1];
  return {
    id: row.id,
    incidentId: row.incidentId,
    offenceType: row.offenceType,
    area: row.area,
    location: { lat: row.lat, lon: row.lon, ...present('wardCode', row.wardCode), ...present('lsoaCode', row.lsoaCode), ...present('description', row.locationDescription) },
    ...present('committedOn', row.committedOn as IsoDate | null),
    owner: { officerId: row.ownerOfficerId, ...present('teamId', row.ownerTeamId) },
    status: row.status as Case['status'],
    openedAt: row.openedAt,
    openedBy: row.openedBy,
    handoffs: rows.handoffs.map(
      (handoff): Handoff => ({
        sequence: json.number(handoff, 'sequence'),
        from: owner(json.text(handoff, 'from_officer_id'), json.optionalText(handoff, 'from_team_id')),
        to: owner(json.text(handoff, 'to_officer_id'), json.optionalText(handoff, 'to_team_id')),
        reason: json.text(handoff, 'reason'),
        at: json.date(handoff, 'at'),
        by: json.text(handoff, 'by'),
      }),
    ),
    statusHistory: rows.statusChanges.map((change) => ({
      from: (json.optionalText(change, 'from_status') ?? null) as Case['status'] | null,
      to: json.text(change, 'to_status') as Case['status'],
      at: json.date(change, 'at'),
      by: json.text(change, 'by'),
      ...present('reason', json.optionalText(change, 'reason')),
    })),
    suspects: rows.suspects.map(
      (suspect): CaseSuspect => ({
        id: json.text(suspect, 'id'),
        name: json.text(suspect, 'name'),
        ...present('dateOfBirth', json.optionalText(suspect, 'date_of_birth') as IsoDate | undefined),
        status: json.text(suspect, 'status') as CaseSuspect['status'],
        addedAt: json.date(suspect, 'added_at'),
        ...present('eliminatedAt', json.optionalDate(suspect, 'eliminated_at')),
        ...present('eliminationReason', json.optionalText(suspect, 'elimination_reason')),
      }),
    ),
    events: rows.events.map(
      (event): InvestigationEvent => ({
        id: json.text(event, 'id'),
        kind: json.text(event, 'kind') as InvestigationEvent['kind'],
        occurredAt: json.date(event, 'occurred_at'),
        recordedAt: json.date(event, 'recorded_at'),
        by: json.text(event, 'by'),
        ...present('suspectId', json.optionalText(event, 'suspect_id')),
        ...present('note', json.optionalText(event, 'note')),
      }),
    ),
    ...present('outcome', current),
    previousOutcomes: current === undefined ? outcomes : outcomes.slice(0, -1),
    version: row.version,
  };
}
