import type { ReactiveControllerHost } from 'lit';
import { quote } from '../core/quote.js';
import { MppError } from '../core/errors.js';
import { readForgivingAttribute, type OwnerHintsController } from '../core/owner-hints.js';
import { provinceCodeFor } from './finder-results.js';
import type { MppLocation } from './locations.js';

/** Finds a province by another name (Jabar, DKI…): the alias chunk's lookup. */
type AliasLookup = (value: string) => { code: string } | undefined;

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
  byAlias?: AliasLookup,
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

/** The finder a `ProvinceFilter` reads `province` for. */
export interface ProvinceHost extends HTMLElement, ReactiveControllerHost {
  province: string;
}

/**
 * The finder's `province`, read against its document each time either changes: its code to
 * filter on. Curly quotes pasted around it are taken off (and the site owner told); a value
 * that is neither a code nor a name waits for the other names (Jabar, DKI…), a chunk of their
 * own, and is reported only if none of them fits either.
 */
export class ProvinceFilter {
  /** Kemendagri code to filter on; '' for all provinces. */
  code = '';
  /** The other names are on their way: the finder shows "loading", not every province for a moment. */
  loading = false;
  private aliases?: AliasLookup;
  /** The `province` and document `code` was worked out for. */
  private readFor: unknown[] = [];

  constructor(
    private readonly host: ProvinceHost,
    private readonly hints: OwnerHintsController,
    private readonly loadHints: () => Promise<typeof import('./finder-hints.js')>,
    private readonly report: (error: MppError) => void,
  ) {}

  /** Works `code` out again if `province` or the document changed. */
  read(locationsDocument: unknown, locations: readonly MppLocation[]): void {
    const { host, hints } = this;
    if (this.readFor[0] === host.province && this.readFor[1] === locationsDocument) return;
    this.readFor = [host.province, locationsDocument];
    const written = readForgivingAttribute(
      host,
      'province',
      host.province,
      hints,
      (value) => (host.province = value),
    );
    const { code, unknown } = readProvince(written, locations, this.aliases);
    if (unknown && !this.aliases) {
      this.loadAliases();
    } else if (unknown) {
      this.report(unknown);
      hints.note('province', written, () =>
        this.loadHints().then((loaded) => loaded.provinceHint(written.trim())),
      );
    } else {
      hints.drop('province');
    }
    this.code = code;
  }

  private loadAliases(): void {
    if (this.loading) return;
    this.loading = true;
    void this.loadHints()
      .then(
        (loaded) => loaded.findProvinceByAnyName,
        () => () => undefined, // the chunk did not load: the value counts as unknown
      )
      .then((lookup) => {
        this.aliases = lookup;
        this.loading = false;
        this.readFor = []; // read again, with them
        this.host.requestUpdate();
      });
  }
}
