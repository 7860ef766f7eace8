/**
 * What the case routes answer with (the shapes are listed in the server README). Two views:
 * the **summary** (`CaseSummary`), with no personal data, for lists and for the answers of changes;
 * the **full case** (`CaseView`), with the suspects and the place described, only from
 * GET /api/cases/:id, which is an audited consultation. Times are ISO 8601 strings.
 */
import { handoffCount, outcomeDefinition, type Case, type RecordedOutcome } from '@peel/domain';
import { z } from 'zod';
import { toJson } from '../operations/operations-schemas';

const owner = z.object({ officerId: z.string(), teamId: z.string().optional() });
const record = z.record(z.string(), z.unknown());

/** An outcome as shown: the claim's type with its Home Office title and group. */
export const outcomeViewSchema = z.object({
  type: z.number().int(),
  title: z.string(),
  group: z.string(),
  claim: record,
  recordedAt: z.string(),
  recordedBy: z.string(),
});

/** A case without personal data. */
export const caseSummarySchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  offenceType: z.string(),
  area: z.string(),
  wardCode: z.string().nullable(),
  status: z.enum(['allocated', 'investigating', 'awaiting-decision', 'finalised']),
  owner,
  openedAt: z.string(),
  handoffCount: z.number().int().describe('Changes of owner so far (Wiltshire found one case handed on 31 times)'),
  outcome: z.object({ type: z.number().int(), title: z.string() }).nullable(),
  version: z.number().int().describe('Send it back as expectedVersion to refuse a change made meanwhile (409 CONFLICT)'),
});

/** The whole case, with its suspects and the place as described (personal data). */
export const caseViewSchema = caseSummarySchema.extend({
  location: record,
  committedOn: z.string().nullable(),
  openedBy: z.string(),
  handoffs: z.array(z.object({ sequence: z.number().int(), from: owner, to: owner, reason: z.string(), at: z.string(), by: z.string() })),
  statusHistory: z.array(record),
  suspects: z.array(record),
  events: z.array(record),
  currentOutcome: outcomeViewSchema.nullable(),
  previousOutcomes: z.array(outcomeViewSchema),
});

/** A case summary as returned. */
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** The summary of `subject`. */
export function toCaseSummary(subject: Case): CaseSummary {
  return {
    id: subject.id,
    incidentId: subject.incidentId,
    offenceType: subject.offenceType,
    area: subject.area,
    wardCode: subject.location.wardCode ?? null,
    status: subject.status,
    owner: { ...subject.owner },
    openedAt: subject.openedAt.toISOString(),
    handoffCount: handoffCount(subject),
    outcome: subject.outcome ? { type: subject.outcome.type, title: outcomeDefinition(subject.outcome.type).title } : null,
    version: subject.version,
  };
}

/** An outcome with its title and group. */
export function toOutcomeView(outcome: RecordedOutcome): z.infer<typeof outcomeViewSchema> {
  const { title, group } = outcomeDefinition(outcome.type);
  return { type: outcome.type, title, group, claim: { ...outcome.claim }, recordedAt: outcome.recordedAt.toISOString(), recordedBy: outcome.recordedBy };
}

/** The whole case (personal data: serve it only after recording the consultation). */
export function toCaseView(subject: Case): z.infer<typeof caseViewSchema> {
  const json = toJson(subject) as Record<string, unknown> & Pick<z.infer<typeof caseViewSchema>, 'handoffs' | 'statusHistory' | 'suspects' | 'events'>;
  return {
    ...toCaseSummary(subject),
    location: json.location as Record<string, unknown>,
    committedOn: subject.committedOn ?? null,
    openedBy: subject.openedBy,
    handoffs: json.handoffs,
    statusHistory: json.statusHistory,
    suspects: json.suspects,
    events: json.events,
    currentOutcome: subject.outcome ? toOutcomeView(subject.outcome) : null,
    previousOutcomes: subject.previousOutcomes.map(toOutcomeView),
  };
}

/** `{ case, … }`: the answer of a change to a case — its summary and what the change made. */
export const changedCase = <T extends z.ZodRawShape>(shape: T) => z.object({ case: caseSummarySchema, ...shape });

/** `:id` of a case. */
export const caseIdParams = z.object({ id: z.string().min(1).max(200) });

/** An optional version check sent with a change. */
export const expectedVersion = z.number().int().min(1).optional().describe('The version the user saw; 409 CONFLICT if the case changed since');
