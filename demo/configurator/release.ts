import type { Release } from './snippets.js';

/**
 * The version and CDN file hashes this demo site was built from (the hashes only after
 * `npm run build`), so that snippets pin what was tested, and the project's repository.
 */
export async function loadRelease(): Promise<Release> {
  const { version, repository } = await fetch('/package.json')
    .then((response) => response.json() as Promise<{ version: string; repository?: unknown }>)
    .catch(() => ({ version: '0', repository: undefined }));
  const integrity = await fetch('/dist/cdn/integrity.json')
    .then((response) =>
      response.ok ? (response.json() as Promise<Record<string, string>>) : undefined,
    )
    .then((hashes) => (hashes?.['mpp-widgets.js'] ? hashes : undefined))
    .catch(() => undefined);
  return { version, integrity, repository };
}
