// The MPP profile editor (demo/profile-editor.html): a Pemda officer picks their MPP from the
// bundled list, corrects address, contact, services, hours and position, sees the finder with
// the correction, and takes it away as a snippet, a patch file or a correction request. Part of
// the demo site, not of the library; shares the configurator's snippets, copy and texts.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import catalog from '../../src/data/catalog.json';
import locations from '../../src/data/locations.json';
import { textIn } from '../../src/core/localized-text.js';
import { parseOpeningHours } from '../../src/finder/opening-hours.js';
import { SnippetCopyButtons } from '../configurator/clipboard.js';
import { TEXT, type Language } from '../configurator/configurator-text.js';
import { loadRelease } from '../configurator/release.js';
import type { Release } from '../configurator/snippets.js';
import { formOf, TYPICAL_FORM, writeOpeningHours, type HoursForm } from './hours-form.js';
import { hoursFormView } from './hours-fieldset.js';
import { describeOpeningHours } from './hours-words.js';
import { PositionMap } from './position-map.js';
import { positionText, readPosition, type PositionProblem } from './position.js';
import { EDITOR_TEXT } from './profile-editor-text.js';
import {
  changesOf,
  correctionRequest,
  hostedPatchSnippet,
  inlinePatchSnippet,
  newIssueUrl,
  patchFileName,
  patchJson,
  patchOf,
  previewMarkup,
  profileOf,
  type Profile,
  type ProfileSource,
} from './profile-patch.js';

type Feature = (typeof locations.features)[number];
const FEATURES: Feature[] = [...locations.features].sort((a, b) =>
  a.properties.name.localeCompare(b.properties.name, 'id'),
);
const CATALOG_IDS = catalog.services.map(({ id }) => id);
const searchable = ({ properties }: Feature) =>
  `${properties.name} ${properties.regency} ${properties.province}`.toLowerCase();

/** "MPP Kabupaten Cianjur (Jawa Barat)": the part that tells MPPs apart fits a phone's select. */
const optionName = ({ name, province }: Feature['properties']) =>
  `${name.replace(/^Mal Pelayanan Publik /, 'MPP ')} (${province})`;

const sourceOf = ({ properties, geometry }: Feature): ProfileSource => ({
  ...properties,
  position: [geometry.coordinates[0], geometry.coordinates[1]],
});

/** How long edits settle before the preview is rebuilt and the change is announced. */
const SETTLE_MS = 600;

export class ProfileEditor extends LitElement {
  /** Language of the editor's texts (follows the page's toggle). */
  @property() language: Language = 'id';
  /** Id of the MPP to open with (e.g. `mpp-3203`); the first of the list otherwise. */
  @property() mpp = '';
  /** Map tiles of the position map and the preview (tests use local tiles). */
  @property({ attribute: 'tile-url' }) tileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  @state() private filter = '';
  @state() private original!: Profile;
  @state() private edited!: Profile;
  /** The form the data's hours read into, or undefined when they cannot be (or there are none). */
  @state() private initialForm?: HoursForm;
  @state() private form?: HoursForm;
  @state() private coordinates = '';
  @state() private positionProblem?: PositionProblem;
  @state() private fileUrl = '';
  @state() private release: Release = { version: '0' };
  private readonly copyButtons = new SnippetCopyButtons(this);
  /** The patch the preview shows and the announcement is about, once edits settle. */
  @state() private settledPatch = '';
  @state() private announcement = '';
  private settleTimer?: ReturnType<typeof setTimeout>;
  private downloadUrl = '';
  private positionMap?: PositionMap;

  // Light DOM: the demo page's stylesheet styles the form, as in the configurator.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadRelease().then((release) => (this.release = release));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
    this.positionMap?.remove();
    this.positionMap = undefined;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  private get feature(): Feature {
    return FEATURES.find(({ properties }) => properties.id === this.mpp) ?? FEATURES[0];
  }

  private get text() {
    return EDITOR_TEXT[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const opened = changed.has('mpp') || !this.original;
    if (opened) this.open(this.feature);
    // The preview and the announcement follow once edits settle; a newly opened MPP at once.
    const patch = patchJson(this.patch);
    if (patch === this.settledPatch) return;
    clearTimeout(this.settleTimer);
    if (opened) this.settledPatch = patch;
    else
      this.settleTimer = setTimeout(() => {
        this.settledPatch = patch;
        this.announcement = this.text.announce(this.changes.length);
      }, SETTLE_MS);
  }

  private open(feature: Feature) {
    this.mpp = feature.properties.id;
    this.original = this.edited = profileOf(sourceOf(feature));
    const hours = this.original.openingHours;
    let form: HoursForm | undefined;
    try {
      form = hours ? formOf(parseOpeningHours(hours)) : undefined;
    } catch {
      form = undefined;
    }
    this.initialForm = this.form = form;
    this.coordinates = '';
    this.positionProblem = undefined;
    this.fileUrl = `/${patchFileName(this.mpp)}`;
    const [lon, lat] = this.original.position;
    void this.positionMap?.show(lat, lon);
  }

  /** Hours as the form writes them; the data's own text while the form is untouched. */
  private setForm(form: HoursForm | undefined) {
    this.form = form;
    const untouched = JSON.stringify(form) === JSON.stringify(this.initialForm);
    this.edited = {
      ...this.edited,
      openingHours: !form || untouched ? this.original.openingHours : writeOpeningHours(form),
    };
  }

  private setPosition(lat: number, lon: number) {
    const reading = readPosition(positionText(lat, lon));
    if (!reading.ok) {
      this.positionProblem = reading.problem;
      return;
    }
    this.positionProblem = undefined;
    this.edited = { ...this.edited, position: [reading.lon, reading.lat] };
  }

  private useCoordinates = () => {
    const reading = readPosition(this.coordinates);
    if (!reading.ok) {
      this.positionProblem = reading.problem;
      return;
    }
    this.setPosition(reading.lat, reading.lon);
    void this.positionMap?.show(reading.lat, reading.lon);
  };

  protected override firstUpdated(): void {
    const container = this.querySelector<HTMLElement>('.position-map')!;
    this.positionMap = new PositionMap(container, {
      tileUrl: this.tileUrl,
      attribution: '',
      label: this.text.mapLabel,
      onPick: (lat, lon) => this.setPosition(lat, lon),
    });
    const [lon, lat] = this.original.position;
    void this.positionMap.show(lat, lon);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.positionMap?.setLabel(this.text.mapLabel);
  }

  private get changes() {
    return changesOf(this.original, this.edited);
  }

  private get patch() {
    return patchOf(this.mpp, this.edited, this.changes);
  }

  private edit = (field: 'address' | 'phone' | 'website') => (event: Event) => {
    this.edited = { ...this.edited, [field]: (event.target as HTMLInputElement).value };
  };

  private toggleService = (id: string) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const chosen = new Set(this.edited.services);
    if (on) chosen.add(id);
    else chosen.delete(id);
    const unknown = this.edited.services.filter((service) => !CATALOG_IDS.includes(service));
    this.edited = {
      ...this.edited,
      services: [...CATALOG_IDS.filter((service) => chosen.has(service)), ...unknown],
    };
  };

  override render() {
    const { text, changes, patch } = this;
    const copyText = TEXT[this.language];
    const name = this.feature.properties.name;
    const fileName = patchFileName(this.mpp);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(
      new Blob([`${JSON.stringify(patch, null, 2)}\n`], { type: 'application/json' }),
    );
    const request = correctionRequest(name, patch, changes, text.requestWords);
    const issueUrl =
      changes.length > 0
        ? newIssueUrl(this.release.repository, text.requestWords.title(name, this.mpp), request)
        : undefined;
    const outputs: [string, string, string][] = [
      ['inline', text.inlineSnippet, inlinePatchSnippet(patch, this.release)],
      ['file', text.fileSnippet, hostedPatchSnippet(this.mpp, this.fileUrl, this.release)],
      ['request', text.request, request],
    ];
    return html`
      <form class="configurator profile-form" @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderChoice()} ${this.renderContact()} ${this.renderHours()}
        ${this.renderPosition()}
      </form>
      <section class="profile-results" aria-labelledby="results-title">
        <h2 id="results-title">${text.results}</h2>
        ${
          changes.length
            ? html`<h3>${text.changes}</h3>
                <ul class="changes">
                  ${changes.map(
                    ({ field, after }) =>
                      html`<li><strong>${text.fields[field]}:</strong> ${after}</li>`,
                  )}
                </ul>`
            : html`<p class="note">${text.noChanges}</p>`
        }
        ${outputs.map(
          ([kind, title, snippet]) =>
            html`<div class="snippet" data-kind=${kind}>
              <h3>${title}</h3>
              ${
                kind === 'file'
                  ? html`<label
                        >${text.fileUrl}
                        <input
                          type="text"
                          name="fileUrl"
                          .value=${this.fileUrl}
                          @input=${(e: Event) =>
                            (this.fileUrl = (e.target as HTMLInputElement).value)}
                      /></label>
                      <p>
                        <a class="download" href=${this.downloadUrl} download=${fileName}
                          >${text.download(fileName)}</a
                        >
                      </p>
                      <p class="note">${text.fileNote}</p>`
                  : kind === 'request'
                    ? html`<p class="note">${text.requestNote}</p>
                        ${
                          issueUrl
                            ? html`<p>
                                <a class="download" href=${issueUrl} target="_blank" rel="noopener"
                                  >${text.openIssue}</a
                                >
                              </p>`
                            : nothing
                        }`
                    : nothing
              }
              <pre><code>${snippet}</code></pre>
              ${this.copyButtons.button(kind, snippet, copyText)}
            </div>`,
        )}
        <h3>${copyText.preview}</h3>
        <p class="note">${text.previewNote}</p>
        <div
          class="preview-box"
          .innerHTML=${
            this.settledPatch
              ? previewMarkup(
                  JSON.parse(this.settledPatch),
                  this.tileUrl,
                  this.feature.properties.provinceCode,
                )
              : ''
          }
        ></div>
      </section>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  private renderChoice() {
    const { text } = this;
    const query = this.filter.trim().toLowerCase();
    const shown = FEATURES.filter(
      (feature) =>
        feature.properties.id === this.mpp || !query || searchable(feature).includes(query),
    );
    return html`<fieldset>
      <legend>${text.chooseLegend}</legend>
      <label
        >${text.filter}
        <input
          type="search"
          name="filter"
          .value=${this.filter}
          aria-describedby="mpp-matches"
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
      /></label>
      <p id="mpp-matches" class="note">${text.matches(shown.length)}</p>
      <label
        >${text.mpp}
        <select
          name="mpp"
          @change=${(e: Event) => (this.mpp = (e.target as HTMLSelectElement).value)}
        >
          ${shown.map(
            ({ properties }) =>
              html`<option value=${properties.id} ?selected=${properties.id === this.mpp}>
                ${optionName(properties)}
              </option>`,
          )}
        </select></label
      >
    </fieldset>`;
  }

  private renderContact() {
    const { text, edited } = this;
    return html`<fieldset>
        <legend>${text.contactLegend}</legend>
        <label
          >${text.fields.address}
          <textarea
            name="address"
            rows="3"
            .value=${edited.address}
            @input=${this.edit('address')}
          ></textarea>
        </label>
        <label
          >${text.fields.phone}
          <input type="tel" name="phone" .value=${edited.phone} @input=${this.edit('phone')}
        /></label>
        <label
          >${text.fields.website}
          <input
            type="url"
            name="website"
            .value=${edited.website}
            placeholder="https://"
            @input=${this.edit('website')}
        /></label>
        <p class="note">${text.emptyNote}</p>
      </fieldset>
      <fieldset class="services">
        <legend>${text.servicesLegend}</legend>
        ${catalog.services.map(
          ({ id, name }) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                name="service"
                value=${id}
                .checked=${edited.services.includes(id)}
                @change=${this.toggleService(id)}
              />
              ${textIn(name, this.language)}</label
            >`,
        )}
      </fieldset>`;
  }

  private renderHours() {
    const { text, form, original } = this;
    const written = this.edited.openingHours;
    let words = '';
    try {
      words = written ? describeOpeningHours(parseOpeningHours(written), this.language) : '';
    } catch {
      words = '';
    }
    return html`<fieldset class="hours">
      <legend>${text.hoursLegend}</legend>
      ${
        !original.openingHours
          ? html`<p class="note">${text.hoursMissing}</p>`
          : !this.initialForm
            ? html`<p class="note">${text.hoursUnreadable(original.openingHours)}</p>`
            : nothing
      }
      ${
        form
          ? hoursFormView(form, this.initialForm?.publicHolidays === 'unset', text, (next) =>
              this.setForm(next),
            )
          : html`<button type="button" class="small" @click=${() => this.setForm(TYPICAL_FORM)}>
              ${text.fillHours}
            </button>`
      }
      ${
        JSON.stringify(form) !== JSON.stringify(this.initialForm)
          ? html`<button type="button" class="small" @click=${() => this.setForm(this.initialForm)}>
              ${text.restoreHours}
            </button>`
          : nothing
      }
      ${
        written
          ? html`<div class="hours-result">
              <p>${text.writtenAs}: <code class="opening-hours">${written}</code></p>
              <p>${text.readsAs}: <span class="hours-words">${words}</span></p>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderPosition() {
    const { text, edited, original } = this;
    const [lon, lat] = edited.position;
    const moved = edited.position !== original.position;
    const exact = moved || this.feature.properties.coordinatePrecision === 'exact';
    return html`<fieldset class="position">
      <legend>${text.positionLegend}</legend>
      <p class="note">${text.positionHint}</p>
      <div class="position-map" tabindex="0" role="application"></div>
      <button
        type="button"
        class="small"
        @click=${() => {
          const centre = this.positionMap?.centre();
          if (centre) {
            this.setPosition(...centre);
            this.positionMap!.mark(...centre);
          }
        }}
      >
        ${text.useCentre}
      </button>
      <p class="position-now" role="status">
        ${text.positionNow(positionText(lat, lon), exact)}${moved ? ` ${text.positionMoved}` : ''}
      </p>
      <label
        >${text.coordinates}
        <input
          type="text"
          name="coordinates"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.coordinates}
          aria-invalid=${this.positionProblem ? 'true' : 'false'}
          aria-describedby=${this.positionProblem ? 'position-problem' : nothing}
          @input=${(e: Event) => (this.coordinates = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              this.useCoordinates();
            }
          }}
      /></label>
      <button type="button" class="small" @click=${this.useCoordinates}>
        ${text.useCoordinates}
      </button>
      ${
        this.positionProblem
          ? html`<p class="problem" id="position-problem" role="alert">
              ${text.positionProblems[this.positionProblem]}
            </p>`
          : nothing
      }
    </fieldset>`;
  }
}

customElements.define('profile-editor', ProfileEditor);

declare global {
  interface HTMLElementTagNameMap {
    'profile-editor': ProfileEditor;
  }
}
