// Shared by every test file. A failed assertion whose actual/expected value is a DOM
// node makes @web/test-runner 0.20 hang instead of reporting: report its markup instead.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = error[key];
    if (value instanceof Node)
      error[key] = value instanceof Element ? value.outerHTML : value.textContent;
  }
});
