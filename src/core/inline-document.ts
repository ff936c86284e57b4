// Used by the elements and by the CDN loader (an element with inline data needs no prefetch).

/** Other JSON documents an element may hold beside its data, marked `data-patch` / `data-holidays`. */
type InlineRole = 'patch' | 'holidays';
const INLINE_ROLES: readonly InlineRole[] = ['patch', 'holidays'];

/**
 * The document inside a child `<script type="application/json">` of `host` (anywhere below
 * it: CMSs wrap pasted markup in `<p>`s); other children are ignored. Without `role`, the data
 * document: the script with none of the role markers.
 */
export function inlineDocument(host: Element, role?: InlineRole): string | undefined {
  const selector = role
    ? `script[type="application/json"][data-${role}]`
    : `script[type="application/json"]${INLINE_ROLES.map((r) => `:not([data-${r}])`).join('')}`;
  return host.querySelector(selector)?.textContent ?? undefined;
}
