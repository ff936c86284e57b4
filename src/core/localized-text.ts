import type { Locale } from './locale.js';

/** Text a person reads: the same in both languages, or per language (contract §6). */
export type LocalizedText = string | { id?: string; en?: string };

/** The one way to read data text: the wanted language, else the other one. */
export function textIn(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (locale === 'en' ? (text.en ?? text.id) : (text.id ?? text.en)) ?? '';
}
