/**
 * The plot: which scenes the story has (a skeleton from the genre), where they happen, and every beat each
 * could contain, each core beat always kept and each optional one ranked for when the duration needs it.
 */
import type {TimeOfDay} from '../../schema/script';
import {FOURTH_CHARACTER_BEATS} from './common';
import type {Story} from './context';
import {pickCliffhanger, pickTwist} from './ending';
import {SCENE_FUNCTIONS, type BeatTemplate, type Cliffhanger, type GenreBook, type MiddleFunction, type SceneFunction, type Twist} from './genres/types';
import type {Site} from './locations';
import type {Rng} from './random';
import {realise, usesSlot, type PlannedBeat, type RealiseOptions} from './realise';

export type {PlannedBeat} from './realise';

export interface PlannedScene {
  fn: SceneFunction;
  site: Site;
  time: TimeOfDay;
  beats: PlannedBeat[];
}

export interface Plot {
  scenes: PlannedScene[];
  twist: Twist;
  cliffhanger: Cliffhanger;
}

const MIDDLES = SCENE_FUNCTIONS.filter((f): f is MiddleFunction => f !== 'open' && f !== 'reveal' && f !== 'end');

/** The middle scenes: the pattern's first ones, replaced by others where the cast cannot play them (no C to confide in). */
function middleFunctions(book: GenreBook, count: number, story: Story, rng: Rng): MiddleFunction[] {
  const picked = rng.pick(book.patterns);
  // When the premise says what the counterpart did, the story needs the scene where it is thrown back at them;
  // when the premise brings a third person, the scene where the protagonist confides in them.
  const first: MiddleFunction[] = [];
  if (story.predicate?.actor === 'counterpart') first.push('confront');
  if (story.cast.some((c) => c.slot === 'C' && c.fromPremise)) first.push('confide');
  const pattern = [...first, ...picked.filter((f) => !first.includes(f))];
  const candidates = [...pattern, ...MIDDLES.filter((m) => !pattern.includes(m))];
  return candidates.filter((fn) => realise(book.scenes[fn], story, 1, rng.fork(fn), {rankOffset: 0}) !== undefined).slice(0, count);
}

/**
 * Someone the core beats never show before the twist (the premise's patient, say) would be a name on the cast
 * list, or a stranger when the twist turns on them. The counterpart, and anyone the ending needs, gets their
 * first line made a core beat (in a short video: joining first); anyone else's first line joins before other
 * optional beats.
 */
function bringEveryoneOn(scenes: PlannedScene[], story: Story, ending: readonly BeatTemplate[], brief: boolean): void {
  const reveal = scenes.findIndex((s) => s.fn === 'reveal');
  const beats = scenes.slice(0, reveal < 0 ? scenes.length : reveal).flatMap((s) => s.beats);
  for (const member of story.cast.slice(1)) {
    // Being talked about is not being on stage: they need a line or a message of their own.
    const onStage = (b: PlannedBeat) => b.who === member.slot;
    if (beats.some((b) => !b.optional && onStage(b))) continue;
    const first = beats.find((b) => b.optional && onStage(b)) ?? beats.find((b) => b.optional && b.text.includes(member.name));
    if (!first) continue;
    // A 15-second video has no room to insist: there the line only joins first.
    if (!brief && (member.slot === 'B' || usesSlot(ending, member.slot))) first.optional = false;
    else first.rank = -1 + member.slot.charCodeAt(0) / 1000;
  }
}

export function planPlot(book: GenreBook, story: Story, times: TimeOfDay[], rng: Rng, brief: boolean): Plot {
  const sceneCount = story.sites.length;
  // Three scenes: open, one middle, and a finale where the twist and the cliffhanger share the last scene
  // (a story needs its conflict more than a scene of its own for the ending). More: reveal and end apart.
  const middles = middleFunctions(book, Math.max(1, sceneCount - 3), story, rng.fork('pattern'));
  const layout: SceneFunction[][] = sceneCount === 3 ? [['open'], [middles[0]], ['reveal', 'end']] : [['open'], ...middles.map((m) => [m]), ['reveal'], ['end']];
  const hasD = story.cast.some((c) => c.slot === 'D');

  // First every scene's own beats; then the twist and cliffhanger, which may turn on C only if C was on stage.
  const parts = layout.map((functions, i) => {
    const sceneRng = rng.fork(`scene${i}:${functions.join('+')}`);
    const part = (templates: readonly BeatTemplate[], options: RealiseOptions) => {
      const beats = realise(templates, story, i, sceneRng, {...options, brief});
      if (!beats) throw new Error(`offline writer: the ${book.genre} "${functions.join('+')}" scene has a core beat this story cannot fill`);
      return beats;
    };
    const own = functions.map((fn) => {
      // The ending's own beats join late; the reveal's lead-in early, since it sets the twist up.
      const beats = part(book.scenes[fn], {rankOffset: fn === 'end' ? 0.6 : fn === 'reveal' ? -0.3 : i * 0.01});
      // The opening narration joins first, but a 15-second video may open straight on the line after it.
      if (fn === 'open' && beats[0].kind === 'narration') beats[0] = {...beats[0], optional: true, rank: -2};
      // A short video's middle scene may be a single line; the answer to it joins if there is time.
      if (brief && MIDDLES.includes(fn as MiddleFunction) && beats.length > 1 && !beats[1].optional) beats[1] = {...beats[1], optional: true, rank: -0.5};
      return beats;
    });
    if (hasD && i === 1) own[0].push(...part(FOURTH_CHARACTER_BEATS[story.language], {rankOffset: 0.2}));
    return {functions, own, part};
  });
  const c = story.cast.find((m) => m.slot === 'C');
  const before = parts.filter((p) => !p.functions.includes('reveal')).flatMap((p) => p.own.flat());
  const cOnStage = !!c && before.some((b) => b.who === 'C' && (!b.optional || !brief));
  const twist = pickTwist(book, story, rng.fork('twist'), cOnStage);
  const cliffhanger = pickCliffhanger(book, story, twist, rng.fork('cliffhanger'), brief, cOnStage);

  const scenes = parts.map(({functions, own, part}, i): PlannedScene => {
    const beats: PlannedBeat[] = [];
    functions.forEach((fn, j) => {
      beats.push(...own[j]);
      if (fn === 'reveal') {
        const twistBeats = part(twist.beats, {rankOffset: 0, marker: 'twist'});
        const at = twistBeats.findIndex((b) => b.marker === 'twist');
        // Reactions after the twist come last, so the twist stays in the final third of the video.
        twistBeats.forEach((b, k) => k > at && (b.rank += 2));
        beats.push(...twistBeats);
      }
      if (fn === 'end') beats.push(...part(cliffhanger.beats, {rankOffset: 0.8, marker: 'cliffhanger'}));
    });
    return {fn: functions[0], site: story.sites[i], time: times[i], beats};
  });
  bringEveryoneOn(scenes, story, [...twist.beats, twist.summary, ...cliffhanger.beats, cliffhanger.card], brief);
  const last = scenes[scenes.length - 1].beats;
  if (last[last.length - 1]?.marker !== 'cliffhanger') throw new Error('offline writer: the cliffhanger must be the last beat');
  return {scenes, twist, cliffhanger};
}
