import { MppError } from './errors.js';

/**
 * Why a request failed, told apart honestly (the probes that need a request are in
 * `failure-probe.ts`, loaded only after a failure). The browser hides the reason of a failed `fetch`
 * from scripts (a CORS refusal, a DNS error and a server that is down all read
 * "Failed to fetch"), so a webmaster whose feed lacks one header is told to "check the
 * internet". These checks recover what can be known without guessing.
 */

/** An `http:` address requested from an `https:` page: the browser blocks it before sending. */
export function isMixedContent(url: string, pageUrl: string = location.href): boolean {
  try {
    return new URL(pageUrl).protocol === 'https:' && new URL(url, pageUrl).protocol === 'http:';
  } catch {
    return false;
  }
}

/** A body that is an HTML page (a login page, a "not found" page) rather than JSON. */
export function looksLikeHtml(contentType: string | null, text: string): boolean {
  return /\bhtml\b/i.test(contentType ?? '') || text.trimStart().startsWith('<');
}

/** The errors found before or without a second request, with their console wording. */
export const mixedContentError = (url: string) =>
  new MppError('network', 'Blocked: an http address on an https page', {
    url,
    cause: 'mixed-content',
  });

export const htmlPageError = (url: string) =>
  new MppError('parse', 'The server sent an HTML page (a login or error page?), not JSON', {
    url,
    cause: 'html',
  });
