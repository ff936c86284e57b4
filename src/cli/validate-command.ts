// `mpp-widgets validate <file-or-url> [--type <type>]`: checks a data document with exactly the
// rules and the reader the elements use (decoding included) and prints every problem with its
// JSON path and, where it helps, a hint. Exit code 0 when valid, 1 when not, 2 on wrong usage.
import type { SchemaIssue } from '../core/errors.js';
import { MppError } from '../core/errors.js';
import { parseJson } from '../core/fetch-json.js';
import { truncate } from '../core/quote.js';
import { DOCUMENT_FORMATS, detectType, type DocumentType } from '../data-formats.js';
import { readSource, sourceFrom } from './read-source.js';
import { escapeControls } from './terminal-text.js';

const TYPES = Object.keys(DOCUMENT_FORMATS).join('|');

const USAGE = `Usage: mpp-widgets validate <file-or-url> [--type ${TYPES}]

Checks a locations document (GeoJSON), a patch, a holiday calendar, a service catalogue or
a queue feed the way the elements do. Prints each problem with its JSON path; exit code 1 when
the document is invalid, 2 on wrong usage. A file may be gzip-compressed; at most 50 MB.
--type <type> (or --type=<type>) names the format when it cannot be told from the document.`;

/** Where the command writes: every line goes through `escapeControls` first. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: Output = { out: console.log, err: console.error };

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

type Arguments = { source: string; type?: DocumentType } | { help: true } | { usageError: string };

/** The command line, strictly: an unknown option or a second file is a usage error, not ignored. */
export function parseArguments(args: readonly string[]): Arguments {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') return { help: true };
  if (command !== 'validate')
    return {
      usageError: command === undefined ? 'No command given.' : `Unknown command "${command}".`,
    };
  let source: string | undefined;
  let type: string | undefined;
  let onlyOperands = false;
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    if (!onlyOperands && (argument === '--help' || argument === '-h')) return { help: true };
    if (!onlyOperands && argument === '--') {
      onlyOperands = true;
    } else if (!onlyOperands && (argument === '--type' || argument.startsWith('--type='))) {
      if (type !== undefined) return { usageError: '--type is given twice.' };
      type = argument === '--type' ? rest[++i] : argument.slice('--type='.length);
      if (!type) return { usageError: `--type needs a value: ${TYPES}.` };
      if (!Object.hasOwn(DOCUMENT_FORMATS, type))
        return { usageError: `Unknown --type "${type}"; the types are ${TYPES}.` };
    } else if (!onlyOperands && argument.startsWith('-') && argument !== '-') {
      return {
        usageError: `Unknown option "${argument}" (a file whose name starts with "-": put -- before it).`,
      };
    } else if (source === undefined) {
      source = argument;
    } else {
      return { usageError: `One file or URL at a time ("${source}", then "${argument}").` };
    }
  }
  if (source === undefined || source === '')
    return { usageError: 'Name the file or URL to check.' };
  return { source, type: type as DocumentType | undefined };
}

/** Runs the command; resolves with the exit code and never throws. */
export async function main(
  args: readonly string[],
  output: Output = consoleOutput,
): Promise<number> {
  const out = (line: string) => output.out(escapeControls(line));
  const err = (line: string) => output.err(escapeControls(line));
  const parsed = parseArguments(args);
  if ('help' in parsed) {
    USAGE.split('\n').forEach(out);
    return 0;
  }
  if ('usageError' in parsed) {
    err(truncate(parsed.usageError, 300));
    err('');
    USAGE.split('\n').forEach(err);
    return 2;
  }
  const source = sourceFrom(parsed.source);
  if (!source) {
    err(`Cannot read "${truncate(parsed.source)}": give a file or an http(s) URL.`);
    err('');
    USAGE.split('\n').forEach(err);
    return 2;
  }
  try {
    return await validate(parsed.source, parsed.type, out);
  } catch (error) {
    // A bug of ours, not a problem of the document: said in one line, without a stack trace.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    out(`✗ ${truncate(parsed.source)}: unexpected error while checking: ${truncate(reason, 300)}`);
    return 1;
  }
}

async function validate(
  argument: string,
  type: DocumentType | undefined,
  out: (line: string) => void,
): Promise<number> {
  const name = truncate(argument);
  let document: unknown;
  try {
    document = parseJson(await readSource(sourceFrom(argument)!));
  } catch (error) {
    const reason = truncate(error instanceof Error ? error.message : String(error), 300);
    const unreadable = error instanceof MppError && error.code === 'parse';
    out(`✗ ${name}: ${unreadable ? reason : `cannot be read: ${reason}`}`);
    return 1;
  }
  const detected = type ?? detectType(document);
  if (!detected) {
    out(`✗ ${name}: cannot tell which format this is; give --type (${TYPES})`);
    return 1;
  }
  // What the document looks like, when --type named something else.
  const lookalike = type && detectType(document);
  try {
    const { summary, warnings } = await DOCUMENT_FORMATS[detected].read(document);
    if (warnings.count) {
      printProblems(`✗ ${name} (${detected})`, warnings.kept, warnings.count, out);
      return 1;
    }
    out(`✓ ${name} (${detected}): valid, ${summary}`);
    // A SIOLA-Q feed also passes as a (loose) queue feed, but the badge shows no number.
    if (lookalike && lookalike !== detected) out(otherFormatHint(lookalike));
    return 0;
  } catch (error) {
    if (!(error instanceof MppError)) throw error;
    const { issues = [{ path: '$', message: error.message }], issueCount = issues.length } =
      error.details;
    printProblems(`✗ ${name} (${detected})`, issues, issueCount, out);
    if (lookalike && lookalike !== detected) out(otherFormatHint(lookalike));
    return 1;
  }
}

/**
 * A document given the wrong `--type` fails on most fields, or passes and shows nothing in the
 * element; what it looks like is the useful answer (most often a SIOLA-Q feed checked as a
 * queue feed, where the badge needs `format="siola"`).
 */
function otherFormatHint(lookalike: DocumentType): string {
  const { title } = DOCUMENT_FORMATS[lookalike];
  const badge =
    lookalike === 'siola' || lookalike === 'queue'
      ? `; on the badge: format="${lookalike === 'siola' ? 'siola' : 'mpp'}"`
      : '';
  return `  → this looks like a ${title}: check it with --type ${lookalike}${badge}`;
}

function printProblems(
  heading: string,
  problems: readonly SchemaIssue[],
  count: number,
  out: (line: string) => void,
): void {
  out(`${heading}: ${count.toLocaleString('en-US')} problem(s)`);
  for (const { path, message } of problems) {
    out(`  ${path}: ${message}`);
    const hint = hintFor(message);
    if (hint) out(`    → ${hint}`);
  }
  if (count > problems.length)
    out(`  … and ${(count - problems.length).toLocaleString('en-US')} more`);
}
