// The words of the owner hints (loaded with the first hint, see OwnerHintsController): how they
// are rendered and printed, and the hints every element shares. Element-specific hints live
// beside their elements and are loaded the same way.
import { css, html, nothing } from 'lit';
import type { FailureCause } from './errors.js';
import { cleanWords } from './forgiving-match.js';
import { addTranslations, inLocale, msg, str } from './localization.js';
import type { OwnerHint } from './owner-hints.js';
import { truncate } from './quote.js';
import { templates } from '../generated/locales/id/coreHint.js';

addTranslations('id', templates);

/** What each element already printed: a re-render or a poll does not repeat a console line. */
const printed = new WeakMap<Element, Set<string>>();

// A hint quotes what the page or the data wrote, which can be of any length: the text and the
// list of valid values (a feed may hold thousands of ids) are bounded, like every error report.
const MAX_HINT_TEXT = 400;
const MAX_LISTED_VALUES = 60;

/** The valid values as a hint lists them: the first ones, each shortened, and how many more. */
function listed(valid: readonly string[]): string {
  const shown = valid.slice(0, MAX_LISTED_VALUES).map((value) => truncate(value));
  const more = valid.length - shown.length;
  return more > 0 ? `${shown.join(', ')} … (+${more})` : shown.join(', ');
}

const hintText = (hint: OwnerHint) => truncate(hint.text(), MAX_HINT_TEXT);

/** `[mpp-widgets] <tag> …`: Indonesian first (most site owners read it), then English. */
export function logOnce(host: Element, hint: OwnerHint): void {
  const [id, en] = (['id', 'en'] as const).map((locale) => inLocale(locale, () => hintText(hint)));
  const seen = printed.get(host) ?? new Set<string>();
  printed.set(host, seen);
  if (seen.has(`${hint.key}\n${en}`)) return;
  seen.add(`${hint.key}\n${en}`);
  const valid = hint.valid?.length
    ? `\n  Nilai yang dapat dipakai / valid values: ${listed(hint.valid)}`
    : '';
  console.warn(`[mpp-widgets] <${host.tagName.toLowerCase()}> ${id}\n  (EN) ${en}${valid}`);
}

/**
 * The debug switch (one for the whole library): `?mpp-debug` or `?mpp-debug=1` in the page URL,
 * or `data-mpp-debug` on `<html>` — or on any ancestor, so the configurator's preview and the
 * WordPress editor can switch it on for the widgets they show, not for their whole page.
 */
export function debugSwitchOn(host: Element): boolean {
  const value = new URLSearchParams(location.search).get('mpp-debug');
  if (value !== null && value !== '0' && value !== 'false') return true;
  return host.closest('[data-mpp-debug]') !== null;
}

/** The hints of `host`, when the debug switch is on. */
export function renderOwnerHints(host: Element, hints: readonly OwnerHint[]) {
  return debugSwitchOn(host) ? html`${hints.map(renderOwnerHint)}` : nothing;
}

function renderOwnerHint(hint: OwnerHint) {
  const valid = hint.valid ?? [];
  const count = valid.length;
  return html`<div part="owner-hint" class="owner-hint" role="note">
    <p>
      <strong>${msg('For the site owner:', { id: 'coreHint.label' })}</strong>
      ${hintText(hint)}
    </p>
    ${
      count
        ? html`<details>
            <summary>${msg(str`Values that work (${count})`, { id: 'coreHint.valid' })}</summary>
            <p class="owner-hint-values">${listed(valid)}</p>
          </details>`
        : nothing
    }
  </div>`;
}

/** `Maksud Anda "Jawa Barat"?` — the suggestions of a hint, quoted, or '' when none. */
export function didYouMean(suggestions: readonly string[]): string {
  if (!suggestions.length) return '';
  const list = suggestions.map((value) => `"${value}"`).join(', ');
  return msg(str`Did you mean ${list}?`, { id: 'coreHint.didYouMean' });
}

/** A value pasted with curly quotes (from a chat app or a word processor), read anyway. */
export function curlyQuotesHint(name: string, value: string): OwnerHint {
  return {
    key: `${name}-quotes`,
    text: () =>
      msg(
        str`The ${name} attribute is written with curly quotes (“ ”), which HTML does not read as quotes; it was read as "${value}". Write straight quotes: ${name}="${value}".`,
        { id: 'coreHint.curlyQuotes' },
      ),
  };
}

/** What the site owner can do about a failed load (`offline` is the visitor's, not theirs). */
export function causeHint(cause: Exclude<FailureCause, 'offline'>, url = ''): OwnerHint {
  return { key: 'load', text: () => causeText(cause, url) };
}

function causeText(cause: Exclude<FailureCause, 'offline'>, url: string): string {
  const host = hostOf(url);
  const origin = location.origin;
  switch (cause) {
    case 'unreachable':
      return msg(
        str`The server ${host} could not be reached: check the address, or whether the server is up and not blocked.`,
        { id: 'coreHint.cause.unreachable' },
      );
    case 'cors':
      return msg(
        str`The server ${host} answers, but does not allow this site to read its data (CORS). Add the header "Access-Control-Allow-Origin: ${origin}" (or "*") to its answers.`,
        { id: 'coreHint.cause.cors' },
      );
    case 'mixed-content':
      return msg(
        str`This page is served over https, but the data address is http (${url}): browsers block it. Use the https address of the data.`,
        { id: 'coreHint.cause.mixedContent' },
      );
    case 'html':
      return msg(
        str`The address gave an HTML page (a login or error page?) instead of JSON data: ${url}. Check the address.`,
        { id: 'coreHint.cause.html' },
      );
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url, location.href).host;
  } catch {
    return url;
  }
}

/** Added to the element's shadow root with the first hint. */
export const ownerHintStyles = css`
  .owner-hint {
    margin-block: 0 var(--mpp-space, 0.5rem);
    padding: var(--mpp-space, 0.5rem);
    border: 2px dashed var(--mpp-color-warning, #8a4b00);
    border-radius: var(--mpp-radius, 0.5rem);
    color: var(--mpp-color-text, #1b1f24);
    background: var(--mpp-color-surface, #ffffff);
    font-size: 0.875rem;
  }
  .owner-hint p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .owner-hint summary {
    cursor: pointer;
    margin-block-start: 0.25rem;
  }
`;

const OPENING_QUOTE = /^[\u201c\u201d\u201e\u2018\u2019\u00ab"']/;
const CLOSING_QUOTE = /[\u201c\u201d\u2018\u2019\u00bb"']$/;

/**
 * Attribute `name` put back together: the attributes that follow it (their names, lower-cased
 * by the parser) are joined up to the closing quote, and the quotes dropped.
 */
export function attributeAsWritten(host: Element, name: string): string {
  const attributes = [...host.attributes];
  const index = attributes.findIndex((attribute) => attribute.name === name);
  let value = index < 0 ? '' : attributes[index].value;
  for (let next = index + 1; !CLOSING_QUOTE.test(value) && next < attributes.length; next++) {
    const attribute = attributes[next];
    if (attribute.value !== '') break; // a real attribute, not a word of the split value
    value += ` ${attribute.name}`;
  }
  return OPENING_QUOTE.test(value) ? cleanWords(value) : value;
}

/** The hint's styles, through a constructed stylesheet (a strict CSP refusing inline styles allows those). */
export function adoptStyles(host: Element): void {
  const root = host.shadowRoot;
  const sheet = ownerHintStyles.styleSheet;
  if (!sheet || !root || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
