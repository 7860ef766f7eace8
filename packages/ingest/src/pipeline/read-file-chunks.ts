/** A file as a stream of decoded text chunks, with the byte counts progress and hashing need. */
import { createReadStream } from 'node:fs';

/** One piece of a file: its bytes, and their text (UTF-8 decoded across chunk boundaries). */
export interface FileChunk {
  bytes: Buffer;
  text: string;
}

/** Bytes read per chunk: large enough that per-chunk overhead vanishes, small enough to stream. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads `file` in chunks of about a megabyte. A multi-byte character split between two chunks is
 * decoded whole (TextDecoder in streaming mode); bytes that are not UTF-8 become U+FFFD, which the
 * row checks then see rather than the read failing.
 */
export async function* readFileChunks(file: string): AsyncGenerator<FileChunk> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  for await (const bytes of createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    yield { bytes, text: decoder.decode(bytes, { stream: true }) };
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield { bytes: Buffer.alloc(0), text: rest };
}
