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
  const result = safeParse(schema, data);
  if (result.success) return result.output;
  const issues: SchemaIssue[] = result.issues.map((issue) => ({
    path: toJsonPath(issue.path),
    message: issue.message,
  }));
  throw new MppError('schema', `The document does not match the expected format`, {
    url,
    issues,
  });
}
