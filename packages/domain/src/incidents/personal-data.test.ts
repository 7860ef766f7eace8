import { describe, expect, it } from 'vitest';
import type { Incident } from './incident';
import { INCIDENT_PERSONAL_DATA_PATHS, normaliseName, normalisePhone, personKeys, withoutPersonalData } from './personal-data';

describe('personal data', () => {
  it.each([
    ['07700 900123', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['0044 (0)7700-900123', '07700900123'],
    ['+44 (0) 7700 900123', '07700900123'],
    ['+33 1 23 45 67 89', '33123456789'],
    ['ext.', null],
  ])('normalisePhone(%j) is %j', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it('normaliseName folds case, accents, punctuation and spacing', () => {
    expect(normaliseName('  Zoë  O’Brien-Smith ')).toBe('zoe o brien smith');
    expect(normaliseName('ZOE O BRIEN SMITH')).toBe('zoe o brien smith');
    expect(normaliseName(' -- ')).toBeNull();
  });

  it('personKeys gathers the distinct keys of caller and victim, skipping blanks', () => {
    expect(
      personKeys([
        { personalData: true, name: 'Jane Doe', phone: '+44 7700 900123' },
        { personalData: true, name: 'jane  doe', phone: null },
        null,
      ]),
    ).toEqual({ phones: ['07700900123'], names: ['jane doe'] });
  });

  it('withoutPersonalData removes every listed path and keeps the rest', () => {
    const incident = {
      id: 'incident-1',
      caller: { personalData: true, name: 'Jane', phone: '1' },
      victim: { personalData: true, name: 'Sam', phone: '2' },
      description: 'Jane says Sam was hit',
      location: { lat: 51, lon: 0, description: '1 High Street', lsoa: null, ward: null, areaId: 'north', urbanRural: 'urban' },
      demandTypeId: 'violence',
    } as unknown as Incident;
    const redacted = withoutPersonalData(incident);
    for (const path of INCIDENT_PERSONAL_DATA_PATHS) {
      const value = path.split('.').reduce<unknown>((node, key) => (node === null || node === undefined ? node : (node as Record<string, unknown>)[key]), redacted);
      expect(value ?? null, path).toBeNull();
    }
    expect(redacted).toMatchObject({ id: 'incident-1', demandTypeId: 'violence', personalDataRemoved: true, location: { lat: 51, areaId: 'north' } });
    expect(incident.caller?.name).toBe('Jane');
  });
});
