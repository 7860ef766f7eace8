/** `peel user add` through the real binary, on the configured backend. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScratchDatabase } from '@peel/db/testing';
import { privateEnvironment, runPeelWithInput } from './peel-process.fixtures';

const PASSWORD = 'correct horse battery staple';
let env: Record<string, string>;
let scratch: ScratchDatabase | undefined;
beforeAll(async () => {
  ({ env, scratch } = await privateEnvironment('peel-user-'));
});
afterAll(async () => {
  await scratch?.drop();
});

const add = (args: string[], input = `${PASSWORD}\n`) => runPeelWithInput(['user', 'add', ...args], input, env);

describe('peel user add', () => {
  it('creates a user with the role, area and restricted access given; usernames are stored lower-case', () => {
    const result = add(['--username', 'PP-Specialist', '--role', 'investigator', '--area', 'north', '--restricted-access', '--password-stdin']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^created user pp-specialist \(investigator, area north, restricted access\): user-[0-9a-f-]{36}\n$/);
  });

  it('prints JSON with --json; no --area is force-wide', () => {
    const result = add(['--username', 'analyst-1', '--role', 'analyst', '--password-stdin', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ id: expect.stringMatching(/^user-/), username: 'analyst-1', role: 'analyst', areaId: null, restrictedAccess: false });
  });

  it('names the option at fault and exits 1', () => {
    const cases: [string[], string, string][] = [
      [['--username', 'x1', '--role', 'sheriff', '--password-stdin'], `${PASSWORD}\n`, 'peel: --role: expected one of call-handler, controller, response-officer, pcso, investigator, supervisor, analyst, admin\n'],
      [['--username', 'x2', '--role', 'pcso', '--area', 'North Area', '--password-stdin'], `${PASSWORD}\n`, 'peel: --area: expected a model area id (lower-case letters, digits and hyphens)\n'],
      [['--username', 'x3', '--role', 'pcso', '--password-stdin'], 'short\n', 'peel: the password (standard input): expected at least 15 characters (NIST SP 800-63B-4)\n'],
      [['--username', 'x 4', '--role', 'pcso', '--password-stdin'], `${PASSWORD}\n`, 'peel: --username: expected 2–64 characters: letters, digits, dot, underscore or hyphen, starting with a letter or digit\n'],
      [['--username', 'x5', '--role', 'pcso'], `${PASSWORD}\n`, 'peel: --password-stdin is required: pipe the password in (it is never taken as an argument)\n'],
      [['--role', 'pcso', '--password-stdin'], `${PASSWORD}\n`, 'peel: --username is required\n'],
      [['--username', 'analyst-1', '--role', 'pcso', '--password-stdin'], `${PASSWORD}\n`, "peel: --username: username 'analyst-1' is already taken\n"],
    ];
    for (const [args, input, message] of cases) {
      const result = add(args, input);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 1, stderr: message });
    }
  });
});
