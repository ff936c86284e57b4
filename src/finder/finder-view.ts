import { html, nothing } from 'lit';
import { intlLocale, msg, str, type Locale } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import { directionsTo, distanceMetres, safeWebsite, telephoneHref } from './directions.js';
import type { MapPoint } from './finder-map.js';
import type { MppLocation } from './locations.js';
import type { Holiday, HolidayCalendar } from './holiday-calendar.js';
import type { TimeSpan } from './opening-hours.js';
import {
  isOpenAt,
  nextChange,
  nextHolidayAffecting,
  planAt,
  type DayPlan,
} from './opening-schedule.js';
import { renderOperatingStatus, servesNow } from './operating-status-view.js';
import { isoDateOf, zoneAbbreviation, type Weekday } from './time-zones.js';

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

function spansText(spans: readonly TimeSpan[], locale: Locale): string {
  return spans.map((span) => spanText(span, locale)).join(', ');
}

/** "Closed — public holiday (Independence Day)" and the like, for a holiday's plan. */
function holidayStatus(holiday: Holiday, uncertain: boolean, locale: Locale): string {
  const name = textIn(holiday.name, locale);
  // Cuti bersama days are named as such ("Cuti bersama Idulfitri 1447 H"): no kind to add.
  if (holiday.kind === 'cuti-bersama')
    return uncertain
      ? msg(str`${name} — MPPs usually close; check before you go`, {
          id: 'finder.hours.uncertainCutiBersama',
        })
      : msg(str`Closed — ${name}`, { id: 'finder.hours.closedCutiBersama' });
  return uncertain
    ? msg(str`Public holiday (${name}) — MPPs usually close; check before you go`, {
        id: 'finder.hours.uncertainPublicHoliday',
      })
    : msg(str`Closed — public holiday (${name})`, { id: 'finder.hours.closedPublicHoliday' });
}

/** Today's own hours on a holiday the data speaks of: "Today's hours (Independence Day): …". */
function holidayHoursText(holiday: Holiday, hours: string, locale: Locale): string {
  const name = textIn(holiday.name, locale);
  return msg(str`Today's hours (${name}): ${hours}`, { id: 'finder.hours.todayHoliday' });
}

/** "Monday, 17 August: closed — public holiday (Independence Day)": a holiday of the coming days. */
function upcomingHolidayText(plan: DayPlan, abbreviation: string, locale: Locale): string {
  const holiday = plan.holiday!;
  const date = new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(isoDateOf(plan.day)));
  if (plan.spans.length) {
    const name = textIn(holiday.name, locale);
    const hours = `${spansText(plan.spans, locale)} ${abbreviation}`;
    return msg(str`${date} (${name}): ${hours}`, { id: 'finder.hours.upcomingHours' });
  }
  const status = holidayStatus(holiday, plan.uncertain, locale);
  return msg(str`${date}: ${status}`, { id: 'finder.hours.upcoming' });
}

/**
 * Today's hours and open/closed in the location's own zone, with the holiday calendar; never
 * invented when absent, and never "open" on a holiday the hours do not speak of.
 */
function renderHours(
  location: MppLocation,
  now: Date,
  locale: Locale,
  calendar: HolidayCalendar | undefined,
) {
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
  const today = planAt(hours, now, zone, calendar);
  const open = isOpenAt(hours, now, zone, calendar);
  const change = nextChange(hours, now, zone, calendar);
  const upcoming = nextHolidayAffecting(hours, now, zone, calendar, 6);
  const spans = spansText(today.spans, locale);
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
  const holidayToday = today.holiday && !open && !today.spans.length;
  const status = open
    ? msg('Open now', { id: 'finder.openNow' })
    : holidayToday
      ? holidayStatus(today.holiday!, today.uncertain, locale)
      : msg('Closed', { id: 'finder.closed' });
  const statusClass = open ? 'open' : today.uncertain ? 'uncertain' : 'closed';
  return html`<p class="hours">
      <span class="status ${statusClass}" part="status">${status}</span>${
        next ? html` · ${next}` : nothing
      }
    </p>
    ${
      today.uncertain
        ? nothing
        : html`<p class="today">
            ${
              !today.spans.length
                ? msg('Closed today', { id: 'finder.hours.closedToday' })
                : today.holiday
                  ? holidayHoursText(today.holiday, `${spans} ${abbreviation}`, locale)
                  : msg(str`Today's hours: ${spans} ${abbreviation}`, { id: 'finder.hours.today' })
            }
          </p>`
    }
    ${
      upcoming
        ? html`<p class="upcoming" part="upcoming-holiday">
            ${upcomingHolidayText(upcoming, abbreviation, locale)}
          </p>`
        : nothing
    }`;
}

export interface LocationView {
  location: MppLocation;
  locale: Locale;
  now: Date;
  selected: boolean;
  /** Public holidays and cuti bersama; undefined: none known. */
  calendar?: HolidayCalendar;
  visitor?: MapPoint;
  onSelect: (location: MppLocation) => void;
}

/** One result in the list: name (a button that selects), address, hours, links. */
export function renderLocation({
  location,
  locale,
  now,
  selected,
  calendar,
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
    ${renderOperatingStatus(properties.status, locale)}
    ${servesNow(properties.status) ? renderHours(location, now, locale, calendar) : nothing}
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
