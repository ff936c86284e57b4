import { formatNumber } from '../core/format.js';
import { msg, str, type Locale } from '../core/localization.js';
import { textIn } from '../core/localized-text.js';
import type { MapWording } from './finder-map-controller.js';
import type { MppLocation } from './locations.js';

/**
 * What the map says. Marker labels are asked for later, outside rendering, so each label is
 * worded inside `inLocale` (the element's language); the plain texts are read at once, so
 * call this inside it too.
 */
export function mapWording(locale: Locale, inLocale: <T>(work: () => T) => T): MapWording {
  return inLocale(() => ({
    map: msg('Map of MPP locations', { id: 'finder.map.label' }),
    location: (location: MppLocation, selected: boolean) =>
      inLocale(() => {
        const name = textIn(location.name, locale);
        return selected ? msg(str`${name} (selected)`, { id: 'finder.map.selected' }) : name;
      }),
    cluster: (count: number) =>
      inLocale(() => {
        const formatted = formatNumber(count, locale);
        return msg(str`${formatted} MPPs here; press Enter to zoom in`, {
          id: 'finder.map.cluster',
        });
      }),
    count: (count: number) => formatNumber(count, locale),
    you: msg('Your location', { id: 'finder.map.you' }),
    zoomIn: msg('Zoom in', { id: 'finder.map.zoomIn' }),
    zoomOut: msg('Zoom out', { id: 'finder.map.zoomOut' }),
  }));
}

/**
 * Leaflet shows attribution as markup: the default (OpenStreetMap) is ours, a site's own text
 * is escaped. Call inside the element's locale.
 */
export function tileAttribution(own: string): string {
  const text = own.trim();
  if (text) return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const openStreetMap = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
  // "© kontributor OpenStreetMap": the word order differs between the languages.
  return `&copy; ${msg(str`${openStreetMap} contributors`, { id: 'finder.map.contributors' })}`;
}
