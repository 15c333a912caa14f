/**
 * Colour arithmetic for character colours (any CSS colour the schema accepts): tints for surfaces and a text colour
 * that reads on them. Hex and rgb() are understood; anything else (a named colour) is treated as mid-grey.
 */

type Rgb = [number, number, number];

const MID_GREY: Rgb = [128, 128, 128];

export function parseColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(color.trim())?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(color.trim())?.[1];
  if (rgb) {
    const parts = rgb
      .split(/[\s,/]+/)
      .filter(Boolean)
      .slice(0, 3)
      .map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite)) return parts as Rgb;
  }
  return MID_GREY;
}

const css = ([r, g, b]: Rgb) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

/** `amount` of `color` over `base` (0 = base, 1 = color). */
export function mix(base: string, color: string, amount: number): string {
  const a = parseColor(base);
  const b = parseColor(color);
  return css([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * amount) as Rgb);
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
export function luminance(color: string): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColor(color).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Near-black or white, whichever reads better on the background. */
export const readableOn = (background: string) => (luminance(background) > 0.3 ? '#0b0b12' : '#ffffff');
