/** A file's identity for imports: SHA-256 of its bytes, and its size. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** What {@link hashFile} returns. */
export interface FileDigest {
  /** SHA-256 of the file's bytes, lower-case hex (the `content_hash` of its import). */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
}

/** Hashes `file` as a stream (constant memory). */
export async function hashFile(file: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
