// Property-based tests with fast-check, one entry point for every target: the number of cases
// comes from property-settings (fast in `npm test`, ≥ 10,000 in `npm run fuzz`), a failure says
// how to replay it, and each target's count is reported to the fuzz summary.
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';
import { fuzzing, path, runs, seed } from './property-settings.js';

export { fc };

export interface PropertyOptions {
  /**
   * Fewer cases for an expensive target (a mounted element) in `npm test`: a share of its
   * budget. A fuzz run ignores it, so that every target gets at least FUZZ_RUNS cases.
   */
  share?: number;
}

/**
 * Runs `property` and reports it under `target` (e.g. "opening_hours: parse never throws").
 * On failure the error carries fast-check's counterexample plus the command that replays it.
 */
export async function checkProperty<T>(
  target: string,
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
  { share = 1 }: PropertyOptions = {},
): Promise<void> {
  const numRuns = fuzzing ? runs : Math.max(1, Math.round(runs * share));
  const details = await fc.check(property as fc.IAsyncProperty<T>, {
    numRuns,
    ...(seed === undefined ? {} : { seed, path }),
  });
  await executeServerCommand('property-report', {
    target,
    runs: details.numRuns,
    failed: details.failed,
  });
  if (details.failed) {
    const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npm run fuzz -- <this test file>`;
    throw new Error(`${fc.defaultReportMessage(details) ?? 'Property failed'}\nReplay: ${replay}`);
  }
}
