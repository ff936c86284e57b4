// The locations worker's entry: bundled with everything it imports into one string
// (locations-worker-source.ts), never loaded by URL.
import { serveLocationReading } from './locations-reading.js';

serveLocationReading(self);
