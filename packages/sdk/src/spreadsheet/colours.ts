/**
 * Colours as workbooks store them, made plain `#rrggbb`: Excel's RGB (`FF00B050`), its theme
 * colours with a tint (`theme="9" tint="0.39"`), its 64 indexed colours, ODF's `#00b050`. And the
 * other way: which status of the scale a fill colour means (the Ampel's green, yellow, red by
 * default, including the pale tints Excel's "Gut / Neutral / Schlecht" styles use).
 */
import type { StatusScale } from '@konzept-kit/concept-schema';

/** Black, white and the six full colours: indexed 0–7, and again 8–15 in Excel's palette. */
const BASIC_COLOURS = ['000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF'];

/** Excel's default palette for `indexed` colours (0–63); 64 and 65 are the system's fore- and background. */
export const INDEXED_COLOURS: readonly string[] = [
  ...BASIC_COLOURS,
  ...BASIC_COLOURS,
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** The Office theme's colours in the order `theme="n"` counts them (Excel swaps the first two pairs). */
export const OFFICE_THEME: readonly string[] = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(-6), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v!)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export function rgbToHsl(hex: string): { h: number; s: number; l: number } {
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = ((g - b) / d + (g < b ? 6 : 0)) * 60;
  else if (max === g) h = ((b - r) / d + 2) * 60;
  else h = ((r - g) / d + 4) * 60;
  return { h, s, l };
}

function hslToHex(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return rgbToHex([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}

/** Excel's tint: towards white (positive) or black (negative), on the colour's lightness. */
function applyTint(hex: string, tint: number): string {
  if (!tint) return hex.startsWith('#') ? hex.toLowerCase() : `#${hex.toLowerCase()}`;
  const { h, s, l } = rgbToHsl(hex);
  const lighter = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToHex(h, s, Math.min(1, Math.max(0, lighter)));
}

export interface ColourAttributes {
  readonly rgb?: string;
  readonly theme?: string;
  readonly indexed?: string;
  readonly tint?: string;
  readonly auto?: string;
}

/** An Excel colour element's attributes as `#rrggbb`, or undefined (automatic, or nothing given). */
export function excelColour(attrs: ColourAttributes | undefined, theme: readonly string[], indexed: readonly string[] = INDEXED_COLOURS): string | undefined {
  if (!attrs) return undefined;
  let base: string | undefined;
  if (attrs.rgb && /^[0-9a-fA-F]{6,8}$/.test(attrs.rgb)) {
    // ARGB; a fully transparent alpha ("00…") is written by some tools for plain colours, so alpha is ignored.
    base = attrs.rgb.slice(-6);
  } else if (attrs.theme !== undefined) base = theme[Number(attrs.theme)];
  else if (attrs.indexed !== undefined) base = indexed[Number(attrs.indexed)];
  if (!base) return undefined;
  return applyTint(base, Number(attrs.tint ?? 0) || 0);
}

/** Status colours: a colour (`#rrggbb`) → status id. */
export type ColourMap = Readonly<Record<string, string>>;

function distance(a: string, b: string): number {
  const [r1, g1, b1] = hexToRgb(a);
  const [r2, g2, b2] = hexToRgb(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2);
}

/** `#RGB`, `rrggbb`, `#RRGGBB` → `#rrggbb`; undefined for anything else. */
export function normaliseHex(text: string): string | undefined {
  const t = text.trim().replace(/^#/, '');
  if (/^[0-9a-fA-F]{3}$/.test(t)) return `#${[...t].map((c) => c + c).join('')}`.toLowerCase();
  if (/^[0-9a-fA-F]{6}$/.test(t)) return `#${t}`.toLowerCase();
  if (/^[0-9a-fA-F]{8}$/.test(t)) return `#${t.slice(2)}`.toLowerCase();
  return undefined;
}

export type ColourReader = (hex: string | undefined) => string | undefined;

/**
 * Which status a colour means: first the colours given (a mapping file, a legend in the sheet),
 * exactly or very close; then, for scales with the Ampel's ids, the hue: green, yellow/amber/orange,
 * red, each from pale to dark (white, grey, black and blue mean nothing); then the scale's own
 * colours, the nearest within reach.
 */
export function colourReader(scale: StatusScale, given: ColourMap = {}): ColourReader {
  const ids = new Set(scale.statuses.map((s) => s.id));
  const exact = Object.entries(given)
    .map(([hex, id]) => [normaliseHex(hex), id] as const)
    .filter((e): e is readonly [string, string] => e[0] !== undefined && ids.has(e[1]));
  const own = scale.statuses.flatMap((s) => {
    const hex = s.color && normaliseHex(s.color);
    return hex ? [[hex, s.id] as const] : [];
  });
  const ampel = ids.has('green') && ids.has('yellow') && ids.has('red');
  return (hex) => {
    if (!hex) return undefined;
    for (const [known, id] of exact) if (distance(known, hex) < 24) return id;
    if (ampel) {
      const { h, s, l } = rgbToHsl(hex);
      if (s >= 0.25 && l >= 0.12 && l <= 0.94) {
        if (h >= 70 && h <= 170) return 'green';
        if (h >= 38 && h < 70) return 'yellow';
        if (h >= 20 && h < 38) return 'yellow';
        if (h < 20 || h >= 330) return 'red';
      }
      return undefined;
    }
    let best: { id: string; d: number } | undefined;
    for (const [known, id] of own) {
      const d = distance(known, hex);
      if (d < 90 && (!best || d < best.d)) best = { id, d };
    }
    return best?.id;
  };
}
