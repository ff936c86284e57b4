import { css, unsafeCSS } from 'lit';

/** Values of the `theme` attribute every element has. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The colour defaults of each theme, behind the public `--mpp-color-<name>` tokens. */
const PALETTES: Record<'light' | 'dark', Record<string, string>> = {
  /**
   * WCAG AA on the light surface: text 16.6:1, muted 7.1:1, primary 7.2:1, success 6.6:1,
   * warning 6.8:1, danger 6.5:1, border 4.1:1 (measured by theme.test.ts).
   */
  light: {
    primary: '#0b57a4',
    'on-primary': '#ffffff',
    surface: '#ffffff',
    text: '#1b1f24',
    muted: '#4f5965',
    border: '#767f8a',
    success: '#0f6b2f',
    warning: '#8a4b00',
    danger: '#b3261e',
  },
  /**
   * WCAG AA on the dark surface: text 14.5:1, muted 8.6:1, primary 9.6:1, success 9.3:1,
   * warning 9.5:1, danger 8.0:1, border 5.7:1; text on primary 9.2:1.
   */
  dark: {
    primary: '#8cc4ff',
    'on-primary': '#0a1e33',
    surface: '#15191e',
    text: '#e6e9ed',
    muted: '#aeb6bf',
    border: '#8a939d',
    success: '#6fd08c',
    warning: '#f0b357',
    danger: '#ff8f86',
  },
};

/** `--_<name>: var(--mpp-color-<name>, <default>)` for each colour, and the matching scheme. */
function themeDeclarations(theme: 'light' | 'dark'): string {
  const colours = Object.entries(PALETTES[theme]).map(
    ([name, value]) => `--_${name}:var(--mpp-color-${name},${value});`,
  );
  return `${colours.join('')}color-scheme:${theme}`;
}

/**
 * The theme rules, written compactly here (the build minifies only `css` literals without
 * `${}`). Elements use the private `--_*` names, so a public token left unset falls back
 * once, and a designer's `--mpp-color-*` wins in every theme.
 *
 * `color-scheme` follows the theme: native controls (checkboxes, selects, scrollbars) are
 * drawn for the element's own surface, not for the page's. On a page that declares `dark`,
 * Chromium draws unticked checkboxes dark-filled, which on a light surface read as ticked.
 * Light is the default: pages made before themes existed look as they did; `auto` suits only
 * pages that themselves follow the visitor's setting (a dark widget on a light page is worse
 * than a light one on a dark page). Paper is white: a dark element prints in light colours.
 */
const themeRules = unsafeCSS(
  `:host{${themeDeclarations('light')}}` +
    `:host([theme='dark']){${themeDeclarations('dark')}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']){${themeDeclarations('dark')}}}` +
    `@media print{:host([theme]){${themeDeclarations('light')}}}`,
);

const sharedStyles = css`
  :host {
    --_font: var(--mpp-font-family, inherit);
    --_radius: var(--mpp-radius, 0.5rem);
    --_space: var(--mpp-space, 0.5rem);
    font-family: var(--_font);
    color: var(--_text);
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

/** Theme tokens (`--mpp-*`, contract §2) and what every element's styles share. */
export const themeTokens = [themeRules, sharedStyles];
