// Registers <mpp-finder> and exposes its class and types.
import { defineElement } from '../core/define-element.js';
import { MppFinder } from './finder.js';

defineElement('mpp-finder', MppFinder);

export { MppFinder };
export type { FinderSelectDetail } from './finder.js';
export type { LocationProperties, LocationsDocument, MppLocation } from './locations.js';
export type { MppErrorDetail } from '../core/events.js';
