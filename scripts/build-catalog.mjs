// Builds the bundled service catalogue of <mpp-service-checklist> (contract §6.2) from the
// project's own source files, data/catalog/<service-id>.json (format: data/catalog/README.md).
// It reads nothing outside the repository, adds no fact, and refuses what a visitor must not
// see: a text in one language only, a maintainer's remark in a visitor-facing field, a fact
// without a source URL and retrieval date. `maintainerNote`s stay in the source files.
//
//   node scripts/build-catalog.mjs           writes src/data/catalog.json
//   node scripts/build-catalog.mjs --check   fails when src/data/catalog.json is out of date
//
// Output: 2-space JSON with a trailing newline; the same files give the same bytes, whatever
// order the file system lists them in.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findMaintainerRemark } from './catalog-remarks.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIR = join(repoRoot, 'data/catalog');
export const OUTPUT = join(repoRoot, 'src/data/catalog.json');

/** Bundled ids: public API (contract §4), in this order. More may be added, none may go missing. */
export const PUBLIC_IDS = [
  'paspor-baru',
  'ktp-el-baru',
  'ktp-el-hilang',
  'ktp-el-rusak',
  'kartu-keluarga-baru',
  'akta-kelahiran',
  'sim-perpanjangan',
  'skck-baru',
  'npwp-aktivasi',
  'nib-oss',
  'bpjs-kesehatan-mandiri',
  'pbg',
];
export const FORMS = ['asli', 'fotokopi', 'asli+fotokopi', 'syarat'];
export const CONFIDENCES = ['high', 'medium', 'low'];
export const SOURCE_KINDS = ['official', 'regulation', 'news-citing-official', 'other'];

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value) => typeof value === 'string' && value.trim() !== '';
const isDate = (value) => {
  const match = typeof value === 'string' && DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toISOString().slice(0, 10) === value;
};
/** Code-point order: the same on every machine and locale. */
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Turns the source files into a catalogue (contract §6.2).
 * @param {{ name: string, document: unknown }[]} files each file's name (`pbg.json`) and parsed JSON
 * @returns {object} the catalogue as bundled: no `maintainerNote`, services in public-id order
 * @throws {Error} listing every problem, by file and JSON path
 */
export function buildCatalog(files) {
  const errors = [];
  const fail = (path, message) => {
    errors.push(`${path}: ${message}`);
  };

  /** Keys of `object` outside `allowed` are typos or fields nobody reads: refuse them. */
  const onlyKeys = (object, allowed, path) => {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key))
        fail(`${path}.${key}`, `unknown field (allowed: ${allowed.join(', ')})`);
    }
  };

  /** A visitor reads this: both languages, no maintainer's remark. */
  const visitorText = (value, path, { required = false } = {}) => {
    if (value === undefined) {
      if (required) fail(path, 'missing');
      return undefined;
    }
    if (!isObject(value)) {
      fail(path, 'needs both languages: {"id": "…", "en": "…"}');
      return undefined;
    }
    onlyKeys(value, ['id', 'en'], path);
    for (const lang of ['id', 'en']) {
      if (!nonEmpty(value[lang])) fail(`${path}.${lang}`, 'missing or empty');
      else if (value[lang] !== value[lang].trim())
        fail(`${path}.${lang}`, 'leading or trailing space');
      else checkRemark(value[lang], `${path}.${lang}`);
    }
    return { id: value.id, en: value.en };
  };

  const checkRemark = (text, path) => {
    const marker = findMaintainerRemark(text);
    if (marker) {
      fail(path, `reads like a note for maintainers ("${marker}"): move it to a maintainerNote`);
    }
  };

  const maintainerNote = (object, path) => {
    if ('maintainerNote' in object && !nonEmpty(object.maintainerNote)) {
      fail(`${path}.maintainerNote`, 'must be a non-empty string (or left out)');
    }
  };

  const amountOk = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

  const requirement = (item, path) => {
    if (!isObject(item)) return fail(path, 'must be an object');
    onlyKeys(
      item,
      ['id', 'label', 'form', 'optional', 'condition', 'note', 'maintainerNote'],
      path,
    );
    maintainerNote(item, path);
    if (!(nonEmpty(item.id) && ID.test(item.id))) fail(`${path}.id`, 'must be a kebab-case id');
    const out = {
      id: item.id,
      label: visitorText(item.label, `${path}.label`, { required: true }),
    };
    if (item.form !== undefined) {
      if (!FORMS.includes(item.form)) {
        fail(`${path}.form`, `"${item.form}" is not one of ${FORMS.join(', ')} (or left out)`);
      }
      out.form = item.form;
    }
    if (item.optional !== undefined && item.optional !== true) {
      fail(`${path}.optional`, 'must be true (or left out)');
    }
    if (item.optional === true) out.optional = true;
    const condition = visitorText(item.condition, `${path}.condition`);
    if (condition) out.condition = condition;
    const note = visitorText(item.note, `${path}.note`);
    if (note) out.note = note;
    return out;
  };

  const buildFee = (fee, path) => {
    if (!isObject(fee)) return fail(path, 'must be an object');
    onlyKeys(fee, ['amount', 'currency', 'note', 'tiers', 'maintainerNote'], path);
    maintainerNote(fee, path);
    if (!(fee.amount === null || amountOk(fee.amount))) {
      fail(`${path}.amount`, 'must be a number ≥ 0, or null when tiers or a note say it');
    }
    if (fee.currency !== 'IDR')
      fail(`${path}.currency`, `expected "IDR", got ${JSON.stringify(fee.currency)}`);
    const out = { amount: fee.amount, currency: 'IDR' };
    const note = visitorText(fee.note, `${path}.note`);
    if (note) out.note = note;
    if (fee.tiers !== undefined) {
      if (!Array.isArray(fee.tiers) || fee.tiers.length === 0) {
        fail(`${path}.tiers`, 'must be a non-empty array (or left out)');
      } else {
        if (fee.amount !== null) fail(`${path}.amount`, 'must be null when tiers are given');
        out.tiers = fee.tiers.map((tier, i) => {
          const tierPath = `${path}.tiers[${i}]`;
          if (!isObject(tier)) return fail(tierPath, 'must be an object');
          onlyKeys(tier, ['label', 'amount'], tierPath);
          if (!amountOk(tier.amount)) fail(`${tierPath}.amount`, 'must be a number ≥ 0');
          return {
            label: visitorText(tier.label, `${tierPath}.label`, { required: true }),
            amount: tier.amount,
          };
        });
      }
    }
    if (fee.amount === null && !out.tiers && !out.note) {
      fail(path, 'amount is null with neither tiers nor a note: leave the fee out instead');
    }
    return out;
  };

  const legalBasisEntry = (entry, path) => {
    // A bare citation ("PP 45/2024") reads the same in both languages; anything explained
    // in words is given in both.
    if (typeof entry === 'string') {
      if (!nonEmpty(entry)) fail(path, 'empty');
      else checkRemark(entry, path);
      if (/[()]/.test(entry)) fail(path, 'has an explanation in brackets: give it as {"id", "en"}');
      return entry;
    }
    return visitorText(entry, path, { required: true });
  };

  const buildSource = (source, path) => {
    if (!isObject(source)) return fail(path, 'must be an object with "url", "kind", "retrieved"');
    onlyKeys(source, ['url', 'kind', 'retrieved', 'title', 'maintainerNote'], path);
    maintainerNote(source, path);
    let url;
    try {
      url = new URL(source.url);
    } catch {
      // reported below
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      fail(`${path}.url`, `not an http(s) URL: ${JSON.stringify(source.url)}`);
    }
    if (!SOURCE_KINDS.includes(source.kind)) {
      fail(
        `${path}.kind`,
        `${JSON.stringify(source.kind)} is not one of ${SOURCE_KINDS.join(', ')}`,
      );
    }
    if (!isDate(source.retrieved)) {
      fail(
        `${path}.retrieved`,
        `the date it was read, YYYY-MM-DD: got ${JSON.stringify(source.retrieved)}`,
      );
    }
    const out = { url: source.url, kind: source.kind };
    const title = visitorText(source.title, `${path}.title`);
    if (title) out.title = title;
    out.retrieved = source.retrieved;
    return out;
  };

  const SERVICE_KEYS = [
    'id',
    'agency',
    'name',
    'description',
    'requirements',
    'fee',
    'duration',
    'legalBasis',
    'sources',
    'confidence',
    'maintainerNote',
  ];

  const buildService = (service, path) => {
    onlyKeys(service, SERVICE_KEYS, path);
    maintainerNote(service, path);
    const out = { id: service.id };
    out.agency = visitorText(service.agency, `${path}.agency`, { required: true });
    out.name = visitorText(service.name, `${path}.name`, { required: true });
    const description = visitorText(service.description, `${path}.description`);
    if (description) out.description = description;

    if (!Array.isArray(service.requirements) || service.requirements.length === 0) {
      fail(`${path}.requirements`, 'must be a non-empty array');
      out.requirements = [];
    } else {
      out.requirements = service.requirements.map((item, i) =>
        requirement(item, `${path}.requirements[${i}]`),
      );
      const seen = new Set();
      service.requirements.forEach((item, i) => {
        if (!isObject(item)) return;
        if (seen.has(item.id)) fail(`${path}.requirements[${i}].id`, `duplicate id "${item.id}"`);
        seen.add(item.id);
      });
    }
    if (service.fee !== undefined) out.fee = buildFee(service.fee, `${path}.fee`);
    const duration = visitorText(service.duration, `${path}.duration`);
    if (duration) out.duration = duration;
    if (service.legalBasis !== undefined) {
      if (!Array.isArray(service.legalBasis) || service.legalBasis.length === 0) {
        fail(`${path}.legalBasis`, 'must be a non-empty array (or left out)');
      } else {
        out.legalBasis = service.legalBasis.map((entry, i) =>
          legalBasisEntry(entry, `${path}.legalBasis[${i}]`),
        );
      }
    }
    if (!Array.isArray(service.sources) || service.sources.length === 0) {
      fail(`${path}.sources`, 'every service needs at least one source');
      out.sources = [];
    } else {
      out.sources = service.sources.map((source, i) =>
        buildSource(source, `${path}.sources[${i}]`),
      );
    }
    if (!CONFIDENCES.includes(service.confidence)) {
      fail(`${path}.confidence`, `must be one of ${CONFIDENCES.join(', ')}`);
    }
    out.confidence = service.confidence;

    // The service's date is that of its latest source; a source read earlier keeps its own.
    const dates = out.sources.map((source) => source?.retrieved).filter(isDate);
    out.retrieved = dates.sort(byCodePoint).at(-1);
    for (const source of out.sources) {
      if (source?.retrieved === out.retrieved) delete source.retrieved;
    }
    return out;
  };

  const services = [];
  const seen = new Set();
  for (const { name, document } of [...files].sort((a, b) => byCodePoint(a.name, b.name))) {
    const path = `data/catalog/${name}`;
    if (!isObject(document)) {
      fail(path, 'must be a JSON object (one service)');
      continue;
    }
    if (!(nonEmpty(document.id) && ID.test(document.id))) {
      fail(`${path}.id`, 'must be a kebab-case id');
      continue;
    }
    if (name !== `${document.id}.json`) fail(path, `file name must be "${document.id}.json"`);
    if (seen.has(document.id)) fail(`${path}.id`, `duplicate service id "${document.id}"`);
    seen.add(document.id);
    services.push(buildService(document, path));
  }
  for (const id of PUBLIC_IDS) {
    if (!seen.has(id)) fail('data/catalog', `public id "${id}" is missing (contract §4)`);
  }
  if (errors.length) throw new Error(`The catalogue cannot be built:\n  ${errors.join('\n  ')}`);

  const rank = (id) => (PUBLIC_IDS.includes(id) ? PUBLIC_IDS.indexOf(id) : PUBLIC_IDS.length);
  services.sort((a, b) => rank(a.id) - rank(b.id) || byCodePoint(a.id, b.id));
  const version = services
    .map((service) => service.retrieved)
    .sort(byCodePoint)
    .at(-1);
  return { version, services };
}

/** The catalogue as written to disk: 2-space JSON with a trailing newline. */
export const serialize = (catalog) => `${JSON.stringify(catalog, null, 2)}\n`;

/** Reads every `*.json` in the source folder; a file that is not JSON stops with its name. */
export function readSourceFiles(dir = SOURCE_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      try {
        return { name, document: JSON.parse(text) };
      } catch (error) {
        throw new Error(`data/catalog/${name}: not valid JSON (${error.message})`);
      }
    });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  try {
    const catalog = buildCatalog(readSourceFiles());
    const text = serialize(catalog);
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // not written yet
    }
    if (check) {
      if (current !== text)
        throw new Error('src/data/catalog.json is out of date: run `npm run data:catalog`');
      console.log('src/data/catalog.json is up to date');
    } else {
      writeFileSync(OUTPUT, text);
      const items = catalog.services.reduce((n, service) => n + service.requirements.length, 0);
      console.log(
        `Wrote ${OUTPUT} — ${catalog.services.length} services, ${items} requirements, ` +
          `version ${catalog.version}, ${Buffer.byteLength(text)} bytes`,
      );
    }
  } catch (error) {
    console.error(`build-catalog: ${error.message}`);
    process.exit(1);
  }
}
