import type { Service } from './catalog.js';

/**
 * What the visitor is told to check before going: `news` when the service rests on news reports
 * (no page of the office or agency itself among its sources: a regulation says what the law
 * requires, not what the counter asks for), `confirm` when its confidence is below high.
 */
export function confirmationNotice(service: Service): 'news' | 'confirm' | undefined {
  const kinds = (service.sources ?? []).map((source) => source.kind);
  if (kinds.includes('news-citing-official') && !kinds.includes('official')) return 'news';
  return service.confidence === 'high' ? undefined : 'confirm';
}
