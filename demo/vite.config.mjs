// `npm start`: the demo site with the queue simulator, served by Vite from the repo root.
import { defineConfig } from 'vite';
import { viteQueueFeeds } from '../scripts/queue-feeds/adapters.mjs';
import { viteWorkerSource } from '../scripts/worker-source.mjs';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [viteQueueFeeds(), viteWorkerSource()],
  server: { open: '/demo/', host: '127.0.0.1', port: 5173 },
  // `vite build` with this config: every demo page, not only the home page.
  build: {
    rollupOptions: {
      input: Object.fromEntries(
        ['index', 'configurator', 'profile-editor'].map((page) => [
          page,
          new URL(`./${page}.html`, import.meta.url).pathname,
        ]),
      ),
    },
  },
  preview: { open: '/demo/' },
});
