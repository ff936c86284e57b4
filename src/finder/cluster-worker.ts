// The clustering worker's entry: bundled with everything it imports into one string
// (cluster-worker-source.ts), never loaded by URL.
import { serveClusterRequests } from './cluster-answer.js';

serveClusterRequests(self);
