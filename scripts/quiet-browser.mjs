// Benches start each load in a fresh browser context (a cold cache). Chromium opens a window
// for it, and the window builds its own omnibox pop-ups (chrome://omnibox-popup.top-chrome,
// a hundred WebUI modules): on a 2-CPU machine, both cores busy for ~1.3 s. A page loaded
// meanwhile shares the CPUs with that, which no visitor's browser does on each page load, so
// the benches wait for the browser to be quiet before they navigate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Milliseconds per clock tick in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const MS_PER_TICK = 10;
const SAMPLE_MS = 100;
/** Quiet: the browser's processes used at most this much CPU in each of QUIET_SAMPLES samples. */
const QUIET_CPU_MS = 10;
const QUIET_SAMPLES = 3;

/** `/proc/<pid>/stat` fields after the command name, or undefined once the process is gone. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU milliseconds used so far by `root` and every process below it, per pid. */
function cpuByProcess(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    const parent = /^\d+$/.test(name) ? statFields(name)?.[1] : undefined;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), name]);
  }
  const used = new Map();
  const pending = [String(root)];
  while (pending.length) {
    const pid = pending.pop();
    const fields = statFields(pid);
    // utime and stime: fields 14 and 15 of stat(5), 12 and 13 after the command name.
    if (fields) used.set(pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
    pending.push(...(children.get(pid) ?? []));
  }
  return used;
}

/**
 * Resolves when the browser's processes have been nearly idle for QUIET_SAMPLES samples in a
 * row, or after `timeoutMs` (then with false). Without /proc (not Linux), or for a browser
 * not started by this process: at once, true.
 */
export async function untilBrowserIsQuiet(browser, { timeoutMs = 15_000 } = {}) {
  const root = browser.process()?.pid;
  if (!root || !existsSync('/proc/self/stat')) return true;
  const deadline = Date.now() + timeoutMs;
  let before = cpuByProcess(root);
  let quietSamples = 0;
  while (Date.now() < deadline) {
    await sleep(SAMPLE_MS);
    const now = cpuByProcess(root);
    // A process started since the last sample counts with all it used: it is starting up.
    let busy = 0;
    for (const [pid, used] of now) busy += used - (before.get(pid) ?? 0);
    before = now;
    quietSamples = busy <= QUIET_CPU_MS ? quietSamples + 1 : 0;
    if (quietSamples === QUIET_SAMPLES) return true;
  }
  return false;
}
