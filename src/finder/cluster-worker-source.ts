// The clustering worker's whole code as text (scripts/worker-source.mjs bundles it), in a
// chunk of its own so that pages with ordinary data sets never download it.
import source from './cluster-worker.js?worker-source';

export default source;
