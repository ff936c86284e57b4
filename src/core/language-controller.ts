import type { ReactiveController, ReactiveElement } from 'lit';
import { localeFromTag, type Locale } from './localization.js';
import { holdsServerRender } from './server-rendering.js';

/** Controllers of connected elements, re-resolved when any `lang` attribute changes. */
const connected = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function observeLangChanges(root: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The `lang` in force for `element`: its own attribute, else the closest ancestor's
 * (crossing shadow-root boundaries to the host), else `<html lang>`.
 */
export function findLanguageTag(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag && tag.trim() !== '') return tag;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Resolves the element's language per contract §2 (own `lang` → closest ancestor `[lang]`
 * across shadow roots → `<html lang>` → Indonesian) and keeps it live: any change of a
 * `lang` attribute on the way re-renders the host.
 *
 * Resolution is synchronous on connect, so the first render is already in the right language.
 */
export class LanguageController implements ReactiveController {
  locale: Locale = 'id';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const resolved = this.resolve();
    if (holdsServerRender(this.host)) {
      // The first render adopts the server's texts, which are in the language the server saw;
      // the next one speaks the page's language if an ancestor's `lang` says otherwise.
      this.locale = ownLocale(this.host);
      if (resolved !== this.locale) void this.host.updateComplete.then(() => this.refresh());
    } else {
      this.locale = resolved;
    }
    connected.add(this);
    observeLangChanges(document);
    // Ancestor shadow roots are invisible to a subtree observer on the document.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot;) {
      observeLangChanges(root);
      root = root.host.getRootNode();
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the language and re-renders the host when it changed. */
  refresh(): void {
    const locale = this.resolve();
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  private resolve(): Locale {
    return localeFromTag(findLanguageTag(this.host)) ?? 'id';
  }
}

/** The language of the element's own `lang` attribute, else Indonesian (the server's rule). */
export function ownLocale(element: Element): Locale {
  return localeFromTag(element.getAttribute('lang')) ?? 'id';
}
