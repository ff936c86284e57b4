import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { attributeAsWritten } from './forgiving-match.js';
import { inLocale, msg, str } from './localization.js';

/**
 * A hint for the site owner: what in their markup or their server keeps the widget from doing
 * what they meant, and how to fix it. Visitors never need it, so it is always printed in the
 * console but shown inside the element only with the debug switch ({@link debugSwitchOn}).
 */
export interface OwnerHint {
  /** The problem it is about (an attribute name, `load`…): a newer hint replaces an older one. */
  key: string;
  /** The hint in the active locale, built with `msg()`. */
  text: () => string;
  /** The values that would work, listed after the hint (codes and ids: not translated). */
  valid?: readonly string[];
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

/** `[mpp-widgets] <tag> …`: Indonesian first (most site owners read it), then English. */
export function logOwnerHint(tagName: string, hint: OwnerHint): void {
  const [id, en] = (['id', 'en'] as const).map((locale) => inLocale(locale, hint.text));
  const valid = hint.valid?.length
    ? `\n  Nilai yang dapat dipakai / valid values: ${hint.valid.join(', ')}`
    : '';
  console.warn(`[mpp-widgets] <${tagName.toLowerCase()}> ${id}\n  (EN) ${en}${valid}`);
}

/**
 * The owner hints of one element: each logged once when it appears, rendered (in the element's
 * language, at the top of the element) while the debug switch is on.
 */
export class OwnerHintsController implements ReactiveController {
  private readonly hints = new Map<string, OwnerHint>();
  /** What was already printed, so a re-render or a poll does not repeat a console line. */
  private readonly logged = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows (and logs, once per text) `hint`, replacing an earlier one with its key. */
  note(hint: OwnerHint): void {
    const logKey = `${hint.key}\n${inLocale('en', hint.text)}`;
    if (!this.logged.has(logKey)) {
      this.logged.add(logKey);
      logOwnerHint(this.host.tagName, hint);
    }
    this.hints.set(hint.key, hint);
  }

  /** The problem behind `key` is gone (the attribute was corrected, the data came). */
  drop(key: string): void {
    this.hints.delete(key);
  }

  /** The hints, when the debug switch is on (call it while rendering). */
  render() {
    if (!this.hints.size || !debugSwitchOn(this.host)) return nothing;
    return html`${[...this.hints.values()].map(renderOwnerHint)}`;
  }
}

function renderOwnerHint(hint: OwnerHint) {
  const valid = hint.valid ?? [];
  const count = valid.length;
  return html`<div part="owner-hint" class="owner-hint" role="note">
    <p>
      <strong>${msg('For the site owner:', { id: 'core.ownerHint.label' })}</strong>
      ${hint.text()}
    </p>
    ${
      count
        ? html`<details>
            <summary>
              ${msg(str`Values that work (${count})`, { id: 'core.ownerHint.valid' })}
            </summary>
            <p class="owner-hint-values">${valid.join(', ')}</p>
          </details>`
        : nothing
    }
  </div>`;
}

/** `maksud Anda: "Jawa Barat"?` — the suggestions of a hint, quoted, or '' when none. */
export function didYouMean(suggestions: readonly string[]): string {
  if (!suggestions.length) return '';
  const list = suggestions.map((value) => `"${value}"`).join(', ');
  return msg(str`Did you mean ${list}?`, { id: 'core.ownerHint.didYouMean' });
}

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

/** A value pasted with curly quotes (from a chat app or a word processor), read anyway. */
export function curlyQuotesHint(name: string, value: string): OwnerHint {
  return {
    key: `${name}-quotes`,
    text: () =>
      msg(
        str`The ${name} attribute is written with curly quotes (“ ”), which HTML does not read as quotes; it was read as "${value}". Write straight quotes: ${name}="${value}".`,
        { id: 'core.ownerHint.curlyQuotes' },
      ),
  };
}

/**
 * The value of attribute `name` as the webmaster meant it (see `attributeAsWritten`), with a
 * hint when curly quotes had to be undone. A property set from script is taken as it is.
 */
export function readForgivingAttribute(
  host: Element,
  name: string,
  property: string,
  hints: OwnerHintsController,
): string {
  if (host.getAttribute(name) !== property) return property;
  const written = attributeAsWritten(host, name);
  if (written.curlyQuotes) hints.note(curlyQuotesHint(name, written.value));
  else hints.drop(`${name}-quotes`);
  return written.value;
}
