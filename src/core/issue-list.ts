// The problems found in one document, bounded. Apart from the schemas (validate.ts), so a
// page that reads a valid document with a hand-written check (shape-checks.ts) needs no valibot.
import { MppError, type SchemaIssue } from './errors.js';
import { MAX_ECHO, truncate } from './quote.js';

/** Problems kept per document: the first ones say enough, the rest are only counted. */
export const MAX_ISSUES = 100;
/** Longest message or path kept: a safety net for texts that quote data we did not shorten. */
const MAX_ISSUE_TEXT = 3 * MAX_ECHO;
/**
 * The problems of one document: the first `MAX_ISSUES` kept, the rest counted (once the list is
 * full, `checkAgainst` counts one per bad value: it stops at a value's first problem), every
 * text bounded. One list per document, so no caller spreads an unbounded array into another.
 */
export class IssueList {
  readonly kept: SchemaIssue[] = [];
  count = 0;

  add(path: string, message: string): void {
    this.count += 1;
    if (this.kept.length < MAX_ISSUES)
      this.kept.push({
        path: truncate(path, MAX_ISSUE_TEXT),
        message: truncate(message, MAX_ISSUE_TEXT),
      });
  }

  /** Another list with the same problems, to add to without changing this one. */
  copy(): IssueList {
    const copy = new IssueList();
    for (const issue of this.kept) copy.kept.push(issue);
    copy.count = this.count;
    return copy;
  }

  /** Enough problems are kept: further checks only need to count. */
  get full(): boolean {
    return this.kept.length >= MAX_ISSUES;
  }

  /** What an `MppError` carries: the kept problems and how many there are in all. */
  get details(): { issues: SchemaIssue[]; issueCount: number } {
    return { issues: this.kept, issueCount: this.count };
  }

  /** Throws `MppError('schema', message)` with the problems, if there are any. */
  throwIfAny(message: string, url?: string): void {
    if (this.count) throw new MppError('schema', message, { url, ...this.details });
  }
}
