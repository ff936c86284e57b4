import type { MppError } from './errors.js';
import { msg, str } from './localization.js';

/**
 * What went wrong and what the visitor can do, in the active locale (call it while
 * rendering, or inside `inLocale`). Element-specific causes (`not-found`) are worded by
 * the element itself.
 */
export function describeError(error: MppError): string {
  switch (error.code) {
    case 'network':
      // Not the visitor's connection: saying "check your internet" would send them away.
      if (error.details.cause && error.details.cause !== 'offline') {
        return msg('The data could not be loaded from its server. Please try again later.', {
          id: 'core.error.server',
        });
      }
      return msg('The data could not be loaded. Check your internet connection and try again.', {
        id: 'core.error.network',
      });
    case 'timeout':
      return msg('The data server took too long to answer. Please try again later.', {
        id: 'core.error.timeout',
      });
    case 'http': {
      const status = error.details.status ?? 0;
      return msg(
        str`The data server answered with an error (HTTP ${status}). Please try again later.`,
        {
          id: 'core.error.http',
        },
      );
    }
    case 'parse':
    case 'schema':
      return msg(
        'The data is not in the expected format. Site owners: the browser console lists the problems.',
        { id: 'core.error.format' },
      );
    case 'not-found':
      return msg('Site owners: check the name asked for against the data.', {
        id: 'core.error.notFound',
      });
    case 'attribute':
      return msg('Site owners: a setting of this widget is missing or invalid.', {
        id: 'core.error.attribute',
      });
  }
}
