/**
 * Incident intake: a report by one of the model's channels, with the caller (and victim, when
 * known), the location resolved to LSOA, ward and area, the NSIR-style incident type mapped to a
 * model demand type, and the description. The incident starts its timeline with `created`.
 */
import { POLICE_UK_CATEGORY_SLUGS, type PoliceUkCategory } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { Incident, IncidentPerson, IncidentType } from './incident';
import type { IncidentDeps } from './incident-deps';
import { findNsirCode, findNsirQualifier, NSIR_CODES, NSIR_QUALIFIERS, type NsirQualifier } from './nsir';
import { placeLocation, type LocationInput } from './place-location';
import { resolveDemandType } from './resolve-demand-type';
import { optionalText, requireDate, requireText } from './validate-input';

/** A caller or victim as reported; both fields may be absent (anonymous callers). */
export interface PersonInput {
  readonly name?: string | null;
  readonly phone?: string | null;
}

/** The incident type as reported. */
export interface IncidentTypeInput {
  /** One of `NSIR_CODES`. */
  readonly code: string;
  /** Any of `NSIR_QUALIFIERS`. */
  readonly qualifiers?: readonly string[];
  /** Required for `crime`, refused otherwise: the data.police.uk category. */
  readonly policeUkCategory?: string | null;
}

/** Input of {@link createIncident}. */
export interface CreateIncidentInput {
  /** The id of one of the model's channels (e.g. "999", "101", "online"). */
  readonly channelId: string;
  /** The user recording the incident. */
  readonly createdBy: string;
  /** When the call was answered (or the report received); defaults to now; never in the future. */
  readonly callAnsweredAt?: Date;
  readonly caller: PersonInput;
  readonly victim?: PersonInput | null;
  readonly location: LocationInput;
  readonly incidentType: IncidentTypeInput;
  /** The call handler's choice of demand type, overriding the mapping from the incident type. */
  readonly demandTypeId?: string | null;
  readonly description: string;
}

/**
 * Records a new incident and returns it (version 1).
 * @throws {DomainError} VALIDATION naming the field (`channelId`, `caller`, `incidentType.code`,
 *   `incidentType.qualifiers`, `incidentType.policeUkCategory`, `demandTypeId`, `location.*`,
 *   `description`, `createdBy`, `callAnsweredAt`); CONFLICT from the repository if the id exists
 */
export async function createIncident(deps: Pick<IncidentDeps, 'model' | 'incidents' | 'locations' | 'clock' | 'ids'>, input: CreateIncidentInput): Promise<Incident> {
  const { model } = deps;
  const now = deps.clock.now();
  const createdBy = requireText(input.createdBy, 'createdBy');
  const channel = model.channels.find((candidate) => candidate.id === input.channelId);
  if (channel === undefined) {
    throw new DomainError('VALIDATION', `channelId "${String(input.channelId)}" is not a channel of model ${model.id} (${model.channels.map((c) => c.id).join(', ')})`, 'channelId');
  }
  const callAnsweredAt = input.callAnsweredAt === undefined ? now : requireDate(input.callAnsweredAt, 'callAnsweredAt');
  if (callAnsweredAt.getTime() > now.getTime()) throw new DomainError('VALIDATION', 'callAnsweredAt is in the future', 'callAnsweredAt');
  const description = requireText(input.description, 'description');
  const caller = readPerson(input.caller, 'caller');
  const victim = input.victim === undefined || input.victim === null ? null : readPerson(input.victim, 'victim');
  const incidentType = readIncidentType(input.incidentType);
  const demandType = resolveDemandType({ model, incidentType, demandTypeId: input.demandTypeId ?? null });
  const location = await placeLocation({ model, locations: deps.locations, input: input.location });
  const qualifierTags = incidentType.qualifiers.map((qualifier) => findNsirQualifier(qualifier)?.tag).filter((tag) => tag !== undefined);
  const tags = [...new Set([...(demandType.tags ?? []), ...qualifierTags])].sort();

  const id = deps.ids.next('incident');
  const incident: Incident = {
    id,
    modelId: model.id,
    channel: { id: channel.id, name: channel.name, kind: channel.kind },
    callAnsweredAt,
    createdAt: now,
    createdBy,
    caller,
    victim,
    location,
    incidentType,
    demandTypeId: demandType.id,
    tags,
    description,
    assessments: [],
    grades: [],
    routes: [],
    timeline: [{ sequence: 1, type: 'created', at: now, by: createdBy, channelId: channel.id, incidentTypeCode: incidentType.code, demandTypeId: demandType.id }],
    version: 1,
  };
  await deps.incidents.create(incident);
  return incident;
}

function readPerson(input: PersonInput | undefined, field: string): IncidentPerson {
  if (input === undefined || input === null || typeof input !== 'object') throw new DomainError('VALIDATION', `${field} is required (name and phone may be empty)`, field);
  return { personalData: true, name: optionalText(input.name, `${field}.name`), phone: optionalText(input.phone, `${field}.phone`) };
}

function readIncidentType(input: IncidentTypeInput | undefined): IncidentType {
  if (input === undefined || input === null || typeof input !== 'object') throw new DomainError('VALIDATION', 'incidentType is required', 'incidentType');
  const definition = findNsirCode(input.code);
  if (definition === undefined) {
    throw new DomainError('VALIDATION', `incidentType.code "${String(input.code)}" is not an incident type (${NSIR_CODES.map((c) => c.code).join(', ')})`, 'incidentType.code');
  }
  const qualifiers: NsirQualifier[] = [];
  for (const qualifier of input.qualifiers ?? []) {
    const found = findNsirQualifier(qualifier);
    if (found === undefined) {
      throw new DomainError('VALIDATION', `incidentType.qualifiers: "${qualifier}" is not a qualifier (${NSIR_QUALIFIERS.map((q) => q.qualifier).join(', ')})`, 'incidentType.qualifiers');
    }
    if (!qualifiers.includes(found.qualifier)) qualifiers.push(found.qualifier);
  }
  const category = input.policeUkCategory ?? null;
  if (definition.category === 'crime') {
    if (category === null || !(POLICE_UK_CATEGORY_SLUGS as readonly string[]).includes(category)) {
      throw new DomainError('VALIDATION', `incidentType.policeUkCategory is required for a crime-related incident and must be a data.police.uk category (${POLICE_UK_CATEGORY_SLUGS.join(', ')}), got ${JSON.stringify(category)}`, 'incidentType.policeUkCategory');
    }
  } else if (category !== null) {
    throw new DomainError('VALIDATION', `incidentType.policeUkCategory is only for crime-related incidents (code "crime"), not "${definition.code}"`, 'incidentType.policeUkCategory');
  }
  return { category: definition.category, code: definition.code as Incident['incidentType']['code'], qualifiers, policeUkCategory: category as PoliceUkCategory | null };
}
