import { MppError } from '../core/errors.js';
import { didYouMean, type OwnerHint } from '../core/owner-hints.js';
import { msg, str } from '../core/localization.js';
import { provinceCodeFor } from './finder-results.js';
import type { MppLocation } from './locations.js';
import { PROVINCES, provinceSuggestions } from './provinces.js';

export interface ProvinceReading {
  /** Kemendagri code to filter on; '' for all provinces. */
  code: string;
  /** Set when the value names no province: the finder shows all of them and says so. */
  unknown?: { error: MppError; hint: OwnerHint };
}

/**
 * Reads `province` (already freed of curly quotes): code, name, old name or abbreviation. An
 * unknown one filters nothing — visitors still get every MPP — and tells the site owner which
 * province they may have meant and which values work.
 */
export function readProvince(value: string, locations: readonly MppLocation[]): ProvinceReading {
  const wanted = value.trim();
  if (!wanted) return { code: '' };
  const code = provinceCodeFor(wanted, locations);
  if (code !== undefined) return { code };
  const suggestions = provinceSuggestions(wanted).map((province) => province.name);
  const meant = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  return {
    code: '',
    unknown: {
      error: new MppError(
        'attribute',
        `Unknown province="${wanted}"${meant}; showing all provinces`,
      ),
      hint: {
        key: 'province',
        text: () =>
          `${msg(str`province="${wanted}" is not a province code or name, so all provinces are shown.`, { id: 'finder.hint.province' })} ${didYouMean(suggestions)}`.trim(),
        valid: PROVINCES.map((province) => `${province.code} ${province.name}`),
      },
    },
  };
}

/** `near-me` on an `http:` page: browsers give no position there, so the button is hidden. */
export function nearMeHint(): OwnerHint {
  return {
    key: 'near-me',
    text: () =>
      msg(
        'The "Near me" button is hidden: browsers give the visitor\'s position only to pages served over https. Serve this page over https to offer it.',
        { id: 'finder.hint.nearMeInsecure' },
      ),
  };
}
