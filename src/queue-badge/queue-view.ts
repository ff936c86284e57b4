import { html, nothing, type TemplateResult } from 'lit';
import { formatAge, formatNumber, formatWaitDuration, pluralCategory } from '../core/format.js';
import { textIn, type LocalizedText } from '../core/localized-text.js';
import { msg, str, type Locale } from '../core/localization.js';
import {
  estimatedWaitSeconds,
  isEntryOpen,
  totalWaiting,
  type QueueEntry,
  type QueueStatus,
} from './queue-model.js';

/** Most services a `full` badge lists before "+N more". */
const MAX_LISTED_SERVICES = 5;

export type Freshness = 'live' | 'stale' | 'offline';

/** Everything a badge shows, decided by the element; these functions only word and lay it out. */
export interface BadgeView {
  variant: 'compact' | 'full';
  locale: Locale;
  entries: QueueEntry[];
  /** One entry chosen (by `service`, or the feed has one) rather than a summary. */
  single: boolean;
  status?: QueueStatus;
  location?: LocalizedText;
  freshness: Freshness;
  ageSeconds: number;
  /** The page-wide pause button, when this badge shows it. */
  control: TemplateResult | typeof nothing;
}

export function statusText(status: QueueStatus): string {
  switch (status) {
    case 'open':
      return msg('Open', { id: 'queue.status.open' });
    case 'closed':
      return msg('Closed', { id: 'queue.status.closed' });
    case 'paused':
      return msg('Paused', { id: 'queue.status.paused' });
  }
}

function waitingText(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return pluralCategory(count, locale) === 'one'
    ? msg(str`${n} person waiting`, { id: 'queue.waiting.one' })
    : msg(str`${n} people waiting`, { id: 'queue.waiting.other' });
}

function openServicesText(open: number, total: number, locale: Locale): string {
  const [o, t] = [formatNumber(open, locale), formatNumber(total, locale)];
  return msg(str`${o} of ${t} services open`, { id: 'queue.servicesOpen' });
}

function renderStatus(status: QueueStatus | undefined): TemplateResult | typeof nothing {
  if (!status) return nothing;
  return html`<span part="status" class="status status-${status}">${statusText(status)}</span>`;
}

function renderNowServing(entry: QueueEntry): TemplateResult {
  const label = msg('Now serving', { id: 'queue.nowServing' });
  if (!entry.nowServing) {
    return html`<span part="now-serving" class="now-serving idle"
      >${msg('No number called yet', { id: 'queue.noneServing' })}</span
    >`;
  }
  return html`<span part="now-serving" class="now-serving">
    <span class="label">${label}</span>
    <strong part="number" class="number">${entry.nowServing}</strong>
    ${entry.counter ? html`<span part="counter" class="counter">${entry.counter}</span>` : nothing}
  </span>`;
}

function renderFacts(entry: QueueEntry, locale: Locale): TemplateResult[] {
  const facts: TemplateResult[] = [];
  if (entry.waiting !== undefined) {
    facts.push(
      html`<span part="waiting" class="fact">${waitingText(entry.waiting, locale)}</span>`,
    );
  }
  const wait = estimatedWaitSeconds(entry);
  if (wait !== undefined) {
    const duration = formatWaitDuration(wait, locale);
    facts.push(
      html`<span part="estimate" class="fact"
        >${msg(str`Estimated wait about ${duration}`, { id: 'queue.estimate' })}</span
      >`,
    );
  }
  if (entry.next) {
    const next = entry.next;
    facts.push(
      html`<span part="next" class="fact">${msg(str`Next: ${next}`, { id: 'queue.next' })}</span>`,
    );
  }
  return facts;
}

function renderSummary(view: BadgeView): TemplateResult {
  const { entries, status, locale } = view;
  const waiting = totalWaiting(entries);
  const open = entries.filter((entry) => isEntryOpen(entry, status)).length;
  return html`<span part="summary" class="summary">
    ${
      waiting === undefined
        ? nothing
        : html`<span part="waiting" class="fact">${waitingText(waiting, locale)}</span>`
    }
    <span class="fact">${openServicesText(open, entries.length, locale)}</span>
  </span>`;
}

function renderServiceList(view: BadgeView): TemplateResult {
  const listed = view.entries.slice(0, MAX_LISTED_SERVICES);
  const more = view.entries.length - listed.length;
  const moreCount = formatNumber(more, view.locale);
  return html`<ul part="services" class="services">
      ${listed.map(
        (entry) =>
          html`<li part="service" class="service">
            <span class="service-name">${textIn(entry.name, view.locale) || entry.id}</span>
            ${renderNowServing(entry)}
            ${
              entry.waiting === undefined
                ? nothing
                : html`<span class="fact">${waitingText(entry.waiting, view.locale)}</span>`
            }
          </li>`,
      )}
    </ul>
    ${
      more > 0
        ? html`<p class="more">${msg(str`+${moreCount} more`, { id: 'queue.moreServices' })}</p>`
        : nothing
    }`;
}

function renderFreshness(view: BadgeView): TemplateResult {
  const age = formatAge(view.ageSeconds, view.locale);
  // Intl says "sekarang" / "now" for 0 s: "Diperbarui sekarang" reads like an order.
  const updated =
    view.ageSeconds < 5
      ? msg('Updated just now', { id: 'queue.updatedJustNow' })
      : msg(str`Updated ${age}`, { id: 'queue.updated' });
  const notice =
    view.freshness === 'offline'
      ? msg('Connection lost — showing the last data', { id: 'queue.offline' })
      : view.freshness === 'stale'
        ? msg('Data not current', { id: 'queue.stale' })
        : '';
  return html`<span part="updated" class="updated ${view.freshness}">
    ${notice ? html`<strong part="notice" class="notice">${notice}</strong>` : nothing}
    <span>${updated}</span>
  </span>`;
}

/** The badge body for data in hand. */
export function renderBadge(view: BadgeView): TemplateResult {
  const entry = view.single ? view.entries[0] : undefined;
  const title = entry ? textIn(entry.name, view.locale) : textIn(view.location, view.locale);
  const body = entry
    ? html`${renderNowServing(entry)} ${renderFacts(entry, view.locale)}`
    : view.variant === 'full'
      ? renderServiceList(view)
      : renderSummary(view);
  if (view.variant === 'compact') {
    return html`${title ? html`<span part="title" class="title">${title}</span>` : nothing}
    ${renderStatus(view.status)} ${body} ${renderFreshness(view)} ${view.control}`;
  }
  const place = entry ? textIn(view.location, view.locale) : '';
  return html`<div class="card-header">
      <span>
        ${title ? html`<p part="title" class="title">${title}</p>` : nothing}
        ${place ? html`<span part="location" class="location">${place}</span>` : nothing}
      </span>
      ${renderStatus(view.status)}
    </div>
    <div class="card-body">${body}</div>
    <div class="card-footer">${renderFreshness(view)} ${view.control}</div>`;
}

/** A placeholder of the final size while the first answer is on its way. */
export function renderSkeleton(): TemplateResult {
  return html`<span class="skeleton" part="skeleton"
    ><span class="visually-hidden"
      >${msg('Loading the queue…', { id: 'queue.loading' })}</span
    ></span
  >`;
}
