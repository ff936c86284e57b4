import { css } from 'lit';

export const queueBadgeStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }

  /*
   * Reflow (WCAG 1.4.10, 1.4.12): nothing keeps a line from wrapping, so at 320 px — or at
   * 400 % zoom with wider text spacing — every fact wraps inside the card instead of pushing
   * it wider; a word longer than the card (a feed's long number) breaks rather than overflows.
   */
  .badge {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .compact > *,
  .card-header > *,
  .card-body > *,
  .card-footer > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  /* compact: one line that wraps on narrow screens; its height is reserved while loading */
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    min-block-size: 2.75rem;
    padding: calc(var(--_space) / 2) var(--_space);
  }

  .full {
    display: grid;
    gap: var(--_space);
    min-block-size: 11rem;
    padding: calc(var(--_space) * 2);
  }

  .title {
    margin: 0;
    font-weight: 600;
  }

  .full .title {
    font-size: 1.125rem;
  }

  .location {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* The status pill goes under the name when both do not fit on one line. */
  .card-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }

  .card-body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }

  .card-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }

  /* The page-wide pause: small enough for a compact badge, still a 32 px target (2.5.8: 24). */
  .announce-toggle {
    min-block-size: 2rem;
    padding: 0.125rem 0.625rem;
    font-size: 0.875rem;
  }

  .announce-toggle[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* A visible mark of the pressed state; screen readers hear aria-pressed (empty alt text). */
  .announce-toggle[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }

  .status {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .status-open {
    color: var(--_success);
  }

  .status-closed {
    color: var(--_danger);
  }

  .status-paused {
    color: var(--_warning);
  }

  .now-serving {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.375rem;
  }

  .now-serving.idle,
  .label,
  .counter {
    color: var(--_muted);
  }

  .number {
    color: var(--_primary);
    font-size: 1.25rem;
    font-variant-numeric: tabular-nums;
  }

  .card-body > .now-serving:not(.idle) {
    display: grid;
    gap: 0;
  }

  .full .card-body > .now-serving .number {
    font-size: 2.5rem;
    line-height: 1.1;
  }

  .full .card-body > .fact {
    display: block;
    inline-size: 100%;
  }

  .summary {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }

  .updated {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .compact .updated {
    margin-inline-start: auto;
  }

  .notice {
    margin-inline-end: 0.375rem;
  }

  .stale .notice {
    color: var(--_warning);
  }

  .offline .notice {
    color: var(--_danger);
  }

  .services {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    inline-size: 100%;
  }

  .service {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }

  .service:last-child {
    border-block-end: none;
  }

  .service-name {
    flex: 1 1 10rem;
    font-weight: 600;
  }

  .service .number {
    font-size: 1rem;
  }

  .more {
    margin: 0;
    color: var(--_muted);
  }

  .skeleton {
    display: block;
    flex: 1;
    align-self: stretch;
    min-block-size: 1.5rem;
    border-radius: var(--_radius);
    background: linear-gradient(
      90deg,
      color-mix(in srgb, var(--_muted) 12%, transparent),
      color-mix(in srgb, var(--_muted) 22%, transparent),
      color-mix(in srgb, var(--_muted) 12%, transparent)
    );
    background-size: 200% 100%;
    animation: shimmer 1.5s linear infinite;
  }

  .full .skeleton {
    min-block-size: 9rem;
  }

  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }

  .badge .error {
    flex: 1;
    border-radius: var(--_radius);
  }
`;
