import { css, html } from 'lit';
import { MppError } from '../core/errors.js';
import { textIn } from '../core/localized-text.js';
import { msg, str, type Locale } from '../core/localization.js';
import { didYouMean, type OwnerHint } from '../core/owner-hints.js';
import type { Service } from './catalog.js';
import type { ServiceMatch } from './service-match.js';

/** What a `service` value that shows no checklist means for the page and its owner. */
export interface ServiceProblem {
  kind: 'empty' | 'ambiguous' | 'unknown';
  error: MppError;
  hint: OwnerHint;
  /** Services a visitor may pick instead (a short name several fit, or close spellings). */
  choices: Service[];
}

/**
 * The error and owner hint for `match` (none for a service that was found; a value read
 * another way gets only a hint, saying how it was read).
 */
export function serviceProblem(
  written: string,
  match: ServiceMatch,
  services: readonly Service[],
  url: string | undefined,
): { problem?: ServiceProblem; hint?: OwnerHint } {
  const valid = services.map((service) => service.id);
  const ids = (list: Service[]) => list.map((service) => service.id);
  switch (match.kind) {
    case 'exact':
      return {};
    case 'understood': {
      const id = match.service.id;
      return {
        hint: {
          key: 'service',
          text: () =>
            msg(str`service="${written}" was read as "${id}"; write service="${id}" to be sure.`, {
              id: 'checklist.hint.understood',
            }),
        },
      };
    }
    case 'empty':
      return {
        problem: {
          kind: 'empty',
          error: new MppError(
            'attribute',
            'The service attribute (id of a service in the catalogue) is required',
          ),
          hint: {
            key: 'service',
            text: () =>
              msg('Give the id of a service in the service attribute.', {
                id: 'checklist.hint.empty',
              }),
            valid,
          },
          choices: [],
        },
      };
    case 'ambiguous': {
      const fitting = ids(match.candidates);
      return {
        problem: {
          kind: 'ambiguous',
          error: new MppError(
            'not-found',
            `service="${written}" fits several services (${fitting.join(', ')}); none was picked`,
            { url },
          ),
          hint: {
            key: 'service',
            text: () =>
              `${msg(str`service="${written}" fits several services; name one.`, { id: 'checklist.hint.ambiguous' })} ${didYouMean(fitting)}`,
            valid,
          },
          choices: match.candidates,
        },
      };
    }
    case 'unknown': {
      const close = ids(match.suggestions);
      const meant = close.length ? ` (did you mean ${close.join(', ')}?)` : '';
      return {
        problem: {
          kind: 'unknown',
          error: new MppError(
            'not-found',
            `No service "${written}" in the catalogue (${services.length} services)${meant}`,
            { url },
          ),
          hint: {
            key: 'service',
            text: () =>
              `${msg(str`service="${written}" is not in the catalogue.`, { id: 'checklist.hint.unknown' })} ${didYouMean(close)}`.trim(),
            valid,
          },
          choices: match.suggestions,
        },
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

export const serviceChoiceStyles = css`
  .choices ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mpp-space, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
