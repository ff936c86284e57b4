// WCAG 2.2 contrast of what an element really draws: computed colours of its shadow DOM.

type Rgba = [number, number, number, number];

/** A computed colour: `rgb(…)`/`rgba(…)` (0–255) or `color(srgb …)` (0–1, from color-mix). */
export function parseColor(text: string): Rgba {
  const numbers = (text.match(/[\d.]+/g) ?? []).map(Number);
  if (text.startsWith('color(srgb')) {
    const [r, g, b, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r, g, b, a = 1] = numbers;
  if (!text.startsWith('rgb') || numbers.length < 3)
    throw new Error(`colour not understood: ${text}`);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` drawn over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour behind `element`: its own background and those of its ancestors (across the
 * shadow boundary) blended down to the first opaque one; the page's white when none is.
 */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node;) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Contrast of an element's text colour with what is behind it. */
export function textContrast(element: Element): number {
  const colour = parseColor(getComputedStyle(element).color);
  const background = backgroundOf(element);
  return contrastRatio(over(colour, background), background);
}

export interface LowContrast {
  text: string;
  ratio: number;
  required: number;
}

/**
 * Every visible piece of text in `host`'s shadow root whose contrast is below WCAG AA:
 * 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). Disabled controls are exempt.
 */
export function lowContrastText(host: Element): LowContrast[] {
  const found: LowContrast[] = [];
  for (const element of host.shadowRoot!.querySelectorAll('*')) {
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!.trim())
      .join(' ')
      .trim();
    if (!ownText || element.closest('.visually-hidden, [hidden], :disabled, .leaflet-map-pane'))
      continue;
    if (element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    const ratio = textContrast(element);
    if (ratio < required) found.push({ text: ownText.slice(0, 40), ratio, required });
  }
  return found;
}
