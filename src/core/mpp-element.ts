import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MppError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from './fetch-json.js';
import { describeError } from './error-messages.js';
import { warnSiteOwner } from './errors.js';
import { quote, truncate } from './quote.js';
import { dispatchMppEvent } from './events.js';
import { LanguageController, ownLocale } from './language-controller.js';
import { OwnerHintsController } from './owner-hints.js';
import { inLocale } from './localization.js';
import type { Locale } from './locale.js';
import { THEMES, type Theme } from './theme.js';
import './translations.js';

/** Values of the reflected `state` attribute (contract §2). */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error' | 'stale' | 'offline';

/**
 * What every mpp element shares: its own language (resolved per element, so two
 * elements on one page may differ), the reflected `state`, and the one way of reporting
 * errors (event + console warning).
 */
export abstract class MppElement extends LitElement {
  // Declared statically rather than with `@property()` (here and in every element): pages
  // then download no decorator code.
  static override properties: PropertyDeclarations = {
    state: { reflect: true },
    timeout: { type: Number },
    theme: { reflect: true },
  };

  /**
   * `loading`, `ready`, `empty`, `error` (and `stale`, `offline` on the queue badge).
   * Reflected for styling and tests; only the element itself sets it.
   * @readonly
   */
  get state(): ElementState {
    return this.currentState;
  }
  protected set state(state: ElementState) {
    this.currentState = state;
  }
  private currentState: ElementState = 'loading';

  constructor() {
    super();
    // The first state is no assignment through the setter, so Lit would not reflect it: the
    // attribute `state="loading"` (also in server-rendered HTML) needs this request.
    this.requestUpdate('state', undefined);
  }

  /** Milliseconds a data request may take before it counts as failed, 1000 to 120000. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * Colours: `light`, `dark`, or `auto` (follows the visitor's system setting,
   * `prefers-color-scheme`). Each is a set of `--mpp-color-*` defaults a designer can override.
   */
  theme: Theme = 'light';

  private readonly language = new LanguageController(this);
  /** Hints for the site owner: console always, inside the element with the debug switch. */
  protected readonly ownerHints = new OwnerHintsController(this);

  /** The language this element renders in, resolved per contract §2. */
  get locale(): Locale {
    return this.language.locale;
  }

  /** Runs `work` with `msg()` answering in this element's language. */
  protected inOwnLocale<T>(work: () => T): T {
    return inLocale(this.locale, work);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A server renderer (`@lit-labs/ssr`) calls willUpdate() and render() once, and neither
    // hostConnected() (where the language is resolved) nor update() (where msg() is switched to
    // it). It shows the element no ancestor: its own `lang` counts, else Indonesian.
    if (isServer) {
      this.language.locale = ownLocale(this);
      const render = this.render.bind(this);
      this.render = () => this.inOwnLocale(render);
    }
    if (changed.has('timeout')) {
      this.timeout = this.keepInRange(
        'timeout',
        this.timeout,
        MIN_TIMEOUT_MS,
        MAX_TIMEOUT_MS,
        DEFAULT_TIMEOUT_MS,
      );
    }
    // Not a theme (a removed attribute is null): light, and unless removed, we say so.
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      if (this.theme !== null) this.reportInvalidAttribute('theme', this.theme, 'light');
      this.theme = 'light';
    }
  }

  // Rendering happens synchronously inside update(): every msg() call in render() is
  // answered in this element's language, whatever other elements on the page speak.
  protected override update(changed: PropertyValues): void {
    // A load that works again takes its hint along: on the way out of a failed state only, as
    // a finder stays `ready` while its patch or holiday calendar fails, and keeps that hint.
    const failed = (state: unknown) =>
      state === 'error' || state === 'offline' || state === 'stale';
    if (changed.has('state') && failed(changed.get('state')) && !failed(this.state))
      this.ownerHints.drop('load');
    this.inOwnLocale(() => super.update(changed));
  }

  /** Tells the page (`mpp-error`, localized) and the site owner (`console.warn`, English). */
  protected reportError(error: MppError): void {
    warnSiteOwner(this.tagName, error);
    const { url, issues, issueCount, cause } = error.details;
    // The visitor's own connection is not the site owner's to fix.
    if (cause && cause !== 'offline') {
      this.ownerHints.note('load', `${cause} ${url}`, (texts) => texts.causeHint(cause, url));
    }
    dispatchMppEvent(this, 'mpp-error', {
      code: error.code,
      message: this.inOwnLocale(() => describeError(error)),
      ...(url === undefined ? {} : { url }),
      ...(issues === undefined ? {} : { issues, issueCount: issueCount ?? issues.length }),
      ...(cause === undefined ? {} : { cause }),
    });
  }

  /**
   * A numeric attribute outside [min, max] takes the nearest valid value (not a number: the
   * default), with an `attribute` error. Returns the value to use.
   */
  protected keepInRange(
    name: string,
    value: number,
    min: number,
    max: number,
    fallback: number,
  ): number {
    if (value >= min && value <= max) return value;
    const usable = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    this.reportInvalidAttribute(name, value, usable);
    return usable;
  }

  /** An invalid attribute is not fatal: the caller falls back to a default and we say so. */
  protected reportInvalidAttribute(name: string, value: unknown, usedInstead: unknown): void {
    this.reportError(
      new MppError(
        'attribute',
        `Invalid ${name}=${quote(String(value))}; using ${truncate(JSON.stringify(usedInstead) ?? '')} instead`,
      ),
    );
  }
}
