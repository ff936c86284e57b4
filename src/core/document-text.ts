import { MppError } from './errors.js';

/**
 * Largest document read (after decompression): 50 MiB. Far above any real list of MPPs or
 * services, and far below what would freeze a phone or exhaust the CLI's memory.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * The body of a response, read in chunks and refused once it passes `limit` bytes: a
 * compressed response (`Content-Encoding: gzip`) is counted as it is unpacked, so a few
 * megabytes that inflate to gigabytes stop at the limit. Used by the elements and the CLI alike.
 * `onReceived` hears the bytes arrived so far after each chunk.
 */
export async function readBody(
  response: Response,
  url?: string,
  limit = MAX_DOCUMENT_BYTES,
  onReceived?: (bytesSoFar: number) => void,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    if (!reader) break;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(url, limit);
    }
    chunks.push(value);
    onReceived?.(size);
  }
  // Joined by the browser, off the page's thread: copying 15 MB here was a long task. (A
  // body's chunks are never shared memory.)
  return new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
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
