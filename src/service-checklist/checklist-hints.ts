// The checklist's owner hints (loaded with the first one, see OwnerHintsController).
import { didYouMean } from '../core/owner-hint-texts.js';
import type { OwnerHint } from '../core/owner-hints.js';
import { addTranslations, msg, str } from '../core/localization.js';
import { templates } from '../generated/locales/id/checklistHint.js';
import type { Service } from './catalog.js';
import type { ServiceMatch } from './service-match.js';

addTranslations('id', templates);

/** What the owner should know about how `service` was read (any match but an exact one). */
export function serviceHint(
  written: string,
  match: Exclude<ServiceMatch, { kind: 'exact' }>,
  services: readonly Service[],
): OwnerHint {
  const valid = services.map((service) => service.id);
  const ids = (list: Service[]) => list.map((service) => service.id);
  switch (match.kind) {
    case 'understood': {
      const id = match.service.id;
      return {
        key: 'service',
        text: () =>
          msg(str`service="${written}" was read as "${id}"; write service="${id}" to be sure.`, {
            id: 'checklistHint.understood',
          }),
      };
    }
    case 'empty':
      return {
        key: 'service',
        text: () =>
          msg('Give the id of a service in the service attribute.', { id: 'checklistHint.empty' }),
        valid,
      };
    case 'ambiguous': {
      const fitting = ids(match.candidates);
      return {
        key: 'service',
        text: () =>
          `${msg(str`service="${written}" fits several services; name one.`, { id: 'checklistHint.ambiguous' })} ${didYouMean(fitting)}`,
        valid,
      };
    }
    case 'unknown': {
      const close = ids(match.suggestions);
      return {
        key: 'service',
        text: () =>
          `${msg(str`service="${written}" is not in the catalogue.`, { id: 'checklistHint.unknown' })} ${didYouMean(close)}`.trim(),
        valid,
      };
    }
  }
}
