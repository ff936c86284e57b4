import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const plainTags = { p: literal`p`, span: literal`span` };

export interface HeadingOptions {
  /** `heading-level` of the element: the service name's level; `undefined` for no headings. */
  level: number | undefined;
  /** 0 for the service name, 1 for its sections, 2 for the cases under "Documents to bring". */
  depth: number;
  /** The element used without `heading-level`: `span` where only phrasing content fits. */
  plain?: keyof typeof plainTags;
  className: string;
  part?: string;
  id?: string;
  lang?: string;
}

/**
 * A title of the checklist: a real heading (`h1`–`h6`, capped at `h6`) when the page asked
 * for headings with `heading-level`, else the styled paragraph the checklist always had, so
 * a widget dropped into a page adds nothing to that page's outline unless asked to.
 */
export function heading(
  options: HeadingOptions,
  content: TemplateResult | string | typeof nothing,
): TemplateResult {
  const { level, depth, plain = 'p', className, part, id, lang } = options;
  const tag: StaticValue =
    level === undefined ? plainTags[plain] : headingTags[Math.min(5, level - 1 + depth)];
  return staticHtml`<${tag} class=${className} part=${ifDefined(part)} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</${tag}>`;
}
