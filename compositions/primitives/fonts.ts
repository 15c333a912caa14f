/**
 * Fonts, bundled from the npm @fontsource packages: webpack turns each CSS import into @font-face rules whose
 * woff2 files are served from the bundle, so no render ever reaches for a network font.
 *
 * Every @font-face carries a unicode-range, so the browser downloads a subset only when a character needs it.
 * loadFontsFor(text) asks document.fonts to load exactly the subsets the script's text uses (Noto Sans SC alone has
 * ~100 subsets; a Chinese script pulls in a handful, an English one none).
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/800.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
import '@fontsource/noto-color-emoji/400.css';
import '@fontsource/noto-emoji/400.css';
import '@fontsource/noto-emoji/700.css';

const TEXT_FAMILIES = 'Inter, "Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew"';
const COLOR_EMOJI = '"Noto Color Emoji"';
/** Outline emoji that every browser can paint: the fallback when the colour font cannot be drawn. */
const MONO_EMOJI = '"Noto Emoji"';
/** Set on <html> when the browser cannot paint the colour emoji font (see loadFontsFor). */
const STACK_VARIABLE = '--microdrama-font-family';

/**
 * Latin, Greek and Cyrillic come from Inter; Chinese (and Japanese kana) fall back to Noto Sans SC; emoji to Noto
 * Color Emoji (or the outline Noto Emoji where colour cannot be painted), Korean, Arabic and Hebrew to their Noto
 * fonts, so nothing renders as an empty box. `sans-serif` is the last resort. A CSS variable, so the stack can drop
 * the colour emoji font on browsers that cannot draw it, before anything is measured.
 */
export const FONT_FAMILY = `var(${STACK_VARIABLE}, ${TEXT_FAMILIES}, ${COLOR_EMOJI}, ${MONO_EMOJI}, sans-serif)`;

export const WEIGHT = {regular: 400, bold: 700, heavy: 800} as const;

/** The faces the primitives use; each is loaded for the script's text before the first frame is captured. */
const FACES = [
  {style: 'normal', weight: WEIGHT.regular},
  {style: 'italic', weight: WEIGHT.regular},
  {style: 'normal', weight: WEIGHT.bold},
  {style: 'normal', weight: WEIGHT.heavy},
] as const;

/** Each distinct character once: document.fonts.load only needs to see a character to pick its subset. */
export function distinctCharacters(texts: string[]): string {
  return [...new Set(texts.join('').replace(/\s+/g, ''))].join('') || 'A';
}

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Whether the colour emoji font actually paints. Noto Color Emoji is a COLRv1 font: Chrome and Remotion's
 * headless shell draw it, but a Chromium built against an older system FreeType (Debian 12's) lays out its glyphs
 * and paints nothing, which would leave holes in the text. Drawn once on a canvas and checked for ink.
 */
function colorEmojiPaints(sample: string): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const context = canvas.getContext('2d', {willReadFrequently: true});
  if (!context) return true;
  context.font = `48px ${COLOR_EMOJI}`;
  context.textBaseline = 'top';
  context.fillText(sample, 4, 4);
  const {data} = context.getImageData(0, 0, 64, 64);
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
  return false;
}

/**
 * Loads the unicode-range subsets of every face that the text needs; resolves when they can be drawn. When the text
 * has emoji the browser cannot paint in colour, the stack falls back to the outline Noto Emoji instead.
 */
export async function loadFontsFor(text: string): Promise<void> {
  const stack = `${TEXT_FAMILIES}, ${COLOR_EMOJI}, ${MONO_EMOJI}, sans-serif`;
  await Promise.all(FACES.map(({style, weight}) => document.fonts.load(`${style} ${weight} 48px ${stack}`, text)));
  const emoji = text.match(EMOJI)?.[0];
  if (emoji && !colorEmojiPaints(emoji)) {
    document.documentElement.style.setProperty(STACK_VARIABLE, `${TEXT_FAMILIES}, ${MONO_EMOJI}, sans-serif`);
  }
}
