// CDN build chunking: a page with one element downloads only what that element uses, in as few
// files as that allows. Rolldown's automatic chunking splits every module that some lazy chunk
// also imports into a file of its own (the error class, a 1 kB reader…): seven files of which
// five are under 1 kB gzip, each compressed alone and each a request. From the module graph,
// once it is known, this plugin names two kinds of chunk for Rolldown's `codeSplitting.groups`:
//
// - `mpp-element`: what every element loads statically (Lit, the core). Any page with an
//   element downloads it, so moving a module there never costs a page anything. Small modules
//   two elements share go there too (SMALL_SHARED_MODULE).
// - `<element folder>` (queue-badge, …): what only that element uses, statically or from its
//   own lazy chunks (a lazy chunk of the badge may import the badge's reader, not the finder's).
//
// Everything else (shared by two elements, or by another element's lazy chunks) is left to the
// automatic chunking.
import { dirname, sep } from 'node:path';

/**
 * A module two elements share statically, up to this size (characters of transformed code),
 * goes into `mpp-element` too: as a file of its own it costs a request, and compressed alone
 * more than its bytes in the core would cost the one page that does not use it.
 */
const SMALL_SHARED_MODULE = 2000;

/** @param {string} entry the CDN loader, whose dynamic imports are the elements */
export function elementChunks(entry) {
  /** @type {Map<string, string>} module id → chunk name */
  const chunkOf = new Map();
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'mpp-element-chunks',
    apply: 'build',
    buildEnd() {
      chunkOf.clear();
      const entryId = [...this.getModuleIds()].find((id) => id.endsWith(entry));
      const elements = this.getModuleInfo(entryId)?.dynamicallyImportedIds ?? [];
      const lazyRoots = new Set();
      for (const id of this.getModuleIds())
        for (const lazy of this.getModuleInfo(id)?.dynamicallyImportedIds ?? [])
          lazyRoots.add(lazy);
      for (const element of elements) lazyRoots.delete(element);
      /** Modules `root` loads statically (itself included). */
      const staticGraph = (root) => {
        const seen = new Set();
        const pending = [root];
        while (pending.length) {
          const id = pending.pop();
          if (seen.has(id)) continue;
          seen.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const elementGraphs = elements.map(staticGraph);
      /** Static graphs of lazy chunks, with the element folder they belong to. */
      const lazyGraphs = [...lazyRoots].map((root) => ({
        folder: dirname(root),
        graph: staticGraph(root),
      }));
      for (const id of this.getModuleIds()) {
        const users = elements.filter((_, index) => elementGraphs[index].has(id));
        const small = (this.getModuleInfo(id)?.code?.length ?? Infinity) <= SMALL_SHARED_MODULE;
        if (
          elements.length > 1 &&
          (users.length === elements.length || (users.length > 1 && small))
        ) {
          chunkOf.set(id, 'mpp-element');
        } else if (users.length === 1) {
          const folder = dirname(users[0]);
          const foreign = lazyGraphs.some(
            (lazy) =>
              lazy.graph.has(id) && lazy.folder !== folder && !lazy.folder.startsWith(folder + sep),
          );
          if (!foreign) chunkOf.set(id, folder.split(sep).at(-1));
        }
      }
    },
  };
  /** For `output.codeSplitting`. */
  // The core's static dependencies are all core modules (a module every element loads brings
  // its imports to every element), so it takes them along safely.
  const codeSplitting = {
    groups: [
      { name: (id) => (chunkOf.get(id) === 'mpp-element' ? 'mpp-element' : null), priority: 2 },
      {
        name: (id) => (chunkOf.get(id) === 'mpp-element' ? null : (chunkOf.get(id) ?? null)),
        priority: 1,
        // Its dependencies are the core's or shared ones: they must not move into it.
        includeDependenciesRecursively: false,
      },
    ],
  };
  return { plugin, codeSplitting };
}
