/**
 * Pure parts of the compositions: line breaking, font-size fitting, caption pages, the registry's formats, and
 * that the script schema (with its superRefine) is something Studio's props editor can walk and edit.
 */
import {activeWord, paginate} from '../compositions/primitives/captions/pages';
import {fitTokens, lineWidth, wrapBalanced, wrapTokens, type Token} from '../compositions/primitives/text/wrap';
import {safeZone} from '../compositions/primitives/layout';
import {scriptSchema} from '../src/schema/script';
import sample from '../public/samples/wrong-wedding.json';

/** Tokens for words whose width is 10 per character, with a gap of 5. */
const tokens = (text: string): Token[] =>
  text.split(' ').map((w, i) => ({text: w, width: w.length * 10, gap: i === 0 ? 0 : 5, word: i}));

describe('wrapTokens', () => {
  it('breaks lines greedily within the width', () => {
    const lines = wrapTokens(tokens('aaaa bbbb cccc dddd'), 95);
    expect(lines.map((l) => l.map((t) => t.text).join(' '))).toEqual(['aaaa bbbb', 'cccc dddd']);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(95);
  });
  it('gives a word wider than the line a line of its own', () => {
    expect(wrapTokens(tokens('a bbbbbbbbbbbbbbb c'), 50).length).toBe(3);
  });
});

describe('fitTokens', () => {
  it('picks the largest size at which the text fits the box', () => {
    const fit = fitTokens({
      tokens: tokens('one two three four five six'),
      referenceSize: 100,
      maxWidth: 200,
      maxHeight: 100,
      maxSize: 200,
      minSize: 10,
      lineHeight: 1.2,
    });
    expect(fit.fits).toBe(true);
    expect(fit.lines.length * fit.fontSize * 1.2).toBeLessThanOrEqual(100);
    for (const line of fit.lines) expect((lineWidth(line) * fit.fontSize) / 100).toBeLessThanOrEqual(200);
  });
  it('stops at minSize and says it does not fit', () => {
    const fit = fitTokens({
      tokens: tokens('x'.repeat(280)),
      referenceSize: 100,
      maxWidth: 100,
      maxHeight: 10,
      maxSize: 50,
      minSize: 20,
      lineHeight: 1.2,
    });
    expect(fit).toMatchObject({fontSize: 20, fits: false});
  });
});

describe('paginate', () => {
  const pageText = (text: string, maxWidth = 300, maxWords = 7) =>
    paginate(tokens(text), {maxWidth, maxLines: 2, maxWords}).map((p) =>
      p.lines.map((l) => l.map((t) => t.text).join(' ')).join(' / '),
    );

  it('balances pages instead of leaving a straggler', () => {
    // Nine words: greedy would give 7 + 2; balanced gives 5 + 4.
    expect(pageText('Three years ago he left me at the altar.', 120, 7)).toEqual([
      'Three years / ago he left',
      'me at the / altar.',
    ]);
  });
  it('breaks at sentence ends but lets a short sentence share the next page', () => {
    expect(pageText('Lena? You are the planner? I never knew.')).toEqual([
      'Lena? You are the planner?',
      'I never knew.',
    ]);
  });
  it('covers every word once, in order', () => {
    const pages = paginate(tokens('a b c d e f g h i j k l m n o p'), {maxWidth: 40, maxLines: 2, maxWords: 5});
    expect(pages[0].firstWord).toBe(0);
    pages.slice(1).forEach((p, i) => expect(p.firstWord).toBe(pages[i].endWord));
    expect(pages[pages.length - 1].endWord).toBe(16);
  });
  it('finds the word being spoken', () => {
    const words = [{startMs: 100}, {startMs: 200}, {startMs: 300}];
    expect([50, 100, 250, 900].map((t) => activeWord(words, t))).toEqual([-1, 0, 1, 2]);
  });
});

describe('layout', () => {
  it('keeps text clear of the top 8%, the bottom 20% and the right 15%', () => {
    for (const [w, h] of [
      [1080, 1920],
      [1080, 1080],
      [1920, 1080],
    ]) {
      const safe = safeZone(w, h);
      expect(safe.top).toBeGreaterThanOrEqual(h * 0.08);
      expect(safe.top + safe.height).toBeLessThanOrEqual(h * 0.8);
      expect(safe.left + safe.width).toBeLessThanOrEqual(w * 0.85);
    }
  });
});

describe('script schema in Studio', () => {
  // Studio's props editor dispatches on the zod 4 def type of each node; these are the types it has editors for.
  const EDITABLE = new Set([
    'object',
    'string',
    'number',
    'boolean',
    'array',
    'enum',
    'optional',
    'nullable',
    'default',
    'union',
    'tuple',
    'literal',
  ]);
  const walk = (schema: any, path: string, found: string[]) => {
    const def = schema._zod.def;
    if (!EDITABLE.has(def.type)) found.push(`${path}: ${def.type}`);
    if (def.type === 'object')
      for (const [key, child] of Object.entries(def.shape)) walk(child, `${path}.${key}`, found);
    if (def.type === 'array') walk(def.element, `${path}[]`, found);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') walk(def.innerType, path, found);
  };

  it('is a plain zod object (superRefine adds a check, it does not wrap)', () => {
    expect((scriptSchema as any)._zod.def.type).toBe('object');
    const found: string[] = [];
    walk(scriptSchema, 'script', found);
    expect(found).toEqual([]);
  });
  it('accepts the bundled sample and still runs the cross-field checks', () => {
    expect(scriptSchema.safeParse(sample).success).toBe(true);
    const broken = {...sample, scenes: [{...sample.scenes[0], beats: [{kind: 'line', text: 'Hi'}]}]};
    expect(scriptSchema.safeParse(broken).error?.issues[0].path).toEqual(['scenes', 0, 'beats', 0, 'characterId']);
  });
});

describe('wrapBalanced', () => {
  it('evens out the lines without adding one', () => {
    const text = (lines: Token[][]) => lines.map((l) => l.map((t) => t.text).join(' '));
    const words = tokens('I never told you why I left.');
    expect(text(wrapTokens(words, 220))).toEqual(['I never told you why I', 'left.']);
    // The widest line is as narrow as it can be: 135 ("you why I left.") against 220 greedy.
    expect(text(wrapBalanced(words, 220))).toEqual(['I never told', 'you why I left.']);
  });
});
