// The locations worker's whole code as text (scripts/worker-source.mjs bundles it), in a
// chunk of its own so that pages with ordinary documents never download it.
import source from './locations-worker.js?worker-source';

export default source;
