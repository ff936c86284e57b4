// Markers whose boxes overlap on screen are merged, so every marker keeps its whole box as a
// touch target (WCAG 2.5.8: 24 × 24 px, unobscured). Clustering alone does not promise it: a
// cluster sits at the centre of its points, and two clusters may end up closer than their size.

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A little air between targets, so rings and shadows do not touch either. */
const GAP_PX = 2;

export function overlap(a: ScreenBox, b: ScreenBox): boolean {
  return (
    a.left < b.right + GAP_PX &&
    b.left < a.right + GAP_PX &&
    a.top < b.bottom + GAP_PX &&
    b.top < a.bottom + GAP_PX
  );
}

export interface Separation<T> {
  /** Where a marker is drawn on screen (depends on its kind: a pin or a cluster). */
  boxOf: (marker: T) => ScreenBox;
  /** One marker standing for both (the first keeps its position). */
  merge: (kept: T, absorbed: T) => T;
  /** A marker never merged into another (the selection stays visible as itself). */
  keep?: (marker: T) => boolean;
}

/**
 * Merges overlapping markers, earlier ones first (put the important ones first), until no
 * two boxes overlap — except with a kept marker, which nothing is merged into. A merge can
 * change a box (a pin becomes a cluster), so passes repeat until one merges nothing; each
 * merge removes a marker, so this ends.
 */
export function separateMarkers<T>(
  markers: readonly T[],
  { boxOf, merge, keep }: Separation<T>,
): T[] {
  let current = [...markers];
  for (;;) {
    const placed: { marker: T; box: ScreenBox }[] = [];
    let merged = false;
    for (const marker of current) {
      const box = boxOf(marker);
      if (keep?.(marker)) {
        placed.push({ marker, box });
        continue;
      }
      const hit = placed.find((other) => !keep?.(other.marker) && overlap(other.box, box));
      if (!hit) {
        placed.push({ marker, box });
        continue;
      }
      hit.marker = merge(hit.marker, marker);
      hit.box = boxOf(hit.marker);
      merged = true;
    }
    current = placed.map(({ marker }) => marker);
    if (!merged) return current;
  }
}
