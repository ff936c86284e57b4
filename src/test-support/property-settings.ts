// How many cases each property runs. `npm test` uses these defaults (a fast budget); `npm run
// fuzz` serves this module with its own numbers (see the `property-settings` plugin in
// web-test-runner.config.mjs), so the same test files are the fuzz targets.

/** Cases per property in a normal test run. */
export const runs: number = 100;
/** True in `npm run fuzz`: every target gets the full count, expensive ones included. */
export const fuzzing: boolean = false;
/** Set to replay a reported failure (`FUZZ_SEED=… FUZZ_PATH=… npm run fuzz`). */
export const seed: number | undefined = undefined;
export const path: string | undefined = undefined;
