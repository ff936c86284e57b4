import { MppError } from './errors.js';
import { SLICE_MS, yieldToMain } from './yield-to-main.js';

/**
 * Largest document read (after decompression): 50 MiB. Far above any real list of MPPs or
 * services, and far below what would freeze a phone or exhaust the CLI's memory.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * The body of a response, read in chunks and refused once it passes `limit` bytes: a
 * compressed response (`Content-Encoding: gzip`) is counted as it is unpacked, so a few
 * megabytes that inflate to gigabytes stop at the limit. Used by the elements and the CLI alike.
 */
export async function readBody(
  response: Response,
  url?: string,
  limit = MAX_DOCUMENT_BYTES,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  // A body already received is read in microtasks, one chunk each, and copied into one
  // array: without pauses 15 MB (100,000 locations) are one long task.
  let sliceStart = performance.now();
  const pauseWhenDue = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToMain();
    sliceStart = performance.now();
  };
  for (;;) {
    await pauseWhenDue();
    if (!reader) break;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(url, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    await pauseWhenDue();
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function tooLarge(url: string | undefined, limit = MAX_DOCUMENT_BYTES): MppError {
  return new MppError('parse', `The document is larger than ${limit / 1024 / 1024} MB`, { url });
}

/**
 * The text of a document's bytes, decoded as a browser decodes a JSON response: UTF-8 with
 * its byte order mark dropped and invalid bytes replaced; UTF-16 when a byte order mark says
 * so (Windows editors save "Unicode" that way). One decoder for the elements and the CLI, so a
 * document reads the same from a disk, a URL or a page.
 */
export function decodeDocument(bytes: Uint8Array): string {
  const [first, second] = bytes;
  const encoding =
    first === 0xff && second === 0xfe
      ? 'utf-16le'
      : first === 0xfe && second === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}
