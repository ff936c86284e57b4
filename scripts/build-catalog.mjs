// Builds the bundled service catalogue of <mpp-service-checklist> (contract §6.2) from the
// reference file shared/data/requirements/requirements_verified.json. It only transforms: every
// fact comes from the input; fields it does not map are reported, and anything the contract
// needs but the input lacks or gets wrong stops the build with exit code 1.
//
//   node scripts/build-catalog.mjs [input.json]
//
// Writes src/data/catalog.json (2-space JSON, trailing newline, same input → same bytes).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_INPUT = resolve(
  repoRoot,
  '../shared/data/requirements/requirements_verified.json',
);
export const OUTPUT = join(repoRoot, 'src/data/catalog.json');

/** Bundled ids: public API (contract §4). More may be added, none may go missing. */
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
/** The input's source kinds → contract kinds. A kind not listed here stops the build. */
export const SOURCE_KINDS = {
  official: 'official',
  regulation: 'regulation',
  'news-citing-official': 'news-citing-official',
  other: 'other',
};
/** Input fields deliberately left out of the catalogue, and why (still reported). */
const NOT_FOR_VISITORS = {
  _note: 'conventions of the reference file (applied by this script)',
  _suggested_additional_services: 'cases without a public id yet',
  differences_from_first_pass: 'editorial history of the research',
};
/**
 * Items whose `condition_*` text is in fact a note for everyone (how to bring it, what it
 * must contain), not a condition under which it applies. Reviewed by hand, item by item;
 * the text is kept word for word as the item's `note`, so the document stays counted for
 * every visitor instead of hiding behind "Berlaku untuk saya". Fix the reference file and
 * this list shrinks.
 */
export const CONDITIONS_THAT_ARE_NOTES = new Set([
  'paspor-baru/m-paspor',
  'paspor-baru/dokumen-identitas',
  'ktp-el-rusak/ktp-el-rusak',
  'akta-kelahiran/skl',
  'skck-baru/pas-foto',
  'skck-baru/sidik-jari',
  'npwp-aktivasi/ktp-el',
  'nib-oss/ktp-el',
  'nib-oss/npwp',
  'bpjs-kesehatan-mandiri/kk',
  'bpjs-kesehatan-mandiri/rekening-autodebet',
  'pbg/dokumen-lingkungan',
]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value) => typeof value === 'string' && value.trim() !== '';

/**
 * Turns the reference document into a catalogue (contract §6.2).
 * @param {unknown} input the parsed requirements_verified.json
 * @returns {{ catalog: object, unmapped: string[] }} `unmapped`: input fields not carried over,
 *   as `path (count×)` lines, e.g. `services[].differences_from_first_pass (12×) — …`
 * @throws {Error} listing every problem when the input cannot make a valid catalogue
 */
export function buildCatalog(input) {
  const errors = [];
  const unused = new Map(); // path pattern → count
  const fail = (path, message) => errors.push(`${path}: ${message}`);

  /** Marks the keys of `object` not in `used` as unmapped, under the path pattern `pattern`. */
  const leftOver = (object, used, pattern) => {
    for (const key of Object.keys(object)) {
      if (used.includes(key)) continue;
      const name = `${pattern}${pattern ? '.' : ''}${key}`;
      unused.set(name, (unused.get(name) ?? 0) + 1);
    }
  };

  /**
   * A text that must exist in both languages: `{base}_id`/`{base}_en`, or `{base}: {id, en}`.
   * Returns undefined when absent (and `required` is false).
   */
  const bilingual = (object, base, path, { required = false } = {}) => {
    const used = [base, `${base}_id`, `${base}_en`];
    const hasPair = `${base}_id` in object || `${base}_en` in object;
    let text;
    if (hasPair) {
      if (base in object)
        fail(`${path}.${base}`, `give either "${base}" or "${base}_id"/"${base}_en"`);
      text = { id: object[`${base}_id`], en: object[`${base}_en`] };
    } else if (object[base] !== undefined && object[base] !== null) {
      text = object[base];
      if (!isObject(text)) {
        fail(`${path}.${base}`, 'needs both languages: {"id": "…", "en": "…"}');
        return { used };
      }
      const extra = Object.keys(text).filter((key) => key !== 'id' && key !== 'en');
      if (extra.length) fail(`${path}.${base}`, `unexpected keys ${extra.join(', ')}`);
      text = { id: text.id, en: text.en };
    } else {
      if (required) fail(`${path}.${base}`, 'missing');
      return { used };
    }
    for (const lang of ['id', 'en']) {
      if (!nonEmpty(text[lang])) fail(`${path}.${base}`, `"${lang}" text missing or empty`);
    }
    return { value: text, used };
  };

  /** Fee note, kept as in the input: a plain string, `{id, en}`, or `note_id`/`note_en`. */
  const feeNote = (fee, path) => {
    if (typeof fee.note === 'string' && !('note_id' in fee) && !('note_en' in fee)) {
      if (!nonEmpty(fee.note)) fail(`${path}.note`, 'empty');
      return { value: fee.note, used: ['note'] };
    }
    return bilingual(fee, 'note', path);
  };

  const requirement = (item, path, serviceId) => {
    if (!isObject(item)) {
      fail(path, 'must be an object');
      return undefined;
    }
    const out = {};
    const used = ['id', 'form', 'optional'];
    if (!nonEmpty(item.id)) fail(`${path}.id`, 'missing or empty');
    out.id = item.id;
    const label = bilingual(item, 'label', path, { required: true });
    used.push(...label.used);
    out.label = label.value;
    if (item.form !== null && item.form !== undefined) {
      if (!FORMS.includes(item.form)) {
        fail(`${path}.form`, `"${item.form}" is not one of ${FORMS.join(', ')} (or null)`);
      }
      out.form = item.form;
    }
    if (
      item.optional !== undefined &&
      item.optional !== null &&
      typeof item.optional !== 'boolean'
    ) {
      fail(`${path}.optional`, 'must be true or false');
    }
    if (item.optional === true) out.optional = true;
    const condition = bilingual(item, 'condition', path);
    used.push(...condition.used);
    const note = bilingual(item, 'note', path);
    used.push(...note.used);
    if (condition.value && CONDITIONS_THAT_ARE_NOTES.has(`${serviceId}/${item.id}`)) {
      if (note.value) fail(path, 'has a note already: merge it with the condition by hand');
      out.note = condition.value;
    } else {
      if (condition.value) out.condition = condition.value;
      if (note.value) out.note = note.value;
    }
    leftOver(item, used, 'services[].requirements[]');
    return out;
  };

  const buildFee = (fee, path) => {
    if (!isObject(fee)) {
      fail(path, 'must be an object');
      return undefined;
    }
    const out = {};
    const used = ['amount', 'currency', 'tiers'];
    const amount = fee.amount ?? null;
    if (
      amount !== null &&
      !(typeof amount === 'number' && Number.isFinite(amount) && amount >= 0)
    ) {
      fail(`${path}.amount`, 'must be a number ≥ 0 or null');
    }
    out.amount = amount;
    if (fee.currency !== 'IDR')
      fail(`${path}.currency`, `expected "IDR", got ${JSON.stringify(fee.currency)}`);
    out.currency = 'IDR';
    const note = feeNote(fee, path);
    used.push(...note.used);
    if (note.value !== undefined) out.note = note.value;
    if (fee.tiers !== undefined && fee.tiers !== null) {
      if (!Array.isArray(fee.tiers) || fee.tiers.length === 0) {
        fail(`${path}.tiers`, 'must be a non-empty array');
      } else {
        if (amount !== null) fail(`${path}.amount`, 'must be null when tiers are given');
        out.tiers = fee.tiers.map((tier, i) => {
          const tierPath = `${path}.tiers[${i}]`;
          if (!isObject(tier)) {
            fail(tierPath, 'must be an object');
            return undefined;
          }
          const label = bilingual(tier, 'label', tierPath, { required: true });
          if (!(
            typeof tier.amount === 'number' &&
            Number.isFinite(tier.amount) &&
            tier.amount >= 0
          )) {
            fail(`${tierPath}.amount`, 'must be a number ≥ 0');
          }
          leftOver(tier, [...label.used, 'amount'], 'services[].fee.tiers[]');
          return { label: label.value, amount: tier.amount };
        });
      }
    }
    if (amount === null && !out.tiers && out.note === undefined) {
      fail(path, 'amount is null with neither tiers nor a note: say nothing (omit fee) instead');
    }
    leftOver(fee, used, 'services[].fee');
    return out;
  };

  const buildSource = (source, path) => {
    if (!isObject(source)) {
      fail(path, 'must be an object with "url" and "kind"');
      return undefined;
    }
    let url;
    try {
      url = new URL(source.url);
    } catch {
      /* reported below */
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      fail(`${path}.url`, `not an http(s) URL: ${JSON.stringify(source.url)}`);
    }
    if (!Object.hasOwn(SOURCE_KINDS, source.kind)) {
      fail(`${path}.kind`, `unknown kind ${JSON.stringify(source.kind)}: add it to SOURCE_KINDS`);
    }
    const out = { url: source.url, kind: SOURCE_KINDS[source.kind] };
    const used = ['url', 'kind'];
    if (typeof source.title === 'string' && !('title_id' in source) && !('title_en' in source)) {
      if (nonEmpty(source.title)) out.title = source.title;
      used.push('title');
    } else {
      const title = bilingual(source, 'title', path);
      used.push(...title.used);
      if (title.value) out.title = title.value;
    }
    leftOver(source, used, 'services[].sources[]');
    return out;
  };

  const buildService = (service, path, topRetrieved) => {
    const out = {};
    const used = ['id', 'requirements', 'fee', 'legal_basis', 'legalBasis', 'sources', 'retrieved'];
    used.push('confidence');
    out.id = service.id;
    for (const base of ['agency', 'name']) {
      const text = bilingual(service, base, path, { required: true });
      used.push(...text.used);
      out[base] = text.value;
    }
    const description = bilingual(service, 'description', path);
    used.push(...description.used);
    if (description.value) out.description = description.value;

    if (!Array.isArray(service.requirements) || service.requirements.length === 0) {
      fail(`${path}.requirements`, 'must be a non-empty array');
      out.requirements = [];
    } else {
      out.requirements = service.requirements.map((item, i) =>
        requirement(item, `${path}.requirements[${i}]`, service.id),
      );
      const seen = new Set();
      out.requirements.forEach((item, i) => {
        if (!item) return;
        if (seen.has(item.id)) fail(`${path}.requirements[${i}].id`, `duplicate id "${item.id}"`);
        seen.add(item.id);
      });
    }

    if (service.fee !== undefined && service.fee !== null)
      out.fee = buildFee(service.fee, `${path}.fee`);

    const duration = bilingual(service, 'duration', path);
    used.push(...duration.used);
    if (duration.value) out.duration = duration.value;

    if ('legal_basis' in service && 'legalBasis' in service) {
      fail(path, 'give either "legal_basis" or "legalBasis"');
    }
    const legalBasis = service.legalBasis ?? service.legal_basis;
    if (legalBasis !== undefined && legalBasis !== null) {
      if (!Array.isArray(legalBasis) || !legalBasis.every(nonEmpty)) {
        fail(`${path}.legal_basis`, 'must be an array of non-empty strings');
      } else if (legalBasis.length) {
        out.legalBasis = [...legalBasis];
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

    const retrieved = service.retrieved ?? topRetrieved;
    if (!(typeof retrieved === 'string' && DATE.test(retrieved))) {
      fail(`${path}.retrieved`, `not a YYYY-MM-DD date: ${JSON.stringify(retrieved)}`);
    }
    out.retrieved = retrieved;

    if (!CONFIDENCES.includes(service.confidence)) {
      fail(`${path}.confidence`, `must be one of ${CONFIDENCES.join(', ')}`);
    }
    out.confidence = service.confidence;
    leftOver(service, used, 'services[]');
    return out;
  };

  if (!isObject(input)) throw new Error('input: not a JSON object');
  if (!(typeof input.retrieved === 'string' && DATE.test(input.retrieved))) {
    fail('$.retrieved', `not a YYYY-MM-DD date: ${JSON.stringify(input.retrieved)}`);
  }
  if (!Array.isArray(input.services)) throw new Error('$.services: missing or not an array');

  const services = [];
  const seen = new Set();
  input.services.forEach((service, i) => {
    const path = `$.services[${i}]`;
    if (!isObject(service) || !nonEmpty(service.id)) {
      fail(path, 'must be an object with a non-empty "id"');
      return;
    }
    if (seen.has(service.id)) fail(`${path}.id`, `duplicate service id "${service.id}"`);
    seen.add(service.id);
    services.push(buildService(service, `${path} (${service.id})`, input.retrieved));
  });
  for (const id of PUBLIC_IDS) {
    if (!seen.has(id)) fail('$.services', `public id "${id}" is missing (contract §4)`);
  }
  leftOver(input, ['retrieved', 'services'], '');

  if (errors.length) {
    throw new Error(`The catalogue cannot be built:\n  ${errors.join('\n  ')}`);
  }
  const unmapped = [...unused]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, count]) => {
      const key = name.split('.').pop().replace('[]', '');
      const why = NOT_FOR_VISITORS[key] ?? 'UNKNOWN FIELD: map it or confirm it can be dropped';
      return `${name} (${count}×) — ${why}`;
    });
  return { catalog: { version: input.retrieved, services }, unmapped };
}

/** The catalogue as written to disk: 2-space JSON with a trailing newline. */
export const serialize = (catalog) => `${JSON.stringify(catalog, null, 2)}\n`;

/** Reads and parses the input file (the default reference file when `path` is not given). */
export function readInput(path = DEFAULT_INPUT) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const inputPath = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_INPUT;
  try {
    const { catalog, unmapped } = buildCatalog(readInput(inputPath));
    const text = serialize(catalog);
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, text);
    const items = catalog.services.reduce((n, service) => n + service.requirements.length, 0);
    console.log(
      `Wrote ${OUTPUT} — ${catalog.services.length} services, ${items} requirements, ` +
        `version ${catalog.version}, ${Buffer.byteLength(text)} bytes (from ${inputPath})`,
    );
    if (unmapped.length) {
      console.log(`Input fields not in the catalogue:\n  ${unmapped.join('\n  ')}`);
    }
  } catch (error) {
    console.error(`build-catalog: ${error.message}`);
    process.exit(1);
  }
}
