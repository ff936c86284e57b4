// Kept apart from localization.ts so the published element types can name the locale
// without pulling in `@lit/localize`, which is bundled privately and not installed for users.

/** The languages every element speaks. English is the source language of all messages. */
export type Locale = 'id' | 'en';
