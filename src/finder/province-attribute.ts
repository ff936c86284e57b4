import { quote } from '../core/quote.js';
import { MppError } from '../core/errors.js';
import { provinceCodeFor } from './finder-results.js';
import type { MppLocation } from './locations.js';

export interface ProvinceReading {
  /** Kemendagri code to filter on; '' for all provinces. */
  code: string;
  /** Set when the value names no province: the finder shows all of them and says so. */
  unknown?: MppError;
}

/**
 * Reads `province` (already freed of curly quotes): code, name, or — with `byAlias`, from the
 * alias chunk — old name or abbreviation. An
 * unknown one filters nothing — visitors still get every MPP — and is reported.
 */
export function readProvince(
  value: string,
  locations: readonly MppLocation[],
  byAlias?: (value: string) => { code: string } | undefined,
): ProvinceReading {
  const wanted = value.trim();
  if (!wanted) return { code: '' };
  const code = provinceCodeFor(wanted, locations) ?? byAlias?.(wanted)?.code;
  if (code !== undefined) return { code };
  return {
    code: '',
    unknown: new MppError('attribute', `Unknown province=${quote(wanted)}; showing all provinces`),
  };
}
