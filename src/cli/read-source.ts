/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeDocument, MAX_DOCUMENT_BYTES, readBody, tooLarge } from '../core/document-text.js';
import { MppError } from '../core/errors.js';

/** Time allowed for a whole download, body included. */
const FETCH_TIMEOUT_MS = 30_000;

/** Where a document comes from: a web address or a file (a `file:` URL is a file too). */
export type Source = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/**
 * What the command line names: `http`/`https` in any case (`HTTP://…`) is a URL; a `file:` URL
 * of this machine is a file; another scheme, or a `file:` URL that names no local file, is
 * refused (undefined); anything else is a file path.
 */
export function sourceFrom(argument: string): Source | undefined {
  const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(argument)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'file', path: argument };
  if (scheme === 'http' || scheme === 'https') return { kind: 'url', url: argument };
  if (scheme !== 'file') return undefined;
  try {
    return { kind: 'file', path: fileURLToPath(argument) };
  } catch {
    return undefined; // `file://host/x`, `file:///%2F`: not a file of this machine
  }
}

/**
 * The text of a document, read as the elements read it (`decodeDocument`), with a gzip file
 * unpacked; at most 50 MB once unpacked, whether it comes from a disk or a server.
 */
export async function readSource(source: Source): Promise<string> {
  const bytes = source.kind === 'url' ? await download(source.url) : await fromDisk(source.path);
  return decodeDocument(gunzipped(bytes));
}

async function fromDisk(path: string): Promise<Uint8Array> {
  // Compressed or not, a file over the limit would be over it once read.
  if ((await stat(path)).size > MAX_DOCUMENT_BYTES) throw tooLarge(undefined);
  return readFile(path);
}

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) {
    await response.body?.cancel();
    throw new MppError('http', `HTTP ${response.status}`, { url, status: response.status });
  }
  if (Number(response.headers.get('content-length')) > MAX_DOCUMENT_BYTES) {
    await response.body?.cancel();
    throw tooLarge(url);
  }
  return readBody(response, url);
}

/** A gzip file (`.json.gz`, told by its first bytes) unpacked; anything else as it is. */
function gunzipped(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DOCUMENT_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(undefined);
    throw new MppError('parse', `Not a readable gzip file: ${(error as Error).message}`);
  }
}
