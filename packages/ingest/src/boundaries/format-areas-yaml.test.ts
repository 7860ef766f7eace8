import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatAreasYaml } from './format-areas-yaml';
import type { ScaffoldArea } from './scaffold-areas';

describe('formatAreasYaml', () => {
  it('writes the house shape: block areas, flow district list, one flow map per ward', () => {
    const areas: ScaffoldArea[] = [
      {
        id: 'sevenoaks',
        name: 'Sevenoaks',
        districts: ['E07000111', 'E07000115'],
        wards: [
          { code: 'E05005008', name: 'Ash and New Ash Green', urbanRural: 'rural' },
          { code: 'E05005029', name: "Sevenoaks Town and St John's", urbanRural: 'urban' },
        ],
      },
    ];
    expect(formatAreasYaml(areas, ['Generated for a test', '  from two files'])).toBe(
      [
        '# Generated for a test',
        '#   from two files',
        '',
        '- id: sevenoaks',
        '  name: Sevenoaks',
        '  districts: [E07000111, E07000115]',
        '  wards:',
        '    - { code: E05005008, name: Ash and New Ash Green, urbanRural: rural }',
        "    - { code: E05005029, name: Sevenoaks Town and St John's, urbanRural: urban }",
        '',
      ].join('\n'),
    );
  });

  it('quotes names YAML would misread, never folds long lines, and reads back to the same data', () => {
    const names = ['Westgate, Canterbury', 'North: East', '#1 Ward', '[Old] Town', 'yes', 'null', '007', '- dash', "It's {odd}", 'A'.repeat(120)];
    const areas: ScaffoldArea[] = [
      { id: 'odd: one', name: '"Quoted"', districts: ['E07000111'], wards: names.map((name, i) => ({ code: `E0500000${i}`, name, urbanRural: 'urban' })) },
    ];
    const text = formatAreasYaml(areas);
    expect(text.split('\n').filter((line) => line.startsWith('    - {'))).toHaveLength(names.length);
    expect(parse(text)).toEqual(areas);
  });
});
