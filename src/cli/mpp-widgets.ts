/// <reference types="node" />
// `npx mpp-widgets validate <file-or-url> [--type locations|patch|holidays|catalog|queue|siola]`: checks a data
// document with exactly the rules the elements use and prints every problem with its JSON
// path and, where it helps, a hint. Exit code 0 when valid, 1 when not, 2 on wrong usage.
import { readFile } from 'node:fs/promises';
import { MppError, type SchemaIssue } from '../core/errors.js';
import { DOCUMENT_FORMATS, detectType, type DocumentType } from '../data-formats.js';

const USAGE = `Usage: mpp-widgets validate <file-or-url> [--type ${Object.keys(DOCUMENT_FORMATS).join('|')}]

Checks a locations document (GeoJSON), a patch, a holiday calendar, a service catalogue or
a queue feed the way the elements do. Prints each problem with its JSON path; exit code 1 when the document is invalid.`;

/** Plain-language help for the validator's most common messages. */
const HINTS: [RegExp, string][] = [
  [/Invalid key: Expected "([^"]+)" but received undefined/, 'the field "$1" is required here'],
  [/Expected number but received "/, 'write the number without quotes'],
  [/Expected "FeatureCollection"/, 'a locations file is a GeoJSON FeatureCollection'],
  [/Expected "Point"/, 'each location is a Point: { "type": "Point", "coordinates": [lon, lat] }'],
  [
    /looks like \[latitude, longitude\]/,
    'swap the two numbers: longitude first (95–141 in Indonesia)',
  ],
  [/Duplicate/, 'ids must be unique: the finder and the configurator select by id'],
  [/Unsupported opening_hours/, 'see README, "Locations format", for the supported syntax'],
];

function hintFor(message: string): string | undefined {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(message);
    if (match) return hint.replace('$1', match[1] ?? '');
  }
  return undefined;
}

async function load(source: string): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${source}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

function printProblems(problems: SchemaIssue[]): void {
  for (const { path, message } of problems) {
    const hint = hintFor(message);
    console.log(`  ${path}: ${message}${hint ? `\n    → ${hint}` : ''}`);
  }
}

export async function validate(source: string, type?: DocumentType): Promise<number> {
  let text: string;
  try {
    text = await load(source);
  } catch (error) {
    console.log(`✗ ${source}: cannot be read: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    console.log(`✗ ${source}: not valid JSON: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const detected = type ?? detectType(document);
  if (!detected) {
    console.log(`✗ ${source}: cannot tell which format this is; give --type`);
    return 1;
  }
  try {
    const { summary, warnings } = await DOCUMENT_FORMATS[detected].read(document);
    if (warnings.length) {
      console.log(`✗ ${source} (${detected}): ${warnings.length} problem(s)`);
      printProblems(warnings);
      return 1;
    }
    console.log(`✓ ${source} (${detected}): valid, ${summary}`);
    return 0;
  } catch (error) {
    if (!(error instanceof MppError)) throw error;
    const issues = error.details.issues ?? [{ path: '$', message: error.message }];
    console.log(`✗ ${source} (${detected}): ${issues.length} problem(s)`);
    printProblems(issues);
    return 1;
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, source, ...rest] = args;
  if (command !== 'validate' || !source || source.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  let type: DocumentType | undefined;
  const typeAt = rest.indexOf('--type');
  if (typeAt >= 0) {
    const wanted = rest[typeAt + 1];
    if (!wanted || !Object.hasOwn(DOCUMENT_FORMATS, wanted)) {
      console.error(`Unknown --type "${wanted ?? ''}".\n\n${USAGE}`);
      return 2;
    }
    type = wanted as DocumentType;
  }
  return validate(source, type);
}

process.exitCode = await main(process.argv.slice(2));
