/** The key that signs session tokens: from PEEL_TOKEN_SECRET, or generated once into a file (development only). */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TokenSecretSource } from '@peel/config';

/** The resolved key and where it came from (so `peel serve` can say). */
export interface TokenSecret {
  key: Uint8Array;
  /** The file holding a generated secret; undefined when it came from PEEL_TOKEN_SECRET. */
  file?: string;
  /** True when this call generated the secret. */
  generated: boolean;
}

async function readSecretFile(file: string): Promise<string> {
  const text = (await readFile(file, 'utf8')).trim();
  if (text.length < 32) throw new Error(`${file}: the token secret is shorter than 32 characters; delete the file to generate a new one`);
  return text;
}

/**
 * Resolves the token secret. A file secret is created with 48 random bytes (base64url, mode 0600)
 * when missing; `wx` makes two servers starting at once agree on one secret (the loser reads the
 * winner's file). Config never allows this path in production (NODE_ENV=production requires
 * PEEL_TOKEN_SECRET).
 */
export async function resolveTokenSecret(source: TokenSecretSource): Promise<TokenSecret> {
  const encode = (text: string) => new TextEncoder().encode(text);
  if (source.kind === 'value') return { key: encode(source.value), generated: false };
  try {
    return { key: encode(await readSecretFile(source.path)), file: source.path, generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(source.path), { recursive: true });
  try {
    await writeFile(source.path, `${randomBytes(48).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: encode(await readSecretFile(source.path)), file: source.path, generated: false };
  }
  return { key: encode(await readSecretFile(source.path)), file: source.path, generated: true };
}
