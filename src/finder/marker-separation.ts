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
 * merge removes a marker, so this ends. Placed boxes are found through a grid of screen cells,
 * so a pass costs about one lookup per marker, not one per pair (hundreds of clusters are
 * drawn at once).
 */
export function separateMarkers<T>(
  markers: readonly T[],
  { boxOf, merge, keep }: Separation<T>,
): T[] {
  let current = [...markers];
  for (;;) {
    const grid = new PlacedGrid<T>();
    let merged = false;
    for (const marker of current) {
      const box = boxOf(marker);
      const hit = keep?.(marker) ? undefined : grid.firstOverlapping(box, keep);
      if (!hit) {
        grid.place(marker, box);
        continue;
      }
      hit.marker = merge(hit.marker, marker);
      hit.box = boxOf(hit.marker);
      grid.cover(hit);
      merged = true;
    }
    current = grid.markers();
    if (!merged) return current;
  }
}

interface Placed<T> {
  marker: T;
  box: ScreenBox;
  /** Placement order: of several overlapping markers, the earliest absorbs. */
  order: number;
}

/** Screen cells (px) of the grid: about the size of a cluster marker. */
const CELL_PX = 64;

/** The markers placed so far, each listed in the cells its box (plus the gap) touches. */
class PlacedGrid<T> {
  private readonly placed: Placed<T>[] = [];
  private readonly cells = new Map<string, Placed<T>[]>();

  place(marker: T, box: ScreenBox): void {
    const entry = { marker, box, order: this.placed.length };
    this.placed.push(entry);
    this.cover(entry);
  }

  /** Lists `entry` in the cells of its (possibly grown) box; stale cells are harmless. */
  cover(entry: Placed<T>): void {
    for (const key of cellsOf(entry.box)) {
      const cell = this.cells.get(key);
      if (!cell) this.cells.set(key, [entry]);
      else if (!cell.includes(entry)) cell.push(entry);
    }
  }

  /** The earliest placed marker, not a kept one, whose box overlaps `box`. */
  firstOverlapping(box: ScreenBox, keep?: (marker: T) => boolean): Placed<T> | undefined {
    let first: Placed<T> | undefined;
    for (const key of cellsOf(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (first && entry.order >= first.order) continue;
        if (!keep?.(entry.marker) && overlap(entry.box, box)) first = entry;
      }
    }
    return first;
  }

  markers(): T[] {
    return this.placed.map(({ marker }) => marker);
  }
}

/** Keys of the grid cells a box touches, widened by the gap on every side. */
function cellsOf({ left, top, right, bottom }: ScreenBox): string[] {
  const keys: string[] = [];
  const [x0, x1] = [Math.floor((left - GAP_PX) / CELL_PX), Math.floor((right + GAP_PX) / CELL_PX)];
  const [y0, y1] = [Math.floor((top - GAP_PX) / CELL_PX), Math.floor((bottom + GAP_PX) / CELL_PX)];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
  return keys;
}
