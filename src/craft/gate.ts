/**
 * The dramaturgy gate: the rules a micro drama keeps, measured on the timed script. Shared by every writer (the
 * offline writer tries another plan on a failure, the LLM writer sends failures back as repairs), written to
 * craft.json by the pipeline and summarised in the plan. Pure and browser-safe.
 *
 * The thresholds live in CRAFT, once; writers and prompts quote them from there.
 */
import type {Emotion, Script} from '../schema/script';
import type {Segment, Timeline} from '../time/timeline';
import {splitWords} from '../time/words';
import {contentStems, headStems, stemSet} from './terms';
import {escapeRegExp} from '../schema/text';

/** What a premise is about: the gate checks that these reach the screen. Same shape as src/premise's premiseKeys. */
export interface PremiseKeys {
  people: string[];
  object?: string;
  place?: string;
  /** What makes the situation a story ("dated tomorrow", "empty for a year"). */
  incongruity?: string;
}

/** The gate's thresholds. */
export const CRAFT = {
  /** The premise's situation is on screen (named by a segment that has started) within this time. */
  hookSituationMs: 1500,
  /** The first character line or on-screen text message starts by this time. */
  firstLineMs: 5000,
  /** Something changes (a new segment starts, or the video ends) at least this often. */
  maxChangeMs: 4000,
  /** The twist beat starts within this share of the running time. */
  twistFrom: 0.5,
  twistTo: 0.85,
  /** Beats planted with `setup: 'twist'` before the twist. */
  twistSetups: 2,
  /** The cliffhanger beat starts at or after this share of the running time. */
  cliffhangerFrom: 0.75,
  /** Spoken words per second of speech time. */
  maxWordsPerSecond: 3.5,
  /** Characters per second a viewer has to read on text and action beats. */
  maxCharsPerSecond: 20,
  /** Times an advertisement may name its brand in the drama's text. */
  maxBrandMentions: 2,
} as const;

/** How intense each emotion plays, for the one-arc check. */
export const EMOTION_INTENSITY: Record<Emotion, number> = {
  neutral: 0,
  happy: 1,
  tender: 1,
  sad: 2,
  cold: 2,
  smug: 2,
  angry: 3,
  afraid: 3,
  surprised: 3,
  desperate: 4,
  shocked: 4,
};

export const CRAFT_CHECK_IDS = [
  'hook-situation',
  'first-line',
  'change-every',
  'twist-position',
  'twist-planted',
  'cliffhanger-position',
  'premise-present',
  'reading-speed',
  'emotional-arc',
  'ad-claims',
] as const;
export type CraftCheckId = (typeof CRAFT_CHECK_IDS)[number];

export interface CraftCheck {
  id: CraftCheckId;
  /** What the check asks, in words. */
  label: string;
  /** What was measured: a number in `unit`, or a short description. */
  value: number | string;
  unit?: string;
  /** The requirement, e.g. "<= 4.0s". */
  limit: string;
  pass: boolean;
  /** Where the worst case is, e.g. "scene 2 beat 3", when the check measured one segment. */
  where?: string;
  /** True when the check could not apply (no premise keys); a skipped check passes. */
  skipped?: boolean;
}

export interface CraftReport {
  pass: boolean;
  checks: CraftCheck[];
}

/** Claims an advertisement must not make. English and Spanish; "best friend" is a person, not a claim. */
export const AD_CLAIMS: {kind: 'health' | 'price' | 'comparative'; pattern: RegExp}[] = [
  {
    kind: 'health',
    pattern:
      /\b(cur(e|es|ed|ing)|heal(s|ed|ing)?|clinical(ly)?|medical(ly)?|doctor[- ]recommended|proven|prevents?|immun\w*|detox\w*|remed(y|ies)|therapeutic|cura(r|n)?|sana(r|n)?|clínicamente|médicamente)\b/iu,
  },
  {
    kind: 'price',
    pattern:
      /([$€£¥]|\b\d+[.,]\d{2}\b|\bonly \d|\b\d+ ?% off\b|\b(cheap(er|est)?|free|discount\w*|bargain|on sale|half price|gratis|barat\w*|descuento\w*|oferta)\b)/iu,
  },
  {
    kind: 'comparative',
    pattern:
      /(#\s?1\b|\bnumber one\b|\bno\. ?1\b|\bbest(?! (friend|friends|man|wishes)\b)\b|\bbetter than\b|\bworse than\b|\bunbeatable\b|\bsuperior\b|\bleading\b|\bthan any other\b|\bel mejor\b|\bla mejor\b|\bmejor que\b|\bpeor que\b)/iu,
  },
];

/** Seconds to the hundredth, so a measure just over a limit (4.03 s) never reads as the limit itself. */
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const share = (ms: number, totalMs: number) => Math.round((ms / totalMs) * 1000) / 10;
const fmt1 = (n: number) => n.toFixed(1);

function whereIs(segment: Segment): string {
  if (segment.kind === 'hook') return 'the hook card';
  if (segment.kind === 'end') return 'the end card';
  return `scene ${segment.sceneIndex + 1} beat ${segment.beatIndex + 1}`;
}

/**
 * Whether a text names a key phrase: at least half (rounded up) of the key's head stems occur in the text, so "the
 * ferry captain" is named by "captain" and "a 1962 passenger list" needs two of its three words.
 */
function names(text: Set<string>, key: string): boolean {
  const stems = headStems(key);
  if (stems.length === 0) return false;
  const found = stems.filter((s) => text.has(s)).length;
  return found >= Math.ceil(stems.length / 2);
}

/** Every word of the script a viewer could meet: the cards, the beats, the scenes and the cast. */
function scriptText(script: Script): string {
  return [
    script.hook,
    script.twist,
    script.cliffhanger,
    ...script.scenes.flatMap((s) => [s.location, s.visual, ...s.beats.map((b) => b.text)]),
    ...script.characters.flatMap((c) => [c.name, c.role, c.description]),
  ].join(' ');
}

function hookSituation(timeline: Timeline, keys: PremiseKeys | undefined): CraftCheck {
  const label = 'the premise situation is on screen within the first 1.5 s';
  const limit = `<= ${fmt1(CRAFT.hookSituationMs / 1000)}s`;
  const first = timeline.segments[0];
  const hookKeys = keys
    ? [keys.object, keys.incongruity, ...keys.people].filter((k): k is string => !!k && contentStems(k).length > 0)
    : [];
  if (hookKeys.length === 0) {
    // No premise to name: only the timing of the opening card can be measured.
    const value = seconds(first.startMs);
    return {
      id: 'hook-situation',
      label,
      value,
      unit: 's',
      limit,
      pass: first.startMs <= CRAFT.hookSituationMs,
      where: whereIs(first),
    };
  }
  const naming = timeline.segments.find((s) => hookKeys.some((k) => names(stemSet(s.text), k)));
  if (!naming) {
    return {id: 'hook-situation', label, value: 'no segment names the premise', limit, pass: false};
  }
  return {
    id: 'hook-situation',
    label,
    value: seconds(naming.startMs),
    unit: 's',
    limit,
    pass: naming.startMs <= CRAFT.hookSituationMs,
    where: whereIs(naming),
  };
}

function firstLine(timeline: Timeline): CraftCheck {
  const label = 'the first character line or text message starts by 5 s';
  const limit = `<= ${fmt1(CRAFT.firstLineMs / 1000)}s`;
  const first = timeline.segments.find((s) => s.beat && (s.beat.kind === 'line' || s.beat.kind === 'text'));
  if (!first) return {id: 'first-line', label, value: 'no line or text beat', limit, pass: false};
  return {
    id: 'first-line',
    label,
    value: seconds(first.startMs),
    unit: 's',
    limit,
    pass: first.startMs <= CRAFT.firstLineMs,
    where: whereIs(first),
  };
}

function changeEvery(timeline: Timeline): CraftCheck {
  let worst = timeline.segments[0];
  for (const segment of timeline.segments) if (segment.durationMs > worst.durationMs) worst = segment;
  // Segments follow each other without gaps, so the gap between two starts is the first one's duration.
  return {
    id: 'change-every',
    label: 'something changes at least every 4 s',
    value: seconds(worst.durationMs),
    unit: 's',
    limit: `<= ${fmt1(CRAFT.maxChangeMs / 1000)}s`,
    pass: worst.durationMs <= CRAFT.maxChangeMs,
    where: whereIs(worst),
  };
}

function twistPosition(timeline: Timeline, twist: Segment | undefined): CraftCheck {
  const label = 'the twist beat starts between 50% and 85% of the running time';
  const limit = `${CRAFT.twistFrom * 100}%-${CRAFT.twistTo * 100}%`;
  if (!twist) return {id: 'twist-position', label, value: 'no beat is marked twist', limit, pass: false};
  const at = twist.startMs / timeline.totalMs;
  return {
    id: 'twist-position',
    label,
    value: share(twist.startMs, timeline.totalMs),
    unit: '%',
    limit,
    pass: at >= CRAFT.twistFrom && at <= CRAFT.twistTo,
    where: whereIs(twist),
  };
}

function twistPlanted(timeline: Timeline, twist: Segment | undefined): CraftCheck {
  const label = 'the twist is planted in at least two earlier beats (setup: "twist")';
  const end = twist ? timeline.segments.indexOf(twist) : timeline.segments.length;
  const planted = timeline.segments.slice(0, end).filter((s) => s.beat?.setup === 'twist').length;
  return {
    id: 'twist-planted',
    label,
    value: planted,
    unit: ' setups',
    limit: `>= ${CRAFT.twistSetups}`,
    pass: !!twist && planted >= CRAFT.twistSetups,
  };
}

function cliffhangerPosition(timeline: Timeline): CraftCheck {
  const label = 'the cliffhanger beat starts in the last quarter';
  const limit = `>= ${CRAFT.cliffhangerFrom * 100}%`;
  const cliff = timeline.segments.find((s) => s.beat?.marker === 'cliffhanger');
  if (!cliff) return {id: 'cliffhanger-position', label, value: 'no beat is marked cliffhanger', limit, pass: false};
  return {
    id: 'cliffhanger-position',
    label,
    value: share(cliff.startMs, timeline.totalMs),
    unit: '%',
    limit,
    pass: cliff.startMs / timeline.totalMs >= CRAFT.cliffhangerFrom,
    where: whereIs(cliff),
  };
}

function premisePresent(script: Script, keys: PremiseKeys | undefined): CraftCheck {
  const label = "the premise's people, object and place all appear";
  const limit = 'all present';
  if (!keys) return {id: 'premise-present', label, value: 'skipped: no premise keys', limit, pass: true, skipped: true};
  const wanted = [
    ...keys.people.map((p) => ({what: 'person', key: p})),
    ...(keys.object ? [{what: 'object', key: keys.object}] : []),
    ...(keys.place ? [{what: 'place', key: keys.place}] : []),
  ].filter((w) => contentStems(w.key).length > 0);
  const text = stemSet(scriptText(script));
  const missing = wanted.filter((w) => !names(text, w.key));
  const value =
    `${wanted.length - missing.length}/${wanted.length}` +
    (missing.length ? `, missing ${missing.map((m) => `${m.what} "${m.key}"`).join(', ')}` : '');
  return {id: 'premise-present', label, value, limit, pass: missing.length === 0};
}

function readingSpeed(script: Script, timeline: Timeline): CraftCheck {
  // The worst segment relative to its own limit decides; spoken and read segments have different limits.
  let worst: {segment: Segment; ratio: number; value: number; unit: string} | undefined;
  for (const segment of timeline.segments) {
    const read = segment.beat?.kind === 'text' || segment.beat?.kind === 'action';
    const value = read
      ? [...segment.text].length / Math.max(segment.durationMs / 1000, 0.001)
      : splitWords(segment.text, script.language).length / Math.max(segment.speechMs / 1000, 0.001);
    const ratio = value / (read ? CRAFT.maxCharsPerSecond : CRAFT.maxWordsPerSecond);
    if (!worst || ratio > worst.ratio) worst = {segment, ratio, value, unit: read ? ' chars/s' : ' words/s'};
  }
  const w = worst!;
  return {
    id: 'reading-speed',
    label: 'speech at most 3.5 words/s, text and action at most 20 chars/s',
    value: Math.round(w.value * 10) / 10,
    unit: w.unit,
    limit: `<= ${CRAFT.maxWordsPerSecond} words/s spoken, <= ${CRAFT.maxCharsPerSecond} chars/s read`,
    pass: w.ratio <= 1,
    where: whereIs(w.segment),
  };
}

function emotionalArc(timeline: Timeline): CraftCheck {
  const label = 'one emotional arc: the peak in the second half, the opening quarter calmer than the second half';
  const limit = 'peak in 2nd half, mean(1st quarter) < mean(2nd half)';
  const beats = timeline.segments
    .filter((s) => s.beat)
    .map((s) => ({at: s.startMs / timeline.totalMs, intensity: EMOTION_INTENSITY[s.beat!.emotion ?? 'neutral']}));
  const mean = (list: {intensity: number}[]) =>
    list.length ? list.reduce((sum, b) => sum + b.intensity, 0) / list.length : 0;
  const firstQuarter = beats.filter((b) => b.at < 0.25);
  const opening = firstQuarter.length ? firstQuarter : beats.slice(0, 1);
  const secondHalf = beats.filter((b) => b.at >= 0.5);
  const peak = Math.max(...beats.map((b) => b.intensity));
  const peakLate = secondHalf.some((b) => b.intensity === peak);
  const rising = mean(opening) < mean(secondHalf);
  return {
    id: 'emotional-arc',
    label,
    value: `peak ${peak} ${peakLate ? 'in' : 'not in'} 2nd half; means ${fmt1(mean(opening))} -> ${fmt1(mean(secondHalf))}`,
    limit,
    pass: peakLate && rising,
  };
}

function adClaims(script: Script, timeline: Timeline): CraftCheck {
  const brand = script.ad!.brand.trim();
  const escaped = escapeRegExp(brand);
  const onScreen = timeline.segments.map((s) => s.text).join('\n');
  const mentions = (onScreen.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu')) ?? []).length;
  const all = [script.title, script.logline, script.twist, onScreen].join('\n');
  const claims = AD_CLAIMS.flatMap(({kind, pattern}) => {
    const m = all.match(pattern);
    return m ? [`${kind} claim "${m[0]}"`] : [];
  });
  const problems = [...(mentions > CRAFT.maxBrandMentions ? [`brand named ${mentions} times`] : []), ...claims];
  return {
    id: 'ad-claims',
    label: 'the brand named at most twice; no health, price or comparative claims',
    value: problems.length ? problems.join('; ') : `brand named ${mentions}x, no claims`,
    limit: `brand <= ${CRAFT.maxBrandMentions}x, no claims`,
    pass: problems.length === 0,
  };
}

/**
 * Checks a timed script against the dramaturgy rules. `keys` are the premise's people, object, place and
 * incongruity; without them (a hand-written script) the premise checks are skipped and pass.
 */
export function checkCraft(script: Script, timeline: Timeline, keys: PremiseKeys | undefined): CraftReport {
  const twist = timeline.segments.find((s) => s.beat?.marker === 'twist');
  const checks = [
    hookSituation(timeline, keys),
    firstLine(timeline),
    changeEvery(timeline),
    twistPosition(timeline, twist),
    twistPlanted(timeline, twist),
    cliffhangerPosition(timeline),
    premisePresent(script, keys),
    readingSpeed(script, timeline),
    emotionalArc(timeline),
    ...(script.ad ? [adClaims(script, timeline)] : []),
  ];
  return {pass: checks.every((c) => c.pass), checks};
}

/** One failed check as a short phrase: "change-every 5.2s (needs <= 4.0s) at scene 2 beat 1". */
export function describeCheck(check: CraftCheck): string {
  const value = typeof check.value === 'number' ? `${check.value}${check.unit ?? ''}` : check.value;
  return `${check.id} ${value} (needs ${check.limit})${check.where ? ` at ${check.where}` : ''}`;
}

/** The one-line summary the plan prints: "craft: 9/10 checks pass; failed: change-every 5.2s (needs <= 4.0s) ...". */
export function summarizeCraft(report: CraftReport): string {
  const passed = report.checks.filter((c) => c.pass).length;
  const failed = report.checks.filter((c) => !c.pass);
  const skipped = report.checks.filter((c) => c.skipped).map((c) => c.id);
  return (
    `craft: ${passed}/${report.checks.length} checks pass` +
    (failed.length ? `; failed: ${failed.map(describeCheck).join('; ')}` : '') +
    (skipped.length ? ` (skipped: ${skipped.join(', ')})` : '')
  );
}
