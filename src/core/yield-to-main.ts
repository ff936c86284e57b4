/**
 * Lets the browser paint and handle input before long work continues, so a large data set is
 * processed in slices instead of one long task. `scheduler.yield()` where available (it keeps
 * our place in the queue); else `yieldToTasks`.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return yieldToTasks();
}

/**
 * Lets the tasks already waiting run first, network responses among them: for slices of work
 * that others wait on meanwhile (reading a document while the map's code arrives), where
 * `scheduler.yield()` would run our slices ahead of those responses until the work is done.
 * A message-channel task, which unlike `setTimeout(0)` is not clamped to 4 ms.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep Node (the CLI) running
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets everything else waiting go first: for work nobody is waiting for yet (an index for the
 * first keystroke), which must not delay what the visitor sees (the map's first markers). A
 * timer task comes after the tasks already queued (the clustering worker's answers, network),
 * where `yieldToMain` keeps its place ahead of them.
 */
export const yieldToBackground = () => new Promise((resolve) => setTimeout(resolve));

/** Milliseconds of work between two yields: well under the 50 ms of a "long task". */
export const SLICE_MS = 12;
