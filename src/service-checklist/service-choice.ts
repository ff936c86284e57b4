// The service `service` names when it is not a catalogue id as written (a short name, another
// spelling), the choice offered to the visitor, and the error: a chunk loaded only then.
import { html } from 'lit';
import { MppError } from '../core/errors.js';
import { textIn } from '../core/localized-text.js';
import { msg, type Locale } from '../core/localization.js';
import { quote, truncate } from '../core/quote.js';
import type { Service } from './catalog.js';
import { matchService, type ServiceMatch } from './service-match.js';

/** What a `service` value that shows no checklist means for the page. */
export interface ServiceProblem {
  kind: 'empty' | 'ambiguous' | 'unknown';
  error: MppError;
  /** Services a visitor may pick instead (a short name several fit, or close spellings). */
  choices: Service[];
}

/** At most this many services are offered (and named in the console) for one `service`. */
const MAX_CHOICES = 10;

/**
 * How `written` reads against the catalogue, and what is wrong when it names no one service.
 * The element looks an id written exactly as in the catalogue up itself; this module (a chunk
 * of its own) reads everything else.
 */
export function lookUpService(
  written: string,
  services: readonly Service[],
  url: string | undefined,
): { match: ServiceMatch; problem?: ServiceProblem } {
  const match = matchService(written, services);
  return { match, problem: serviceProblem(written, match, services, url) };
}

/** The error for a `match` that shows no checklist; none for a service that was found. */
function serviceProblem(
  written: string,
  match: ServiceMatch,
  services: readonly Service[],
  url: string | undefined,
): ServiceProblem | undefined {
  // A custom catalogue may hold thousands of ids that fit a short name: a bounded list.
  const ids = (list: Service[]) => {
    const named = list.slice(0, MAX_CHOICES).map((service) => truncate(service.id));
    return list.length > MAX_CHOICES
      ? `${named.join(', ')} … (+${list.length - MAX_CHOICES})`
      : named.join(', ');
  };
  switch (match.kind) {
    case 'exact':
    case 'understood':
      return undefined;
    case 'empty':
      return {
        kind: 'empty',
        error: new MppError(
          'attribute',
          'The service attribute (id of a service in the catalogue) is required',
        ),
        choices: [],
      };
    case 'ambiguous':
      return {
        kind: 'ambiguous',
        error: new MppError(
          'not-found',
          `service=${quote(written)} fits several services (${ids(match.candidates)}); none was picked`,
          { url },
        ),
        choices: match.candidates.slice(0, MAX_CHOICES),
      };
    case 'unknown': {
      const meant = match.suggestions.length ? ` (did you mean ${ids(match.suggestions)}?)` : '';
      return {
        kind: 'unknown',
        error: new MppError(
          'not-found',
          `No service ${quote(written)} in the catalogue (${services.length} services)${meant}`,
          { url },
        ),
        choices: match.suggestions.slice(0, MAX_CHOICES),
      };
    }
  }
}

/** Buttons for the services a visitor may have come for; choosing one shows its checklist. */
export function renderServiceChoices(
  choices: readonly Service[],
  locale: Locale,
  onChoose: (id: string) => void,
) {
  return html`<div part="choices" class="choices">
    <p id="choices-label">${msg('Choose the service you need:', { id: 'checklist.choose' })}</p>
    <ul aria-labelledby="choices-label">
      ${choices.map(
        (service) =>
          html`<li>
            <button type="button" class="button" @click=${() => onChoose(service.id)}>
              ${textIn(service.name, locale)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
