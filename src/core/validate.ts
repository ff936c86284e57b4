import { safeParse, type GenericSchema } from 'valibot';
import { MppError, type SchemaIssue } from './errors.js';

type IssuePathItem = { key: unknown };

/** `['services', 0, 'name']` → `$.services[0].name` */
export function toJsonPath(path: readonly IssuePathItem[] | undefined): string {
  let out = '$';
  for (const { key } of path ?? []) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/**
 * Checks a document against its schema and returns the typed value, or throws an
 * `MppError('schema')` listing every problem with its JSON path. Unknown extra fields
 * pass (data owners may carry their own).
 */
export function validateDocument<T>(
  schema: GenericSchema<unknown, T>,
  data: unknown,
  url?: string,
): T {
  const result = checkAgainst(schema, data);
  if (result.ok) return result.value;
  throw new MppError('schema', `The document does not match the expected format`, {
    url,
    issues: result.issues,
  });
}

/**
 * The same check for one part of a document (`at` is its JSON path, e.g. `$.features[3]`),
 * for callers that validate a large document piece by piece.
 */
export function checkAgainst<T>(
  schema: GenericSchema<unknown, T>,
  data: unknown,
  at = '$',
): { ok: true; value: T } | { ok: false; issues: SchemaIssue[] } {
  const result = safeParse(schema, data);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: at + toJsonPath(issue.path).slice(1),
      message: issue.message,
    })),
  };
}
