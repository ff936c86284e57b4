/// <reference types="node" />
// The `mpp-widgets` command (`npx mpp-widgets validate …`); see validate-command.ts.
import { main } from './validate-command.js';

process.exitCode = await main(process.argv.slice(2));
