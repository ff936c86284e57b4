// One HTTP handler (Node `req`/`res`, Connect style) for every queue feed the project
// serves: the demo simulator (used by `npm start` and Storybook) and, for the tests,
// feeds whose answers a test sets and whose requests it counts. Thin adapters plug it
// into Vite (Connect) and @web/test-runner (Koa).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { mppDocument, siolaDocument } from './simulator.mjs';

const DEMO_SSE_PERIOD_MS = 3000;
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function etagOf(text) {
  return `"${createHash('sha1').update(text).digest('base64url').slice(0, 16)}"`;
}

// All a feed owner has to send (README): the badge makes simple requests, so no preflight
// headers are needed, and the browser's cache uses ETag without it being exposed.
function cors(res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
}

function sendJson(
  req,
  res,
  text,
  {
    cacheControl = 'no-cache',
    etag = etagOf(text),
    lastModified,
    contentType = 'application/json; charset=utf-8',
  } = {},
) {
  res.setHeader('Cache-Control', cacheControl);
  if (etag) res.setHeader('ETag', etag);
  if (lastModified) res.setHeader('Last-Modified', lastModified);
  const unchanged =
    (etag && req.headers['if-none-match'] === etag) ||
    (!etag && lastModified && req.headers['if-modified-since'] === lastModified);
  if (unchanged) {
    res.statusCode = 304;
    res.end();
    return 304;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType);
  res.end(text);
  return 200;
}

function openEventStream(req, res) {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
}

const writeEvent = (res, text) => res.write(`data: ${text.replace(/\n/g, '\ndata: ')}\n\n`);

// ---- demo simulator -------------------------------------------------------------

function serveDemo(req, res, path) {
  const documentFor = path.startsWith('siola') ? siolaDocument : mppDocument;
  if (path.endsWith('.sse')) {
    openEventStream(req, res);
    const push = () => writeEvent(res, JSON.stringify(documentFor()));
    push();
    const timer = setInterval(push, DEMO_SSE_PERIOD_MS);
    req.on('close', () => clearInterval(timer));
    return;
  }
  // max-age lets a browser (or a CDN in front) reuse an answer for a few seconds.
  sendJson(req, res, JSON.stringify(documentFor()), { cacheControl: 'public, max-age=5' });
}

// ---- feeds controlled by tests ----------------------------------------------------

/** name → { config, stats, streams } */
const testFeeds = new Map();

function testFeed(name) {
  let feed = testFeeds.get(name);
  if (!feed) {
    feed = {
      config: { status: 200, body: { services: [] } },
      stats: {
        requests: 0,
        preflights: 0,
        conditional: 0,
        notModified: 0,
        streamsOpened: 0,
        streamsOpen: 0,
        /** Answers sent in part (`holdAfter`) whose client is still connected. */
        heldOpen: 0,
        lastReferer: '',
      },
      streams: new Set(),
      /** Answers sent in part (`holdAfter`): each response with the rest of its body. */
      held: new Set(),
    };
    testFeeds.set(name, feed);
  }
  return feed;
}

const bodyText = (config) =>
  typeof config.raw === 'string' ? config.raw : JSON.stringify(config.body);

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function serveControl(req, res, name) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json');
  if (req.method === 'POST') {
    const feed = testFeed(name);
    const update = await readBody(req);
    if (update.closeStreams) {
      for (const stream of feed.streams) stream.end();
      feed.streams.clear();
    }
    if (update.release) {
      for (const { res: held, rest } of feed.held) held.end(rest);
      feed.held.clear();
      feed.stats.heldOpen = 0;
      delete feed.config.holdAfter; // later requests (a retry) are answered whole
    }
    feed.config = { ...feed.config, ...update.config };
    if (update.config && 'body' in update.config) delete feed.config.raw;
    for (const stream of feed.streams) writeEvent(stream, bodyText(feed.config));
    res.end(JSON.stringify(feed.stats));
    return;
  }
  res.end(JSON.stringify(testFeed(name).stats));
}

async function serveTestFeed(req, res, name) {
  const feed = testFeed(name);
  const { stats, config } = feed;
  if (req.method === 'OPTIONS') {
    stats.preflights += 1;
    cors(res);
    res.statusCode = 204;
    res.end();
    return;
  }
  stats.requests += 1;
  stats.lastReferer = req.headers.referer ?? '';
  const conditional = Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']);
  if (conditional) stats.conditional += 1;
  // `cors: false`: a server that answers but does not allow other sites to read it.
  if (config.cors !== false) cors(res);
  if (config.delayMs) await new Promise((resolve) => setTimeout(resolve, config.delayMs));
  if (res.destroyed) return;
  if (config.sse && config.status === 200) {
    openEventStream(req, res);
    stats.streamsOpened += 1;
    stats.streamsOpen += 1;
    feed.streams.add(res);
    req.on('close', () => {
      stats.streamsOpen -= 1;
      feed.streams.delete(res);
    });
    writeEvent(res, bodyText(config));
    // A server (or proxy) that ends the stream after each message.
    if (config.closeAfterMessage) res.end();
    return;
  }
  if (config.status !== 200) {
    res.statusCode = config.status;
    res.end('error');
    return;
  }
  if (config.png) {
    // A map tile (the finder's `tile-url` may point here).
    res.setHeader('Content-Type', 'image/png');
    res.end(BLANK_PNG);
    return;
  }
  if (config.holdAfter !== undefined) {
    // A download under way: the first characters now (tests send ASCII: as many bytes), the
    // rest when the test releases it. Without Content-Length unless asked, as a server
    // compressing on the fly answers.
    const text = bodyText(config);
    res.writeHead(200, {
      'Content-Type': config.contentType ?? 'application/json',
      'Cache-Control': 'no-store',
      ...(config.contentLength ? { 'Content-Length': Buffer.byteLength(text) } : {}),
    });
    res.write(text.slice(0, config.holdAfter));
    const held = { res, rest: text.slice(config.holdAfter) };
    feed.held.add(held);
    stats.heldOpen = feed.held.size;
    req.on('close', () => {
      feed.held.delete(held);
      stats.heldOpen = feed.held.size;
    });
    return;
  }
  if (config.gzip) {
    // Compressed as a server with precompressed files sends them: with their Content-Length.
    const body = gzipSync(bodyText(config));
    res.writeHead(200, {
      'Content-Type': config.contentType ?? 'application/json',
      'Content-Encoding': 'gzip',
      'Content-Length': body.byteLength,
      'Cache-Control': 'no-store',
    });
    res.end(body);
    return;
  }
  const status = sendJson(req, res, bodyText(config), {
    cacheControl: config.cacheControl ?? 'no-cache',
    etag: config.etag === false ? null : config.etag,
    lastModified: config.lastModified,
    contentType: config.contentType,
  });
  if (status === 304) stats.notModified += 1;
}

/**
 * Handles `/feeds/demo/{mpp,siola}.{json,sse}` always and, with `testControls`,
 * `/feeds/test/<name>` and `/feeds/control/<name>` (GET stats, POST `{ config }`).
 * Calls `next()` for anything else.
 */
export function createQueueFeedHandler({ testControls = false } = {}) {
  return (req, res, next) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const [, root, kind, name] = pathname.split('/');
    if (root !== 'feeds') return next();
    if (kind === 'demo' && name) {
      cors(res);
      return serveDemo(req, res, name);
    }
    if (testControls && kind === 'test' && name) return serveTestFeed(req, res, name);
    if (testControls && kind === 'control' && name) return serveControl(req, res, name);
    return next();
  };
}
