// Registers <mpp-service-checklist> and exposes its class and types.
import { defineElement } from '../core/define-element.js';
import { MppServiceChecklist } from './service-checklist.js';

defineElement('mpp-service-checklist', MppServiceChecklist);

export { MppServiceChecklist };
export type { ChecklistChangeDetail } from './service-checklist.js';
export type { Catalog, Service, Requirement } from './catalog.js';
export type { MppErrorDetail } from '../core/events.js';
