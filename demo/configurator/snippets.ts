// What the configurator hands to a webmaster: the same widget as a script-tag snippet, an npm
// snippet and a WordPress shortcode. Pure functions, tested in configurator.test.ts.
import { cdnBaseUrl, importMapElement, importMapFor } from '../../scripts/import-map.mjs';

export type WidgetTag = 'mpp-finder' | 'mpp-service-checklist' | 'mpp-queue-badge';

export interface WidgetChoice {
  tag: WidgetTag;
  /** Attribute values; `true` is a boolean attribute, empty strings are left out. */
  attributes: Record<string, string | boolean>;
  /** Accent colour (`--mpp-color-primary`), when chosen. */
  primaryColor?: string;
}

export interface Release {
  version: string;
  /**
   * SRI hashes of every CDN file of that version, by path under `dist/cdn/`, when known
   * (`dist/cdn/integrity.json`).
   */
  integrity?: Record<string, string>;
  /** `repository` of package.json, when given: where to report data corrections. */
  repository?: unknown;
}

const ENTRY: Record<WidgetTag, string> = {
  'mpp-finder': 'finder.js',
  'mpp-service-checklist': 'service-checklist.js',
  'mpp-queue-badge': 'queue-badge.js',
};

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function usedAttributes({ attributes }: WidgetChoice): [string, string | true][] {
  return Object.entries(attributes).filter(
    (entry): entry is [string, string | true] =>
      entry[1] === true || (typeof entry[1] === 'string' && entry[1] !== ''),
  );
}

/**
 * `<mpp-finder province="32" near-me></mpp-finder>`; `content` (markup, e.g. an inline data
 * script) goes between the tags.
 */
export function elementMarkup(choice: WidgetChoice, content = ''): string {
  const attributes = usedAttributes(choice).map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  if (choice.primaryColor) attributes.push(`style="--mpp-color-primary: ${choice.primaryColor}"`);
  return `<${choice.tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${content}</${choice.tag}>`;
}

/**
 * The script tag and the element. From jsDelivr, with the hashes known, an import map comes
 * first: its `integrity` section makes the browser refuse any changed chunk, where the script
 * tag's own `integrity` covers only the loader. `loaderUrl`: a self-hosted copy of
 * `dist/cdn/mpp-widgets.js` instead; it gets no hashes, since a copy on the site's own server
 * may be of another build and the import map's keys are jsDelivr addresses.
 */
export function scriptSnippet(
  choice: WidgetChoice,
  { version, integrity }: Release,
  content = '',
  loaderUrl = '',
): string {
  const selfHosted = loaderUrl.trim();
  if (selfHosted) {
    const script = `<script type="module" src="${escapeAttribute(selfHosted)}"></script>`;
    return `${script}\n${elementMarkup(choice, content)}`;
  }
  const base = cdnBaseUrl(version);
  const loaderHash = integrity?.['mpp-widgets.js'];
  const sri = loaderHash ? ` integrity="${loaderHash}" crossorigin="anonymous"` : '';
  const script = `<script type="module" src="${base}mpp-widgets.js"${sri}></script>`;
  const importMap = integrity ? `${importMapElement(importMapFor(integrity, base))}\n` : '';
  return `${importMap}${script}\n${elementMarkup(choice, content)}`;
}

export function npmSnippet(choice: WidgetChoice): string {
  return `npm install mpp-widgets\n\n// in your code:\nimport 'mpp-widgets/${ENTRY[choice.tag]}';\n\n<!-- in your page or component template: -->\n${elementMarkup(choice)}`;
}

/**
 * `[mpp_finder province="32" near-me]`: attribute names as on the element. A shortcode value
 * cannot hold `"` or `]`, so those are dropped (no contract value needs them).
 */
export function shortcode(choice: WidgetChoice): string {
  const name = choice.tag.replace(/-/g, '_');
  const attributes = usedAttributes(choice).map(([attribute, value]) =>
    value === true ? attribute : `${attribute}="${value.replace(/["\][]/g, '')}"`,
  );
  if (choice.primaryColor) attributes.push(`color="${choice.primaryColor}"`);
  return `[${name}${attributes.map((attribute) => ` ${attribute}`).join('')}]`;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
