import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asMppError, isAbortError, MppError } from './errors.js';
import { fetchJson } from './fetch-json.js';

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
  timeoutMs: number;
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

  private async load({ url, inline, bundled, read, timeoutMs }: DocumentSource<T>): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.error = undefined;
    try {
      const raw = url
        ? (await fetchJson(url, { timeoutMs, signal: request.signal })).body
        : inline !== undefined
          ? parseInline(inline)
          : await bundled?.();
      if (request.signal.aborted) return;
      const value = await read(raw, url);
      if (request.signal.aborted) return;
      this.value = value;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.value = undefined;
      this.error = asMppError(error, url);
      this.onError(this.error);
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.host.requestUpdate();
      }
    }
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
