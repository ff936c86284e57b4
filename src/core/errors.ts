/** Why an element could not use its data or attribute (contract §2). */
export type MppErrorCode =
  'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'not-found' | 'attribute';

/**
 * What really went wrong behind a `network` or `parse` failure, when it can be told: the
 * visitor's connection (`offline`), a server that cannot be reached (`unreachable`), one that
 * answers but does not allow this site (`cors`), an `http:` address on an `https:` page
 * (`mixed-content`) or an HTML page instead of JSON (`html`).
 */
export type FailureCause = 'offline' | 'unreachable' | 'cors' | 'mixed-content' | 'html';

/** One schema problem: where (a JSON path such as `$.services[0].name`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/**
 * A failure the element knows how to explain. `message` is English, for site owners
 * (console); visitors get a localized text from the element's error renderer.
 */
export class MppError extends Error {
  constructor(
    readonly code: MppErrorCode,
    message: string,
    readonly details: {
      url?: string;
      status?: number;
      /** The first problems (at most 100, see `IssueList`). */
      issues?: SchemaIssue[];
      /** How many problems were found in all, when more than `issues` holds. */
      issueCount?: number;
      cause?: FailureCause;
    } = {},
  ) {
    super(message);
    this.name = 'MppError';
  }
}

/** A part of mpp-widgets in a chunk of its own could not be downloaded (a lost CDN file, no network). */
export const chunkNotLoaded = (part: string, url?: string): MppError =>
  new MppError('network', `${part} (a chunk of mpp-widgets) could not be loaded`, { url });

/** Anything thrown while loading becomes an `MppError`; unexpected ones count as network. */
export function asMppError(error: unknown, url?: string): MppError {
  if (error instanceof MppError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new MppError('network', text, { url });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The one `console.warn` format: `[mpp-widgets] <tag>: message (url) first issues`. */
export function warnSiteOwner(tagName: string, error: MppError): void {
  const { url, issues = [], issueCount = issues.length } = error.details;
  const where = url ? ` (${url})` : '';
  const firstIssues = issues
    .slice(0, 5)
    .map((issue) => `\n  ${issue.path}: ${issue.message}`)
    .join('');
  const shown = Math.min(issues.length, 5);
  const more = issueCount > shown ? `\n  … and ${issueCount - shown} more` : '';
  console.warn(
    `[mpp-widgets] <${tagName.toLowerCase()}> ${error.code}: ${error.message}${where}${firstIssues}${more}`,
  );
}
