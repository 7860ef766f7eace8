import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncidentType } from './incident';
import { NSIR_CODES } from './nsir';
import { resolveDemandType } from './resolve-demand-type';
import { parseModel } from './testing/parse-model';

const load = (name: string) => parseModel(readFileSync(new URL(`../../../../models/${name}.yaml`, import.meta.url), 'utf8'), name);
const synthetic = load('synthetic');
const kent = load('kent');

const type = (code: IncidentType['code'], qualifiers: IncidentType['qualifiers'] = [], policeUkCategory: IncidentType['policeUkCategory'] = null): IncidentType => {
  const category = NSIR_CODES.find((definition) => definition.code === code)?.category;
  if (category === undefined) throw new Error(code);
  return { category, code, qualifiers, policeUkCategory };
};

describe('resolveDemandType', () => {
  it.each([
    ['synthetic', 'crime', [], 'shoplifting', 'theft'],
    ['synthetic', 'asb-personal', [], null, 'asb'],
    ['synthetic', 'concern-for-safety', ['mental-health'], null, 'mental-health'],
    ['kent', 'concern-for-safety', [], null, 'concern-for-welfare'],
    ['kent', 'concern-for-safety', ['mental-health'], null, 'mental-health'],
    ['kent', 'domestic-incident', [], null, 'domestic-incident'],
    ['kent', 'rtc-injury', [], null, 'rtc-serious'],
    ['kent', 'rtc-damage-only', [], null, 'rtc-minor'],
    ['kent', 'road-related-offence', [], null, 'rtc-minor'],
    ['kent', 'highway-disruption', [], null, 'rtc-serious'],
    ['kent', 'missing-person', [], null, 'missing-person'],
    ['kent', 'asb-environmental', [], null, 'asb'],
    ['kent', 'crime', ['hate'], 'public-order', 'public-order'],
    ['kent', 'crime', [], 'burglary', 'burglary'],
  ] as const)('%s: %s %j (%s) is demand type %s', (model, code, qualifiers, category, expected) => {
    const chosen = resolveDemandType({ model: model === 'kent' ? kent : synthetic, incidentType: type(code, [...qualifiers], category) });
    expect(chosen.id).toBe(expected);
  });

  it('falls back to the first demand type carrying the code’s tag (highway disruption → a road-safety type)', () => {
    // Kent has no "highway-disruption" id: the tag road-safety finds rtc-serious, the first so tagged.
    expect(kent.demandTypes.find((demand) => demand.id === 'highway-disruption')).toBeUndefined();
    expect(resolveDemandType({ model: kent, incidentType: type('highway-disruption') }).tags).toContain('road-safety');
  });

  it("takes the call handler's explicit demand type over the mapping", () => {
    expect(resolveDemandType({ model: kent, incidentType: type('concern-for-safety'), demandTypeId: 'missing-person' }).id).toBe('missing-person');
  });

  it('refuses to guess: no match, or a crime category the model does not list, asks for demandTypeId', () => {
    expect(() => resolveDemandType({ model: synthetic, incidentType: type('sudden-death') })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'demandTypeId' }));
    expect(() => resolveDemandType({ model: synthetic, incidentType: type('crime', [], 'burglary') })).toThrow(/burglary/);
    expect(() => resolveDemandType({ model: synthetic, incidentType: type('asb-personal'), demandTypeId: 'nope' })).toThrow(expect.objectContaining({ field: 'demandTypeId' }));
  });
});
