import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClockController } from '../core/clock-controller.js';
import { describeError } from '../core/error-messages.js';
import { renderError } from '../core/error-view.js';
import { MppError, warnSiteOwner } from '../core/errors.js';
import { dispatchMppEvent } from '../core/events.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import { MppElement } from '../core/mpp-element.js';
import { resolveAgainstPage } from '../core/page-url.js';
import { themeTokens } from '../core/theme.js';
import { BreakpointController } from '../core/breakpoint-controller.js';
import { quote } from '../core/quote.js';
import { VisibilityController } from '../core/visibility-controller.js';
import { SLICE_MS, yieldToBackground } from '../core/yield-to-main.js';
import { finderStyles } from './finder.styles.js';
import { positionProblemText, renderControls } from './finder-controls.js';
import { FinderAnnouncer, type FinderAnnouncement } from './finder-announcer.js';
import { FinderMapController } from './finder-map-controller.js';
import { mapWording, tileAttribution } from './finder-map-wording.js';
import { findLocations, nearestFirst, searchIndexFor } from './finder-results.js';
import { filterChoices } from './location-summary.js';
import { distanceText, renderLocation } from './finder-view.js';
import { readAllUrl, renderAllLink } from './all-link.js';
import { distanceMetres } from './directions.js';
import { boundedQuery, type LocationSearchIndex } from './location-search.js';
import { FinderData } from './finder-data.js';
import type { LocationProperties, LocationSet, MppLocation } from './locations.js';
import { nearMeProblem, PositionController } from './position-controller.js';
import { ProvinceFilter } from './province-attribute.js';
import './translations.js';

/** The finder's owner hints and the province aliases: one chunk, loaded when first needed. */
const loadFinderHints = () => import('./finder-hints.js');

/** `detail` of `mpp-select`. */
export interface FinderSelectDetail {
  id: string;
  properties: LocationProperties;
  /** `[longitude, latitude]`, as in GeoJSON. */
  coordinates: [number, number];
}

interface PreparedLocations {
  set: LocationSet;
  services: string[];
  provinces: { code: string; name: string }[];
  searchIndex?: LocationSearchIndex<MppLocation>;
}

const VIEWS = ['both', 'map', 'list'] as const;

/** Results drawn at first; "show more" adds this many again (long lists stay light on phones). */
const PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 500;

/**
 * Narrower than this (CSS px), the finder is a list: a 300 px sidebar gets no map. 320 px is
 * the narrowest layout the map is made for (WCAG's reflow width), so phones keep theirs.
 */
const MAP_MIN_WIDTH = 320;

/**
 * Find a public service mall (MPP): search, filters, a list with today's hours and
 * directions, and a map that loads only when it is seen.
 *
 * @tagname mpp-finder
 * @summary Map and list of public service malls with search, opening hours and directions.
 *
 * Data may also be given inline, as a child `<script type="application/json">` (used when
 * there is no `src`; other children are ignored); a patch and a holiday calendar likewise, in
 * scripts marked `data-patch` and `data-holidays`.
 *
 * @attr {string} lang - Language (`id`, `en`, …); inherited from the closest ancestor or `<html lang>`.
 *
 * @fires {CustomEvent<FinderSelectDetail>} mpp-select - A location was chosen in the list or on the map. `detail: { id, properties, coordinates }`.
 * @fires {CustomEvent<MppErrorDetail>} mpp-error - The locations or a setting could not be used. `detail: { code, message, url?, issues? }`.
 *
 * @csspart base - The whole finder.
 * @csspart controls - Search, filters and "near me".
 * @csspart search - The search field.
 * @csspart count - "288 MPPs found".
 * @csspart list - The list of results.
 * @csspart item - One result.
 * @csspart item-name - The name button of a result (selects it).
 * @csspart status - "Open now" / "Closed" / a holiday ("Closed — public holiday (…)").
 * @csspart upcoming-holiday - A holiday of the coming days that changes the hours.
 * @csspart operating-status - Moved, relocating, temporarily closed… with the data's note.
 * @csspart approximate - "approximate location" tag.
 * @csspart map - The map area.
 * @csspart empty - Message shown when nothing matches.
 * @csspart skeleton - Placeholder while the locations load.
 * @csspart error - The error message.
 * @csspart retry-button - "Try again" in the error message.
 * @csspart all-link - "See all MPPs", the link to a full page (`all-url`).
 *
 * @cssprop --mpp-color-primary - Accent (markers, buttons, selection). Default `#0b57a4`.
 * @cssprop --mpp-color-on-primary - Text on the accent. Default `#ffffff`.
 * @cssprop --mpp-color-surface - Background. Default `#ffffff`.
 * @cssprop --mpp-color-text - Text. Default `#1b1f24`.
 * @cssprop --mpp-color-muted - Secondary text. Default `#4f5965`.
 * @cssprop --mpp-color-border - Borders. Default `#767f8a`.
 * @cssprop --mpp-color-success - "Open now". Default `#0f6b2f`.
 * @cssprop --mpp-color-danger - "Closed", errors. Default `#b3261e`.
 * @cssprop --mpp-color-warning - A holiday with uncertain hours. Default `#8a4b00`.
 * @cssprop --mpp-font-family - Font. Default `inherit`.
 * @cssprop --mpp-radius - Corner radius. Default `0.5rem`.
 * @cssprop --mpp-space - Spacing unit. Default `0.5rem`.
 * @cssprop --mpp-finder-height - Height of the finder at every width (the list scrolls inside);
 *   a height given to the element itself works alike. Default: none (narrow finders grow with
 *   their list; wide ones take `height`).
 */
export class MppFinder extends MppElement {
  // Declared statically, like its base class's (see MppElement).
  static override properties: PropertyDeclarations = {
    src: {},
    patch: {},
    holidays: {},
    province: {},
    service: {},
    query: {},
    selected: {},
    view: {},
    noMap: { type: Boolean, attribute: 'no-map' },
    nearMe: { type: Boolean, attribute: 'near-me' },
    center: {},
    zoom: { type: Number },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    height: {},
    maxResults: { type: Number, attribute: 'max-results' },
    mapMinWidth: { type: Number, attribute: 'map-min-width' },
    allUrl: { attribute: 'all-url' },
    shown: { state: true, attribute: false },
  };

  static override styles = [themeTokens, finderStyles];

  /** URL of a locations document (GeoJSON); without it the bundled national MPP list is used. */
  src = '';

  /**
   * URL of a patch: a GeoJSON FeatureCollection correcting or adding locations by `id` (also
   * inline, as a child `<script type="application/json" data-patch>`).
   */
  patch = '';

  /**
   * URL of a holiday calendar extending the bundled one (years it does not cover, regional
   * closures, a moved Idulfitri); also inline as `<script type="application/json" data-holidays>`.
   */
  holidays = '';

  /** Province: Kemendagri code (`32`) or name (`Jawa Barat`). */
  province = '';

  /** Catalogue service id: only locations that list it. */
  service = '';

  /** Search text; follows what the visitor types. At most 120 characters (longer is cut). */
  query = '';

  /** Id of the selected location (e.g. `mpp-3203`). */
  selected = '';

  /** `both` (map and list), `map` or `list`. */
  view: 'both' | 'map' | 'list' = 'both';

  /** List only: Leaflet is never loaded. */
  noMap = false;

  /** Show a "near me" button (asks for the position only when pressed). */
  nearMe = false;

  /** Initial map centre, `"lat,lon"` (default: fit the results). */
  center = '';

  /** Initial map zoom, 5–18 (with `center`). */
  zoom?: number;

  /** Tile URL template. Default: OpenStreetMap's standard tiles (see README for their policy). */
  tileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  /** Attribution of the tiles, as text. */
  tileAttribution = '';

  /** Height of the widget, a CSS length. */
  height = '480px';

  /** How many results the list shows at first and adds with each "Show more", 1–500. */
  maxResults: number = PAGE_SIZE;

  /**
   * Narrower than this many CSS pixels, the finder shows only its list and never loads the
   * map (`0`: always a map where the view has one).
   */
  mapMinWidth: number = MAP_MIN_WIDTH;

  /**
   * URL of a page with every MPP: adds a "See all MPPs" link under the list (http or https
   * only; relative URLs are resolved against the page).
   */
  allUrl = '';

  private shown = PAGE_SIZE;

  private readonly data = new FinderData(this, {
    locationsUrl: () => this.srcUrl,
    patchUrl: () => this.patchUrl,
    holidaysUrl: () => this.holidaysUrl,
    timeoutMs: () => this.timeout,
    onError: (error) => this.reportError(error),
    onCalendarGap: ({ years }) =>
      console.warn(
        `[mpp-widgets] <mpp-finder>: the holiday calendar covers ${years.join(', ')}, not this year: ` +
          'public holidays and cuti bersama are not taken into account. Give an up-to-date calendar ' +
          'with holidays="URL" or a child <script type="application/json" data-holidays> (README: Holidays).',
      ),
    onManyLocationsDownloading: () => this.map.expectMany(),
    onManyLocationsComing: () => {
      this.manyLocationsComing = true;
      this.requestUpdate();
      // A page's first number format loads its language's data: made now, in a task of its
      // own while the document is read, not in the one that shows the list with its count.
      setTimeout(() => formatNumber(0, this.locale));
    },
    onManyLocationsParsed: (document) => {
      // Its points are the map's first results only when nothing filters them: else the
      // worker would index them for nothing (an index is only reused for the same points).
      const filtered = [this.query, this.province, this.service, this.patch].some((value) =>
        value.trim(),
      );
      return this.mapComing && !filtered ? this.map.prepareForMany(document) : undefined;
    },
    onWorkerRefused: () =>
      this.ownerHints.note('worker', '', () =>
        loadFinderHints().then((hints) => hints.workerRefusedHint()),
      ),
  });
  private readonly clock = new ClockController(this, 60_000);
  private readonly visibility = new VisibilityController(this);
  private readonly narrow = new BreakpointController(this, () => this.mapMinWidth);
  /** `all-url` as a checked link, if it is one. */
  private allHref?: string;
  private readonly position = new PositionController(this);
  private readonly announcer = new FinderAnnouncer(this);
  private readonly provinceFilter = new ProvinceFilter(
    this,
    this.ownerHints,
    loadFinderHints,
    (error) => this.reportOnce(error),
  );
  /** Set by "try again": the focus follows the finder until its results (or error) are back. */
  private focusAfterLoad = false;
  private readonly map = new FinderMapController(this, {
    // Marker labels are asked for later, outside rendering: each answers in our language.
    wording: () => mapWording(this.locale, (work) => this.inOwnLocale(work)),
    attribution: () => this.inOwnLocale(() => tileAttribution(this.tileAttribution)),
    tileUrl: () => this.tileUrl,
    initialView: () => this.startView,
    onSelect: (location) => this.choose(location, false),
    onError: (error) => this.reportError(error),
  });
  private prepared?: PreparedLocations;
  /** The document being read is large: the map need not wait for it (see `updated`). */
  private manyLocationsComing = false;
  /**
   * `src` resolved once, when it changes: a single-page app that changes the page URL must not
   * make a relative `src` point elsewhere. A URL that cannot be parsed is kept as written, and
   * fetching it fails as a `network` error.
   */
  private srcUrl?: string;
  private patchUrl?: string;
  private holidaysUrl?: string;
  private startView: { center?: [number, number]; zoom?: number } = {};
  /** The locations that match the search and filters, in search order (what the map shows). */
  private matching: MppLocation[] = [];
  private matchKey: unknown[] = [];
  /** The list's order: the matches, nearest first once the visitor's position is known. */
  private results: MppLocation[] = [];
  private sortedFor: unknown[] = [];
  /** The selected id the list was last scrolled to (a selection may arrive before the data). */
  private scrolledTo = '';
  private reported = new Set<string>();

  private get locations(): readonly MppLocation[] {
    return this.data.set?.locations ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) {
      this.srcUrl = resolveAgainstPage(this.src);
      this.manyLocationsComing = false;
      this.map.expectMany(false);
    }
    if (changed.has('patch')) this.patchUrl = resolveAgainstPage(this.patch);
    if (changed.has('holidays')) this.holidaysUrl = resolveAgainstPage(this.holidays);
    if (changed.has('view') && !VIEWS.includes(this.view)) {
      this.reportInvalidAttribute('view', this.view, 'both');
      this.view = 'both';
    }
    if (changed.has('center') || changed.has('zoom')) this.startView = this.readStartView();
    if (changed.has('maxResults')) {
      this.maxResults = this.keepInRange(
        'max-results',
        this.maxResults,
        1,
        MAX_PAGE_SIZE,
        PAGE_SIZE,
      );
      this.shown = this.maxResults;
    }
    if (changed.has('mapMinWidth')) {
      this.mapMinWidth = this.keepInRange(
        'map-min-width',
        this.mapMinWidth,
        0,
        10_000,
        MAP_MIN_WIDTH,
      );
    }
    if (changed.has('allUrl'))
      this.allHref = readAllUrl(this.allUrl, (error) => this.reportError(error));
    // As the search box's maxlength does for what is typed or pasted: a long `query` set by a
    // script costs every keystroke and every render otherwise.
    if (changed.has('query')) this.query = boundedQuery(this.query);
    if (changed.has('nearMe')) this.checkNearMe();
    if (changed.has('height') && !this.heightIsValid()) {
      this.reportInvalidAttribute('height', this.height, '480px');
    }
    this.data.sync();
    const loaded = this.data.set;
    const prepared = loaded && this.prepare(loaded);
    if (loaded) this.checkAttributes();
    // Until `province` is understood the results are not known yet (nor announced).
    const set = this.provinceFilter.loading ? undefined : loaded;
    const previousMatchKey = this.matchKey;
    const near = this.position.status === 'known' ? this.position.position : undefined;
    const service = prepared?.services.length ? this.service.trim() : '';
    // Same inputs, same array: the map re-clusters only when the matches really change. The
    // map gets them in search order; only the list is re-sorted by distance ("near me"), so
    // finding the visitor does not re-cluster or re-fit the map.
    const matchKey = [set, this.query, this.provinceFilter.code, service];
    if (matchKey.some((value, i) => value !== this.matchKey[i])) {
      this.matchKey = matchKey;
      const query = this.query.trim();
      this.matching = set
        ? findLocations(set.locations, {
            matches: query ? this.searchIndex().search(query) : undefined,
            provinceCode: this.provinceFilter.code,
            service,
          })
        : [];
    }
    if (this.matching !== this.sortedFor[0] || near !== this.sortedFor[1]) {
      this.sortedFor = [this.matching, near];
      this.results = near ? nearestFirst(this.matching, near) : this.matching;
    }
    if (changed.has('query') || changed.has('province') || changed.has('service')) {
      this.shown = this.maxResults;
    }
    if (this.selected && this.selected !== this.scrolledTo) {
      if (this.results.some(({ id }) => id === this.selected)) this.scrollListTo(this.selected);
    }
    // Not on the first results of a document (nothing was asked yet), but after every search
    // or filter change; re-sorting by distance is announced by "near me" itself.
    if (set && this.matchKey !== previousMatchKey && previousMatchKey[0] === set) {
      this.announcer.announce({ kind: 'count', count: this.matching.length }, true);
    }
    this.state = this.data.error
      ? 'error'
      : !set
        ? 'loading'
        : this.results.length
          ? 'ready'
          : 'empty';
  }

  protected override updated(): void {
    if (this.focusAfterLoad) this.keepFocusWhileReloading();
    // The height goes through the CSSOM, not a style attribute (Lit's styleMap writes the
    // attribute on first render): strict CSPs without 'unsafe-inline' refuse style attributes.
    this.renderRoot
      .querySelector<HTMLElement>('.finder')
      ?.style.setProperty('--_finder-height', this.heightIsValid() ? this.height : '480px');
    this.map.sync({
      wanted: this.hasMap && this.state !== 'error',
      visible: this.visibility.seen,
      container: this.renderRoot.querySelector<HTMLElement>('.map'),
      loaded: this.prepared !== undefined && this.prepared.set === this.data.set,
      manyComing: this.manyLocationsComing && this.state === 'loading',
      results: this.matching,
      selectedId: this.selected,
      visitor: this.position.status === 'known' ? this.position.position : undefined,
      nearest: this.results.slice(0, 3),
    });
  }

  /** `height` is a CSS length. A server renderer cannot tell: the browser checks it. */
  private heightIsValid(): boolean {
    return isServer || CSS.supports('height', this.height);
  }

  // Attributes that need the data to be understood; each problem is reported once.
  private checkAttributes(): void {
    const locations = this.locations;
    this.provinceFilter.read(this.data.set, locations);
    const service = this.service.trim();
    if (service && !this.prepared?.services.length) {
      this.reportOnce(
        new MppError(
          'attribute',
          `service=${quote(service)} ignored: no location in the data lists services`,
        ),
      );
    }
    const selected = this.selected.trim();
    if (selected && !locations.some((location) => location.id === selected)) {
      this.reportOnce(new MppError('not-found', `No location with id ${quote(selected)}`));
    }
  }

  /** `near-me` on a page that cannot have it: the button stays hidden, the owner learns why. */
  private checkNearMe(): void {
    if (this.nearMe && nearMeProblem() === 'insecure-page') {
      this.ownerHints.note('near-me', '', () =>
        loadFinderHints().then((hints) => hints.nearMeHint()),
      );
    } else this.ownerHints.drop('near-me');
  }

  /** What is derived once per locations document. */
  private prepare(set: LocationSet): PreparedLocations {
    if (this.prepared?.set === set) return this.prepared;
    this.prepared = { set, ...(set.choices ?? filterChoices(set.locations)) };
    this.reportWarnings(set);
    void this.buildSearchIndex(this.prepared);
    return this.prepared;
  }

  // The search index (≈ 0.1 s per 10,000 locations) is not needed for the first frame: it is
  // built in slices at background priority, once the map has drawn its first markers (the
  // clustering worker's answers, drawing), ready for the first keystroke (which finishes it
  // at once if it comes earlier).
  private async buildSearchIndex(prepared: PreparedLocations): Promise<void> {
    // On a phone's few cores the index would hold back the map's first markers (its
    // clustering worker, drawing).
    await yieldToBackground();
    await this.map.settled();
    // Another document, or removed: nothing to build now (a first keystroke builds the rest).
    const current = () => this.prepared === prepared && this.isConnected;
    if (!current()) return;
    const index = this.searchIndex();
    while (current() && !index.prepareFor(SLICE_MS)) await yieldToBackground();
  }

  private searchIndex(): LocationSearchIndex<MppLocation> {
    const prepared = this.prepared!;
    prepared.searchIndex ??= searchIndexFor(prepared.set.locations);
    return prepared.searchIndex;
  }

  private reportOnce(error: MppError): void {
    if (this.reported.has(error.message)) return;
    this.reported.add(error.message);
    this.reportError(error);
  }

  private reportWarnings({ warnings }: LocationSet): void {
    if (!warnings.count) return;
    warnSiteOwner(
      this.tagName,
      new MppError(
        'schema',
        'Some opening hours need fixing: unreadable ones are shown as not available, ' +
          'repeated or overlapping times once',
        {
          url: this.src.trim() || undefined,
          ...warnings.details,
        },
      ),
    );
  }

  /**
   * After "try again" the button is gone: the focus waits on the loading placeholder, then
   * goes to the result count (or the "nothing matches" message), or back to the new "try
   * again" if it failed again — never to the page's <body>.
   */
  private keepFocusWhileReloading(): void {
    if (this.state === 'loading') {
      this.renderRoot.querySelector<HTMLElement>('.skeleton')?.focus();
      return;
    }
    this.focusAfterLoad = false;
    if (this.state === 'error') {
      this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
    } else {
      this.focusResults();
    }
  }

  /** The focus to the start of the results: their count, or the "nothing matches" message. */
  private focusResults(): void {
    this.renderRoot.querySelector<HTMLElement>('.count, .empty, .skeleton')?.focus();
  }

  /** The focus to a result's name button (scrolling it into view). */
  private focusResult(id: string | undefined): void {
    if (id === undefined) return;
    this.renderRoot
      .querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="item-name"]`)
      ?.focus();
  }

  private choose(location: MppLocation, fromList: boolean): void {
    this.selected = location.id;
    this.scrolledTo = location.id; // chosen in the list: it is in view already
    dispatchMppEvent(this, 'mpp-select', {
      id: location.id,
      // A copy: the page may change it, and the bundled list's objects are shared by every finder.
      properties: structuredClone(location.properties),
      coordinates: [location.lon, location.lat],
    });
    if (fromList) {
      this.map.reveal(location.id);
    } else {
      this.scrollListTo(location.id);
    }
  }

  /**
   * Brings a result into view once rendered by scrolling the list, never the page: a choice
   * on the map keeps the visitor (and the keyboard focus) on the map; the list item is marked
   * and, where the list flows with the page (phones), found below the map.
   */
  private scrollListTo(id: string): void {
    this.scrolledTo = id;
    void this.updateComplete.then(() => {
      const list = this.renderRoot.querySelector<HTMLElement>('.results');
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
      if (!list || !item) return;
      if (list.scrollHeight <= list.clientHeight) return;
      const top = item.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = top;
      }
    });
  }

  /** `center` and `zoom`, when given and valid (else the map fits the results). */
  private readStartView(): { center?: [number, number]; zoom?: number } {
    const zoom =
      this.zoom === undefined ? undefined : this.keepInRange('zoom', this.zoom, 5, 18, 12);
    const text = this.center.trim();
    if (!text) {
      if (zoom !== undefined)
        this.reportInvalidAttribute('zoom', zoom, 'fit to results (zoom needs center)');
      return {};
    }
    const parts = text.split(',');
    const [lat, lon] = parts.map((part) => (part.trim() ? Number(part) : NaN));
    if (parts.length !== 2 || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      this.reportInvalidAttribute('center', text, 'fit to results');
      return {};
    }
    return { center: [lat, lon], zoom: zoom ?? 12 };
  }

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private readonly onProvince = (event: Event) => {
    this.province = (event.target as HTMLSelectElement).value;
  };

  private readonly onService = (event: Event) => {
    this.service = (event.target as HTMLSelectElement).value;
  };

  // The button stays enabled (aria-disabled while asking) so the focus stays on it; the
  // outcome is announced once, and a refusal is also shown next to it.
  private readonly locate = async () => {
    if (this.position.status === 'asking') return;
    await this.position.locate();
    const status = this.position.status;
    if (status === 'known') this.announcer.announce({ kind: 'nearest' });
    else if (status === 'denied' || status === 'unavailable')
      this.announcer.announce({ kind: 'position', problem: status });
  };

  /** The next page of results; the focus moves to the first of them, the number added said. */
  private readonly showMore = () => {
    const first = this.shown;
    const added = Math.min(this.maxResults, this.results.length - first);
    this.shown += this.maxResults;
    this.announcer.announce({ kind: 'more', added });
    void this.updateComplete.then(() => this.focusResult(this.results[first]?.id));
  };

  private readonly retry = () => {
    this.focusAfterLoad = true;
    this.data.reload();
  };

  /**
   * The map is part of the layout: not `no-map`, not `view="list"`, and the finder measured
   * at least `map-min-width` wide (not before it was measured: Leaflet is not fetched for a
   * sidebar that turns out narrow).
   */
  private get hasMap(): boolean {
    return !this.noMap && this.view !== 'list' && this.narrow.below === false;
  }

  /**
   * The map is wanted and the element has been seen: it will be made (for many locations,
   * before the list).
   */
  private get mapComing(): boolean {
    return this.hasMap && this.visibility.seen;
  }

  override render() {
    return html`<div
      part="base"
      class="finder view-${this.hasMap && !this.map.failed ? this.view : 'list'} state-${this.state}"
      lang=${this.locale}
    >
      ${this.ownerHints.render()}
      ${this.state === 'error' ? this.renderFailure() : this.renderFinder()}
      ${renderAllLink(this.allHref)}
    </div>`;
  }

  private renderFailure() {
    const error = this.data.error!;
    return renderError(
      msg('The MPP finder cannot be shown right now.', { id: 'finder.error.headline' }),
      describeError(error),
      this.retry,
    );
  }

  private renderFinder() {
    const loading = this.state === 'loading';
    return html`
      ${renderControls({
        query: this.query,
        provinceCode: this.provinceFilter.code,
        service: this.service,
        provinces: this.prepared?.provinces ?? [],
        services: this.prepared?.services ?? [],
        loading,
        nearMe: this.nearMe && PositionController.supported ? this.position.status : undefined,
        onSearch: this.onSearch,
        onProvince: this.onProvince,
        onService: this.onService,
        onNearMe: this.locate,
      })}
      <div class="body">
        ${this.hasMap ? this.map.render(this.renderSkipLink()) : nothing}
        <div class="results">
          ${
            loading
              ? html`<div class="skeleton" part="skeleton" tabindex="-1">
                  <span class="visually-hidden">${msg('Loading…', { id: 'finder.loading' })}</span>
                </div>`
              : this.renderResults()
          }
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.announcementText(this.announcer.current)}</p>
    `;
  }

  /**
   * Before the map, and first in the tab order after the controls: the map (zoom buttons, a
   * marker per location) is many Tab presses long, and on phones it sits above the list.
   * Shown when focused.
   */
  private renderSkipLink() {
    if (this.view === 'map' && this.state !== 'empty') return nothing;
    return html`<button type="button" class="skip-map" @click=${this.skipMap}>
      ${msg('Skip the map', { id: 'finder.map.skip' })}
    </button>`;
  }

  private readonly skipMap = () => this.focusResults();

  /**
   * The first `shown` results, and the selected one wherever it is: a location chosen on the
   * map or by `selected` is always in the list without drawing every row above it.
   */
  private visibleResults(): MppLocation[] {
    const first = this.results.slice(0, this.shown);
    if (!this.selected || first.some(({ id }) => id === this.selected)) return first;
    const selected = this.results.find(({ id }) => id === this.selected);
    return selected ? [...first, selected] : first;
  }

  private countText(count: number): string {
    const formatted = formatNumber(count, this.locale);
    if (count === 0) return msg('No matching MPP.', { id: 'finder.count.none' });
    return pluralCategory(count, this.locale) === 'one'
      ? msg(str`${formatted} MPP found`, { id: 'finder.count.one' })
      : msg(str`${formatted} MPPs found`, { id: 'finder.count.other' });
  }

  private announcementText(what: FinderAnnouncement | undefined): string {
    if (!what) return '';
    const locale = this.locale;
    switch (what.kind) {
      case 'count':
        return this.countText(what.count);
      case 'more': {
        const added = formatNumber(what.added, locale);
        return pluralCategory(what.added, locale) === 'one'
          ? msg(str`${added} more MPP shown`, { id: 'finder.more.one' })
          : msg(str`${added} more MPPs shown`, { id: 'finder.more.other' });
      }
      case 'nearest': {
        const nearest = this.results[0];
        const visitor = this.position.position;
        if (!nearest || !visitor) return '';
        const name = textIn(nearest.name, locale);
        const distance = distanceText(
          distanceMetres(visitor, nearest),
          nearest.approximate,
          locale,
        );
        return msg(str`Sorted nearest first. Nearest: ${name}, ${distance}.`, {
          id: 'finder.nearMe.sorted',
        });
      }
      case 'position':
        return positionProblemText(what.problem);
    }
  }

  private renderResults() {
    const { results, locale } = this;
    if (!results.length) {
      return html`<div part="empty" class="empty" tabindex="-1">
        <p>
          ${msg('No MPP matches. Try other words or choose all provinces.', { id: 'finder.empty' })}
        </p>
      </div>`;
    }
    const now = new Date(this.clock.now);
    const visitor = this.position.status === 'known' ? this.position.position : undefined;
    const more = results.length - this.shown;
    return html`
      <p part="count" class="count" tabindex="-1">
        ${this.countText(results.length)}${visitor ? html` · ${msg('nearest first', { id: 'finder.nearestFirst' })}` : nothing}
      </p>
      <ul part="list" class="list" aria-label=${msg('MPP list', { id: 'finder.list' })}>
        ${this.visibleResults().map((location) =>
          renderLocation({
            location,
            locale,
            now,
            selected: location.id === this.selected,
            calendar: this.data.calendar,
            visitor,
            onSelect: (chosen) => this.choose(chosen, true),
          }),
        )}
      </ul>
      ${
        more > 0
          ? html`<button type="button" class="button more" @click=${this.showMore}>
              ${msg(str`Show ${formatNumber(more, locale)} more`, { id: 'finder.showMore' })}
            </button>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mpp-finder': MppFinder;
  }
  interface GlobalEventHandlersEventMap {
    'mpp-select': CustomEvent<FinderSelectDetail>;
  }
}
