// The origin an example app is opened on: the app (its build output, or its own server behind a
// proxy), the queue feed its badge reads and blank map tiles. Nothing else is served, and the
// page (see page.mjs) may request nothing from anywhere else.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { mppDocument } from '../queue-feeds/simulator.mjs';

const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// The apps' badge reads `/feeds/demo/mpp.json` (as in the repository's demo): here the demo
// simulator's document at one fixed moment of its opening hours, so the number is known.
const QUEUE_FEED_PATH = '/feeds/demo/mpp.json';
const queueDocument = mppDocument(Date.UTC(2026, 0, 5, 2, 0, 30));
/** The number the apps' badge (`service="dukcapil"`) shows. */
export const expectedNumber = queueDocument.services.find(({ id }) => id === 'dukcapil').nowServing;
if (queueDocument.status !== 'open' || !expectedNumber) throw new Error('pick an open moment');
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => resolvePromise(server)),
  );
}

/** A static file of the app's build output; paths without an extension get index.html. */
function serveStatic(outputDir) {
  return (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(outputDir, relative);
    if (existsSync(file) && lstatSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && !extname(relative)) file = join(outputDir, 'index.html');
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  };
}

/** Everything else goes to the app's own server (`"start"` apps, e.g. Next.js). */
function proxyTo(port) {
  return (req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  };
}

/** Starts `npm run <start>` in the app's folder on a free port; waits until it answers. */
async function startAppServer(app) {
  const probe = await listen(() => {});
  const { port } = probe.address();
  await new Promise((resolvePromise) => probe.close(resolvePromise));
  // Its own process group, so that npm, its shell and the server stop together.
  const child = spawn('npm', ['run', app.start], {
    cwd: app.dir,
    detached: true,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid);
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}${app.path}`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
  }
  stop();
  throw new Error(`examples/${app.name}: \`npm run ${app.start}\` did not answer:\n${output}`);
}

/**
 * The page's origin: the queue feed, blank map tiles (`/tiles/…`), and the app (its build
 * output, or its own server behind a proxy).
 */
export async function serveApp(app) {
  const appServer = app.start ? await startAppServer(app) : undefined;
  const serveRest = appServer ? proxyTo(appServer.port) : serveStatic(join(app.dir, app.output));
  const server = await listen((req, res) => {
    if (req.url.startsWith('/tiles/')) {
      res.setHeader('Content-Type', 'image/png');
      res.end(BLANK_PNG);
      return;
    }
    if (req.url.split('?')[0] === QUEUE_FEED_PATH) {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(JSON.stringify(queueDocument));
      return;
    }
    serveRest(req, res);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      server.close();
      appServer?.stop();
    },
  };
}
