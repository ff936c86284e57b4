import { css } from 'lit';

/** Values of the `theme` attribute every element has. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const lightTokens = css`
  --_primary: var(--mpp-color-primary, #0b57a4);
  --_on-primary: var(--mpp-color-on-primary, #ffffff);
  --_surface: var(--mpp-color-surface, #ffffff);
  --_text: var(--mpp-color-text, #1b1f24);
  --_muted: var(--mpp-color-muted, #4f5965);
  --_border: var(--mpp-color-border, #767f8a);
  --_success: var(--mpp-color-success, #0f6b2f);
  --_warning: var(--mpp-color-warning, #8a4b00);
  --_danger: var(--mpp-color-danger, #b3261e);
  color-scheme: light;
`;

/**
 * The dark palette: each colour ≥ 4.5:1 on the dark surface (text 14.5:1, muted 8.6:1,
 * primary 9.6:1, success 9.3:1, warning 9.5:1, danger 8.0:1, border 5.7:1), text on primary
 * 9.2:1 (checked by `theme-contrast.test.ts`). Still behind the public tokens: a designer's
 * `--mpp-color-*` wins in both themes.
 */
const darkTokens = css`
  --_primary: var(--mpp-color-primary, #8cc4ff);
  --_on-primary: var(--mpp-color-on-primary, #0a1e33);
  --_surface: var(--mpp-color-surface, #15191e);
  --_text: var(--mpp-color-text, #e6e9ed);
  --_muted: var(--mpp-color-muted, #aeb6bf);
  --_border: var(--mpp-color-border, #8a939d);
  --_success: var(--mpp-color-success, #6fd08c);
  --_warning: var(--mpp-color-warning, #f0b357);
  --_danger: var(--mpp-color-danger, #ff8f86);
  color-scheme: dark;
`;

/**
 * Public theme tokens (`--mpp-*`, contract §2) with defaults that pass WCAG AA on the
 * default surface: text 16:1, muted 7:1, primary/success/warning/danger ≥ 5.5:1, border 4.5:1.
 * Elements use the private `--_*` names so a token left unset falls back here once.
 *
 * `color-scheme` follows the theme: native controls (checkboxes, selects, scrollbars) are
 * drawn for the element's own surface, not for the page's. On a page that declares `dark`,
 * Chromium draws unticked checkboxes dark-filled, which on a light surface read as ticked.
 * Light is the default: pages made before themes existed look as they did; `auto` suits only
 * pages that themselves follow the visitor's setting (a dark widget on a light page is worse
 * than a light one on a dark page).
 */
export const themeTokens = css`
  :host {
    ${lightTokens}
    --_font: var(--mpp-font-family, inherit);
    --_radius: var(--mpp-radius, 0.5rem);
    --_space: var(--mpp-space, 0.5rem);
    font-family: var(--_font);
    color: var(--_text);
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  /* Paper is white: a dark element prints in the light colours (and light tick boxes). */
  @media print {
    :host([theme]) {
      ${lightTokens}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .error {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }

  .error p {
    margin: 0;
  }

  .error-headline {
    font-weight: 600;
  }

  .error-cause {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* The one button style of every element (outlined; .primary filled). */
  .button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }

  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }

  .retry {
    margin-block-start: var(--_space);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
