// Words that betray a note written for the catalogue's maintainers ("belum terverifikasi; cek
// sebelum menampilkan", "(sumber non-resmi)") rather than for a visitor. Such notes belong in a
// `maintainerNote`, which is never bundled or shown. Shared by the catalogue build, which
// refuses them in visitor-facing text, and by the checklist's browser test, which looks for
// them on every rendered page; kept free of Node APIs so the browser can load it.
//
// Neither "verifikasi" nor "sumber" alone is here: "sering diminta untuk verifikasi" is advice
// to a visitor, and "Sumber Daya" is part of agency names.
export const MAINTAINER_REMARK_MARKERS = [
  'terverifikasi',
  'diverifikasi',
  'non-resmi',
  'nonresmi',
  'cek sebelum',
  'sebelum menampilkan',
  'sumber non',
  'sumber tidak resmi',
  'verified',
  'unofficial',
  'non-official',
  'check before',
  'maintainer',
  'reference file',
  'first pass',
  'todo',
  'fixme',
];

/** The first marker found in `text` (case-insensitive), or undefined. */
export function findMaintainerRemark(text) {
  const lower = text.toLowerCase();
  return MAINTAINER_REMARK_MARKERS.find((marker) => lower.includes(marker));
}
