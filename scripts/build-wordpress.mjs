// `npm run build:wordpress` (after `npm run build`): the installable WordPress plugin,
// dist/wordpress/mpp-widgets.zip, from wordpress/mpp-widgets/ plus
// - assets/: dist/cdn/ as it is (loader, chunks, licences), so the plugin self-hosts the library;
// - build-info.php: the library version and the SRI hashes of the loader and of every chunk
//   (dist/cdn/integrity.json), for the optional pinned-CDN mode and its import map;
// - bundled-data.php: the 38 provinces (data/regions/provinces.csv) and the bundled catalogue's
//   services (src/data/catalog.json) for the block's dropdowns, so they never drift from the
//   data the elements carry;
// - languages/: each mpp-widgets-<locale>.po compiled to .mo (PHP) and to the JSON the block
//   editor script reads, plus mpp-widgets.pot. The build fails when a translatable string of
//   the plugin has no translation.
// Node only: the .mo and the zip are written here, so neither gettext nor zip is needed.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { filesUnder } from './files-under.mjs';

const SOURCE = 'wordpress/mpp-widgets';
const OUT = 'dist/wordpress';
const STAGE = `${OUT}/mpp-widgets`;
const ZIP = `${OUT}/mpp-widgets.zip`;
const DOMAIN = 'mpp-widgets';
// The editor scripts, each with its own translation JSON (wp_set_script_translations()).
const EDITOR_SCRIPTS = [
  { file: 'block/editor.js', handle: 'mpp-widgets-block-editor' },
  { file: 'block/custom-html-notice.js', handle: 'mpp-widgets-custom-html-notice' },
];

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

// ---------------------------------------------------------------- inputs and versions

if (!existsSync('dist/cdn/mpp-widgets.js') || !existsSync('dist/cdn/integrity.json')) {
  fail('dist/cdn/ is missing: run `npm run build` first.');
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const fileIntegrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const integrity = fileIntegrity['mpp-widgets.js'];
for (const [path, hash] of Object.entries(fileIntegrity)) {
  if (!/^[\w./-]+\.js$/.test(path) || !/^sha384-[A-Za-z0-9+/=]+$/.test(hash)) {
    fail(`dist/cdn/integrity.json: unexpected entry ${path}: ${hash}`);
  }
}
if (!integrity) fail('dist/cdn/integrity.json has no sha384 hash for mpp-widgets.js.');

// The plugin carries the library of the same version; its header, constant and readme must say so.
const mainFile = readFileSync(`${SOURCE}/mpp-widgets.php`, 'utf8');
const readme = readFileSync(`${SOURCE}/readme.txt`, 'utf8');
const declared = {
  'mpp-widgets.php Version header': mainFile.match(/^ \* Version:\s*(\S+)/m)?.[1],
  MPP_WIDGETS_VERSION: mainFile.match(/'MPP_WIDGETS_VERSION',\s*'([^']+)'/)?.[1],
  'readme.txt Stable tag': readme.match(/^Stable tag:\s*(\S+)/m)?.[1],
};
for (const [where, value] of Object.entries(declared)) {
  if (value !== version) fail(`${where} is ${value}, package.json says ${version}.`);
}

// ---------------------------------------------------------------- bundled data for the block

/** A PHP single-quoted string literal. */
const phpString = (text) => `'${String(text).replace(/[\\']/g, (char) => `\\${char}`)}'`;

function bundledDataPhp() {
  const [header, ...rows] = readFileSync('data/regions/provinces.csv', 'utf8').trim().split('\n');
  if (header !== 'code,name,timezone')
    fail(`data/regions/provinces.csv: unexpected header ${header}`);
  const provinces = rows.map((row) => row.split(','));
  if (provinces.length !== 38)
    fail(`data/regions/provinces.csv: ${provinces.length} provinces, not 38`);
  const known = new Set(provinces.map(([code]) => code));
  const locations = JSON.parse(readFileSync('src/data/locations.json', 'utf8'));
  for (const { properties } of locations.features) {
    if (!known.has(properties.provinceCode)) {
      fail(
        `src/data/locations.json: ${properties.id} has an unknown province ${properties.provinceCode}`,
      );
    }
  }
  const { services } = JSON.parse(readFileSync('src/data/catalog.json', 'utf8'));
  return `<?php
// Written by scripts/build-wordpress.mjs from data/regions/provinces.csv and src/data/catalog.json.
defined( 'ABSPATH' ) || exit;

return array(
\t'provinces' => array(
${provinces.map(([code, name]) => `\t\t${phpString(code)} => ${phpString(name)},`).join('\n')}
\t),
\t'services'  => array(
${services.map(({ id, name }) => `\t\t${phpString(id)} => array( 'id' => ${phpString(name.id)}, 'en' => ${phpString(name.en)} ),`).join('\n')}
\t),
);
`;
}

// ---------------------------------------------------------------- translatable strings

/** Unescapes a single-quoted PHP or JavaScript string literal's body. */
const unquote = (body) => body.replace(/\\(.)/g, (_, char) => ({ n: '\n', t: '\t' })[char] ?? char);
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/**
 * Every translatable string of the plugin: `__( 'Text', 'mpp-widgets' )` and its siblings in
 * PHP, `__('Text', 'mpp-widgets')` in the editor script, and block.json's title, description
 * and keywords (translated by WordPress with the contexts below). A translation call this
 * cannot read (double quotes, a variable) fails the build, so no string is missed silently.
 */
function extractStrings() {
  const found = new Map();
  const add = (msgid, context, reference) => {
    const key = context ? `${context}\u0004${msgid}` : msgid;
    if (!found.has(key)) found.set(key, { msgid, context, references: [] });
    found.get(key).references.push(reference);
  };
  const sources = filesUnder(SOURCE).filter((file) => /\.(php|js)$/.test(file));
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const where = relative(SOURCE, file);
    const calls =
      /\b(__|_e|_x|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x)\(/g;
    const string = `'((?:[^'\\\\]|\\\\.)*)'`;
    const plain = new RegExp(`^\\(\\s*${string}\\s*,\\s*'${DOMAIN}'\\s*,?\\s*\\)`);
    const withContext = new RegExp(
      `^\\(\\s*${string}\\s*,\\s*${string}\\s*,\\s*'${DOMAIN}'\\s*,?\\s*\\)`,
    );
    for (const call of text.matchAll(calls)) {
      const rest = text.slice(call.index + call[1].length);
      const hasContext = call[1].endsWith('_x');
      const match = rest.match(hasContext ? withContext : plain);
      const reference = `${where}:${lineOf(text, call.index)}`;
      if (!match)
        fail(`${reference}: cannot read this translatable string (use '…', '${DOMAIN}').`);
      add(unquote(match[1]), hasContext ? unquote(match[2]) : '', reference);
    }
  }
  // The plugin list shows the header's name and description through the plugin's text domain.
  const mainPhp = readFileSync(`${SOURCE}/mpp-widgets.php`, 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = mainPhp.match(new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm'))?.[1].trim();
    if (!value) fail(`mpp-widgets.php has no ${field} header`);
    add(value, '', `mpp-widgets.php (${field})`);
  }
  const block = JSON.parse(readFileSync(`${SOURCE}/block/block.json`, 'utf8'));
  add(block.title, 'block title', 'block/block.json');
  add(block.description, 'block description', 'block/block.json');
  for (const keyword of block.keywords ?? []) add(keyword, 'block keyword', 'block/block.json');
  return found;
}

/** Parses a .po file: header fields and entries (fuzzy and obsolete entries are left out). */
function parsePo(text, file) {
  const entries = new Map();
  let entry = null;
  let field = null;
  const finish = () => {
    if (entry && !entry.fuzzy && entry.msgid !== undefined) {
      const key = entry.msgctxt ? `${entry.msgctxt}\u0004${entry.msgid}` : entry.msgid;
      entries.set(key, entry);
    }
    entry = null;
  };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const quoted = () => {
      const match = line.match(/"((?:[^"\\]|\\.)*)"$/);
      if (!match) fail(`${file}:${index + 1}: expected a quoted string`);
      return unquote(match[1]);
    };
    if (line === '') return finish();
    if (line.startsWith('#~')) return; // obsolete
    if (line.startsWith('#,')) {
      entry ??= {};
      entry.fuzzy = line.includes('fuzzy');
      return;
    }
    if (line.startsWith('#')) return;
    const keyword = line.match(/^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])\s/)?.[1];
    if (keyword === 'msgid_plural' || keyword?.startsWith('msgstr[')) {
      fail(`${file}:${index + 1}: plural forms are not supported by this build`);
    }
    if (keyword) {
      if (entry?.msgid !== undefined && (keyword === 'msgctxt' || keyword === 'msgid')) finish();
      entry ??= {};
      field = keyword;
      entry[field] = quoted();
    } else if (line.startsWith('"') && entry && field) {
      entry[field] += quoted();
    } else {
      fail(`${file}:${index + 1}: cannot read "${line}"`);
    }
  });
  finish();
  const header = Object.fromEntries(
    (entries.get('')?.msgstr ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
  entries.delete('');
  return { header, entries };
}

/** A GNU .mo file (little-endian, no hash table), as PHP's and WordPress's MO readers expect. */
function moFile(headerText, translations) {
  const pairs = [['', headerText], ...translations].sort(([a], [b]) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  const count = pairs.length;
  const tables = Buffer.alloc(28 + 16 * count);
  const strings = [];
  let offset = tables.length;
  const place = (text, tableAt) => {
    const bytes = Buffer.from(text, 'utf8');
    tables.writeUInt32LE(bytes.length, tableAt);
    tables.writeUInt32LE(offset, tableAt + 4);
    strings.push(bytes, Buffer.from([0]));
    offset += bytes.length + 1;
  };
  [0x950412de, 0, count, 28, 28 + 8 * count, 0, 28 + 16 * count].forEach((value, index) =>
    tables.writeUInt32LE(value, index * 4),
  );
  pairs.forEach(([original], index) => place(original, 28 + 8 * index));
  pairs.forEach(([, translation], index) => place(translation, 28 + 8 * count + 8 * index));
  return Buffer.concat([tables, ...strings]);
}

const poString = (text) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function potFile(strings) {
  const header = [
    `Project-Id-Version: MPP Widgets ${version}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    `X-Domain: ${DOMAIN}`,
  ];
  const blocks = [`msgid ""\nmsgstr ""\n${header.map((line) => poString(`${line}\n`)).join('\n')}`];
  for (const { msgid, context, references } of strings.values()) {
    blocks.push(
      [
        `#: ${references.join(' ')}`,
        context && `msgctxt ${poString(context)}`,
        `msgid ${poString(msgid)}`,
        'msgstr ""',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- zip

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/**
 * A zip of `root`'s files under the folder name `prefix/` (WordPress installs the folder found
 * in the zip). Deflated, UTF-8 names, fixed timestamps: the same inputs give the same bytes.
 */
function zipFolder(root, prefix) {
  const DOS_TIME = 0;
  const DOS_DATE = (2026 - 1980) * 512 + 1 * 32 + 1; // 2026-01-01
  const local = [];
  const central = [];
  let offset = 0;
  const directories = new Set();
  const entries = [];
  for (const file of filesUnder(root)) {
    const name = `${prefix}/${relative(root, file).split('\\').join('/')}`;
    const parts = name.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const directory = `${parts.slice(0, depth).join('/')}/`;
      if (!directories.has(directory)) {
        directories.add(directory);
        entries.push({ name: directory, data: null });
      }
    }
    entries.push({ name, data: readFileSync(file) });
  }
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = data ?? Buffer.alloc(0);
    const deflated = data ? deflateRawSync(raw, { level: 9 }) : raw;
    const stored = deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const crc = crc32(raw);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(stored ? 0 : 8, 10);
    record.writeUInt16LE(DOS_TIME, 12);
    record.writeUInt16LE(DOS_DATE, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(raw.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk number, internal attributes: 0
    const mode = data ? 0o100644 : 0o040755;
    record.writeUInt32LE(((mode << 16) | (data ? 0 : 0x10)) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    central.push(record, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

// ---------------------------------------------------------------- build

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(SOURCE, STAGE, { recursive: true });
cpSync('dist/cdn', `${STAGE}/assets`, { recursive: true });

writeFileSync(
  `${STAGE}/build-info.php`,
  `<?php
// Written by scripts/build-wordpress.mjs from package.json and dist/cdn/integrity.json.
defined( 'ABSPATH' ) || exit;

return array(
\t'library_version'  => '${version}',
\t'loader_integrity' => '${integrity}',
\t'file_integrity'   => array(
${Object.entries(fileIntegrity)
  .map(([path, hash]) => `\t\t${phpString(path)} => ${phpString(hash)},`)
  .join('\n')}
\t),
);
`,
);
writeFileSync(`${STAGE}/bundled-data.php`, bundledDataPhp());

const strings = extractStrings();
const scriptKeys = (file) =>
  new Set(
    [...strings]
      .filter(([, { references }]) => references.some((at) => at.startsWith(`${file}:`)))
      .map(([key]) => key),
  );
writeFileSync(`${STAGE}/languages/${DOMAIN}.pot`, potFile(strings));

const poFiles = readdirSync(`${SOURCE}/languages`).filter((name) => name.endsWith('.po'));
if (poFiles.length === 0) fail(`no .po file in ${SOURCE}/languages`);
for (const poName of poFiles) {
  const locale = poName.match(new RegExp(`^${DOMAIN}-(.+)\\.po$`))?.[1];
  if (!locale) fail(`${poName}: expected ${DOMAIN}-<locale>.po`);
  const poPath = `${SOURCE}/languages/${poName}`;
  const { header, entries } = parsePo(readFileSync(poPath, 'utf8'), poPath);

  const missing = [...strings.keys()].filter((key) => !entries.get(key)?.msgstr);
  if (missing.length) {
    fail(
      `${poPath}: no translation for\n${missing
        .map((key) => `  ${key.replace('\u0004', ' | ')}  (${strings.get(key).references[0]})`)
        .join('\n')}`,
    );
  }
  const unused = [...entries.keys()].filter((key) => !strings.has(key));
  for (const key of unused) console.warn(`build:wordpress: ${poPath}: unused "${key}"`);

  const translations = [...strings.keys()].map((key) => [key, entries.get(key).msgstr]);
  const headerText = Object.entries(header)
    .map(([name, value]) => `${name}: ${value}\n`)
    .join('');
  writeFileSync(`${STAGE}/languages/${DOMAIN}-${locale}.mo`, moFile(headerText, translations));

  // Each editor script's strings in the JSON (Jed) format of wp_set_script_translations().
  for (const { file, handle } of EDITOR_SCRIPTS) {
    const keys = scriptKeys(file);
    const localeData = {
      '': {
        domain: 'messages',
        lang: locale,
        'plural-forms': header['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);',
      },
      ...Object.fromEntries(
        translations.filter(([key]) => keys.has(key)).map(([key, value]) => [key, [value]]),
      ),
    };
    writeFileSync(
      `${STAGE}/languages/${DOMAIN}-${locale}-${handle}.json`,
      JSON.stringify({
        'translation-revision-date': header['PO-Revision-Date'] ?? '',
        generator: 'scripts/build-wordpress.mjs',
        domain: 'messages',
        locale_data: { messages: localeData },
      }),
    );
  }
}

const zip = zipFolder(STAGE, 'mpp-widgets');
writeFileSync(ZIP, zip);
console.log(
  `Built ${ZIP} (${(zip.length / 1024).toFixed(0)} kB): plugin ${version}, library from dist/cdn/, ` +
    `${strings.size} strings translated into ${poFiles.map((name) => name.slice(DOMAIN.length + 1, -3)).join(', ')}.`,
);
