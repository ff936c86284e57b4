import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asMppError, isAbortError, MppError } from './errors.js';
import { fetchDocument, parseDocument } from './fetch-json.js';

export interface DocumentSource<T> {
  /** URL of the document (resolved against the page); none: `inline`, else `bundled`. */
  url?: string;
  /** Text of the document given inline, in a child `<script type="application/json">`. */
  inline?: string;
  /** Loads the bundled default document (a lazy chunk), when there is one. */
  bundled?: () => Promise<unknown>;
  /**
   * Validates and types the raw document; throws (or rejects with) an `MppError('schema')`
   * when it does not fit. May be asynchronous, to work through a large document in slices.
   */
  read: (document: unknown, url?: string) => T | Promise<T>;
  /**
   * Fetches and reads the document its own way (a large one off the main thread), with the
   * same results and errors as fetching it here and calling `read`.
   */
  fetchAndRead?: (request: DocumentRequest) => Promise<T>;
  timeoutMs: number;
}

/** A document to fetch. */
export interface DocumentRequest {
  url: string;
  /** The time allowed for its download (`FetchJsonOptions.timeoutMs`). */
  timeoutMs: number;
  /** Aborted when the document is no longer wanted (source changed, element removed). */
  signal: AbortSignal;
}

/**
 * Loads one JSON document for an element — its `src`, else inline, else its bundled default — with
 * timeout, abort on change or disconnect, and validation. The host reads `value` and `error`
 * while rendering and reports `error` through `onError`.
 */
export class DocumentController<T> implements ReactiveController {
  value?: T;
  error?: MppError;
  private loadedFor?: string;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: () => DocumentSource<T>,
    private readonly onError: (error: MppError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again with the next update.
    if (this.value === undefined && this.error === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.request) return;
    this.request.abort();
    this.request = undefined;
    this.loadedFor = undefined;
  }

  /** Starts loading when the source changed since the last call. Call it from `willUpdate`. */
  sync(): void {
    // An update can still run after removal (a late observer callback): start nothing then.
    if (!this.host.isConnected) return;
    const source = this.source();
    const key =
      source.url ?? (source.inline === undefined ? '(bundled)' : `inline:${source.inline}`);
    if (key === this.loadedFor) return;
    if (this.loadedFor !== undefined) this.value = undefined; // another document: the old one no longer applies
    this.loadedFor = key;
    void this.load(source);
  }

  /** Loads the current source again (a visitor pressed "try again"). */
  reload(): void {
    this.loadedFor = undefined;
    this.sync();
    this.host.requestUpdate(); // show "loading" at once, not the old error until it settles
  }

  private async load(source: DocumentSource<T>): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.error = undefined;
    try {
      const value = await this.read(source, request.signal);
      if (request.signal.aborted) return;
      this.value = value;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.value = undefined;
      this.error = asMppError(error, source.url);
      this.onError(this.error);
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.host.requestUpdate();
      }
    }
  }

  private async read(
    { url, inline, bundled, read, fetchAndRead, timeoutMs }: DocumentSource<T>,
    signal: AbortSignal,
  ): Promise<T> {
    if (!url) return read(inline === undefined ? await bundled?.() : parseInline(inline));
    if (fetchAndRead) return fetchAndRead({ url, timeoutMs, signal });
    const { headers, bytes } = await fetchDocument(url, { timeoutMs, signal });
    return read(parseDocument(bytes, headers.get('content-type'), url), url);
  }
}

/** Other JSON documents an element may hold beside its data, marked `data-patch` / `data-holidays`. */
type InlineRole = 'patch' | 'holidays';
const INLINE_ROLES: readonly InlineRole[] = ['patch', 'holidays'];

/**
 * The document inside a child `<script type="application/json">` of `host` (anywhere below
 * it: CMSs wrap pasted markup in `<p>`s); other children are ignored. Without `role`, the data
 * document: the script with none of the role markers.
 */
export function inlineDocument(host: Element, role?: InlineRole): string | undefined {
  const selector = role
    ? `script[type="application/json"][data-${role}]`
    : `script[type="application/json"]${INLINE_ROLES.map((r) => `:not([data-${r}])`).join('')}`;
  return host.querySelector(selector)?.textContent ?? undefined;
}

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MppError(
      'parse',
      `The inline <script type="application/json"> is not valid JSON: ${String(error)}`,
    );
  }
}
