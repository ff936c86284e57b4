// Commands the example scripts run: output kept, shown only when the command fails.
import { spawn } from 'node:child_process';

export const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

/** Runs a command, prints its output only when it fails; resolves with the seconds it took. */
export function run(command, args, { cwd, env } = {}) {
  const start = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) return resolvePromise({ seconds: seconds(start), output });
      reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output}`));
    });
  });
}
