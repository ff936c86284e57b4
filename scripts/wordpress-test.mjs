/* global wp -- the block editor's global, used inside page.evaluate() */
// `npm run test:wordpress` (after `npm run build:wordpress`): the plugin zip on a real WordPress
// (Debian's package, 6.1), checked from the outside like a site visitor and a site editor would.
//
// Set-up, all inside a fresh temporary folder and removed at the end (also on failure):
// - a private MariaDB server (own data folder and socket, no network port);
// - Debian's WordPress reading /etc/wordpress/config-mpp-widgets-test.php (written here, chosen
//   through WORDPRESS_CONFIG, see /usr/share/doc/wordpress/README.Debian), with its own
//   wp-content folder, external HTTP requests blocked, debug log on;
// - WordPress installed by wp_install() in Indonesian, the plugin installed from the zip by
//   WordPress's own upgrader and activated, an Author and a Contributor created, test posts saved
//   *as those users* (wordpress/test/site.php), so WordPress's HTML filter (kses) applies;
// - PHP's built-in web server on 127.0.0.1.
// Then: HTTP checks of the rendered pages, the widgets and the block editor in headless Chromium
// (no request leaves 127.0.0.1), the settings page (roles, nonce, CDN mode with SRI).
// Missing packages are installed with apt-get when running as root; otherwise the test fails.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'mpp-widgets-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const CONFIG_MARKER = '// Written by mpp-widgets scripts/wordpress-test.mjs';
const ZIP = resolve('dist/wordpress/mpp-widgets.zip');
const SITE_PHP = resolve('wordpress/test/site.php');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const PASSWORD = randomBytes(12).toString('hex');
const started = Date.now();

const results = [];
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};
async function check(name, body) {
  try {
    await body();
    results.push(`✓ ${name}`);
  } catch (error) {
    results.push(`✗ ${name}: ${error.message}`);
  }
}
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

// ---------------------------------------------------------------- prerequisites

const which = (...names) =>
  names
    .flatMap((name) => ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].map((dir) => join(dir, name)))
    .find((path) => existsSync(path));

function missingPackages() {
  const missing = [];
  if (!existsSync(`${WORDPRESS}/wp-load.php`)) missing.push('wordpress');
  if (!which('mariadbd', 'mysqld') || !which('mariadb-install-db', 'mysql_install_db')) {
    missing.push('mariadb-server');
  }
  if (!which('php')) missing.push('php-cli');
  else {
    try {
      run('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
    } catch {
      missing.push('php-mysql');
    }
  }
  return missing;
}

function ensurePackages() {
  let missing = missingPackages();
  if (missing.length && process.getuid?.() === 0 && which('apt-get')) {
    log(`installing from Debian: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', 'wordpress', 'mariadb-server', 'php-cli', 'php-mysql'],
      { stdio: ['ignore', 'ignore', 'inherit'], env },
    );
    missing = missingPackages();
  }
  if (missing.length) {
    throw new Error(
      `missing: ${missing.join(', ')} (apt-get install -y wordpress mariadb-server php-cli php-mysql, as root)`,
    );
  }
  if (process.getuid?.() !== 0) throw new Error(`must run as root (it writes ${CONFIG_FILE})`);
  if (!existsSync(ZIP)) throw new Error(`${ZIP} missing: run npm run build:wordpress first`);
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME} (set CHROME_PATH)`);
}

// ---------------------------------------------------------------- processes we start

const children = [];

/**
 * Starts a long-running process in its own process group (so it can be stopped with its
 * children), its output going to `logFile`.
 */
function startProcess(name, command, args, { logFile, ...options }) {
  const output = openSync(logFile, 'a');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', output, output],
    ...options,
  });
  closeSync(output);
  children.push({ name, child });
  return child;
}

async function stopProcess({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const stopped = await Promise.race([exited.then(() => true), sleep(15000).then(() => false)]);
  if (!stopped) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

let tmp = '';
let keptBase = '';
let stopKeeping = null;
let cleaning = null;
/** Stops what the test started and removes its files; the same promise for every caller. */
const cleanup = () => (cleaning ??= removeEverything());
async function removeEverything() {
  if (process.env.MPP_WP_TEST_KEEP && keptBase) {
    // For debugging: the site stays up until Ctrl-C.
    console.log(
      `MPP_WP_TEST_KEEP: ${keptBase} (files in ${tmp}, users admin, author, contributor, ` +
        `password ${PASSWORD}) stays up; Ctrl-C stops it`,
    );
    await new Promise((resolve) => (stopKeeping = resolve));
  }
  for (const entry of children.reverse()) await stopProcess(entry);
  if (existsSync(CONFIG_FILE) && readFileSync(CONFIG_FILE, 'utf8').includes(CONFIG_MARKER)) {
    rmSync(CONFIG_FILE);
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopKeeping) return stopKeeping();
    console.error(`${signal}: stopping`);
    cleanup().finally(() => process.exit(1));
  });
}

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** Polls `test` until it returns true; fails at once if `server` has exited. */
async function waitFor(what, test, timeoutMs, server) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`${what} exited with code ${server.exitCode}`);
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// ---------------------------------------------------------------- MariaDB

async function startDatabase() {
  const data = join(tmp, 'db');
  const socket = join(tmp, 'mysqld.sock');
  const asRoot = ['--user=root']; // mariadbd refuses root without it
  run(which('mariadb-install-db', 'mysql_install_db'), [
    '--no-defaults',
    `--datadir=${data}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...asRoot,
  ]);
  const server = startProcess(
    'MariaDB',
    which('mariadbd', 'mysqld'),
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(tmp, 'mysqld.pid')}`,
      `--log-error=${join(tmp, 'mariadb.log')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=32M',
      ...asRoot,
    ],
    { logFile: join(tmp, 'mariadb.log') },
  );
  const client = which('mariadb', 'mysql');
  const sql = (statement) =>
    run(client, ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', statement]);
  await waitFor(
    'MariaDB',
    () => {
      sql('SELECT 1');
      return true;
    },
    30000,
    server,
  ).catch((error) => {
    throw new Error(`${error.message}\n${readFileSync(join(tmp, 'mariadb.log'), 'utf8')}`);
  });
  const password = randomBytes(12).toString('hex');
  sql(
    `CREATE DATABASE wordpress_test DEFAULT CHARACTER SET utf8mb4;
     CREATE USER 'wordpress_test'@'localhost' IDENTIFIED BY '${password}';
     GRANT ALL ON wordpress_test.* TO 'wordpress_test'@'localhost';`,
  );
  return { socket, password };
}

// ---------------------------------------------------------------- WordPress

const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const QUEUE_FEED = {
  status: 'open',
  services: [
    { id: 'dukcapil', name: 'Dukcapil', nowServing: 'A-023', counter: 'Loket 2', waiting: 12 },
  ],
};

/**
 * Debian's layout for one site: the config file in /etc/wordpress, WordPress itself read-only in
 * /usr/share/wordpress, a wp-content folder of its own (here in tmp). PHP's built-in server gets
 * a document root of links to /usr/share/wordpress with wp-content pointing to ours (what
 * Debian's Apache example does with an Alias).
 */
function configureWordPress({ base, database }) {
  const content = join(tmp, 'wp-content');
  for (const dir of ['plugins', 'uploads']) mkdirSync(join(content, dir), { recursive: true });
  for (const dir of ['themes', 'languages']) {
    symlinkSync(`${WORDPRESS}/wp-content/${dir}`, join(content, dir));
  }
  // What other code on a real site does: another plugin's `[mpp]` shortcode (its name is the
  // start of `[mpp-finder]`), and a translation that contains markup (asked for by a query
  // parameter, so only the page that checks it gets it).
  mkdirSync(join(content, 'mu-plugins'));
  writeFileSync(
    join(content, 'mu-plugins/mpp-widgets-test.php'),
    `<?php
add_shortcode( 'mpp', function () {
	return 'OTHER-PLUGIN-MPP';
} );
if ( isset( $_GET['mpp-test-markup-translation'] ) ) {
	add_filter( 'gettext_mpp-widgets', function ( $translation ) {
		return '<img src=x id=mpp-injected>' . $translation;
	} );
}
`,
  );
  writeFileSync(join(content, 'uploads/antrean.json'), JSON.stringify(QUEUE_FEED));
  writeFileSync(join(content, 'uploads/tile.png'), BLANK_PNG);

  const docroot = join(tmp, 'docroot');
  mkdirSync(docroot);
  for (const name of readdirSync(WORDPRESS)) {
    if (name !== 'wp-content' && !name.startsWith('.')) {
      symlinkSync(`${WORDPRESS}/${name}`, join(docroot, name));
    }
  }
  symlinkSync(content, join(docroot, 'wp-content'));

  // The built-in server passes no environment to $_SERVER: set WORDPRESS_CONFIG before
  // WordPress runs, as Apache's SetEnv would.
  writeFileSync(
    join(tmp, 'prepend.php'),
    `<?php $_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';\n`,
  );

  if (existsSync(CONFIG_FILE) && !readFileSync(CONFIG_FILE, 'utf8').includes(CONFIG_MARKER)) {
    throw new Error(`${CONFIG_FILE} exists and was not written by this test: not touching it`);
  }
  mkdirSync('/etc/wordpress', { recursive: true });
  const define = (name, value) => `define( '${name}', ${JSON.stringify(value)} );`;
  writeFileSync(
    CONFIG_FILE,
    [
      '<?php',
      `${CONFIG_MARKER}; removed when the test ends.`,
      define('DB_NAME', 'wordpress_test'),
      define('DB_USER', 'wordpress_test'),
      define('DB_PASSWORD', database.password),
      define('DB_HOST', `localhost:${database.socket}`),
      define('DB_CHARSET', 'utf8mb4'),
      define('DB_COLLATE', ''),
      define('WP_HOME', base),
      define('WP_SITEURL', base),
      define('WP_CONTENT_DIR', content),
      define('WP_CONTENT_URL', `${base}/wp-content`),
      define('FS_METHOD', 'direct'),
      // No request to wordpress.org or anywhere else: updates, cron, feeds stay quiet.
      define('WP_HTTP_BLOCK_EXTERNAL', true),
      define('DISABLE_WP_CRON', true),
      define('AUTOMATIC_UPDATER_DISABLED', true),
      define('WP_DEBUG', true),
      define('WP_DEBUG_DISPLAY', false),
      define('WP_DEBUG_LOG', join(tmp, 'debug.log')),
      ...[
        'AUTH_KEY',
        'SECURE_AUTH_KEY',
        'LOGGED_IN_KEY',
        'NONCE_KEY',
        'AUTH_SALT',
        'SECURE_AUTH_SALT',
        'LOGGED_IN_SALT',
        'NONCE_SALT',
      ].map((name) => define(name, randomBytes(24).toString('hex'))),
      "$table_prefix = 'wp_';",
      '',
    ].join('\n'),
    { mode: 0o640 },
  );
}

function sitePhp(command, base, extraEnv = {}) {
  const output = run('php', [SITE_PHP, command], {
    env: {
      ...process.env,
      MPP_WP_CONFIG: CONFIG_NAME,
      MPP_WP_URL: base,
      MPP_WP_PASSWORD: PASSWORD,
      ...extraEnv,
    },
  });
  return JSON.parse(output.trim().split('\n').pop());
}

// ---------------------------------------------------------------- test content

const HOSTILE = `"><script>alert(1)</script>`;
// Hosts an administrator allowed for authors (Settings → MPP Widgets).
const ALLOW_LIST_OPTIONS = {
  source: 'self',
  color: '',
  allowed_hosts: ['antrean.mpp-contoh.go.id', '*.jabarprov.go.id'],
};
// How the block editor writes these characters inside a block comment's JSON.
const hostileJson = HOSTILE.replace(
  /[<>"]/g,
  (char) => ({ '<': '\\u003c', '>': '\\u003e', '"': '\\u0022' })[char],
);

function testPosts(base) {
  return [
    {
      slug: 'author-finder',
      as: 'author',
      content: [
        '[mpp_finder province="32" near-me color="#7a1010"]',
        '<mpp-finder province="11"></mpp-finder>',
        '<script type="module" src="https://cdn.example.invalid/mpp-widgets.js"></script>',
      ].join('\n\n'),
    },
    {
      slug: 'author-two',
      as: 'author',
      content:
        '[mpp_service_checklist service="paspor-baru" no-persist]\n\n' +
        '[mpp_queue_badge src="/wp-content/uploads/antrean.json" service="dukcapil" variant="full"]',
    },
    { slug: 'author-hostile', as: 'author', content: `[mpp_finder province='${HOSTILE}' no-map]` },
    {
      slug: 'author-patch',
      as: 'author',
      content:
        '[mpp_finder selected="mpp-3203" patch="/wp-content/uploads/mpp-3203.json" holidays="/wp-content/uploads/libur.json"]',
    },
    {
      slug: 'author-block',
      as: 'author',
      content:
        '<!-- wp:mpp-widgets/widget {"widget":"badge","src":"/wp-content/uploads/antrean.json","service":"dukcapil","nearMe":true,"variant":"full","color":"#0f6b2f"} /-->\n\n' +
        `<!-- wp:mpp-widgets/widget {"province":"${hostileJson}","noMap":true,"color":"red;background:url(x)"} /-->`,
    },
    {
      slug: 'author-sidebar',
      as: 'author',
      content:
        '[mpp-finder province="Jabar" max-results="5" map-min-width="480" all-url="/mpp/" theme="dark"]\n\n' +
        '[mpp-queue-badge src="/wp-content/uploads/antrean.json" announce="off" theme="auto"]',
    },
    {
      slug: 'contributor-checklist',
      as: 'contributor',
      content:
        '[mpp_service_checklist service="skck-baru" no_persist="ya" storage_key="ceklis-skck" onclick="alert(1)" style="color:red" class="x"]',
    },
    // The admin's posts are not filtered by kses: the values reach the shortcode as typed,
    // except where wptexturize() rewrites a shortcode containing ">" before it runs.
    { slug: 'admin-hostile', as: 'admin', content: `[mpp_finder province='${HOSTILE}']` },
    {
      slug: 'admin-breakout',
      as: 'admin',
      content: `[mpp_finder province='" onmouseover="alert(1)' no-map="0" near-me="tidak"]`,
    },
    {
      slug: 'admin-block',
      as: 'admin',
      content: `<!-- wp:mpp-widgets/widget {"widget":"finder","province":"${hostileJson}","tileUrl":"x\\u0022 onmouseover=\\u0022alert(1)"} /-->`,
    },
    {
      slug: 'forms',
      as: 'author',
      content:
        '[mpp_finder near_me no-map="yes" zoom="7" center="-6.9,107.6" unknown="x" color="#ABC"]\n\n' +
        '[mpp_queue_badge src="/feed.json" interval="30" transport="sse" format="siola" lang="en" timeout="5000" color="javascript:alert(1)"]',
    },
    {
      // Fallback content on lines of its own: wpautop() wraps it in paragraphs.
      slug: 'fallback',
      as: 'author',
      content:
        '[mpp_queue_badge src="/x.json"]\n\n<a href="/antrean">Lihat <b>antrean</b></a>\n\n<div>Baris dua</div>\n\n[/mpp_queue_badge]',
    },
    { slug: 'plain', as: 'author', content: 'Mal Pelayanan Publik buka Senin sampai Jumat.' },
    {
      // The element names as shortcodes, beside another plugin's `[mpp]`.
      slug: 'author-hyphen',
      as: 'author',
      content: [
        '[mpp-finder province="32" near-me]',
        '[mpp-service-checklist service="paspor-baru"]',
        '[mpp-queue-badge src="/wp-content/uploads/antrean.json" /]',
        '[mpp]',
      ].join('\n\n'),
    },
    {
      // Published by the admin after review: the Contributor's limits still apply.
      slug: 'contributor-urls',
      as: 'contributor',
      content: [
        '[mpp_queue_badge src="https://evil.example/feed.json" service="A"]',
        '[mpp_finder src="//evil.example/x.json" patch="/\\\\evil.example/p.json" holidays="javascript:alert(1)" tile-url="https://tiles.evil.example/{z}/{x}/{y}.png" tile-attribution="Peta palsu" province="32"]',
        '[mpp_finder tile-attribution="Tanpa atribusi OSM" province="33"]',
        '[mpp_service_checklist src="https:evil.example/catalog.json" service="kk" storage-key="WP_DATA_USER_1"]',
        '<!-- wp:mpp-widgets/widget {"widget":"checklist","service":"paspor-baru","storageKey":"WP_DATA_USER_1","src":"https://evil.example/c.json"} /-->',
      ].join('\n\n'),
    },
    {
      slug: 'author-allowed',
      as: 'author',
      content: [
        '[mpp_queue_badge src="https://antrean.mpp-contoh.go.id/api/queue.json"]',
        '[mpp_finder src="https://data.jabarprov.go.id/mpp.geojson" tile-url="https://peta.jabarprov.go.id/{z}/{x}/{y}.png" tile-attribution="Peta Jabar"]',
        '[mpp_finder holidays="https://jabarprov.go.id.evil.example/libur.json" patch="https://evil-antrean.mpp-contoh.go.id/p.json" province="36"]',
        `[mpp_service_checklist service="paspor-baru" src="${base}/wp-content/uploads/katalog.json"]`,
      ].join('\n\n'),
    },
    {
      slug: 'admin-urls',
      as: 'admin',
      content:
        '[mpp_queue_badge src="https://feeds.example.org/feed.json"]\n\n[mpp_service_checklist service="kk" storage-key="ceklis-kk"]',
    },
    {
      slug: 'author-preview',
      as: 'author',
      status: 'draft',
      content: '[mpp_finder province="Atlantis" src="https://evil.example/x.json" no-map]',
    },
    {
      slug: 'browser',
      as: 'author',
      content: [
        `[mpp_finder province="32" tile-url="${base}/wp-content/uploads/tile.png?{z}/{x}/{y}" tile-attribution="Peta uji"]`,
        '[mpp_service_checklist service="paspor-baru" no-persist]',
        '[mpp_queue_badge src="/wp-content/uploads/antrean.json" service="dukcapil"]<a href="/antrean">Lihat antrean</a>[/mpp_queue_badge]',
      ].join('\n\n'),
    },
  ];
}

// ---------------------------------------------------------------- HTTP

function client(base) {
  /** GET or POST with an optional cookie jar (a Map); redirects are not followed. */
  async function http(path, { jar, form } = {}) {
    const headers = {};
    if (jar) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    let body;
    if (form) {
      body = new URLSearchParams(form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const url = path.startsWith('http') ? path : `${base}${path}`;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body,
      redirect: 'manual',
    });
    if (jar) {
      for (const cookie of response.headers.getSetCookie()) {
        const pair = cookie.split(';')[0];
        jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
    }
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      location: response.headers.get('location') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
      get text() {
        return this.body.toString('utf8');
      },
    };
  }
  async function login(user) {
    const jar = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
    const response = await http('/wp-login.php', {
      jar,
      form: { log: user, pwd: PASSWORD, 'wp-submit': 'Masuk', testcookie: '1' },
    });
    assert(
      response.status === 302 &&
        [...jar.keys()].some((name) => name.startsWith('wordpress_logged_in_')),
      `login as ${user} failed (HTTP ${response.status})`,
    );
    return jar;
  }
  return { http, login };
}

/** The script tags that load the library, with their attributes. */
function libraryTags(html) {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => tag.includes('mpp-widgets.js') || tag.includes('mpp-widgets-js-module'))
    .map((tag) =>
      Object.fromEntries(
        [...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)]
          .slice(1)
          .map(([, name, value]) => [name, value ?? '']),
      ),
    );
}

const elementTags = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(([match]) => match);

// ---------------------------------------------------------------- checks

async function checkPages({ http, login }, setup, base, dist) {
  const pages = {};
  for (const [slug, post] of Object.entries(setup.posts)) {
    if (post.status !== 'publish') continue;
    const response = await http(post.url);
    assert(response.status === 200, `${slug}: HTTP ${response.status}`);
    pages[slug] = response.text;
  }
  const selfSrc = `${base}/wp-content/plugins/mpp-widgets/assets/mpp-widgets.js?ver=${dist.version}`;
  const expectOneSelfHostedTag = (slug) => {
    const tags = libraryTags(pages[slug]);
    assert(tags.length === 1, `${slug}: ${tags.length} library script tags`);
    assert(
      tags[0].type === 'module' &&
        tags[0].src === selfSrc &&
        tags[0].id === 'mpp-widgets-js-module',
      `${slug}: ${JSON.stringify(tags[0])}`,
    );
    assert(!('integrity' in tags[0]), `${slug}: integrity on a self-hosted script`);
  };
  const contains = (slug, markup) =>
    assert(
      pages[slug].includes(markup),
      `${slug}: no ${markup}\n  got: ${elementTags(pages[slug], 'mpp-[a-z-]+').join(' ')}`,
    );

  await check('the plugin was installed from the zip and activated', async () => {
    assert(setup.plugins.includes('mpp-widgets/mpp-widgets.php'), JSON.stringify(setup.plugins));
  });
  await check('kses is active for the Author and the Contributor, not for the admin', async () => {
    for (const post of Object.values(setup.posts)) {
      assert(post.filtered === (post.as !== 'admin'), `${post.as}: filtered=${post.filtered}`);
    }
  });
  await check('kses removed the raw <mpp-finder> and <script> the Author pasted', async () => {
    const saved = setup.posts['author-finder'].saved;
    assert(!saved.includes('<mpp-finder') && !saved.includes('<script'), saved);
    assert(saved.includes('[mpp_finder province="32" near-me color="#7a1010"]'), saved);
    assert(!pages['author-finder'].includes('province="11"'), 'the raw element reached the page');
    assert(
      !pages['author-finder'].includes('cdn.example.invalid'),
      'the raw script reached the page',
    );
  });
  await check("Author's shortcode (the configurator's form) renders the element", async () => {
    contains(
      'author-finder',
      '<mpp-finder province="32" near-me style="--mpp-color-primary: #7a1010"></mpp-finder>',
    );
    expectOneSelfHostedTag('author-finder');
  });
  await check("a Pemda's patch and holiday calendar pass through the shortcode", async () => {
    contains(
      'author-patch',
      '<mpp-finder patch="/wp-content/uploads/mpp-3203.json" holidays="/wp-content/uploads/libur.json" selected="mpp-3203"></mpp-finder>',
    );
  });
  await check(
    'the compact sidebar finder, themes and announce pass through the shortcode',
    async () => {
      contains(
        'author-sidebar',
        '<mpp-finder province="Jabar" max-results="5" map-min-width="480" all-url="/mpp/" theme="dark"></mpp-finder>',
      );
      contains(
        'author-sidebar',
        '<mpp-queue-badge src="/wp-content/uploads/antrean.json" announce="off" theme="auto"></mpp-queue-badge>',
      );
    },
  );
  await check('two shortcodes on one page: both elements, the script once', async () => {
    contains(
      'author-two',
      '<mpp-service-checklist service="paspor-baru" no-persist></mpp-service-checklist>',
    );
    contains(
      'author-two',
      '<mpp-queue-badge src="/wp-content/uploads/antrean.json" service="dukcapil" variant="full"></mpp-queue-badge>',
    );
    expectOneSelfHostedTag('author-two');
  });
  await check(
    "Contributor's post, published by the admin: allow-list, underscores, ya; no storage-key",
    async () => {
      assert(setup.posts['contributor-checklist'].status === 'publish', 'not published');
      contains(
        'contributor-checklist',
        '<mpp-service-checklist service="skck-baru" no-persist></mpp-service-checklist>',
      );
      assert(!pages['contributor-checklist'].includes('ceklis-skck'), 'storage-key rendered');
      assert(
        !/onclick="alert|style="color:red"|class="x"/.test(pages['contributor-checklist']),
        'unknown attribute rendered',
      );
    },
  );
  await check(
    'boolean and colour forms: bare, _, "yes", "0", "tidak"; #ABC; invalid colour dropped',
    async () => {
      contains(
        'forms',
        '<mpp-finder no-map near-me center="-6.9,107.6" zoom="7" style="--mpp-color-primary: #abc"></mpp-finder>',
      );
      contains(
        'forms',
        '<mpp-queue-badge src="/feed.json" format="siola" transport="sse" interval="30" timeout="5000" lang="en"></mpp-queue-badge>',
      );
      const [finder] = elementTags(pages['admin-breakout'], 'mpp-finder');
      assert(!/ no-map| near-me/.test(finder), `off values rendered: ${finder}`);
      expectOneSelfHostedTag('forms');
    },
  );
  await check('hostile attribute from the admin (no kses) comes out escaped', async () => {
    // The shortcode itself, by do_shortcode(): the value exactly as typed, escaped.
    assert(
      setup.rendered[0] ===
        '<mpp-finder province="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></mpp-finder>',
      `do_shortcode: ${setup.rendered[0]}`,
    );
    // The page: WordPress's filters run first; whatever reaches the shortcode stays inside
    // the attribute.
    const [finder] = elementTags(pages['admin-hostile'], 'mpp-finder');
    assert(/^<mpp-finder( province="[^"<>]*")?>$/.test(finder ?? ''), `got ${finder}`);
    assert(!pages['admin-hostile'].includes('<script>alert(1)'), 'script injected');
    contains(
      'admin-breakout',
      '<mpp-finder province="&quot; onmouseover=&quot;alert(1)"></mpp-finder>',
    );
  });
  await check('hostile block attributes from the admin come out escaped', async () => {
    contains(
      'admin-block',
      '<mpp-finder province="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" tile-url="x&quot; onmouseover=&quot;alert(1)"></mpp-finder>',
    );
    assert(!pages['admin-block'].includes('<script>alert(1)'), 'script injected');
  });
  await check(
    'hostile attribute from the Author (kses, then escaping): no markup breaks out',
    async () => {
      const [finder] = elementTags(pages['author-hostile'], 'mpp-finder');
      assert(/^<mpp-finder province="[^"<>]*" no-map>$/.test(finder ?? ''), `got ${finder}`);
      assert(!pages['author-hostile'].includes('<script>alert(1)'), 'script injected');
    },
  );
  await check(
    "Author's blocks render through the same PHP (allow-list, colour check)",
    async () => {
      contains(
        'author-block',
        '<mpp-queue-badge src="/wp-content/uploads/antrean.json" service="dukcapil" variant="full" style="--mpp-color-primary: #0f6b2f"></mpp-queue-badge>',
      );
      const [finder] = elementTags(pages['author-block'], 'mpp-finder');
      assert(/^<mpp-finder province="[^"<>]*" no-map>$/.test(finder ?? ''), `got ${finder}`);
      expectOneSelfHostedTag('author-block');
    },
  );
  await check('[mpp-finder] and the other hyphenated names render the elements', async () => {
    contains('author-hyphen', '<mpp-finder province="32" near-me></mpp-finder>');
    contains(
      'author-hyphen',
      '<mpp-service-checklist service="paspor-baru"></mpp-service-checklist>',
    );
    contains(
      'author-hyphen',
      '<mpp-queue-badge src="/wp-content/uploads/antrean.json"></mpp-queue-badge>',
    );
    // Another plugin's [mpp] still works and did not swallow [mpp-finder].
    assert(
      pages['author-hyphen'].split('OTHER-PLUGIN-MPP').length === 2,
      'the [mpp] shortcode ran other than once',
    );
    assert(!/\[mpp-/.test(pages['author-hyphen']), 'a shortcode was printed as text');
    expectOneSelfHostedTag('author-hyphen');
  });
  await check(
    "Contributor's URLs to other hosts and storage-key are refused when rendered",
    async () => {
      assert(setup.posts['contributor-urls'].status === 'publish', 'not published');
      const page = pages['contributor-urls'];
      contains('contributor-urls', '<mpp-queue-badge service="A"></mpp-queue-badge>');
      contains('contributor-urls', '<mpp-finder province="32"></mpp-finder>');
      contains('contributor-urls', '<mpp-finder province="33"></mpp-finder>');
      contains('contributor-urls', '<mpp-service-checklist service="kk"></mpp-service-checklist>');
      contains(
        'contributor-urls',
        '<mpp-service-checklist service="paspor-baru"></mpp-service-checklist>',
      );
      for (const left of [
        'evil.example',
        'javascript:',
        'WP_DATA_USER_1',
        'Peta palsu',
        'Tanpa atribusi',
      ]) {
        assert(!page.includes(left), `${left} reached the page`);
      }
      // Visitors see no notice; it is for the post's editors only.
      assert(!page.includes('mpp-widgets-refused'), 'notice shown to a visitor');
    },
  );
  await check(
    "Author's URLs: this site and allow-listed hosts kept, look-alike hosts refused",
    async () => {
      contains(
        'author-allowed',
        '<mpp-queue-badge src="https://antrean.mpp-contoh.go.id/api/queue.json"></mpp-queue-badge>',
      );
      contains(
        'author-allowed',
        '<mpp-finder src="https://data.jabarprov.go.id/mpp.geojson" tile-url="https://peta.jabarprov.go.id/{z}/{x}/{y}.png" tile-attribution="Peta Jabar"></mpp-finder>',
      );
      contains('author-allowed', '<mpp-finder province="36"></mpp-finder>');
      contains(
        'author-allowed',
        `<mpp-service-checklist service="paspor-baru" src="${base}/wp-content/uploads/katalog.json"></mpp-service-checklist>`,
      );
      // Same-site paths and the site's own URL (tile server in the 'browser' post).
      contains(
        'browser',
        `<mpp-finder province="32" tile-url="${base}/wp-content/uploads/tile.png?{z}/{x}/{y}" tile-attribution="Peta uji"></mpp-finder>`,
      );
    },
  );
  await check('an administrator (unfiltered_html) may use any host and storage-key', async () => {
    contains(
      'admin-urls',
      '<mpp-queue-badge src="https://feeds.example.org/feed.json"></mpp-queue-badge>',
    );
    contains(
      'admin-urls',
      '<mpp-service-checklist service="kk" storage-key="ceklis-kk"></mpp-service-checklist>',
    );
  });
  await check(
    "post preview for its author: owner hints switched on, the plugin's notice; visitors neither",
    async () => {
      const post = setup.posts['author-preview'];
      const preview = (await http(`${post.url}&preview=true`, { jar: await login('author') })).text;
      assert(/<html[^>]* data-mpp-debug[\s>]/.test(preview), 'no data-mpp-debug on <html>');
      assert(
        preview.includes('src=&quot;https://evil.example/x.json&quot; tidak dipakai'),
        `no notice: ${preview.match(/<div class="mpp-widgets-refused[\s\S]*?<\/div>/)?.[0]}`,
      );
      assert(
        /<mpp-finder province="Atlantis" no-map><\/mpp-finder>/.test(preview),
        `got ${elementTags(preview, 'mpp-finder')}`,
      );
      // A visitor asking for a preview of a published post gets neither.
      const asVisitor = (await http(`${base}/?name=author-finder&preview=true`)).text;
      assert(asVisitor.includes('<mpp-finder'), 'not the post');
      assert(!/<html[^>]* data-mpp-debug/.test(asVisitor), 'debug for a visitor with ?preview');
      assert(!pages['author-finder'].includes('mpp-widgets-refused'), 'notice for visitors');
    },
  );
  await check('fallback content stays inside the element, as inline HTML', async () => {
    contains(
      'fallback',
      '<mpp-queue-badge src="/x.json"><a href="/antrean">Lihat <b>antrean</b></a><br />Baris dua</mpp-queue-badge>',
    );
    contains(
      'browser',
      '<mpp-queue-badge src="/wp-content/uploads/antrean.json" service="dukcapil"><a href="/antrean">Lihat antrean</a></mpp-queue-badge>',
    );
  });
  await check('a page without widgets loads no script', async () => {
    assert(libraryTags(pages.plain).length === 0, 'library script on a page without widgets');
    assert(!pages.plain.includes('mpp-widgets'), 'mpp-widgets mentioned on a page without widgets');
  });
  await check('the self-hosted loader and a chunk answer 200 with JavaScript', async () => {
    const loader = await http(selfSrc);
    assert(
      loader.status === 200 && /javascript/.test(loader.type),
      `${loader.status} ${loader.type}`,
    );
    assert(loader.body.equals(readFileSync('dist/cdn/mpp-widgets.js')), 'not the built loader');
    const chunk = Object.keys(dist.integrity).find((file) => file.startsWith('chunks/'));
    const response = await http(`/wp-content/plugins/mpp-widgets/assets/${chunk}`);
    assert(
      response.status === 200 && /javascript/.test(response.type),
      `${chunk}: ${response.status}`,
    );
  });
  return pages;
}

async function checkBrowser(browser, { http, login }, setup, base) {
  const watch = (page) => {
    const seen = { errors: [], external: [], scripts: [] };
    page.on('pageerror', (error) => seen.errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        seen.external.push(url);
        request.abort();
        return;
      }
      if (request.resourceType() === 'script') seen.scripts.push(url);
      request.continue();
    });
    return seen;
  };

  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 2400 });
  await page.setRequestInterception(true);
  const seen = watch(page);
  await page.goto(setup.posts.browser.url, { waitUntil: 'domcontentloaded' });
  await check('Chromium: the finder upgrades on the WordPress page ("MPP ditemukan")', async () => {
    await page.waitForFunction(
      () => document.querySelector('mpp-finder')?.shadowRoot?.textContent.includes('MPP ditemukan'),
      { timeout: 20000 },
    );
  });
  await check('Chromium: the checklist and the queue badge upgrade too', async () => {
    await page.waitForFunction(
      () =>
        document.querySelector('mpp-service-checklist')?.getAttribute('state') === 'ready' &&
        document.querySelector('mpp-queue-badge')?.getAttribute('state') === 'ready',
      { timeout: 20000 },
    );
    const badge = await page.$eval('mpp-queue-badge', (el) => el.shadowRoot.textContent);
    assert(badge.includes('A-023'), `badge: ${badge}`);
  });
  await check(
    'Chromium: chunks from the plugin, no request off 127.0.0.1, no page error',
    async () => {
      const ours = seen.scripts.filter((url) => url.includes('/plugins/mpp-widgets/'));
      assert(
        ours.some((url) => url.includes('/assets/chunks/')),
        `scripts: ${seen.scripts.join(' ')}`,
      );
      assert(seen.external.length === 0, `external requests: ${seen.external.join(' ')}`);
      assert(seen.errors.length === 0, seen.errors.join('; '));
    },
  );
  await page.close();

  // The block editor, as the admin (site language Indonesian): the block is registered, its
  // controls are translated, editing works, and the saved post renders the element.
  const jar = await login('admin');
  const editor = await browser.newPage();
  await editor.setViewport({ width: 1400, height: 1000 });
  await editor.setRequestInterception(true);
  const editorSeen = watch(editor);
  await editor.setCookie(...[...jar].map(([name, value]) => ({ name, value, url: base })));
  await editor.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await check('block editor: "MPP Widgets" block registered, title translated', async () => {
    await editor.waitForFunction(() => window.wp?.blocks?.getBlockType('mpp-widgets/widget'), {
      timeout: 30000,
    });
    const title = await editor.evaluate(() => wp.blocks.getBlockType('mpp-widgets/widget').title);
    assert(title === 'Widget MPP', `title: ${title}`);
  });
  await check(
    'block editor: province and service are dropdowns of the bundled data, in Indonesian',
    async () => {
      await editor.evaluate(() => {
        const block = wp.blocks.createBlock('mpp-widgets/widget', { nearMe: true, noMap: true });
        wp.data.dispatch('core/block-editor').insertBlocks(block);
        wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      await editor.waitForFunction(
        () =>
          document.querySelector('.block-editor-block-inspector')?.textContent.includes('Provinsi'),
        { timeout: 10000 },
      );
      const inspector = await editor.$eval('.block-editor-block-inspector', (el) => el.textContent);
      assert(
        inspector.includes('Tombol "Terdekat dari saya"'),
        `inspector: ${inspector.slice(0, 300)}`,
      );
      const selects = await editor.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('.block-editor-block-inspector label')]
            .filter((label) => ['Provinsi', 'Layanan'].includes(label.textContent))
            .map((label) => {
              const field = document.getElementById(label.getAttribute('for'));
              return [
                label.textContent,
                {
                  tag: field?.localName,
                  options: [...(field?.options ?? [])].map((option) => [option.value, option.text]),
                },
              ];
            }),
        ),
      );
      const provinces = selects.Provinsi;
      assert(provinces?.tag === 'select', `province field: ${JSON.stringify(provinces)}`);
      assert(provinces.options.length === 39, `${provinces.options.length} province options`);
      assert(
        JSON.stringify(provinces.options[0]) === '["","Semua provinsi"]' &&
          provinces.options.some(([code, name]) => code === '32' && name === 'Jawa Barat') &&
          provinces.options.some(([code, name]) => code === '96' && name === 'Papua Barat Daya'),
        JSON.stringify(provinces.options.slice(0, 3)),
      );
      const services = selects.Layanan;
      const catalog = JSON.parse(readFileSync('src/data/catalog.json', 'utf8')).services;
      assert(services?.tag === 'select', `service field: ${JSON.stringify(services)}`);
      assert(
        JSON.stringify(services.options) ===
          JSON.stringify([['', 'Semua layanan'], ...catalog.map(({ id, name }) => [id, name.id])]),
        JSON.stringify(services.options.slice(0, 3)),
      );
      await editor.select(
        `#${await editor.evaluate(() =>
          [...document.querySelectorAll('.block-editor-block-inspector label')]
            .find((label) => label.textContent === 'Provinsi')
            .getAttribute('for'),
        )}`,
        '33',
      );
      await editor.waitForFunction(
        () =>
          document.querySelector('.mpp-widgets-shortcode')?.textContent ===
          '[mpp_finder province="33" near-me no-map]',
        { timeout: 5000 },
      );
    },
  );
  await check(
    'block editor: live preview of the real element, owner hints switched on',
    async () => {
      await editor
        .waitForFunction(
          () =>
            document
              .querySelector('.mpp-widgets-preview mpp-finder[province="33"]')
              ?.shadowRoot?.textContent.includes('MPP ditemukan'),
          { timeout: 30000 },
        )
        .catch(async (error) => {
          const preview = await editor.evaluate(() => {
            const finder = document.querySelector('.mpp-widgets-preview mpp-finder');
            return `${document.querySelector('.mpp-widgets-preview')?.innerHTML.slice(0, 300)} | ${finder?.shadowRoot?.textContent.slice(0, 200)} | ${[...document.scripts].filter((script) => script.id.startsWith('mpp')).map((script) => script.src)}`;
          });
          throw new Error(`${error.message}: ${preview}`);
        });
      const debug = await editor.evaluate(() =>
        document.documentElement.hasAttribute('data-mpp-debug'),
      );
      assert(debug, 'no data-mpp-debug on the editor document');
    },
  );
  await check('block editor: the saved post shows the element', async () => {
    const link = await editor.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({ title: 'editor-block', status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
      return wp.data.select('core/editor').getCurrentPost().link;
    });
    const response = await http(link);
    assert(
      response.text.includes('<mpp-finder province="33" no-map near-me></mpp-finder>'),
      `got ${elementTags(response.text, 'mpp-finder').join(' ')}`,
    );
    assert(libraryTags(response.text).length === 1, 'script not once');
    const page = response.text;
    assert(!/<html[^>]* data-mpp-debug/.test(page), 'debug switch on the published page');
  });
  await check(
    'block editor: a Shortcode block with [mpp-finder] previews the element',
    async () => {
      await editor.evaluate(() => {
        wp.data
          .dispatch('core/block-editor')
          .resetBlocks([
            wp.blocks.createBlock('core/shortcode', { text: '[mpp-finder province="31" no-map]' }),
          ]);
      });
      await editor.waitForFunction(
        () =>
          document
            .querySelector('.mpp-widgets-shortcode-preview mpp-finder[province="31"]')
            ?.shadowRoot?.textContent.includes('MPP ditemukan'),
        { timeout: 30000 },
      );
    },
  );
  await check(
    'block editor (admin): no warning on a Custom HTML block with the widget markup',
    async () => {
      await insertCustomHtml(editor);
      const warned = await editor.evaluate(
        () =>
          Boolean(document.querySelector('.mpp-widgets-stripped-html')) ||
          wp.hooks.hasFilter('editor.BlockEdit', 'mpp-widgets/stripped-html-warning'),
      );
      assert(!warned, 'the admin was warned');
    },
  );
  await check('block editor: no page error, no request off 127.0.0.1', async () => {
    assert(editorSeen.errors.length === 0, editorSeen.errors.join('; '));
    assert(editorSeen.external.length === 0, `external: ${editorSeen.external.join(' ')}`);
  });
  await editor.close();

  const authorEditor = await openEditor('author');
  await check(
    'block editor (Author): Custom HTML with the widget markup gets a warning, in Indonesian',
    async () => {
      await insertCustomHtml(authorEditor.page);
      const warning = await authorEditor.page.waitForSelector('.mpp-widgets-stripped-html', {
        timeout: 10000,
      });
      const text = await warning.evaluate((el) => el.textContent);
      assert(
        text.includes('WordPress akan menghapus kode widget') &&
          text.includes('Gunakan blok "Widget MPP"'),
        text,
      );
    },
  );
  await check('block editor (Author): the warning turns the markup into the block', async () => {
    const button = await authorEditor.page.waitForSelector(
      '.mpp-widgets-stripped-html .components-button',
    );
    assert(
      (await button.evaluate((el) => el.textContent)) === 'Ganti dengan blok Widget MPP',
      'button text',
    );
    await button.click();
    await authorEditor.page.waitForFunction(
      () => {
        const blocks = wp.data.select('core/block-editor').getBlocks();
        return (
          blocks.length === 1 &&
          blocks[0].name === 'mpp-widgets/widget' &&
          blocks[0].attributes.province === '32' &&
          blocks[0].attributes.nearMe === true
        );
      },
      { timeout: 5000 },
    );
  });
  await check(
    "block editor (Author): the preview says which address was left out, and doesn't load it",
    async () => {
      await authorEditor.page.evaluate(() => {
        const block = wp.blocks.createBlock('mpp-widgets/widget', {
          widget: 'badge',
          src: 'https://evil.example/feed.json',
        });
        wp.data.dispatch('core/block-editor').insertBlocks(block);
      });
      const notice = await authorEditor.page.waitForSelector(
        '.mpp-widgets-preview .mpp-widgets-refused',
        { timeout: 20000 },
      );
      const text = await notice.evaluate((el) => el.textContent);
      assert(text.includes('src="https://evil.example/feed.json" tidak dipakai'), text);
      assert(
        !authorEditor.seen.external.some((url) => url.includes('evil.example')),
        'the refused address was requested',
      );
      assert(authorEditor.seen.errors.length === 0, authorEditor.seen.errors.join('; '));
    },
  );
  await authorEditor.page.close();

  const contributorEditor = await openEditor('contributor');
  await check(
    'block editor (Contributor, English): the Custom HTML warning in English',
    async () => {
      await insertCustomHtml(contributorEditor.page);
      const warning = await contributorEditor.page.waitForSelector('.mpp-widgets-stripped-html', {
        timeout: 10000,
      });
      const text = await warning.evaluate((el) => el.textContent);
      assert(text.includes('WordPress will remove the widget code'), text);
    },
  );
  await contributorEditor.page.close();

  /** A new post in the block editor as `user`, with requests off 127.0.0.1 blocked. */
  async function openEditor(user) {
    const jar = await login(user);
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.setRequestInterception(true);
    const seen = watch(page);
    await page.setCookie(...[...jar].map(([name, value]) => ({ name, value, url: base })));
    await page.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('mpp-widgets/widget'), {
      timeout: 30000,
    });
    return { page, seen };
  }
}

/** A Custom HTML block with the snippet a webmaster pastes from the README. */
async function insertCustomHtml(page) {
  await page.evaluate(() => {
    const content =
      '<script type="module" src="https://cdn.jsdelivr.net/npm/mpp-widgets@0.1.0/dist/cdn/mpp-widgets.js"></script>\n' +
      '<mpp-finder province="32" near-me></mpp-finder>';
    wp.data.dispatch('core/block-editor').resetBlocks([]);
    wp.data
      .dispatch('core/block-editor')
      .insertBlocks(wp.blocks.createBlock('core/html', { content }));
  });
  await page.waitForSelector('.block-editor-block-list__block[data-type="core/html"]', {
    timeout: 10000,
  });
}

async function checkSettings({ http, login }, setup, base, dist) {
  const PAGE = '/wp-admin/options-general.php?page=mpp-widgets';
  const admin = await login('admin');
  const author = await login('author');
  const settingsForm = async () => {
    const response = await http(PAGE, { jar: admin });
    assert(response.status === 200, `settings page: HTTP ${response.status}`);
    const nonce = response.text.match(/name="_wpnonce" value="([^"]+)"/)?.[1];
    assert(nonce, 'no nonce on the settings page');
    return { html: response.text, nonce };
  };
  const save = (jar, fields) =>
    http('/wp-admin/options.php', {
      jar,
      form: {
        option_page: 'mpp_widgets',
        action: 'update',
        _wp_http_referer: PAGE,
        ...fields,
      },
    });
  const currentScript = async () => libraryTags((await http(setup.posts['author-two'].url)).text);

  await check('settings page: administrators only, in Indonesian', async () => {
    const { html } = await settingsForm();
    for (const text of [
      'Sumber skrip',
      'Situs ini (disarankan)',
      'Warna tema bawaan',
      dist.integrity['mpp-widgets.js'],
    ]) {
      assert(html.includes(text), `settings page lacks "${text}"`);
    }
    const denied = await http(PAGE, { jar: author });
    assert(denied.status === 403, `Author got HTTP ${denied.status}`);
  });
  await check(
    'settings: refused without the capability (Author) and without the nonce (admin)',
    async () => {
      const fields = { 'mpp_widgets_options[source]': 'cdn', 'mpp_widgets_options[color]': '' };
      const byAuthor = await save(author, fields);
      assert(byAuthor.status === 403, `Author: HTTP ${byAuthor.status}`);
      const withoutNonce = await save(admin, fields);
      assert(withoutNonce.status === 403, `no nonce: HTTP ${withoutNonce.status}`);
      const [tag] = await currentScript();
      assert(tag?.src.startsWith(base), `the source changed anyway: ${tag?.src}`);
    },
  );
  await check(
    'settings page: section and field titles are escaped (a translation with markup)',
    async () => {
      const { text: html } = await http(`${PAGE}&mpp-test-markup-translation=1`, { jar: admin });
      assert(
        html.includes('&lt;img src=x id=mpp-injected&gt;'),
        'the test translation is not in use',
      );
      assert(
        !html.includes('<img src=x id=mpp-injected>'),
        'markup from a translation was printed',
      );
    },
  );
  await check('settings: the allowed hosts are saved cleaned, wrong entries named', async () => {
    const { nonce } = await settingsForm();
    const saved = await save(admin, {
      _wpnonce: nonce,
      'mpp_widgets_options[source]': 'self',
      'mpp_widgets_options[color]': '',
      'mpp_widgets_options[allowed_hosts]':
        'https://Antrean.MPP-contoh.go.id/api/queue\n*.jabarprov.go.id\nnot a host\n',
    });
    assert(saved.status === 302, `HTTP ${saved.status}`);
    const { text: html } = await http(saved.location, { jar: admin });
    assert(html.includes('Bukan nama host, tidak disimpan: not, a, host.'), 'no error message');
    assert(
      html.includes('>antrean.mpp-contoh.go.id\n*.jabarprov.go.id</textarea>'),
      `saved: ${html.match(/<textarea[^>]*>([^<]*)/)?.[1]}`,
    );
    const page = (await http(setup.posts['author-allowed'].url)).text;
    assert(page.includes('src="https://antrean.mpp-contoh.go.id/api/queue.json"'), 'not applied');
  });
  await check('a colour stored past the settings page is checked again when rendered', async () => {
    sitePhp('options', base, {
      MPP_WP_OPTIONS: JSON.stringify({
        ...ALLOW_LIST_OPTIONS,
        color: '#fff;background:url(https://evil.example/x.png)',
      }),
    });
    const page = (await http(setup.posts['author-two'].url)).text;
    assert(!page.includes('evil.example'), 'the stored value reached the page');
    assert(
      page.includes(
        '<mpp-service-checklist service="paspor-baru" no-persist></mpp-service-checklist>',
      ),
      `got ${elementTags(page, 'mpp-service-checklist')}`,
    );
    sitePhp('options', base, { MPP_WP_OPTIONS: JSON.stringify(ALLOW_LIST_OPTIONS) });
  });
  await check(
    'settings: a colour white text cannot be read on is saved with a warning',
    async () => {
      const { nonce } = await settingsForm();
      const saved = await save(admin, {
        _wpnonce: nonce,
        'mpp_widgets_options[source]': 'self',
        'mpp_widgets_options[color]': '#FFCC00',
      });
      assert(
        saved.status === 302 && saved.location.includes('settings-updated=true'),
        `HTTP ${saved.status}`,
      );
      // WordPress shows the messages once, on the page it redirects to.
      const { text: html } = await http(saved.location, { jar: admin });
      assert(html.includes('hanya berkontras'), 'no contrast warning');
      assert(html.includes('value="#ffcc00"'), 'colour not saved');
    },
  );
  await check(
    "CDN mode: the pinned URL with the build's integrity hash; default colour applied",
    async () => {
      const { nonce } = await settingsForm();
      const saved = await save(admin, {
        _wpnonce: nonce,
        'mpp_widgets_options[source]': 'cdn',
        'mpp_widgets_options[color]': '#7a1010',
      });
      assert(saved.status === 302, `HTTP ${saved.status}`);
      const page = (await http(setup.posts['author-two'].url)).text;
      const tags = libraryTags(page);
      assert(tags.length === 1, `${tags.length} script tags`);
      const [tag] = tags;
      assert(
        tag.src ===
          `https://cdn.jsdelivr.net/npm/mpp-widgets@${dist.version}/dist/cdn/mpp-widgets.js` &&
          tag.type === 'module' &&
          tag.integrity === dist.integrity['mpp-widgets.js'] &&
          tag.crossorigin === 'anonymous',
        JSON.stringify(tag),
      );
      assert(
        page.includes(
          '<mpp-service-checklist service="paspor-baru" no-persist style="--mpp-color-primary: #7a1010">',
        ),
        'default colour not applied',
      );
      // The widget's own colour wins over the default.
      const own = (await http(setup.posts['author-finder'].url)).text;
      assert(own.includes('style="--mpp-color-primary: #7a1010"'), 'own colour lost');
      assert(
        libraryTags((await http(setup.posts.plain.url)).text).length === 0,
        'script on a page without widgets',
      );
    },
  );
  await check(
    'CDN mode: an import map with the hash of every file comes before the loader',
    async () => {
      const page = (await http(setup.posts['author-two'].url)).text;
      const maps = [...page.matchAll(/<script type="importmap"[^>]*>([\s\S]*?)<\/script>/g)];
      assert(maps.length === 1, `${maps.length} import maps`);
      const folder = `https://cdn.jsdelivr.net/npm/mpp-widgets@${dist.version}/dist/cdn/`;
      const expected = Object.fromEntries(
        Object.entries(dist.integrity).map(([path, hash]) => [folder + path, hash]),
      );
      const { integrity } = JSON.parse(maps[0][1]);
      assert(JSON.stringify(integrity) === JSON.stringify(expected), JSON.stringify(integrity));
      assert(
        maps[0].index < page.search(/<script[^>]+mpp-widgets-js-module/),
        'the import map comes after the loader',
      );
    },
  );
}

/**
 * CDN mode in Chromium, with the test serving the CDN's files (dist/cdn/, with CORS, as jsDelivr
 * does): the widgets load; then one chunk is changed on its way and Chromium must refuse it.
 */
async function checkCdnInBrowser(browser, setup, base, dist) {
  const cdnFolder = `https://cdn.jsdelivr.net/npm/mpp-widgets@${dist.version}/dist/cdn/`;
  const badgeChunk = Object.keys(dist.integrity).find((path) =>
    /^chunks\/queue-badge-[\w-]+\.js$/.test(path),
  );
  // A visitor: a fresh context, without the editors' cookies (and their admin bar).
  const visitor = await browser.createBrowserContext();
  const open = async (tamper) => {
    const page = await visitor.newPage();
    const seen = { console: [], errors: [], other: [] };
    page.on('console', (message) => seen.console.push(message.text()));
    page.on('pageerror', (error) => seen.errors.push(error.message));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(cdnFolder)) {
        const path = url.slice(cdnFolder.length).split('?')[0];
        let body = readFileSync(join('dist/cdn', path));
        if (tamper && path === badgeChunk) {
          body = Buffer.concat([Buffer.from('globalThis.mppTampered = true;\n'), body]);
        }
        request.respond({
          status: 200,
          contentType: 'text/javascript',
          headers: { 'access-control-allow-origin': '*' },
          body,
        });
        return;
      }
      if (!url.startsWith(base) && !url.startsWith('data:')) {
        seen.other.push(url);
        request.abort();
        return;
      }
      request.continue();
    });
    await page.goto(setup.posts['author-two'].url, { waitUntil: 'domcontentloaded' });
    return { page, seen };
  };

  const intact = await open(false);
  await check('Chromium, CDN mode: the widgets load with every file checked', async () => {
    await intact.page.waitForFunction(
      () =>
        document.querySelector('mpp-service-checklist')?.getAttribute('state') === 'ready' &&
        document.querySelector('mpp-queue-badge')?.getAttribute('state') === 'ready',
      { timeout: 20000 },
    );
    assert(
      !intact.seen.console.some((text) => /integrity/i.test(text)),
      intact.seen.console.join('\n'),
    );
    assert(intact.seen.other.length === 0, `other requests: ${intact.seen.other.join(' ')}`);
  });
  await intact.page.close();

  const tampered = await open(true);
  await check('Chromium, CDN mode: a changed chunk is refused (integrity error)', async () => {
    assert(badgeChunk, 'no queue badge chunk in dist/cdn/integrity.json');
    await tampered.page.waitForFunction(
      () => document.querySelector('mpp-service-checklist')?.getAttribute('state') === 'ready',
      { timeout: 20000 },
    );
    const until = Date.now() + 10000;
    while (
      !tampered.seen.console.some((text) => /integrity/i.test(text) && text.includes(badgeChunk))
    ) {
      assert(Date.now() < until, `no integrity error:\n${tampered.seen.console.join('\n')}`);
      await sleep(100);
    }
    const state = await tampered.page.evaluate(() => ({
      ran: globalThis.mppTampered === true,
      defined: Boolean(customElements.get('mpp-queue-badge')),
    }));
    assert(!state.ran, "the changed chunk's code ran");
    assert(!state.defined, 'the queue badge was defined from a changed chunk');
  });
  await visitor.close();
}

// ---------------------------------------------------------------- main

async function main() {
  ensurePackages();
  tmp = mkdtempSync('/tmp/mpp-wp-test-');
  const dist = {
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    integrity: JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')),
  };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  keptBase = base;

  log('starting MariaDB');
  const database = await startDatabase();
  configureWordPress({ base, database });
  log('installing WordPress, the plugin, users and posts');
  sitePhp('install', base);
  // The upgrader may delete what it installs from: give it a copy.
  const zipCopy = join(tmp, 'mpp-widgets.zip');
  writeFileSync(zipCopy, readFileSync(ZIP));
  const setup = sitePhp('populate', base, {
    MPP_WP_ZIP: zipCopy,
    MPP_WP_POSTS: JSON.stringify(testPosts(base)),
  });
  sitePhp('options', base, { MPP_WP_OPTIONS: JSON.stringify(ALLOW_LIST_OPTIONS) });
  setup.rendered = sitePhp('render', base, {
    MPP_WP_SHORTCODES: JSON.stringify([`[mpp_finder province='${HOSTILE}']`]),
  });

  log(`starting PHP's web server on ${base}`);
  const server = startProcess(
    'PHP web server',
    'php',
    [
      '-d',
      `auto_prepend_file=${join(tmp, 'prepend.php')}`,
      '-S',
      `127.0.0.1:${port}`,
      '-t',
      join(tmp, 'docroot'),
    ],
    { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, logFile: join(tmp, 'php-server.log') },
  );
  await waitFor(
    'the web server',
    async () => (await fetch(`${base}/wp-login.php`)).status === 200,
    15000,
    server,
  );

  const http = client(base);
  log('checking the rendered pages');
  await checkPages(http, setup, base, dist);

  log('checking in Chromium');
  const browser = await launchChromium();
  try {
    await checkBrowser(browser, http, setup, base);

    log('checking the settings page');
    await checkSettings(http, setup, base, dist);

    log('checking CDN mode in Chromium');
    await checkCdnInBrowser(browser, setup, base, dist);
  } finally {
    await browser.close();
  }

  await check('no PHP error, warning or notice from the plugin in the debug log', async () => {
    const debugLog = existsSync(join(tmp, 'debug.log'))
      ? readFileSync(join(tmp, 'debug.log'), 'utf8')
      : '';
    const ours = debugLog.split('\n').filter((line) => /mpp-widgets|PHP Fatal/.test(line));
    assert(ours.length === 0, ours.slice(0, 10).join('\n'));
  });
}

const watchdog = setTimeout(() => {
  console.error('wordpress-test: over 4 minutes, stopping');
  cleanup().finally(() => process.exit(1));
}, 240000);

/** On failure, the end of each log, before the temporary folder goes. */
function printLogs() {
  for (const name of ['debug.log', 'php-server.log', 'mariadb.log']) {
    const path = join(tmp, name);
    if (!tmp || !existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').slice(-25);
    console.error(`--- ${name} (last ${lines.length} lines)\n${lines.join('\n')}`);
  }
}

let failure = null;
try {
  await main();
} catch (error) {
  failure = error;
} finally {
  clearTimeout(watchdog);
  const failed = failure || results.some((line) => line.startsWith('✗'));
  if (failed) printLogs();
  await cleanup();
}
console.log(results.join('\n'));
if (failure) console.error(`✗ stopped: ${failure.stack ?? failure}`);
const passed = results.filter((line) => line.startsWith('✓')).length;
const failed = results.length - passed + (failure ? 1 : 0);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${passed} passed, ${failed} failed, ${seconds} s`);
process.exit(failed ? 1 : 0);
