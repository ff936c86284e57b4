// Vite plugin for the CDN build: embeds in the loader, for each element, every chunk the
// element's code imports statically (its whole chunk graph) and the chunk of its bundled data,
// so the loader can request them all at once. Without it the browser finds them one level at
// a time (loader → element chunk → the chunks it imports → data), a round trip per level.
//
// The loader also gets its own copy of the modules it shares with the elements (the prefetch
// store, src/core/prefetch.ts): shared, they would stay in the loader and every element chunk
// would import the loader's URL — fetched and run a second time where the page loads the
// loader under another URL (WordPress adds `?ver=…`).
import { resolve } from 'node:path';

/** The string literal in the loader's source that this plugin replaces with the graph's JSON. */
export const PRELOAD_GRAPH_PLACEHOLDER = '__MPP_PRELOAD_GRAPH__';

const LOADER_COPY = '?loader-copy';

/**
 * @param {string} loader the loader's module (the build's entry)
 * @param {Record<string, { module: string, bundledData?: string, alwaysLoads?: string[] }>} elements
 *   per tag: the element's entry module (as the loader imports it), the module of its bundled
 *   default data (loaded only without `src` or inline data), and lazy modules it always loads
 *   at start (paths from the project root).
 */
export function preloadGraph(loader, elements) {
  const loaderId = resolve(loader);
  const elementIds = new Set(Object.values(elements).map(({ module }) => resolve(module)));
  return {
    name: 'preload-graph',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer !== loaderId) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || elementIds.has(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${LOADER_COPY}` };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.isEntry);
      if (!loader) throw new Error('preload-graph: the build has no entry chunk');
      const chunkOf = (module) => {
        const id = resolve(module);
        const found =
          chunks.find((chunk) => chunk.facadeModuleId === id) ??
          chunks.find((chunk) => chunk.moduleIds.includes(id));
        if (!found) throw new Error(`preload-graph: no chunk contains ${module}`);
        return found;
      };
      /** The chunk and every chunk it imports statically, the loader left out (it is running). */
      const staticClosure = (start) => {
        const seen = new Set([start.fileName]);
        const queue = [start];
        while (queue.length > 0) {
          for (const imported of queue.shift().imports) {
            if (seen.has(imported) || imported === loader.fileName) continue;
            seen.add(imported);
            queue.push(bundle[imported]);
          }
        }
        return [...seen];
      };
      const graph = {};
      for (const [tag, { module, bundledData, alwaysLoads = [] }] of Object.entries(elements)) {
        const element = chunkOf(module);
        if (!loader.dynamicImports.includes(element.fileName)) {
          throw new Error(`preload-graph: the loader does not import ${module} for <${tag}>`);
        }
        graph[tag] = {
          chunks: [...new Set([element, ...alwaysLoads.map(chunkOf)].flatMap(staticClosure))],
          bundled: bundledData ? staticClosure(chunkOf(bundledData)) : [],
        };
      }
      // The placeholder is a string literal (whatever quotes the minifier chose): the graph
      // goes in as a string of JSON. After hashing: the loader's name carries no hash, and the
      // chunks' names are final.
      const literal = new RegExp(`([\`'"])${PRELOAD_GRAPH_PLACEHOLDER}\\1`);
      if (!literal.test(loader.code)) {
        throw new Error(`preload-graph: the loader does not read ${PRELOAD_GRAPH_PLACEHOLDER}`);
      }
      loader.code = loader.code.replace(literal, () => JSON.stringify(JSON.stringify(graph)));
    },
  };
}
