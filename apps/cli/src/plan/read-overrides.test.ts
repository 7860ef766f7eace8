import { describe, expect, it } from 'vitest';
import { PlanOverrideError } from '@peel/engine';
import { tempFileWriter } from '../run-peel';
import { readOverrides } from './read-overrides';

const write = tempFileWriter('peel-overrides-');

describe('readOverrides', () => {
  it('reads a YAML file of overrides (delta +3 reads as 3)', async () => {
    const file = write(
      'good.yaml',
      ['model: kent', 'overrides:', '  - area: medway', '    role: PC', '    delta: +3', '    who: Ch Supt A. Smith', '    why: night-time economy', '  - team: dover-ldpt', '    role: PC', '    delta: -3', '    who: Ch Supt A. Smith', '    why: moved to Medway', ''].join('\n'),
    );
    const read = await readOverrides(file, 'kent');
    expect(read.overrides).toEqual([
      { area: 'medway', role: 'PC', delta: 3, who: 'Ch Supt A. Smith', why: 'night-time economy' },
      { team: 'dover-ldpt', role: 'PC', delta: -3, who: 'Ch Supt A. Smith', why: 'moved to Medway' },
    ]);
  });

  it('reads a bare JSON list', async () => {
    const file = write('bare.json', JSON.stringify([{ team: 'york-response', role: 'PC', delta: 2, who: 'x', why: 'y', at: '2025-03-01T09:00:00Z' }]));
    expect((await readOverrides(file, 'north-yorkshire')).overrides).toEqual([{ team: 'york-response', role: 'PC', delta: 2, who: 'x', why: 'y', at: '2025-03-01T09:00:00Z' }]);
  });

  it('names the file, line and field of a bad override', async () => {
    const lines = ['overrides:', '  - area: medway', '    role: PC', '    delta: 0', '    who: A', '    why: B', ''];
    const file = write('zero.yaml', lines.join('\n'));
    await expect(readOverrides(file, 'kent')).rejects.toThrow(`--overrides: ${file}:4:12 overrides[0].delta: expected a change other than 0`);
    const missing = write('missing.yaml', ['overrides:', '  - area: medway', '    role: PC', '    delta: 1', '    who: A', ''].join('\n'));
    await expect(readOverrides(missing, 'kent')).rejects.toThrow(/missing\.yaml:2:\d+ overrides\[0\]\.why: expected the reason for the override/);
    const extra = write('extra.yaml', ['overrides:', '  - area: medway', '    role: PC', '    delta: 1', '    who: A', '    why: B', '    posts: 4', ''].join('\n'));
    await expect(readOverrides(extra, 'kent')).rejects.toThrow(/extra\.yaml:\d+:\d+ overrides\[0\]/);
  });

  it('refuses another model\'s overrides, bad YAML and a missing file', async () => {
    const other = write('other.yaml', 'model: sussex\noverrides: []\n');
    await expect(readOverrides(other, 'kent')).rejects.toThrow(`--overrides: ${other}:1:8 model: overrides for model sussex, not kent`);
    const broken = write('broken.yaml', 'overrides:\n  - area: [medway\n');
    await expect(readOverrides(broken, 'kent')).rejects.toThrow(/--overrides: .*broken\.yaml:\d+:\d+ is not valid YAML or JSON/);
    await expect(readOverrides('/nonexistent/overrides.yaml', 'kent')).rejects.toThrow('--overrides: cannot read /nonexistent/overrides.yaml (file not found)');
  });

  it('places an engine error about an override at its line', async () => {
    const file = write('engine.yaml', ['overrides:', '  - area: medway', '    role: PC', '    delta: 1', '    who: A', '    why: B', '  - team: nowhere', '    role: PC', '    delta: 1', '    who: A', '    why: B', ''].join('\n'));
    const read = await readOverrides(file, 'kent');
    expect(read.locate(new PlanOverrideError(1, 'team', "'nowhere' is not a team of model kent"))).toBe(`${file}:7:11 overrides[1].team: 'nowhere' is not a team of model kent`);
  });
});
