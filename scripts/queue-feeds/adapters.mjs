// Plugs the one queue feed handler into the servers that need it.
import { createServer } from 'node:http';
import { createQueueFeedHandler } from './handler.mjs';

const notFound = (res) => () => {
  res.statusCode = 404;
  res.end();
};

/** Koa middleware for @web/test-runner's dev server. */
export function koaQueueFeeds(options) {
  const handle = createQueueFeedHandler(options);
  return (ctx, next) => {
    if (!ctx.path.startsWith('/feeds/')) return next();
    ctx.respond = false; // the handler writes the raw response itself
    // Koa's default 404 would otherwise be logged for answers still pending (slow feeds).
    ctx.status = 200;
    handle(ctx.req, ctx.res, notFound(ctx.res));
  };
}

/** Vite plugin serving the feeds from its dev (and preview) server: `npm start`, Storybook. */
export function viteQueueFeeds(options) {
  const handle = createQueueFeedHandler(options);
  // Returns nothing: Vite would take a returned function for a post-middleware hook.
  const install = (server) => {
    server.middlewares.use((req, res, next) => handle(req, res, next));
  };
  return { name: 'mpp-queue-feeds', configureServer: install, configurePreviewServer: install };
}

/**
 * The same feeds on a second, plain HTTP server. Tests use it for event streams (open
 * streams on the test server's own origin would take the connections its modules load
 * over) and as a second origin, to exercise CORS.
 */
export async function startQueueFeedServer(options) {
  const handle = createQueueFeedHandler(options);
  const server = createServer((req, res) => handle(req, res, notFound(res)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
