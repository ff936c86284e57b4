// Vue templates: <mpp-…> elements with typed props and `@mpp-…` events, for vue-tsc and editors.
import type {} from 'mpp-widgets/vue';
