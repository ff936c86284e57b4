// `npm start`: the demo site with the queue simulator, served by Vite from the repo root.
import { defineConfig } from 'vite';
import { viteQueueFeeds } from '../scripts/queue-feeds/adapters.mjs';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [viteQueueFeeds()],
  server: { open: '/demo/', host: '127.0.0.1', port: 5173 },
  preview: { open: '/demo/' },
});
