import { cleanWords } from '../core/forgiving-match.js';
import { suggestionsFor } from '../core/suggestions.js';
import type { Service } from './catalog.js';

/** How the `service` attribute was understood. */
export type ServiceMatch =
  /** Written as in the catalogue. */
  | { kind: 'exact'; service: Service }
  /** Written another way (`PASPOR BARU`, `paspor_baru`) or a short name only one service fits. */
  | { kind: 'understood'; service: Service }
  /** A short name several services fit (`ktp`): none is picked, the visitor chooses. */
  | { kind: 'ambiguous'; candidates: Service[] }
  | { kind: 'unknown'; suggestions: Service[] }
  | { kind: 'empty' };

/**
 * Short names in everyday use whose catalogue ids start differently: `kk` is the Kartu
 * Keluarga, `e-ktp` the KTP-el, `akte` the usual misspelling of akta, and the IMB the building
 * permit the PBG replaced in 2021 (PP 16/2021).
 */
const SHORT_NAMES: Record<string, string> = {
  kk: 'kartu-keluarga',
  ektp: 'ktp-el',
  'e-ktp': 'ktp-el',
  ktpel: 'ktp-el',
  akte: 'akta',
  imb: 'pbg',
};

/** `PASPOR Baru`, ` paspor_baru ` → `paspor-baru`. */
function asId(value: string): string {
  return cleanWords(value).toLowerCase().replace(/\s+/g, '-');
}

/**
 * Finds the service `value` names: its id in any case or spacing, or a short name (`paspor`,
 * `ktp`, `kk`, `sim`…) — the first words of ids, or one of {@link SHORT_NAMES}. A short name
 * that fits one service is that service; one that fits several picks none.
 */
export function matchService(value: string, services: readonly Service[]): ServiceMatch {
  const exact = services.find((service) => service.id === value.trim());
  if (exact) return { kind: 'exact', service: exact };
  const wanted = asId(value);
  if (!wanted) return { kind: 'empty' };
  const same = services.find((service) => asId(service.id) === wanted);
  if (same) return { kind: 'understood', service: same };
  const stem = SHORT_NAMES[wanted] ?? wanted;
  const fitting = services.filter(
    (service) => service.id === stem || service.id.startsWith(`${stem}-`),
  );
  if (fitting.length === 1) return { kind: 'understood', service: fitting[0] };
  if (fitting.length > 1) return { kind: 'ambiguous', candidates: fitting };
  const suggestions = suggestionsFor(
    wanted,
    services.map((service) => ({
      spellings: [service.id, service.id.split('-')[0]],
      value: service,
    })),
  );
  return { kind: 'unknown', suggestions };
}
