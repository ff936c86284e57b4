import { html, nothing } from 'lit';
import { intlLocale, msg, str, type Locale } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import type { LocationProperties } from './locations.js';

type OperatingStatus = NonNullable<LocationProperties['status']>;

/** Statuses in which the MPP does not serve at its address: no "open now" is computed. */
export function servesNow(status: OperatingStatus | undefined): boolean {
  return (
    !status ||
    status.kind === 'operating' ||
    status.kind === 'moved' ||
    status.kind === 'relocating'
  );
}

/** "19 Desember 2023", "Februari 2024", "2024": a date only as precise as the data. */
function partialDateText(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  return new Intl.DateTimeFormat(intlLocale[locale], {
    ...(day === undefined ? {} : { day: 'numeric' }),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

function statusLabel({ kind, since }: OperatingStatus, locale: Locale): string {
  const date = since === undefined ? undefined : partialDateText(since, locale);
  switch (kind) {
    case 'moved':
      return date
        ? msg(str`Moved (since ${date})`, { id: 'finder.status.movedSince' })
        : msg('Moved', { id: 'finder.status.moved' });
    case 'relocating':
      return msg('Moving to a new location', { id: 'finder.status.relocating' });
    case 'temporarily-closed':
      return date
        ? msg(str`Temporarily closed (since ${date})`, {
            id: 'finder.status.temporarilyClosedSince',
          })
        : msg('Temporarily closed', { id: 'finder.status.temporarilyClosed' });
    case 'closed':
      return msg('No longer operating', { id: 'finder.status.closed' });
    case 'not-yet-open':
      return msg('Not open yet', { id: 'finder.status.notYetOpen' });
    case 'operating':
      return msg('Note', { id: 'finder.status.note' });
  }
}

/** The MPP's operating status, when the data gives one ("Pindah (sejak …): …"). */
export function renderOperatingStatus(status: OperatingStatus | undefined, locale: Locale) {
  if (!status || (status.kind === 'operating' && !status.note)) return nothing;
  const note = textIn(status.note, locale);
  return html`<p class="operating-status ${status.kind}" part="operating-status">
    <strong>${statusLabel(status, locale)}</strong>${note ? html`: ${note}` : nothing}
  </p>`;
}
