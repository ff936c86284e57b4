import { html, nothing } from 'lit';
import { msg } from '../core/localization.js';
import { MAX_QUERY_LENGTH } from './location-search.js';
import type { PositionStatus } from './position-controller.js';

export interface ControlsView {
  query: string;
  provinceCode: string;
  service: string;
  provinces: readonly { code: string; name: string }[];
  /** Service ids the data lists; no select without them. */
  services: readonly string[];
  loading: boolean;
  /** The "near me" status, or undefined when the button is not offered. */
  nearMe?: PositionStatus;
  onSearch: (event: Event) => void;
  onProvince: (event: Event) => void;
  onService: (event: Event) => void;
  onNearMe: () => void;
}

/** Search field, province and service filters, and the "near me" button with its messages. */
export function renderControls(view: ControlsView) {
  const { provinces, services, provinceCode } = view;
  return html`<div part="controls" class="controls">
    <label class="search">
      <span class="visually-hidden">${msg('Search', { id: 'finder.search.label' })}</span>
      <input
        part="search"
        type="search"
        autocomplete="off"
        maxlength=${MAX_QUERY_LENGTH}
        .value=${view.query}
        placeholder=${msg('Search MPP, regency/city, or address', { id: 'finder.search.placeholder' })}
        @input=${view.onSearch}
      />
    </label>
    <label class="filter">
      <span class="visually-hidden">${msg('Province', { id: 'finder.province' })}</span>
      <select @change=${view.onProvince} ?disabled=${view.loading}>
        <option value="" ?selected=${!provinceCode}>
          ${msg('All provinces', { id: 'finder.allProvinces' })}
        </option>
        ${provinces.map(
          ({ code, name }) =>
            html`<option value=${code} ?selected=${code === provinceCode}>${name}</option>`,
        )}
      </select>
    </label>
    ${
      services.length
        ? html`<label class="filter">
            <span class="visually-hidden">${msg('Service', { id: 'finder.service' })}</span>
            <select @change=${view.onService}>
              <option value="">${msg('All services', { id: 'finder.allServices' })}</option>
              ${services.map(
                (id) => html`<option value=${id} ?selected=${id === view.service}>${id}</option>`,
              )}
            </select>
          </label>`
        : nothing
    }
    ${view.nearMe === undefined ? nothing : renderNearMe(view.nearMe, view.onNearMe)}
  </div>`;
}

/** Why "near me" found nothing, and that the finder still works. */
export function positionProblemText(problem: 'denied' | 'unavailable'): string {
  return problem === 'denied'
    ? msg('Location permission was denied. You can still search by name or region.', {
        id: 'finder.nearMe.denied',
      })
    : msg('Your location could not be found. Try again, or search by name or region.', {
        id: 'finder.nearMe.unavailable',
      });
}

// Not `disabled` while asking: a disabled button drops the keyboard focus to <body>. The
// problem is shown here and announced once by the finder's live region (no role="alert").
function renderNearMe(status: PositionStatus, onNearMe: () => void) {
  const asking = status === 'asking';
  return html`<button
      type="button"
      class="button near-me"
      @click=${onNearMe}
      aria-disabled=${asking ? 'true' : 'false'}
    >
      ${asking ? msg('Finding your location…', { id: 'finder.nearMe.asking' }) : msg('Near me', { id: 'finder.nearMe' })}
    </button>
    ${
      status === 'denied' || status === 'unavailable'
        ? html`<p class="position-problem">${positionProblemText(status)}</p>`
        : nothing
    }`;
}
