import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DocumentController, inlineDocument } from '../core/document-controller.js';
import { describeError } from '../core/error-messages.js';
import { renderError } from '../core/error-view.js';
import { chunkNotLoaded, type MppError } from '../core/errors.js';
import { dispatchMppEvent } from '../core/events.js';
import { msg, str } from '../core/localization.js';
import { MppElement } from '../core/mpp-element.js';
import { readForgivingAttribute } from '../core/owner-hints.js';
import { resolveAgainstPage } from '../core/page-url.js';
import { themeTokens } from '../core/theme.js';
import { truncate } from '../core/quote.js';
import type { Catalog, Requirement, Service } from './catalog.js';
import { readCatalogDocument } from './catalog-check.js';
import { answersFor, layOut, progressOf, tick, type ChecklistLayout } from './checklist-model.js';
import { announcementText, type Announcement } from './checklist-announcement.js';
import { ChecklistStorage, type ChecklistAnswers } from './checklist-storage.js';
import {
  progressText,
  renderConditionGroup,
  renderEligibility,
  renderFacts,
  renderHeader,
  renderItem,
  renderNotice,
  renderSources,
  sectionTitle,
  type ViewContext,
} from './checklist-view.js';
import { printOnly } from './print.js';
import { serviceChecklistStyles } from './service-checklist.styles.js';
import type { ServiceProblem } from './service-choice.js';
import './translations.js';

type ServiceLookup = typeof import('./service-choice.js');

/** `detail` of `mpp-checklist-change` and `mpp-checklist-complete`. */
export interface ChecklistChangeDetail {
  service: string;
  checked: string[];
  done: number;
  total: number;
}

/**
 * The documents a public service needs, as a checklist a visitor ticks at home, that
 * remembers the ticks and prints.
 *
 * @tagname mpp-service-checklist
 * @summary Checklist of the documents a public service needs.
 *
 * Data may also be given inline, as a child `<script type="application/json">` (used when
 * there is no `src`; other children are ignored).
 *
 * @attr heading-level - `1`–`6`: the service name becomes a heading of that level, its sections
 *   ("Documents to bring", "Who can apply", "Sources") one level below and the cases under
 *   "Documents to bring" two below (at most `h6`). Without it the checklist adds no headings
 *   to the page, as before.
 * @attr {string} lang - Language (`id`, `en`, …); inherited from the closest ancestor or `<html lang>`.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} mpp-checklist-change - A tick or a condition changed. `detail: { service, checked, done, total }`.
 * @fires {CustomEvent<ChecklistChangeDetail>} mpp-checklist-complete - Every required document that applies is ticked. Same `detail`.
 * @fires {CustomEvent<MppErrorDetail>} mpp-error - The catalogue or the service could not be used. `detail: { code, message, url?, issues? }`.
 *
 * @csspart base - The checklist.
 * @csspart title - Service name (a heading with `heading-level`).
 * @csspart agency - The agency providing the service.
 * @csspart notice - "Confirm with the office" notice (or "this comes from news reports").
 * @csspart progress - Progress text and bar.
 * @csspart complete - Message shown when every required document is ready.
 * @csspart item - One requirement (checkbox and label).
 * @csspart form - "asli" / "fotokopi" tag of a requirement.
 * @csspart optional - "opsional" tag.
 * @csspart condition - A group of requirements that apply under a condition.
 * @csspart eligibility - Eligibility conditions (notes, not documents).
 * @csspart facts - Fee, processing time, legal basis.
 * @csspart sources - Sources with their retrieval date.
 * @csspart actions - Print, reset and undo buttons.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error message.
 * @csspart retry-button - "Try again" in the error message.
 *
 * @cssprop --mpp-color-primary - Accent (checkboxes, progress, buttons). Default `#0b57a4`.
 * @cssprop --mpp-color-on-primary - Text on the accent. Default `#ffffff`.
 * @cssprop --mpp-color-surface - Background. Default `#ffffff`.
 * @cssprop --mpp-color-text - Text. Default `#1b1f24`.
 * @cssprop --mpp-color-muted - Secondary text. Default `#4f5965`.
 * @cssprop --mpp-color-border - Borders. Default `#767f8a`.
 * @cssprop --mpp-color-success - Completion message. Default `#0f6b2f`.
 * @cssprop --mpp-color-warning - "Confirm with the office" notice. Default `#8a4b00`.
 * @cssprop --mpp-color-danger - Errors. Default `#b3261e`.
 * @cssprop --mpp-font-family - Font. Default `inherit`.
 * @cssprop --mpp-radius - Corner radius. Default `0.5rem`.
 * @cssprop --mpp-space - Spacing unit. Default `0.5rem`.
 */
export class MppServiceChecklist extends MppElement {
  static override styles = [themeTokens, serviceChecklistStyles];
  static override properties: PropertyDeclarations = {
    service: {},
    src: {},
    storageKey: { attribute: 'storage-key' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the service in the catalogue (e.g. `paspor-baru`). Required. */
  service = '';

  /** URL of a service catalogue; without it the bundled catalogue is used. */
  src = '';

  /**
   * Name under which ticks are saved (default: the service id), always inside the checklist's
   * own `mpp-checklist:<catalogue>:` prefix.
   */
  storageKey = '';

  /** Do not save ticks (they last for this page view only). */
  noPersist = false;

  /** Heading level of the service name (`1`–`6`); sections are one level below. None by default. */
  headingLevel?: number | null;

  private readonly catalog = new DocumentController<Catalog>(
    this,
    () => ({
      url: this.srcUrl,
      inline: inlineDocument(this),
      bundled: () => import('../data/catalog.json').then((module) => module.default),
      read: readCatalogDocument,
      timeoutMs: this.timeout,
    }),
    (error) => this.reportError(error),
  );
  /** `src` resolved once when it changes (an SPA changing the page URL must not move it). */
  private srcUrl?: string;
  private answers: ChecklistAnswers = { checked: [], applies: [] };
  private answersLoadedFor = '';
  private undoAnswers?: ChecklistAnswers;
  /** Why `service` shows no checklist (reported once per message), and what a visitor may pick. */
  private serviceProblem?: ServiceProblem;
  /** The catalogue service `service` names, once the catalogue is there. */
  private matchedService?: Service;
  /** Reads a `service` that is not an id as written (service-choice.ts), once loaded. */
  private lookup?: ServiceLookup;
  private lookupLoading = false;
  /** The lookup's chunk could not be loaded (offline): a retry loads it again. */
  private lookupFailure?: MppError;
  private wasComplete = false;
  /** What the polite live region says about the visitor's last change (one message per change). */
  private announcement?: Announcement;

  private get storage(): ChecklistStorage {
    return new ChecklistStorage(
      {
        name: this.storageKey,
        service: this.matchedService?.id ?? this.service,
        catalogue: this.srcUrl ?? (inlineDocument(this) === undefined ? 'bundled' : 'inline'),
      },
      !this.noPersist,
    );
  }

  private get currentService(): Service | undefined {
    return this.matchedService;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.srcUrl = resolveAgainstPage(this.src);
    if (changed.has('headingLevel')) this.checkHeadingLevel();
    this.catalog.sync();
    const catalog = this.catalog.value;
    if (catalog) this.readService(catalog);
    const service = this.currentService;
    const answersKey = `${this.storageKey}|${this.srcUrl}|${this.service}|${this.noPersist}|${catalog?.version}`;
    if (service && catalog && (answersKey !== this.answersLoadedFor || changed.has('service'))) {
      this.answersLoadedFor = answersKey;
      this.answers = answersFor(service, this.storage.load());
      this.wasComplete = this.isComplete(layOut(service));
      this.undoAnswers = undefined;
      this.announcement = undefined;
    }
    const failed = this.catalog.error || this.serviceProblem || this.lookupFailure;
    this.state = failed ? 'error' : service ? 'ready' : 'loading';
  }

  /** Finds the service `service` names — forgiving spelling, short names — or says why not. */
  private readService(catalog: Catalog): void {
    const written = readForgivingAttribute(
      this,
      'service',
      this.service,
      this.ownerHints,
      (value) => (this.service = value),
    );
    const exact = catalog.services.find((service) => service.id === written.trim());
    if (exact || !this.lookup) {
      // Written as in the catalogue: the everyday case, decided here. Anything else waits
      // (state `loading`) for the lookup.
      this.matchedService = exact;
      this.serviceProblem = undefined;
      if (exact) {
        this.lookupFailure = undefined;
        this.ownerHints.drop('service');
      } else this.loadLookup();
      return;
    }
    const { match, problem } = this.lookup.lookUpService(written, catalog.services, this.srcUrl);
    this.matchedService =
      match.kind === 'exact' || match.kind === 'understood' ? match.service : undefined;
    if (problem && problem.error.message !== this.serviceProblem?.error.message) {
      this.reportError(problem.error);
    }
    this.serviceProblem = problem;
    if (match.kind === 'exact') {
      this.ownerHints.drop('service');
    } else {
      this.ownerHints.note('service', `${match.kind} ${written}`, () =>
        import('./checklist-hints.js').then((hints) =>
          hints.serviceHint(written, match, catalog.services),
        ),
      );
    }
  }

  private loadLookup(): void {
    if (this.lookupLoading || this.lookupFailure) return;
    this.lookupLoading = true;
    import('./service-choice.js').then(
      (lookup) => {
        this.lookup = lookup;
        this.lookupLoading = false;
        this.requestUpdate();
      },
      () => {
        this.lookupLoading = false;
        // The service became a catalogue id meanwhile: nothing waits for the lookup (a later
        // spelling that needs it loads it again).
        if (this.matchedService) return;
        this.lookupFailure = chunkNotLoaded('The service lookup', this.srcUrl);
        this.reportError(this.lookupFailure);
        this.requestUpdate();
      },
    );
  }

  private readonly retryLookup = () => {
    this.lookupFailure = undefined;
    this.requestUpdate();
  };

  private readonly chooseService = async (id: string) => {
    this.service = id;
    await this.updateComplete;
    // The pressed button is gone: the focus goes to the checklist it opened.
    this.renderRoot.querySelector<HTMLElement>('.checklist')?.focus();
  };

  /** An invalid `heading-level` takes the nearest level (not a number: no headings), with a warning. */
  private checkHeadingLevel(): void {
    const level = this.headingLevel;
    if (level === undefined || level === null) return;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return;
    const usable = Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : undefined;
    this.reportInvalidAttribute('heading-level', level, usable ?? 'no headings');
    this.headingLevel = usable;
  }

  private isComplete(layout: ChecklistLayout): boolean {
    const { done, total } = progressOf(layout, this.answers);
    return total > 0 && done === total;
  }

  private change(answers: ChecklistAnswers, announcement: Announcement = { kind: 'change' }): void {
    const service = this.currentService;
    const catalog = this.catalog.value;
    if (!service || !catalog) return;
    this.answers = answers;
    this.announcement = announcement;
    this.undoAnswers = undefined;
    this.storage.save(answers, catalog.version);
    const layout = layOut(service);
    const { done, total } = progressOf(layout, answers);
    const detail = { service: service.id, checked: [...answers.checked], done, total };
    dispatchMppEvent(this, 'mpp-checklist-change', detail);
    const complete = this.isComplete(layout);
    if (complete && !this.wasComplete) dispatchMppEvent(this, 'mpp-checklist-complete', detail);
    this.wasComplete = complete;
    this.requestUpdate();
  }

  private readonly toggleItem = (event: Event) => {
    const service = this.currentService;
    if (!service) return;
    const input = event.target as HTMLInputElement;
    const { answers, conditionMarked } = tick(
      layOut(service),
      this.answers,
      input.dataset.id ?? '',
      input.checked,
    );
    this.change(answers, { kind: 'change', conditionMarked });
  };

  private readonly toggleCondition = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const key = input.dataset.condition ?? '';
    const applies = this.answers.applies.filter((item) => item !== key);
    this.change({ ...this.answers, applies: input.checked ? [...applies, key] : applies });
  };

  // Reset and undo take the focus along (the pressed button is disabled or removed) and
  // say what happened, for keyboard and screen-reader users.
  private readonly reset = async () => {
    const previous = this.answers;
    this.change({ checked: [], applies: [] }, { kind: 'reset' });
    this.undoAnswers = previous;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.undo')?.focus();
  };

  private readonly undo = async () => {
    if (!this.undoAnswers) return;
    this.change(this.undoAnswers, { kind: 'undone' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.reset')?.focus();
  };

  private readonly print = () => printOnly(this);

  override render() {
    return html`<div part="base" class="checklist" lang=${this.locale} tabindex="-1">
      ${this.ownerHints.render()} ${this.renderContent()}
    </div>`;
  }

  private renderContent() {
    const headline = msg('The checklist cannot be shown right now.', {
      id: 'checklist.error.headline',
    });
    if (this.catalog.error) {
      return renderError(headline, describeError(this.catalog.error), () => this.catalog.reload());
    }
    if (this.lookupFailure) {
      return renderError(headline, describeError(this.lookupFailure), this.retryLookup);
    }
    const problem = this.serviceProblem;
    if (problem) {
      const id = truncate(this.service.trim());
      const what = !id
        ? msg('No service is chosen for this checklist.', { id: 'checklist.error.noServiceChosen' })
        : problem.kind === 'ambiguous'
          ? msg(str`Several services match "${id}".`, { id: 'checklist.error.ambiguous' })
          : msg(str`The service "${id}" is not in the catalogue.`, {
              id: 'checklist.error.noService',
            });
      return html`${renderError(what, describeError(problem.error))}
      ${problem.choices.length ? this.lookup?.renderServiceChoices(problem.choices, this.locale, this.chooseService) : nothing}`;
    }
    const service = this.currentService;
    if (!service) {
      return html`<div class="skeleton" part="skeleton">
        <span class="visually-hidden"
          >${msg('Loading the checklist…', { id: 'checklist.loading' })}</span
        >
      </div>`;
    }
    return this.renderService(service);
  }

  private renderService(service: Service) {
    const { locale, answers } = this;
    const context: ViewContext = { locale, headingLevel: this.headingLevel ?? undefined };
    const layout = layOut(service);
    const { done, total } = progressOf(layout, answers);
    const complete = total > 0 && done === total;
    const domIds = new Map(service.requirements.map((item, index) => [item.id, `req-${index}`]));
    const item = (requirement: Requirement, countsIfTicked: boolean) => {
      const checked = answers.checked.includes(requirement.id);
      return renderItem(requirement, locale, {
        domId: domIds.get(requirement.id)!,
        checked,
        notCounted: checked && !countsIfTicked && !requirement.optional,
        onToggle: this.toggleItem,
      });
    };
    return html`
      ${renderHeader(service, context)} ${renderNotice(service)}
      <div part="progress" class="progress">
        <p id="progress-label">${progressText(done, total, locale)}</p>
        <progress
          aria-labelledby="progress-label"
          max=${Math.max(total, 1)}
          .value=${done}
        ></progress>
      </div>
      ${
        total === 0 && layout.conditional.length
          ? html`<p class="hint">
              ${msg('Tick "Applies to me" for the cases below that are yours.', { id: 'checklist.chooseCases' })}
            </p>`
          : nothing
      }
      ${
        complete
          ? html`<p part="complete" class="complete">
              ${msg('All required documents are ready.', { id: 'checklist.complete' })}
            </p>`
          : nothing
      }
      <div role="status" class="announcer visually-hidden">
        ${announcementText(this.announcement, { done, total, complete }, locale)}
      </div>
      <div class="documents">
        ${sectionTitle(msg('Documents to bring', { id: 'checklist.documents' }), context, 'documents')}
        <ul class="items" aria-labelledby="documents">
          ${layout.documents.map((requirement) => item(requirement, true))}
        </ul>
        ${layout.conditional.map((group) => {
          const applies = answers.applies.includes(group.key);
          return renderConditionGroup(
            group,
            context,
            applies,
            this.toggleCondition,
            group.items.map((requirement) => item(requirement, applies)),
          );
        })}
      </div>
      ${renderEligibility(layout.eligibility, context)} ${renderFacts(service, locale)}
      ${renderSources(service, context)}
      <div part="actions" class="actions">
        <button type="button" class="button primary" @click=${this.print}>
          ${msg('Print', { id: 'checklist.print' })}
        </button>
        <button
          type="button"
          class="button reset"
          @click=${this.reset}
          ?disabled=${answers.checked.length === 0 && answers.applies.length === 0}
        >
          ${msg('Clear all ticks', { id: 'checklist.reset' })}
        </button>
        ${
          this.undoAnswers
            ? html`<button type="button" class="button undo" @click=${this.undo}>
                ${msg('Undo', { id: 'checklist.undo' })}
              </button>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-service-checklist': MppServiceChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'mpp-checklist-change': CustomEvent<ChecklistChangeDetail>;
    'mpp-checklist-complete': CustomEvent<ChecklistChangeDetail>;
  }
}
