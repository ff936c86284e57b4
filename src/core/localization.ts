import type {
  MsgFn,
  MsgOptions,
  StrResult,
  TemplateLike,
  TemplateMap,
  str as litStr,
} from '@lit/localize';
import type { Locale } from './locale.js';

export type { Locale };

/**
 * Translations registered so far, by locale. Each element module registers only its own
 * message templates (split by id prefix at build time), so a page pays only for the
 * strings of the elements it uses.
 */
const translations: Record<Locale, TemplateMap> = { id: {}, en: {} };

/** Locale of the element that is rendering right now (see {@link inLocale}). */
let activeLocale: Locale = 'en';

export function addTranslations(locale: Locale, templates: TemplateMap): void {
  Object.assign(translations[locale], templates);
}

/**
 * Runs `work` with `locale` as the language of every `msg()` call inside it.
 *
 * Why not `configureLocalization()` from `@lit/localize`: it holds one global locale per
 * page (two badges in two languages would be impossible) and throws when a host page has
 * already configured it. Our `msg` reads this module's active locale instead and never
 * touches the shared `@lit/localize` runtime, so a host app's own localization and ours
 * cannot affect each other.
 */
export function inLocale<T>(locale: Locale, work: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return work();
  } finally {
    activeLocale = previous;
  }
}

/**
 * Same as `@lit/localize`'s `str` (and typed as it, so `lit-localize extract` sees it): keeps
 * the literal parts and the values apart, so a translation can reorder the values.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof litStr;

const join = (strings: readonly string[], values: readonly unknown[]) =>
  strings.reduce((text, part, i) => text + String(values[i - 1]) + part);

/**
 * Looks a message up by its id in the active locale; English (the source) otherwise.
 * Only plain strings and `str` templates are used in this library, and every message has
 * an explicit id (checked by `npm run check:locales`), so this is all the runtime needed —
 * about a kilobyte less than `@lit/localize`'s own, which also hashes templates for ids.
 */
function localizedMsg(template: TemplateLike, options?: MsgOptions): string {
  const translated =
    activeLocale === 'en' || !options?.id ? undefined : translations[activeLocale][options.id];
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  const source = template as StrResult;
  if (translated === undefined || typeof translated === 'string' || !('strTag' in translated)) {
    return typeof translated === 'string' ? translated : join(source.strings, source.values);
  }
  // A translated template holds, in place of each value, the index of the source value.
  return join(
    translated.strings,
    translated.values.map((index) => source.values[index as number]),
  );
}

/**
 * Drop-in for `@lit/localize`'s `msg` (same type brand, so `lit-localize extract` finds
 * every call), resolved against the locale set by {@link inLocale}.
 */
export const msg = localizedMsg as unknown as MsgFn;

/** Maps any BCP 47 tag to one of our locales: `en…` is English, anything else Indonesian. */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  if (tag === null || tag === undefined || tag.trim() === '') return undefined;
  return tag.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The `Intl` locale used for numbers, dates and currency in each language. */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
