// `node scripts/saturated-test.mjs [runs] [-- command …]`: runs the test suite (`npm test`
// unless a command follows `--`) `runs` times (default 5) while a CPU hog spins on every core,
// and prints pass/fail per run. A test that only passes on an idle machine waits for time, not
// for the behaviour it checks (shared/testing.md "Steady under load"); this is how to catch it.
// The hogs are stopped however this script ends (done, a failure, Ctrl-C). Each run's output
// goes to a log file whose path is printed; a failed run also shows the end of it.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const separator = process.argv.indexOf('--');
const options = separator < 0 ? process.argv.slice(2) : process.argv.slice(2, separator);
const command = separator < 0 ? ['npm', 'test'] : process.argv.slice(separator + 1);
const runs = Number(options[0] ?? 5);
if (!Number.isInteger(runs) || runs < 1 || command.length === 0) {
  console.error('usage: node scripts/saturated-test.mjs [runs] [-- command …]');
  process.exit(2);
}

const hogs = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
let current;
function stopAll() {
  for (const hog of hogs) if (hog.exitCode === null) hog.kill('SIGKILL');
  // The suite runs in its own process group (detached): stop it whole, browsers included.
  if (current?.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const logs = mkdtempSync(join(tmpdir(), 'saturated-test-'));
console.log(
  `${hogs.length} CPU hog(s) running; ${runs} run(s) of \`${command.join(' ')}\`; logs in ${logs}`,
);

function runOnce(run) {
  const log = join(logs, `run-${run}.log`);
  const output = createWriteStream(log);
  const started = Date.now();
  current = spawn(command[0], command.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  current.stdout.pipe(output);
  current.stderr.pipe(output);
  return new Promise((resolve) => {
    current.on('close', (code, signal) => {
      output.end(() =>
        resolve({
          run,
          log,
          ok: code === 0,
          code: code ?? signal,
          seconds: (Date.now() - started) / 1000,
        }),
      );
    });
  });
}

const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const result = await runOnce(run);
    results.push(result);
    console.log(
      `run ${run}/${runs}: ${result.ok ? 'pass' : `FAIL (exit ${result.code})`} ` +
        `in ${result.seconds.toFixed(0)} s — ${result.log}`,
    );
    if (!result.ok) {
      const tail = readFileSync(result.log, 'utf8').split('\n').slice(-40).join('\n');
      console.log(tail.replace(/^/gm, '    '));
    }
  }
} finally {
  stopAll();
}
const passed = results.filter((result) => result.ok).length;
console.log(`${passed}/${runs} run(s) passed under load (${hogs.length} hog(s)).`);
process.exit(passed === runs ? 0 : 1);
