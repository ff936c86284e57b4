import { css } from 'lit';

export const finderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.4;
    overflow: hidden;
    /*
     * A height from the page bounds the finder at every width, and the list scrolls inside:
     * the element's own CSS height (the percentages resolve only when it has one) or
     * --mpp-finder-height. Without either, a narrow finder grows with its list (phones).
     */
    block-size: var(--mpp-finder-height, auto);
    min-block-size: 100%;
    max-block-size: 100%;
  }

  p {
    margin: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  .search {
    flex: 1 1 14rem;
  }

  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    min-block-size: 2.5rem;
    inline-size: 100%;
  }

  .filter {
    flex: 1 1 10rem;
  }

  .near-me {
    min-block-size: 2.5rem;
  }

  .near-me[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }

  .position-problem {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: 0.875rem;
  }

  /*
   * Narrow (phones): the map on top at a fixed height, the list flowing with the page; a
   * list scrolling inside a page scrolling on a phone is hard to use. The DOM order is the
   * visual order at every width (skip link, map, list), so Tab follows what is seen.
   */
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    flex: 1;
    min-block-size: 0;
  }

  /*
   * Scrolls when the finder has a height. The padding leaves room for the focus rings of the
   * results and "Show more" (3 px + 2 px offset), which the scrolling edge would clip; the
   * scroll padding keeps a result focused by Tab clear of the edge.
   */
  .results {
    overflow-y: auto;
    min-block-size: 0;
    padding: 0.3125rem;
    scroll-padding-block: 0.5rem;
  }

  .all-link {
    align-self: start;
    color: var(--_primary);
    font-weight: 600;
  }

  /* Never the whole screen (a short phone in landscape, 400 % zoom): the page stays in reach. */
  .map-area {
    block-size: min(16rem, 60vh);
    flex: none;
  }

  /* Map only, except for the message that nothing matches (it says how to widen). */
  .view-map:not(.state-empty) .results {
    display: none;
  }

  .view-map .map-area {
    block-size: min(22rem, 70vh);
  }

  /* Wide: the widget takes its height; list and map side by side, the list scrolling. */
  @container (min-width: 44rem) {
    .finder {
      block-size: var(--mpp-finder-height, var(--_finder-height));
    }

    .body {
      display: grid;
      grid-template-columns: 3fr minmax(18rem, 2fr);
    }

    .view-list .body,
    .view-map .body {
      grid-template-columns: 1fr;
    }

    .map-area,
    .view-map .map-area {
      block-size: auto;
    }
  }

  /* Not overflow: hidden here: it would clip the focus rings of the map and the skip link. */
  .map-area {
    position: relative;
    min-block-size: min(12rem, 50vh);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 9%, var(--_surface));
  }

  .map {
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  /* The focus ring inside the map's edge (never clipped), doubled for contrast on any tile. */
  .map.leaflet-container:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_surface);
  }

  .skip-map {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-start: var(--_space);
    z-index: 1100;
    font: inherit;
    padding: 0.5rem 0.875rem;
    min-block-size: 2.75rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .skip-map:not(:focus) {
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    white-space: nowrap;
  }

  .map-note {
    position: absolute;
    inset-block-start: 50%;
    inset-inline: 0;
    text-align: center;
    color: var(--_muted);
  }

  .count {
    font-weight: 600;
    padding-block-end: var(--_space);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .item {
    display: grid;
    gap: 0.125rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    font-size: 0.9375rem;
  }

  /* Selection shows by a thick border and weight, not by colour alone. */
  .item.selected {
    border-width: 3px;
    border-inline-start-width: 10px;
    border-color: var(--_primary);
  }

  .name {
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--_primary);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .address,
  .today,
  .upcoming,
  .distance {
    color: var(--_muted);
  }

  /* Where the MPP really is: shown before the hours, marked by its border as well as colour. */
  .operating-status {
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_warning);
  }

  .approximate {
    display: inline-block;
    padding-inline: 0.375rem;
    border: 1px dashed var(--_muted);
    border-radius: 999px;
    font-size: 0.8125rem;
  }

  .status {
    font-weight: 700;
  }

  .status.open {
    color: var(--_success);
  }

  .status.closed {
    color: var(--_danger);
  }

  /* A holiday the hours do not speak of: not "closed" for sure, so not in the closed colour. */
  .status.uncertain {
    color: var(--_warning);
  }

  .hours.unknown {
    color: var(--_muted);
    font-style: italic;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }

  .links a {
    color: var(--_primary);
    white-space: nowrap;
  }

  .directions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  .more {
    margin-block: var(--_space);
    inline-size: 100%;
  }

  .empty {
    padding: var(--_space);
  }

  .skeleton {
    block-size: 100%;
    min-block-size: 6rem;
    border-radius: var(--_radius);
    background: linear-gradient(
      90deg,
      color-mix(in srgb, var(--_text) 7%, var(--_surface)),
      color-mix(in srgb, var(--_text) 3%, var(--_surface)),
      color-mix(in srgb, var(--_text) 7%, var(--_surface))
    );
  }

  /* Markers (inside Leaflet's panes, still in this shadow root). */
  .mpp-pin svg {
    inline-size: 100%;
    block-size: 100%;
    fill: var(--_primary);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  .mpp-pin svg circle {
    fill: var(--_surface);
  }

  .mpp-pin.selected svg {
    stroke: var(--_text);
    stroke-width: 2.5;
  }

  .mpp-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    font-size: 0.875rem;
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_primary) 35%, transparent);
  }

  .mpp-you span {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: #1a73e8;
    border: 3px solid #fff;
    box-shadow: 0 0 0 2px #1a73e8;
  }

  .leaflet-marker-icon:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
    box-shadow: 0 0 0 8px var(--_surface);
  }

  /*
   * Forced colours (Windows contrast themes): backgrounds and shadows are replaced by the
   * system's, which made clusters vanish and left pins in our blue. Markers take system
   * colours themselves: pins and clusters as buttons, the selection and the visitor as
   * highlighted.
   */
  @media (forced-colors: active) {
    .mpp-pin,
    .mpp-cluster,
    .mpp-you {
      forced-color-adjust: none;
    }

    .mpp-pin svg {
      fill: ButtonText;
      stroke: Canvas;
    }

    .mpp-pin svg circle {
      fill: Canvas;
    }

    .mpp-pin.selected svg {
      fill: Highlight;
      stroke: CanvasText;
    }

    .mpp-pin.selected svg circle {
      fill: HighlightText;
    }

    .mpp-cluster {
      background: ButtonFace;
      color: ButtonText;
      border: 3px solid ButtonText;
      box-shadow: none;
    }

    .mpp-you span {
      background: Highlight;
      border-color: Canvas;
      box-shadow: 0 0 0 2px CanvasText;
    }

    .leaflet-marker-icon:focus-visible,
    .map.leaflet-container:focus-visible {
      outline-color: Highlight;
    }

    .item.selected {
      border-color: Highlight;
    }

    /* Its grey background is gone: an edge shows where the map is (and where dragging works). */
    .map-area {
      border: 1px solid CanvasText;
    }
  }

  .leaflet-container {
    font: inherit;
  }

  .leaflet-container .leaflet-control-attribution {
    font-size: 0.75rem;
  }

  /*
   * Leaflet's controls in the element's theme (its stylesheet has them white, links teal);
   * [href] outranks its :hover, :focus and .leaflet-disabled rules.
   */
  .map .leaflet-bar a[href] {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }

  .map .leaflet-bar a.leaflet-disabled {
    color: var(--_muted);
  }

  .map .leaflet-control-attribution {
    background: color-mix(in srgb, var(--_surface) 90%, transparent);
    color: var(--_text);
  }

  .map .leaflet-control-attribution a {
    color: var(--_primary);
  }

  /* Over tiles of any colour: the ring in the text colour with a halo of the surface. */
  .map .leaflet-control a:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
    box-shadow: 0 0 0 7px var(--_surface);
  }
`;
