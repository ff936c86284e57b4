// Where the example apps are installed and built: a copy of examples/ outside the repository.
// Inside it, Node and the bundlers would walk up from examples/ into the repository's own
// node_modules (lit, valibot, React…), and an app could build although the tarball lacks a
// dependency. Out here, everything an app resolves comes from its lockfile or the tarball.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const examplesSource = resolve(import.meta.dirname, '../../examples');
/** A fixed place, so that `--reuse-install` finds the last install. */
export const examplesDir = join(tmpdir(), 'mpp-widgets-examples');

/** What is made there (installs, builds), never copied from the repository's folder. */
const GENERATED = new Set(['node_modules', 'dist', '.next', '.angular', '.size']);

/**
 * Copies the apps' sources; `fresh` removes the previous copy with its install first,
 * otherwise the install and builds stay and only the sources are refreshed.
 */
export function copyExamples({ fresh }) {
  if (fresh) rmSync(examplesDir, { recursive: true, force: true });
  mkdirSync(examplesDir, { recursive: true });
  cpSync(examplesSource, examplesDir, {
    recursive: true,
    filter: (source) => !GENERATED.has(basename(source)),
  });
  if (!fresh && !existsSync(join(examplesDir, 'node_modules'))) {
    throw new Error(`${examplesDir} has no install: run without --reuse-install first`);
  }
}
