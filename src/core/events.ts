import type { FailureCause, MppErrorCode, SchemaIssue } from './errors.js';

/** `detail` of every `mpp-error` event (contract §2). */
export interface MppErrorDetail {
  code: MppErrorCode;
  /** Short explanation in the element's language. */
  message: string;
  url?: string;
  /** The first problems of a document (at most 100). */
  issues?: SchemaIssue[];
  /** How many problems were found in all (`issues` keeps the first 100). */
  issueCount?: number;
  /** The real cause behind a `network` or `parse` failure, when it can be told. */
  cause?: FailureCause;
}

/** Dispatches a contract event: `mpp-` prefixed, bubbling out of shadow roots. */
export function dispatchMppEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpp-error': CustomEvent<MppErrorDetail>;
  }
}
