// Its own module, apart from fetch-json.ts: it needs Lit's `isServer`, and the locations worker,
// which bundles fetch-json.ts, must not bundle Lit (Lit's elements cannot load in a worker).
import { isServer } from 'lit';

/**
 * A `src` attribute as an absolute URL (relative ones resolve against the page). One that
 * cannot be parsed is returned as written: fetching it then fails as a `network` error, which
 * the element reports like any unreachable address. Empty: undefined.
 */
export function resolveAgainstPage(src: string): string | undefined {
  const trimmed = src.trim();
  if (!trimmed) return undefined;
  // A server renderer has no page to resolve against, and loads nothing: the browser resolves
  // the URL when the element gets there.
  if (isServer) return trimmed;
  try {
    return new URL(trimmed, document.baseURI).href;
  } catch {
    return trimmed;
  }
}
