import type { LocalizedText } from '../core/localized-text.js';
import type { Locale } from '../core/localization.js';

/**
 * The `lang` a piece of catalogue text needs when it is not in the element's language, else
 * `undefined`. A screen reader reads text in the voice of its `lang`: an Indonesian-only fee
 * note on an English page would otherwise be read with English pronunciation.
 *
 * A plain string is meant for both languages (contract §6), and in catalogues of Indonesian
 * offices it is Indonesian ("Foto lokasi", "Perda Kabupaten Contoh 1/2026"): it counts as
 * Indonesian. `{ id, en }` text falls back to the other language when one is missing.
 */
export function dataLang(text: LocalizedText | undefined, locale: Locale): Locale | undefined {
  if (text === undefined) return undefined;
  const shown: Locale =
    typeof text === 'string'
      ? 'id'
      : locale === 'en'
        ? text.en === undefined
          ? 'id'
          : 'en'
        : text.id === undefined
          ? 'en'
          : 'id';
  return shown === locale ? undefined : shown;
}
