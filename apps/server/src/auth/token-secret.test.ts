/** The development token secret: generated once, kept private, reused; never shorter than 32 characters. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTokenSecret } from './token-secret';

describe('resolveTokenSecret', () => {
  it('uses PEEL_TOKEN_SECRET as given', async () => {
    const secret = await resolveTokenSecret({ kind: 'value', value: 's'.repeat(32) });
    expect(new TextDecoder().decode(secret.key)).toBe('s'.repeat(32));
    expect(secret.generated).toBe(false);
    expect(secret.file).toBeUndefined();
  });

  it('generates a 64-character secret in a 0600 file (parents created) and reuses it on the next start', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'peel-secret-')), 'nested', 'token-secret');
    const first = await resolveTokenSecret({ kind: 'file', path: file });
    expect(first).toMatchObject({ generated: true, file });
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = await resolveTokenSecret({ kind: 'file', path: file });
    expect(second.generated).toBe(false);
    expect(second.key).toEqual(first.key);
  });

  it('two starts at once agree on one secret', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'peel-secret-')), 'token-secret');
    const [a, b] = await Promise.all([resolveTokenSecret({ kind: 'file', path: file }), resolveTokenSecret({ kind: 'file', path: file })]);
    expect(a.key).toEqual(b.key);
    expect([a.generated, b.generated].filter(Boolean)).toHaveLength(1);
  });

  it('refuses a secret file that was cut short', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'peel-secret-')), 'token-secret');
    writeFileSync(file, 'short\n');
    await expect(resolveTokenSecret({ kind: 'file', path: file })).rejects.toThrow(/shorter than 32 characters; delete the file to generate a new one/);
  });
});
