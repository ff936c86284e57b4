// The finder's owner hints and the other names of provinces: one chunk, loaded when `province`
// is not a code or official name, or when there is a hint to give (see OwnerHintsController).
import { didYouMean } from '../core/owner-hint-texts.js';
import type { OwnerHint } from '../core/owner-hints.js';
import { addTranslations, msg, str } from '../core/localization.js';
import { templates } from '../generated/locales/id/finderHint.js';
import { suggestionsFor } from '../core/suggestions.js';
import { PROVINCE_ALIASES, provinceKey } from './province-aliases.js';

export { findProvinceByAnyName } from './province-aliases.js';
import { PROVINCES, type Province } from './provinces.js';

addTranslations('id', templates);

/** The provinces an unknown `value` may have meant (`Jawa` → the three Jawa provinces). */
export function provinceSuggestions(value: string): Province[] {
  return suggestionsFor(
    provinceKey(value),
    PROVINCES.map((province) => ({
      spellings: [province.name, ...(PROVINCE_ALIASES[province.code] ?? [])].map(provinceKey),
      value: province,
    })),
  );
}

/** An unknown `province`: what it may have meant, and the 38 values that work. */
export function provinceHint(wanted: string): OwnerHint {
  const suggestions = provinceSuggestions(wanted).map((province) => province.name);
  return {
    key: 'province',
    text: () =>
      `${msg(str`province="${wanted}" is not a province code or name, so all provinces are shown.`, { id: 'finderHint.province' })} ${didYouMean(suggestions)}`.trim(),
    valid: PROVINCES.map((province) => `${province.code} ${province.name}`),
  };
}

/** `near-me` on an `http:` page: browsers give no position there, so the button is hidden. */
export function nearMeHint(): OwnerHint {
  return {
    key: 'near-me',
    text: () =>
      msg(
        'The "Near me" button is hidden: browsers give the visitor\'s position only to pages served over https. Serve this page over https to offer it.',
        { id: 'finderHint.nearMeInsecure' },
      ),
  };
}

/** The page refuses blob: workers (CSP): a large list was read on the main thread. */
export function workerRefusedHint(): OwnerHint {
  return {
    key: 'worker',
    text: () =>
      msg(
        "This page's Content-Security-Policy does not allow workers from blob: addresses, so the large list of locations was read on the main thread and the page may stall for a moment. Add blob: to worker-src (or script-src) to read it in the background.",
        { id: 'finderHint.workerRefused' },
      ),
  };
}
