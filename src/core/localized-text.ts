import * as v from 'valibot';
import type { Locale } from './locale.js';

/** Text a person reads: the same in both languages, or per language (contract §6). */
export type LocalizedText = string | { id?: string; en?: string };

export const localizedTextSchema = v.union([
  v.string(),
  v.pipe(
    v.looseObject({ id: v.optional(v.string()), en: v.optional(v.string()) }),
    v.check((text) => text.id !== undefined || text.en !== undefined, 'Give "id" or "en" text'),
  ),
]);

/** The one way to read data text: the wanted language, else the other one. */
export function textIn(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (locale === 'en' ? (text.en ?? text.id) : (text.id ?? text.en)) ?? '';
}
