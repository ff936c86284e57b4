// Shared by the elements and the CDN loader (which prefetches their data before their code has
// arrived): both must read a `src` the same way. No imports, so the loader carries nothing more.

/** An `http:` address requested from an `https:` page: the browser blocks it before sending. */
export function isMixedContent(url: string, pageUrl: string = location.href): boolean {
  try {
    return new URL(pageUrl).protocol === 'https:' && new URL(url, pageUrl).protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A `src` attribute as an absolute URL (relative ones resolve against the page). One that
 * cannot be parsed is returned as written: fetching it then fails as a `network` error, which
 * the element reports like any unreachable address. Empty: undefined.
 */
export function resolveAgainstPage(src: string): string | undefined {
  const trimmed = src.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, document.baseURI).href;
  } catch {
    return trimmed;
  }
}
