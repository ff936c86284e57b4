import { html, nothing } from 'lit';
import { intlLocale, msg, str, type Locale } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import { directionsTo, distanceMetres, safeWebsite, telephoneHref } from './directions.js';
import type { MapPoint } from './finder-map.js';
import type { MppLocation } from './locations.js';
import {
  hoursOn,
  isOpenAt,
  nextChange,
  zoneAbbreviation,
  type TimeSpan,
  type Weekday,
} from './opening-hours.js';

/** "08.00" in Indonesian, "08:00" in English (glossary); 24:00 stays 24:00. */
export function formatClock(minuteOfDay: number, locale: Locale): string {
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return `${hours}${locale === 'en' ? ':' : '.'}${minutes}`;
}

function spanText({ start, end }: TimeSpan, locale: Locale): string {
  const endOfDay = end > 24 * 60 ? end - 24 * 60 : end;
  return `${formatClock(start, locale)}–${formatClock(endOfDay, locale)}`;
}

function weekdayName(weekday: Weekday, locale: Locale): string {
  // 2024-01-01 was a Monday (weekday 0).
  const date = new Date(Date.UTC(2024, 0, 1 + weekday));
  return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** "3,2 km dari Anda" / "± 850 m away"; ± when the coordinates are approximate. */
export function distanceText(metres: number, approximate: boolean, locale: Locale): string {
  const [value, unit] =
    metres < 1000 ? [Math.round(metres / 10) * 10, 'meter'] : [metres / 1000, 'kilometer'];
  const distance =
    (approximate ? '± ' : '') +
    new Intl.NumberFormat(intlLocale[locale], {
      style: 'unit',
      unit,
      maximumFractionDigits: unit === 'kilometer' && value < 10 ? 1 : 0,
    }).format(value);
  return msg(str`${distance} away`, { id: 'finder.distance' });
}

/** Today's hours and open/closed in the location's own zone; never invented when absent. */
function renderHours(location: MppLocation, now: Date, locale: Locale) {
  const { hours, zone } = location;
  if (!hours) {
    return html`<p class="hours unknown">
      ${msg('Opening hours not available yet', { id: 'finder.hours.unknown' })}
    </p>`;
  }
  if (!zone) {
    return html`<p class="hours">${hours.text}</p>`;
  }
  const abbreviation = zoneAbbreviation(zone);
  const today = hoursOn(hours, now, zone);
  const open = isOpenAt(hours, now, zone);
  const change = nextChange(hours, now, zone);
  const spans = today.map((span) => spanText(span, locale)).join(', ');
  let next = '';
  if (change) {
    const time = `${formatClock(change.minuteOfDay, locale)} ${abbreviation}`;
    if (!change.opens) next = msg(str`Closes at ${time}`, { id: 'finder.hours.closesAt' });
    else if (change.daysAhead === 0)
      next = msg(str`Opens at ${time}`, { id: 'finder.hours.opensAt' });
    else if (change.daysAhead === 1)
      next = msg(str`Opens tomorrow at ${time}`, { id: 'finder.hours.opensTomorrow' });
    else {
      const day = weekdayName(change.weekday, locale);
      next = msg(str`Opens ${day} at ${time}`, { id: 'finder.hours.opensOn' });
    }
  }
  return html`<p class="hours">
      <span class="status ${open ? 'open' : 'closed'}" part="status"
        >${open ? msg('Open now', { id: 'finder.openNow' }) : msg('Closed', { id: 'finder.closed' })}</span
      >${next ? html` · ${next}` : nothing}
    </p>
    <p class="today">
      ${
        today.length
          ? msg(str`Today's hours: ${spans} ${abbreviation}`, { id: 'finder.hours.today' })
          : msg('Closed today', { id: 'finder.hours.closedToday' })
      }
    </p>`;
}

export interface LocationView {
  location: MppLocation;
  locale: Locale;
  now: Date;
  selected: boolean;
  visitor?: MapPoint;
  onSelect: (location: MppLocation) => void;
}

/** One result in the list: name (a button that selects), address, hours, links. */
export function renderLocation({
  location,
  locale,
  now,
  selected,
  visitor,
  onSelect,
}: LocationView) {
  const { properties, approximate } = location;
  const name = textIn(location.name, locale);
  const address = textIn(properties.address, locale);
  const place = [address || properties.regency, properties.province].filter(Boolean).join(', ');
  const directions = directionsTo(
    { lat: location.lat, lon: location.lon, approximate, searchText: `${name}, ${place}` },
    visitor,
  );
  const phone = properties.phone ? telephoneHref(properties.phone) : undefined;
  const website = properties.website ? safeWebsite(properties.website) : undefined;
  return html`<li part="item" class="item ${selected ? 'selected' : ''}" data-id=${location.id}>
    <button
      type="button"
      class="name"
      part="item-name"
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => onSelect(location)}
    >
      ${name}
    </button>
    <p class="address">
      ${place}${
        approximate
          ? html` <span class="approximate" part="approximate"
              >${msg('approximate location', { id: 'finder.approximate' })}</span
            >`
          : nothing
      }
    </p>
    ${renderHours(location, now, locale)}
    ${
      visitor
        ? html`<p class="distance">
            ${distanceText(distanceMetres(visitor, location), approximate, locale)}
          </p>`
        : nothing
    }
    <p class="links">
      ${
        properties.phone
          ? phone
            ? html`<a href=${phone}>${properties.phone}</a>`
            : html`<span>${properties.phone}</span>`
          : nothing
      }
      ${
        website
          ? html`<a href=${website} target="_blank" rel="noopener noreferrer"
              >${msg('Website', { id: 'finder.website' })}</a
            >`
          : nothing
      }
      <span class="directions">
        ${msg('Directions:', { id: 'finder.directions' })}
        <a href=${directions.openStreetMap} target="_blank" rel="noopener noreferrer"
          >OpenStreetMap</a
        >
        <a href=${directions.googleMaps} target="_blank" rel="noopener noreferrer">Google Maps</a>
      </span>
    </p>
  </li>`;
}
