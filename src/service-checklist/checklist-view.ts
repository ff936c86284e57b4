import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, formatRupiah } from '../core/format.js';
import { textIn } from '../core/localized-text.js';
import { msg, str, type Locale } from '../core/localization.js';
import { confirmationNotice, type Requirement, type Service } from './catalog.js';

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

export function renderItem(
  item: Requirement,
  locale: Locale,
  checked: boolean,
  onToggle: (event: Event) => void,
): TemplateResult {
  const form = formText(item.form);
  return html`<li part="item" class="item">
    <label>
      <input type="checkbox" .checked=${checked} data-id=${item.id} @change=${onToggle} />
      <span class="item-text">
        <span class="item-label">${textIn(item.label, locale)}</span>
        ${form ? html`<span part="form" class="tag">${form}</span>` : nothing}
        ${
          item.optional
            ? html`<span part="optional" class="tag optional"
                >${msg('optional', { id: 'checklist.optional' })}</span
              >`
            : nothing
        }
        ${[item.optional ? item.condition : undefined, item.note].map((note) =>
          note ? html`<span class="item-note">${textIn(note, locale)}</span>` : nothing,
        )}
      </span>
    </label>
  </li>`;
}

export function progressText(done: number, total: number, locale: Locale): string {
  const [d, t] = [formatNumber(done, locale), formatNumber(total, locale)];
  return msg(str`${d} of ${t} documents ready`, { id: 'checklist.progress' });
}

function feeText(service: Service, locale: Locale): TemplateResult | string | undefined {
  const fee = service.fee;
  if (!fee) return undefined;
  const amount = (value: number) =>
    value === 0 ? msg('Free', { id: 'checklist.free' }) : formatRupiah(value, locale);
  const note = fee.note
    ? html`<span class="fact-note">${textIn(fee.note, locale)}</span>`
    : nothing;
  if (fee.tiers?.length) {
    return html`<ul class="tiers">
        ${fee.tiers.map((tier) => html`<li>${textIn(tier.label, locale)}: <strong>${amount(tier.amount)}</strong></li>`)}
      </ul>
      ${note}`;
  }
  if (fee.amount === null || fee.amount === undefined)
    return fee.note ? textIn(fee.note, locale) : undefined;
  return html`<strong>${amount(fee.amount)}</strong> ${note}`;
}

export function renderFacts(service: Service, locale: Locale): TemplateResult {
  const fee = feeText(service, locale);
  const rows: [string, TemplateResult | string][] = [];
  if (fee) rows.push([msg('Fee', { id: 'checklist.fee' }), fee]);
  if (service.duration)
    rows.push([
      msg('Processing time', { id: 'checklist.duration' }),
      textIn(service.duration, locale),
    ]);
  if (service.legalBasis?.length) {
    const citations = service.legalBasis.map((entry) => textIn(entry, locale));
    rows.push([msg('Legal basis', { id: 'checklist.legalBasis' }), citations.join('; ')]);
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

export function renderSources(service: Service, locale: Locale): TemplateResult | typeof nothing {
  if (!service.sources?.length) return nothing;
  const date = service.retrieved ? formatDate(service.retrieved, locale) : '';
  const heading = date
    ? msg(str`Sources, retrieved ${date}`, { id: 'checklist.sourcesRetrieved' })
    : msg('Sources', { id: 'checklist.sources' });
  return html`<div part="sources" class="sources">
    <p class="section-title">${heading}</p>
    <ul>
      ${service.sources.map((source) => {
        const href = safeLink(source.url);
        const title = source.title ? textIn(source.title, locale) : source.url;
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
