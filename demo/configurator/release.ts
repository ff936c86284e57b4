import type { Release } from './snippets.js';

/**
 * The version and CDN file hashes this demo site was built from (the hashes only after
 * `npm run build`), so that snippets pin what was tested, and the project's repository.
 * Relative to the page, so that the same files work from `npm start` (the repository root) and
 * from the static site (`npm run build:site`, hosted under any sub-path).
 */
export async function loadRelease(): Promise<Release> {
  const fromPage = (path: string) => new URL(path, document.baseURI);
  const { version, repository } = await fetch(fromPage('../package.json'))
    .then((response) => response.json() as Promise<{ version: string; repository?: unknown }>)
    .catch(() => ({ version: '0', repository: undefined }));
  const integrity = await fetch(fromPage('../dist/cdn/integrity.json'))
    .then((response) =>
      response.ok ? (response.json() as Promise<Record<string, string>>) : undefined,
    )
    .then((hashes) => (hashes?.['mpp-widgets.js'] ? hashes : undefined))
    .catch(() => undefined);
  return { version, integrity, repository };
}
