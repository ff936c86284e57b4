import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './localization.js';

/**
 * The one error display of every element: a headline saying what cannot be shown, the
 * cause in plain words (usually `describeError(error)`), and an optional "try again" button.
 */
export function renderError(headline: string, cause: string, onRetry?: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-headline">${headline}</p>
    <p class="error-cause">${cause}</p>
    ${
      onRetry
        ? html`<button part="retry-button" class="button retry" type="button" @click=${onRetry}>
            ${msg('Try again', { id: 'core.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
