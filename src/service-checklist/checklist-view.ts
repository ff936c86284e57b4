import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatNumber, formatRupiah, pluralCategory } from '../core/format.js';
import { textIn, type LocalizedText } from '../core/localized-text.js';
import { msg, str, type Locale } from '../core/localization.js';
import type { Requirement, Service } from './catalog.js';
import { confirmationNotice } from './confirmation-notice.js';
import type { ConditionGroup } from './checklist-model.js';
import { dataLang } from './data-language.js';
import { heading } from './headings.js';

/** What every part of the view needs: the language and the outline asked for. */
export interface ViewContext {
  locale: Locale;
  /** `heading-level`: the level of the service name; `undefined` for no headings. */
  headingLevel: number | undefined;
}

/** Catalogue text in a span that carries its own `lang` when it is in the other language. */
function dataText(text: LocalizedText, locale: Locale): TemplateResult | string {
  const lang = dataLang(text, locale);
  return lang ? html`<span lang=${lang}>${textIn(text, locale)}</span>` : textIn(text, locale);
}

/** How a document is brought, in the visitor's words ("asli dan fotokopi"). */
function formText(form: Requirement['form']): string {
  switch (form) {
    case 'asli':
      return msg('original', { id: 'checklist.form.original' });
    case 'fotokopi':
      return msg('photocopy', { id: 'checklist.form.copy' });
    case 'asli+fotokopi':
      return msg('original and photocopy', { id: 'checklist.form.both' });
    default:
      return '';
  }
}

interface ItemState {
  /** Unique in the shadow root; the label and details get `<domId>-label` / `-details`. */
  domId: string;
  checked: boolean;
  /** Ticked in a case the visitor has not marked as theirs: it does not count (said so). */
  notCounted: boolean;
  onToggle: (event: Event) => void;
}

/**
 * One document as a native checkbox. Its accessible name is the label alone; how to bring it,
 * "optional" and the notes are its description, so a screen reader says "KTP-el, checkbox"
 * first and the details after, as a sighted visitor reads them.
 */
export function renderItem(item: Requirement, locale: Locale, state: ItemState): TemplateResult {
  const form = formText(item.form);
  const notes = [item.optional ? item.condition : undefined, item.note].filter(
    (note): note is LocalizedText => note !== undefined,
  );
  const hasDetails = Boolean(form || item.optional || notes.length || state.notCounted);
  const { domId } = state;
  return html`<li part="item" class="item">
    <label>
      <input
        type="checkbox"
        .checked=${state.checked}
        data-id=${item.id}
        aria-labelledby="${domId}-label"
        aria-describedby=${ifDefined(hasDetails ? `${domId}-details` : undefined)}
        @change=${state.onToggle}
      />
      <span class="item-text">
        <span class="item-label" id="${domId}-label" lang=${ifDefined(dataLang(item.label, locale))}
          >${textIn(item.label, locale)}</span
        >
        ${
          hasDetails
            ? html`<span class="item-details" id="${domId}-details">
                ${form ? html`<span part="form" class="tag">${form}</span>` : nothing}
                ${
                  item.optional
                    ? html`<span part="optional" class="tag optional"
                        >${msg('optional', { id: 'checklist.optional' })}</span
                      >`
                    : nothing
                }
                ${notes.map(
                  (note) =>
                    html`<span class="item-note" lang=${ifDefined(dataLang(note, locale))}
                      >${textIn(note, locale)}</span
                    >`,
                )}
                ${
                  state.notCounted
                    ? html`<span class="item-note not-counted"
                        >${msg('Not counted: "Applies to me" is not ticked.', {
                          id: 'checklist.notCounted',
                        })}</span
                      >`
                    : nothing
                }
              </span>`
            : nothing
        }
      </span>
    </label>
  </li>`;
}

/** Agency, service name (the checklist's title) and description. */
export function renderHeader(service: Service, context: ViewContext): TemplateResult {
  const { locale, headingLevel } = context;
  return html`<div class="header">
    ${
      service.agency
        ? html`<p part="agency" class="agency" lang=${ifDefined(dataLang(service.agency, locale))}>
            ${textIn(service.agency, locale)}
          </p>`
        : nothing
    }
    ${heading(
      {
        level: headingLevel,
        depth: 0,
        className: 'title',
        part: 'title',
        lang: dataLang(service.name, locale),
      },
      textIn(service.name, locale),
    )}
    ${
      service.description
        ? html`<p class="description" lang=${ifDefined(dataLang(service.description, locale))}>
            ${textIn(service.description, locale)}
          </p>`
        : nothing
    }
  </div>`;
}

/** A section title of the checklist (one level below the service name). */
export function sectionTitle(text: string, context: ViewContext, id?: string): TemplateResult {
  return heading({ level: context.headingLevel, depth: 1, className: 'section-title', id }, text);
}

/** Documents needed only in one case, with the visitor's "Applies to me" answer. */
export function renderConditionGroup(
  group: ConditionGroup,
  context: ViewContext,
  applies: boolean,
  onToggleCondition: (event: Event) => void,
  items: TemplateResult[],
): TemplateResult {
  const { locale, headingLevel } = context;
  return html`<fieldset part="condition" class="condition ${applies ? 'applies' : ''}">
    <legend>
      ${heading(
        {
          level: headingLevel,
          depth: 2,
          plain: 'span',
          className: 'condition-title',
          lang: dataLang(group.condition, locale),
        },
        textIn(group.condition, locale),
      )}
    </legend>
    <label class="applies-toggle">
      <input
        type="checkbox"
        .checked=${applies}
        data-condition=${group.key}
        @change=${onToggleCondition}
      />
      ${msg('Applies to me', { id: 'checklist.appliesToMe' })}
    </label>
    <ul class="items">
      ${items}
    </ul>
  </fieldset>`;
}

/** Eligibility conditions (`form: "syarat"`): notes, never checkboxes. */
export function renderEligibility(
  items: Requirement[],
  context: ViewContext,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const { locale } = context;
  return html`<div part="eligibility" class="eligibility">
    ${sectionTitle(msg('Who can apply', { id: 'checklist.eligibility' }), context)}
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            ${dataText(item.label, locale)}${item.condition ? html` (${dataText(item.condition, locale)})` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** "1 of 1 document ready" / "3 dari 5 dokumen siap": the noun agrees with the total. */
export function progressText(done: number, total: number, locale: Locale): string {
  const [d, t] = [formatNumber(done, locale), formatNumber(total, locale)];
  return pluralCategory(total, locale) === 'one'
    ? msg(str`${d} of ${t} document ready`, { id: 'checklist.progress.one' })
    : msg(str`${d} of ${t} documents ready`, { id: 'checklist.progress' });
}

function feeText(service: Service, locale: Locale): TemplateResult | string | undefined {
  const fee = service.fee;
  if (!fee) return undefined;
  const amount = (value: number) =>
    value === 0 ? msg('Free', { id: 'checklist.free' }) : formatRupiah(value, locale);
  const note = fee.note
    ? html`<span class="fact-note" lang=${ifDefined(dataLang(fee.note, locale))}
        >${textIn(fee.note, locale)}</span
      >`
    : nothing;
  if (fee.tiers?.length) {
    return html`<ul class="tiers">
        ${fee.tiers.map((tier) => html`<li>${dataText(tier.label, locale)}: <strong>${amount(tier.amount)}</strong></li>`)}
      </ul>
      ${note}`;
  }
  if (fee.amount === null || fee.amount === undefined)
    return fee.note ? dataText(fee.note, locale) : undefined;
  return html`<strong>${amount(fee.amount)}</strong> ${note}`;
}

export function renderFacts(service: Service, locale: Locale): TemplateResult {
  const fee = feeText(service, locale);
  const rows: [string, TemplateResult | string][] = [];
  if (fee) rows.push([msg('Fee', { id: 'checklist.fee' }), fee]);
  if (service.duration)
    rows.push([
      msg('Processing time', { id: 'checklist.duration' }),
      dataText(service.duration, locale),
    ]);
  if (service.legalBasis?.length) {
    const citations = service.legalBasis.map((entry, i) =>
      i ? html`; ${dataText(entry, locale)}` : dataText(entry, locale),
    );
    rows.push([msg('Legal basis', { id: 'checklist.legalBasis' }), html`${citations}`]);
  }
  return html`<dl part="facts" class="facts">
    ${rows.map(
      ([term, value]) =>
        html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

/** Links from data are used only with a safe scheme (contract §2). */
function safeLink(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return ['http:', 'https:'].includes(protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one line that tells the visitor how far to trust the list before going: news reports
 * alone, or details that may differ by region (contract §4).
 */
export function renderNotice(service: Service): TemplateResult | typeof nothing {
  const notice = confirmationNotice(service);
  if (!notice) return nothing;
  return html`<p part="notice" class="notice">
    ${
      notice === 'news'
        ? msg('This information comes from news reports; check with the office before you go.', {
            id: 'checklist.newsOnly',
          })
        : msg(
            'Requirements may differ between regions; please confirm with the office concerned.',
            { id: 'checklist.confirm' },
          )
    }
  </p>`;
}

export function renderSources(
  service: Service,
  context: ViewContext,
): TemplateResult | typeof nothing {
  const { locale } = context;
  if (!service.sources?.length) return nothing;
  const date = service.retrieved ? formatDate(service.retrieved, locale) : '';
  const title = date
    ? msg(str`Sources, retrieved ${date}`, { id: 'checklist.sourcesRetrieved' })
    : msg('Sources', { id: 'checklist.sources' });
  return html`<div part="sources" class="sources">
    ${sectionTitle(title, context)}
    <ul>
      ${service.sources.map((source) => {
        const href = safeLink(source.url);
        const title = source.title ? dataText(source.title, locale) : source.url;
        // A source read on another day than the service's date says so.
        const own =
          source.retrieved && source.retrieved !== service.retrieved
            ? formatDate(source.retrieved, locale)
            : '';
        return html`<li>
          ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${title}</a>` : title}
          ${own ? html` (${msg(str`retrieved ${own}`, { id: 'checklist.sourceRetrieved' })})` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}
