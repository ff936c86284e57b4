/** Characters of a value from the data quoted back in a message. */
export const MAX_ECHO = 80;

/** `text` cut to `max` characters with "…" (never splitting a surrogate pair). */
export function truncate(text: string, max = MAX_ECHO): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, max)) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

/** A value from the data, as a message quotes it: `"abc"`, shortened when long. */
export function quote(value: string): string {
  return `"${truncate(value)}"`;
}
