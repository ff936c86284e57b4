// "lat, lon" as a maps app copies it ("-6.82, 107.14"), checked against Indonesia's extent:
// officers paste positions, and a swapped pair would put an MPP in the Indian Ocean.

export type PositionProblem = 'format' | 'swapped' | 'outside';

export type PositionReading =
  | { readonly ok: true; readonly lat: number; readonly lon: number }
  | { readonly ok: false; readonly problem: PositionProblem };

// Indonesia spans about 95°E–141°E and 11°S–6°N (the same band the locations reader uses).
const inLatitudeBand = (value: number) => value >= -11.5 && value <= 6.5;
const inLongitudeBand = (value: number) => value >= 94 && value <= 142;

const NUMBER = '([-+]?\\d{1,3}(?:\\.\\d+)?)';
// Two decimal-point numbers separated by a comma, a semicolon or spaces; brackets tolerated.
const PAIR = new RegExp(`^\\(?\\s*${NUMBER}\\s*(?:[,;]\\s*|\\s+)${NUMBER}\\s*\\)?$`);

/** Five decimals: about a metre, as in the bundled list. */
const rounded = (value: number) => Math.round(value * 1e5) / 1e5;

export function readPosition(text: string): PositionReading {
  const match = PAIR.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  if (inLatitudeBand(lat) && inLongitudeBand(lon))
    return { ok: true, lat: rounded(lat), lon: rounded(lon) };
  if (inLongitudeBand(lat) && inLatitudeBand(lon)) return { ok: false, problem: 'swapped' };
  return { ok: false, problem: 'outside' };
}

/** "-6.82, 107.14": the form a maps app understands when pasted back. */
export const positionText = (lat: number, lon: number) => `${rounded(lat)}, ${rounded(lon)}`;
