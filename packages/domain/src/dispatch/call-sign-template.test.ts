import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { parseCallSignTemplate, renderCallSign } from './call-sign-template';
import { callSignTemplateIssues, teamCallSignTemplate } from './team-call-signs';
import { modelFromText } from './testing/model-from-text';

const MODELS_DIR = fileURLToPath(new URL('../../../../models/', import.meta.url));

function validationMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'callSignTemplate' });
    return (error as Error).message;
  }
  throw new Error('expected a VALIDATION error');
}

describe('call-sign templates', () => {
  it('render Staffordshire-style templates: relief and unit number, upper-cased', () => {
    expect(renderCallSign('KN{shift}{n}', { shift: 2, n: 3 })).toBe('KN23');
    expect(renderCallSign('KNN{n}', { n: 12 })).toBe('KNN12');
    expect(renderCallSign('kc{n}', { n: 1 })).toBe('KC1');
  });

  it('render {area} and {team} without hyphens, {x:k} truncating text and zero-padding numbers', () => {
    expect(renderCallSign('{area:2}{shift}{n:2}', { area: 'stoke-on-trent-north', shift: 4, n: 7 })).toBe('ST407');
    expect(renderCallSign('{team}-{n}', { team: 'south-response', n: 1 })).toBe('SOUTHRESPONSE-1');
    expect(renderCallSign('{area}/{n:3}', { area: 'north', n: 1234 })).toBe('NORTH/1234');
  });

  it('record which placeholders a template uses', () => {
    expect([...parseCallSignTemplate('KN{shift}{n}').uses].sort()).toEqual(['n', 'shift']);
    expect(parseCallSignTemplate('A{n:2}').parts).toEqual([{ kind: 'literal', text: 'A' }, { kind: 'placeholder', name: 'n', width: 2 }]);
  });

  it.each([
    ['', /is empty/],
    ['KN{shift}', /has no \{n\}/],
    ['KN{x}{n}', /unknown placeholder \{x\}/],
    ['KN{n}{n}', /uses \{n\} more than once/],
    ['KN{n', /"\{" without "\}" at position 3/],
    ['KN}{n}', /"\}" without "\{" at position 3/],
    ['K N{n}', /literal text may only be letters, digits/],
    ['KN{n:0}', /width 0/],
    ['KN{n:7}', /width 7/],
    ['KN{{n}}', /"\{" inside a placeholder/],
  ])('reject %j: %s', (template, reason) => {
    expect(validationMessage(() => parseCallSignTemplate(template))).toMatch(reason);
  });

  it('throw VALIDATION naming a value the template needs but was not given, or a bad number', () => {
    expect(() => renderCallSign('KN{shift}{n}', { n: 1 })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'shift' }));
    expect(() => renderCallSign('KN{n}', { n: 0 })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'n' }));
    expect(() => renderCallSign('KN{n}', { n: 1.5 })).toThrow(expect.objectContaining({ field: 'n' }));
  });

  it('refuse {shift} in a team without a shift pattern', () => {
    const message = validationMessage(() =>
      teamCallSignTemplate({ id: 'task-force', name: 'Task Force', kind: 'proactive', areas: ['north'], roles: {}, callSignTemplate: 'TF{shift}{n}' }),
    );
    expect(message).toContain('uses {shift} but the team has no shift pattern');
  });

  // Every seed force's templates (and the synthetic one's) must be usable for booking units on.
  const modelFiles = readdirSync(MODELS_DIR).filter((file) => file.endsWith('.yaml')).sort();
  it('finds the six model files', () => {
    expect(modelFiles).toEqual(['kent.yaml', 'north-yorkshire.yaml', 'staffordshire.yaml', 'sussex.yaml', 'synthetic.yaml', 'wiltshire.yaml']);
  });
  it.each(modelFiles)('every team of models/%s has a valid call-sign template', (file) => {
    const model = modelFromText(readFileSync(`${MODELS_DIR}${file}`, 'utf8'));
    expect(callSignTemplateIssues(model)).toEqual([]);
  });

  it('callSignTemplateIssues names the team and the model path of a bad template', () => {
    const model = modelFromText(readFileSync(`${MODELS_DIR}synthetic.yaml`, 'utf8'));
    const broken = { ...model, teams: model.teams.map((team, index) => (index === 1 ? { ...team, callSignTemplate: 'S{shift}' } : team)) };
    expect(callSignTemplateIssues(broken)).toEqual([{ teamId: 'south-response', path: 'teams[1].callSignTemplate', message: '"S{shift}" has no {n}: every call sign needs the unit number to be unique' }]);
  });
});
