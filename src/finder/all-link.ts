import { html, nothing } from 'lit';
import { MppError } from '../core/errors.js';
import { resolveAgainstPage } from '../core/page-url.js';
import { msg } from '../core/localization.js';
import { quote } from '../core/quote.js';
import { safeWebsite } from './directions.js';

/**
 * `all-url` as a link target: relative addresses are resolved against the page, and only
 * http(s) ones are kept — a `javascript:` or `data:` URL from a CMS field never becomes a
 * link. Anything else is reported (`attribute`) and no link is shown.
 */
export function readAllUrl(written: string, report: (error: MppError) => void): string | undefined {
  const trimmed = (written ?? '').trim();
  if (!trimmed) return undefined;
  const href = safeWebsite(resolveAgainstPage(trimmed) ?? '');
  if (href === undefined) {
    report(
      new MppError('attribute', `all-url=${quote(trimmed)} ignored: only http(s) links are shown`),
    );
  }
  return href;
}

/** "See all MPPs": under the list (outside its scrolling), so a compact finder leads further. */
export function renderAllLink(href: string | undefined) {
  if (href === undefined) return nothing;
  return html`<a part="all-link" class="all-link" href=${href}>
    ${msg('See all MPPs', { id: 'finder.allLink' })}
  </a>`;
}
