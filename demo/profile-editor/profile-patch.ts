// What the profile editor hands out: the patch document (only the fields that changed), the
// webmaster snippets that carry it, and the data-correction request for the project. Pure
// functions, tested in profile-patch.test.ts.
import { textIn, type LocalizedText } from '../../src/core/localized-text.js';
import { elementMarkup, scriptSnippet, type Release } from '../configurator/snippets.js';

/** The fields the editor lets an officer change. */
export interface Profile {
  readonly address: string;
  readonly phone: string;
  readonly website: string;
  /** Catalogue ids, in catalogue order. */
  readonly services: readonly string[];
  /** `opening_hours`; '' when the data has none. */
  readonly openingHours: string;
  /** `[longitude, latitude]`. */
  readonly position: readonly [number, number];
}

export type ProfileField = Exclude<keyof Profile, 'position'> | 'position';

/** The editable properties as stored, so that "unchanged" compares like with like. */
export interface ProfileSource {
  readonly id: string;
  readonly name: LocalizedText;
  readonly address?: LocalizedText;
  readonly phone?: string;
  readonly website?: string;
  readonly services?: readonly string[];
  readonly openingHours?: string;
  readonly coordinatePrecision?: string;
  readonly position: readonly [number, number];
}

export function profileOf(source: ProfileSource): Profile {
  return {
    address: textIn(source.address, 'id'),
    phone: source.phone ?? '',
    website: source.website ?? '',
    services: source.services ?? [],
    openingHours: source.openingHours ?? '',
    position: source.position,
  };
}

export interface FieldChange {
  readonly field: ProfileField;
  readonly before: string;
  readonly after: string;
}

const shown = (profile: Profile, field: ProfileField) =>
  field === 'position'
    ? `${profile.position[1]}, ${profile.position[0]}`
    : field === 'services'
      ? profile.services.join(', ')
      : profile[field].trim();

/**
 * The fields that differ, in form order. A field emptied in the form is not a change: a patch can
 * only replace values, and an empty phone number helps no visitor.
 */
export function changesOf(before: Profile, after: Profile): FieldChange[] {
  const fields: ProfileField[] = [
    'address',
    'phone',
    'website',
    'services',
    'openingHours',
    'position',
  ];
  return fields
    .map((field) => ({ field, before: shown(before, field), after: shown(after, field) }))
    .filter(({ field, before: old, after: now }) =>
      field === 'services' ? old !== now : now !== '' && old !== now,
    );
}

export interface PatchFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: { id: string } & Record<string, unknown>;
}

export interface PatchDocument {
  type: 'FeatureCollection';
  features: PatchFeature[];
}

/** The patch for one MPP: the changed properties, and a point only when the position moved. */
export function patchOf(
  id: string,
  after: Profile,
  changes: readonly FieldChange[],
): PatchDocument {
  const properties: PatchFeature['properties'] = { id };
  let geometry: PatchFeature['geometry'] = null;
  for (const { field } of changes) {
    if (field === 'position') {
      geometry = { type: 'Point', coordinates: [after.position[0], after.position[1]] };
      // Set on the map or pasted from a maps app by the MPP's own staff.
      properties.coordinatePrecision = 'exact';
    } else if (field === 'services') properties.services = [...after.services];
    else properties[field] = after[field].trim();
  }
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties }] };
}

/** JSON that cannot end the `<script>` element it sits in (`<` as `\u003c`). */
export function patchJson(patch: PatchDocument): string {
  return JSON.stringify(patch, null, 2).replace(/</g, '\\u003c');
}

/** Snippet 1: the finder with the patch inline, MPP selected. */
export function inlinePatchSnippet(patch: PatchDocument, release: Release): string {
  const id = patch.features[0].properties.id;
  const content = `\n<script type="application/json" data-patch>\n${patchJson(patch)}\n</script>\n`;
  return scriptSnippet({ tag: 'mpp-finder', attributes: { selected: id } }, release, content);
}

/** Snippet 2: the finder reading the patch hosted at `url`. */
export function hostedPatchSnippet(id: string, url: string, release: Release): string {
  return scriptSnippet({ tag: 'mpp-finder', attributes: { selected: id, patch: url } }, release);
}

/**
 * The finder as the preview shows it: inline patch, the editor's tiles, no loader, and only the
 * MPP's province, so that the corrected MPP is in view without scrolling the whole list.
 */
export function previewMarkup(patch: PatchDocument, tileUrl: string, province: string): string {
  const id = patch.features[0].properties.id;
  return elementMarkup(
    { tag: 'mpp-finder', attributes: { province, selected: id, 'tile-url': tileUrl } },
    `<script type="application/json" data-patch>${patchJson(patch)}</script>`,
  );
}

/** The suggested file name of the hosted patch. */
export const patchFileName = (id: string) => `koreksi-${id}.json`;

export interface RequestWords {
  readonly title: (name: string, id: string) => string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly labels: Record<ProfileField, string>;
  readonly source: string;
  /** Who asks (the issue form's "Peran Anda"): a correction comes from the people who run the MPP. */
  readonly role: string;
  readonly patch: string;
}

const cell = (text: string) =>
  text === '' ? '—' : text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/**
 * A data-correction request for the project (Markdown, for an issue or an e-mail): which MPP,
 * each changed field old → new, a line for the official source, and the patch itself.
 */
export function correctionRequest(
  name: string,
  patch: PatchDocument,
  changes: readonly FieldChange[],
  words: RequestWords,
): string {
  const id = patch.features[0].properties.id;
  return [
    `## ${words.title(name, id)}`,
    '',
    `| ${words.field} | ${words.before} | ${words.after} |`,
    '| --- | --- | --- |',
    ...changes.map(
      ({ field, before, after }) => `| ${words.labels[field]} | ${cell(before)} | ${cell(after)} |`,
    ),
    '',
    `${words.source} `,
    `${words.role} `,
    '',
    `<details><summary>${words.patch}</summary>`,
    '',
    '```json',
    JSON.stringify(patch, null, 2),
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
}

/**
 * "New issue" on GitHub with the request filled in, when package.json names a GitHub
 * repository (`"owner/repo"`, `"github:owner/repo"`, or a URL, as a string or `{ url }`).
 */
export function newIssueUrl(repository: unknown, title: string, body: string): string | undefined {
  const given =
    typeof repository === 'string'
      ? repository
      : typeof (repository as { url?: unknown } | undefined)?.url === 'string'
        ? (repository as { url: string }).url
        : '';
  const match =
    /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(given) ??
    /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      given,
    );
  if (!match) return undefined;
  const query = new URLSearchParams({ title, body, labels: 'koreksi-data' });
  return `https://github.com/${match[1]}/${match[2]}/issues/new?${query}`;
}
