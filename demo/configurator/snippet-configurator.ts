// The snippet configurator (demo/configurator.html): a webmaster picks the widget, the MPP,
// the service, the feed, the language and a colour, sees the result live and copies a snippet.
// Part of the demo site, not of the library.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import locations from '../../src/data/locations.json';
import catalog from '../../src/data/catalog.json';
import {
  contrastRatio,
  elementMarkup,
  npmSnippet,
  scriptSnippet,
  shortcode,
  type Release,
  type WidgetChoice,
  type WidgetTag,
} from './snippets.js';
import { textIn } from '../../src/core/localized-text.js';
import { TEXT, type Language } from './configurator-text.js';
import { SnippetCopyButtons } from './clipboard.js';
import { loadRelease } from './release.js';
import { nearMeProblem } from '../../src/finder/position-controller.js';

const PROVINCES = [
  ...new Map(
    locations.features.map(({ properties }) => [properties.provinceCode, properties.province]),
  ),
].sort((a, b) => a[1].localeCompare(b[1], 'id'));

/** The elements' own primary colour: a snippet leaves it out. */
const DEFAULT_PRIMARY = '#0b57a4';
/** The dark theme's surface (src/core/theme.ts). */
const DARK_SURFACE = '#15191e';
const primaryColorChosen = (color: string) => color.toLowerCase() !== DEFAULT_PRIMARY;

export class SnippetConfigurator extends LitElement {
  /** Language of the configurator's own texts (follows the page's toggle). */
  @property() language: Language = 'id';

  @state() private tag: WidgetTag = 'mpp-finder';
  @state() private province = '';
  @state() private selected = '';
  @state() private nearMe = true;
  @state() private noMap = false;
  @state() private compact = false;
  @state() private theme: 'light' | 'dark' | 'auto' = 'light';
  @state() private service = 'paspor-baru';
  @state() private feed = '';
  @state() private format = 'mpp';
  @state() private feedService = '';
  @state() private widgetLang = '';
  @state() private color = DEFAULT_PRIMARY;
  @state() private loaderUrl = '';
  @state() private release: Release = { version: '0' };
  private readonly copyButtons = new SnippetCopyButtons(this);
  /**
   * Tile URL for the preview only (tests point it at a local server so they never reach the
   * internet); never part of a snippet.
   */
  @property({ attribute: 'preview-tile-url' }) previewTileUrl = '';

  // Light DOM: the demo page's stylesheet styles the form.
  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback() {
    super.connectedCallback();
    this.release = await loadRelease();
  }

  /** The widget as chosen, with only the attributes that matter for its kind. */
  get choice(): WidgetChoice {
    const lang = this.widgetLang;
    const theme = this.theme === 'light' ? '' : this.theme;
    const primaryColor = primaryColorChosen(this.color) ? this.color : undefined;
    if (this.tag === 'mpp-finder') {
      return {
        tag: this.tag,
        attributes: {
          province: this.province,
          selected: this.selected,
          'near-me': this.nearMe,
          'no-map': this.noMap,
          // A sidebar: a short first page, and the list alone where the column is narrow.
          'max-results': this.compact ? '5' : '',
          'map-min-width': this.compact ? '480' : '',
          theme,
          lang,
        },
        primaryColor,
      };
    }
    if (this.tag === 'mpp-service-checklist') {
      return { tag: this.tag, attributes: { service: this.service, theme, lang }, primaryColor };
    }
    return {
      tag: this.tag,
      attributes: {
        src: this.feed,
        format: this.format === 'mpp' ? '' : this.format,
        service: this.feedService,
        theme,
        lang,
      },
      primaryColor,
    };
  }

  protected override updated(): void {
    const preview = this.querySelector('.preview-box > mpp-finder');
    if (preview && this.previewTileUrl) preview.setAttribute('tile-url', this.previewTileUrl);
  }

  private get text() {
    return TEXT[this.language];
  }

  override render() {
    const { text, choice } = this;
    const ratio = contrastRatio(this.color, '#ffffff');
    const snippets: [string, string, string][] = [
      ['script', text.scriptSnippet, scriptSnippet(choice, this.release, '', this.loaderUrl)],
      ['npm', text.npmSnippet, npmSnippet(choice)],
      ['shortcode', text.shortcodeSnippet, shortcode(choice)],
    ];
    const format = (value: number) =>
      new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'id-ID', {
        maximumFractionDigits: 1,
      }).format(value);
    const ratioText = format(ratio);
    // A chosen colour wins in every theme: on the dark surface it must be readable too.
    const darkRatio =
      this.theme !== 'light' && primaryColorChosen(this.color)
        ? contrastRatio(this.color, DARK_SURFACE)
        : undefined;
    return html`
      <div class="settings">
        <form
          class="configurator"
          @input=${this.onInput}
          @change=${this.onInput}
          @submit=${(e: Event) => e.preventDefault()}
        >
          <fieldset>
            <legend>${text.widget}</legend>
            ${(['mpp-finder', 'mpp-service-checklist', 'mpp-queue-badge'] as const).map(
              (tag) =>
                html`<label class="choice"
                  ><input type="radio" name="tag" value=${tag} .checked=${this.tag === tag} />
                  ${text.widgets[tag]}</label
                >`,
            )}
          </fieldset>
          ${this.renderSettings()}
          <fieldset>
            <legend>${text.appearance}</legend>
            <label
              >${text.language}
              <select name="widgetLang">
                <option value="" ?selected=${!this.widgetLang}>${text.languageAuto}</option>
                <option value="id" ?selected=${this.widgetLang === 'id'}>Bahasa Indonesia</option>
                <option value="en" ?selected=${this.widgetLang === 'en'}>English</option>
              </select></label
            >
            <label
              >${text.theme}
              <select name="theme">
                ${(['light', 'dark', 'auto'] as const).map(
                  (theme) =>
                    html`<option value=${theme} ?selected=${this.theme === theme}>
                      ${text.themes[theme]}
                    </option>`,
                )}
              </select></label
            >
            <label>${text.color} <input type="color" name="color" .value=${this.color} /></label>
            <p class=${ratio < 4.5 ? 'contrast warning' : 'contrast'} role="status">
              ${ratio < 4.5 ? text.contrastLow(ratioText) : text.contrastOk(ratioText)}
            </p>
            ${
              darkRatio !== undefined && darkRatio < 4.5
                ? html`<p class="contrast warning">${text.darkContrastLow(format(darkRatio))}</p>`
                : nothing
            }
          </fieldset>
          <fieldset>
            <legend>${text.loader}</legend>
            <label
              >${text.loaderUrl}
              <input
                type="text"
                inputmode="url"
                name="loaderUrl"
                .value=${this.loaderUrl}
                placeholder="/assets/mpp-widgets/mpp-widgets.js"
                aria-describedby="loader-note"
            /></label>
            <p id="loader-note" class="note">
              ${this.loaderUrl.trim() ? text.selfHostedNote : text.cdnNote(this.release.version)}
            </p>
          </fieldset>
        </form>

        <section aria-labelledby="snippets-title">
          <h2 id="snippets-title">${text.snippets}</h2>
          <p class="note">${this.release.integrity ? text.importMapNote : text.noIntegrity}</p>
          ${snippets.map(
            ([kind, title, snippet]) =>
              html`<div class="snippet" data-kind=${kind}>
                <h3>${title}</h3>
                <pre><code>${snippet}</code></pre>
                ${this.copyButtons.button(kind, snippet, text)}
              </div>`,
          )}
        </section>
      </div>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${text.preview}</h2>
        <!-- data-mpp-debug: the preview shows the hints meant for the site owner. -->
        <div class="preview-box" data-mpp-debug .innerHTML=${elementMarkup(choice)}></div>
      </section>
    `;
  }

  private renderSettings() {
    const { text, language } = this;
    if (this.tag === 'mpp-finder') {
      const inProvince = locations.features
        .map(({ properties }) => properties)
        .filter((properties) => !this.province || properties.provinceCode === this.province);
      return html`<fieldset>
        <legend>${text.widgets['mpp-finder']}</legend>
        <label
          >${text.province}
          <select name="province">
            <option value="">${text.allProvinces}</option>
            ${PROVINCES.map(
              ([code, name]) =>
                html`<option value=${code} ?selected=${code === this.province}>${name}</option>`,
            )}
          </select></label
        >
        <label
          >${text.oneMpp}
          <select name="selected">
            <option value="">${text.none}</option>
            ${inProvince.map(
              ({ id, name }) =>
                html`<option value=${id} ?selected=${id === this.selected}>${name}</option>`,
            )}
          </select></label
        >
        <label class="choice"
          ><input type="checkbox" name="nearMe" .checked=${this.nearMe} /> ${text.nearMe}</label
        >
        ${
          this.nearMe
            ? html`<p class="note">
                ${nearMeProblem() === 'insecure-page' ? text.nearMeInsecurePage : text.nearMeHttpsOnly}
              </p>`
            : nothing
        }
        <label class="choice"
          ><input type="checkbox" name="noMap" .checked=${this.noMap} /> ${text.noMap}</label
        >
        <label class="choice"
          ><input type="checkbox" name="compact" .checked=${this.compact} /> ${text.compact}</label
        >
        ${this.compact ? html`<p class="note">${text.compactNote}</p>` : nothing}
      </fieldset>`;
    }
    if (this.tag === 'mpp-service-checklist') {
      return html`<fieldset>
        <legend>${text.widgets['mpp-service-checklist']}</legend>
        <label
          >${text.service}
          <select name="service">
            ${catalog.services.map(
              ({ id, name }) =>
                html`<option value=${id} ?selected=${id === this.service}>
                  ${textIn(name, language)}
                </option>`,
            )}
          </select></label
        >
      </fieldset>`;
    }
    return html`<fieldset>
      <legend>${text.widgets['mpp-queue-badge']}</legend>
      <label
        >${text.feed}
        <input type="url" name="feed" .value=${this.feed} placeholder="https://…/queue.json"
      /></label>
      <label
        >${text.format}
        <select name="format">
          <option value="mpp" ?selected=${this.format === 'mpp'}>mpp</option>
          <option value="siola" ?selected=${this.format === 'siola'}>SIOLA-Q</option>
        </select></label
      >
      <label
        >${text.feedService} <input type="text" name="feedService" .value=${this.feedService}
      /></label>
      <button type="button" class="sample-feed small" @click=${this.useSampleFeed}>
        ${text.sampleFeed}
      </button>
      ${this.feed === this.sampleFeedUrl ? html`<p class="note">${text.sampleFeedNote}</p>` : nothing}
    </fieldset>`;
  }

  /**
   * The demo's queue feed in the chosen format: the simulator under `npm start`, a static copy
   * on the hosted site (`npm run build:site`), both at this URL relative to the page.
   */
  private get sampleFeedUrl(): string {
    const file = this.format === 'siola' ? 'siola.json' : 'mpp.json';
    return new URL(`../feeds/demo/${file}`, document.baseURI).href;
  }

  private useSampleFeed = () => {
    this.feed = this.sampleFeedUrl;
    this.copyButtons.reset();
  };

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const value =
      input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    if (input.name === 'province') this.selected = '';
    const onSampleFeed = this.feed === this.sampleFeedUrl;
    (this as unknown as Record<string, unknown>)[input.name] = value;
    // Switching the format while trying the sample keeps a sample that the format can read.
    if (input.name === 'format' && onSampleFeed) this.feed = this.sampleFeedUrl;
    this.copyButtons.reset();
  };
}

customElements.define('snippet-configurator', SnippetConfigurator);
