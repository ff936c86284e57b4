import { intlLocale, type Locale } from './localization.js';

/** A count as visitors read it: "1.234" / "1,234"; `-0` (valid JSON) is shown as 0. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value + 0);
}

/** "30 detik yang lalu" / "30 seconds ago", in the largest whole unit up to hours. */
export function formatAge(seconds: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(intlLocale[locale], { numeric: 'auto' });
  const age = Math.max(0, Math.round(seconds));
  if (age < 60) return format.format(-age, 'second');
  if (age < 3600) return format.format(-Math.floor(age / 60), 'minute');
  return format.format(-Math.floor(age / 3600), 'hour');
}

/** "16 menit" / "16 minutes"; under a minute counts as one minute, over 2 h in hours. */
export function formatWaitDuration(seconds: number, locale: Locale): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const [value, unit] = minutes > 120 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

/** Plural category of `count` in `locale` (Indonesian has only `other`). */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale[locale]).select(count);
}

/**
 * "Rp350.000" / "IDR 350,000"; 0 is "free" and worded by the caller. `Intl` puts a no-break
 * space after "Rp"; Indonesian style (and the glossary) writes the symbol against the number.
 */
export function formatRupiah(amount: number, locale: Locale): string {
  const parts = new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).formatToParts(amount + 0); // + 0: `-0` would print as "-Rp0"
  return parts
    .filter((part) => !(locale === 'id' && part.type === 'literal' && !part.value.trim()))
    .map((part) => part.value)
    .join('');
}

/** An ISO date ("2026-11-25") as "25 November 2026"; anything else as given. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}
