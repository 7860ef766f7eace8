/**
 * Personal data on incidents (Data Protection Act 2018 Part 3). The domain marks it; the layer that
 * serves an incident logs each consultation with its justification (s.62), and may serve
 * {@link withoutPersonalData} to those who gave none. Normalised keys let history queries find the
 * same person however the number or name was typed.
 */
import type { Incident, IncidentPerson } from './incident';

/** Paths (dot-separated) of the personal data in an {@link Incident}. */
export const INCIDENT_PERSONAL_DATA_PATHS = ['caller.name', 'caller.phone', 'victim.name', 'victim.phone', 'description', 'location.description'] as const;

/** An incident with its personal data removed (for lists and for readers without a justification). */
export type IncidentWithoutPersonalData = Omit<Incident, 'caller' | 'victim' | 'description' | 'location'> & {
  readonly caller: null;
  readonly victim: null;
  readonly description: null;
  readonly location: Omit<Incident['location'], 'description'> & { readonly description: null };
  readonly personalDataRemoved: true;
};

/** A copy of `incident` without its personal data (see {@link INCIDENT_PERSONAL_DATA_PATHS}). */
export function withoutPersonalData(incident: Incident): IncidentWithoutPersonalData {
  return {
    ...incident,
    caller: null,
    victim: null,
    description: null,
    location: { ...incident.location, description: null },
    personalDataRemoved: true,
  };
}

/**
 * A phone number reduced to its digits, with a UK international prefix (+44 / 0044) turned into
 * the national 0 (a written "(0)" trunk prefix dropped), so "+44 (0)7700 900123" and "07700-900123" match. Null when no digit is left.
 */
export function normalisePhone(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  // "(0)" after the country code is the UK trunk prefix written out: drop it before adding 0 back.
  if (digits.startsWith('0044')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
  else if (digits.startsWith('44') && phone.trim().startsWith('+')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return digits.length === 0 ? null : digits;
}

/** A name in lower case with runs of spaces and punctuation collapsed. Null when nothing is left. */
export function normaliseName(name: string): string | null {
  const normalised = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normalised.length === 0 ? null : normalised;
}

/** The normalised phones and names of the people named on an incident, for history queries. */
export function personKeys(people: readonly (IncidentPerson | null)[]): { phones: string[]; names: string[] } {
  const phones = new Set<string>();
  const names = new Set<string>();
  for (const person of people) {
    if (person === null) continue;
    const phone = person.phone === null ? null : normalisePhone(person.phone);
    const name = person.name === null ? null : normaliseName(person.name);
    if (phone !== null) phones.add(phone);
    if (name !== null) names.add(name);
  }
  return { phones: [...phones].sort(), names: [...names].sort() };
}
