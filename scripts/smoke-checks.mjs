// The named checks of the browser smoke scripts (cdn-smoke.mjs, cdn-preload-test.mjs): each
// runs to the end and is reported ✓ or ✗ with its reason; the process fails if any failed.

export function smokeChecks() {
  const results = [];
  return {
    /** Runs `run`, recording `name` as passed, or failed with the error's message. */
    async check(name, run) {
      try {
        await run();
        results.push(`✓ ${name}`);
      } catch (error) {
        results.push(`✗ ${name}: ${error.message}`);
      }
    },
    /** Prints every result and the counts; exits 1 when one failed. */
    report() {
      console.log(results.join('\n'));
      const failed = results.filter((line) => line.startsWith('✗')).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}

export function assert(ok, message) {
  if (!ok) throw new Error(message);
}
