// Svelte markup: <mpp-…> elements with typed attributes and `onmpp-…` events, for svelte-check.
import type {} from 'mpp-widgets/svelte';
