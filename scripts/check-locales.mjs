// Part of `npm test`: every msg() in the source is in locales/id.xlf, every message there has
// an Indonesian <target>, and the generated modules match the XLIFF. Extracts into a
// temporary folder, so it changes nothing in the work tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const units = (xlf) =>
  new Map(
    [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'mpp-locales-'));
const tempConfig = join(temp, 'lit-localize.json');
config.interchange.xliffDir = temp;
config.tsConfig = join(process.cwd(), 'tsconfig.json');
// Globs resolve against the config file's folder: make them absolute.
config.inputFiles = config.inputFiles.map((glob) =>
  glob.startsWith('!') ? `!${join(process.cwd(), glob.slice(1))}` : join(process.cwd(), glob),
);
writeFileSync(tempConfig, JSON.stringify(config));
execFileSync('npx', ['lit-localize', 'extract', '--config', tempConfig], { stdio: 'pipe' });

const problems = [];
const inSource = units(readFileSync(join(temp, 'id.xlf'), 'utf8'));
const committed = units(readFileSync('locales/id.xlf', 'utf8'));
const generated = readdirSync('src/generated/locales/id')
  .map((file) => readFileSync(join('src/generated/locales/id', file), 'utf8'))
  .join('\n');

for (const [id, body] of inSource) {
  // `<prefix>Hint.*`: owner hints, a chunk of their own loaded only when there is one;
  // `<prefix>Speech.*`: what an element says to screen readers, loaded with the first thing said.
  if (!/^(core|queue|checklist|finder)(Hint|Speech)?\.[\w.]+$/.test(id)) {
    problems.push(
      `${id}: give the msg() an explicit id with its element's prefix (queue.…, core.…)`,
    );
  }
  if (/<ph |equiv-text="[^"]*html/.test(body))
    problems.push(`${id}: use str\`\` or plain strings, not html\`\``);
  const unit = committed.get(id);
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
  if (!unit)
    problems.push(`${id}: not in locales/id.xlf — run \`npm run localize\` and translate it`);
  else if (!unit.includes(`<source>${source}</source>`))
    problems.push(
      `${id}: English text changed — run \`npm run localize\` and review the translation`,
    );
  else if (!/<target>[\s\S]+?<\/target>/.test(unit)) problems.push(`${id}: no Indonesian <target>`);
  else if (!generated.includes(`'${id}':`))
    problems.push(`${id}: generated module out of date — run \`npm run localize\``);
}
for (const id of committed.keys()) {
  if (!inSource.has(id))
    problems.push(
      `${id}: in locales/id.xlf but no longer in the source — run \`npm run localize\``,
    );
}
if (problems.length) {
  console.error(`Translations incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${inSource.size} messages, all with Indonesian targets.`);
