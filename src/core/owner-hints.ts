import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cleanWords } from './forgiving-match.js';

/**
 * A hint for the site owner: what in their markup or their server keeps the widget from doing
 * what they meant, and how to fix it. Visitors never need it, so it is always printed in the
 * console but shown inside the element only with the debug switch (`debugSwitchOn`).
 */
export interface OwnerHint {
  /** The problem it is about (an attribute name, `load`…): a newer hint replaces an older one. */
  key: string;
  /** The hint in the active locale, built with `msg()`. */
  text: () => string;
  /** The values that would work, listed after the hint (codes and ids: not translated). */
  valid?: readonly string[];
}

type HintView = typeof import('./owner-hint-texts.js');

/**
 * The owner hints of one element: each logged once when it appears, rendered (in the element's
 * language, at the top of the element) while the debug switch is on. Their texts, in both
 * languages, are a chunk of their own, loaded with the first hint: a page whose widgets are set
 * up right never downloads them.
 */
export class OwnerHintsController implements ReactiveController {
  private readonly hints = new Map<string, OwnerHint>();
  /**
   * The latest request per key, by what it is about: the same problem noted again (each update
   * may) changes nothing, and a hint that arrives after its problem was fixed is dropped.
   */
  private readonly pending = new Map<string, string>();
  private view?: HintView;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Shows (and logs, once per text) the hint `make` builds from the shared texts (or from an
   * element's own hint module, which it imports), replacing an earlier one with the same key.
   * `about` names the problem's particulars (the value written…).
   */
  note(
    key: string,
    about: string,
    make: (texts: HintView) => OwnerHint | Promise<OwnerHint>,
  ): void {
    if (this.pending.get(key) === about) return;
    const request = about;
    this.pending.set(key, request);
    import('./owner-hint-texts.js')
      .then(async (texts) => {
        const hint = await make(texts);
        if (this.pending.get(key) !== request) return;
        this.view = texts;
        texts.adoptStyles(this.host);
        texts.logOnce(this.host, hint);
        this.hints.set(key, hint);
        this.host.requestUpdate();
      })
      .catch(() => {
        // The hint's chunk did not load (a flaky connection): the console already has the
        // error; a later `note` of the same problem tries again.
        if (this.pending.get(key) === request) this.pending.delete(key);
      });
  }

  /** The problem behind `key` is gone (the attribute was corrected, the data came). */
  drop(key: string): void {
    this.pending.delete(key);
    this.hints.delete(key);
  }

  /** The hints, when the debug switch is on (call it while rendering). */
  render() {
    if (!this.view || !this.hints.size) return nothing;
    return this.view.renderOwnerHints(this.host, [...this.hints.values()]);
  }
}

/**
 * The value of attribute `name` as the webmaster meant it. Pasted from a chat or a word
 * processor, `province=“Jawa Barat”` reaches the browser with curly quotes, which HTML does not
 * treat as quotes: the attribute is `“Jawa` and `barat”` an attribute of its own. Such a value
 * is read without its quotes at once; the hint chunk then joins the split words back and gives
 * them to `correct` (which sets the property), with a hint to write straight quotes. A property
 * set from script is taken as it is.
 */
export function readForgivingAttribute(
  host: Element,
  name: string,
  property: string,
  hints: OwnerHintsController,
  correct: (value: string) => void,
): string {
  const attribute = host.getAttribute(name) ?? '';
  if (!CURLY_START.test(attribute)) {
    hints.drop(`${name}-quotes`);
    return property;
  }
  hints.note(`${name}-quotes`, attribute, (texts) => {
    const joined = texts.attributeAsWritten(host, name);
    if (joined !== property) correct(joined);
    return texts.curlyQuotesHint(name, joined);
  });
  return attribute === property ? cleanWords(attribute) : property;
}

const CURLY_START = /^[\u201c\u201d\u201e\u2018\u2019\u00ab]/;
