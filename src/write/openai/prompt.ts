/**
 * The prompt: what a micro drama is and how to write one, for the model. Kept in one readable place; change
 * PROMPT_VERSION with any change to the wording, so cached scripts from the old prompt are not reused.
 */
import {CRAFT, describeCheck, type CraftCheck, type CraftCheckId} from '../../craft/gate';
import {HOOK_MAX_WORDS} from '../../craft/hook-rubric';
import {EMOTIONS, GENRES, LIMITS, MOODS, SETTINGS, type AdBrief, type Genre, type Platform} from '../../schema/script';
import type {EpisodeContext, WriteRequest} from '../writer';
import {wordBudget} from './length';

export const PROMPT_VERSION = 'micro-drama-4';

const sec = (ms: number) => `${ms / 1000} s`;
const pct = (share: number) => `${Math.round(share * 100)}%`;

const SYSTEM = `You are the head writer of a studio that makes vertical micro dramas: episodes of 15 to 90 seconds, \
watched on a phone, built to stop the scroll and make the viewer need the next part.

THE FORM
1. Hook, first ${sec(CRAFT.hookSituationMs)}. The "hook" card is shown and spoken before anything else: the premise's \
situation itself, naming its concrete object or person, in at most ${HOOK_MAX_WORDS} words ("The chart is dated \
tomorrow. The patient is me."). It is on screen first, so keep it short. The first beat lands the hook again in the \
scene itself; mark it "hook". A character speaks (a line) or texts (a text) by ${sec(CRAFT.firstLineMs)}: open on \
dialogue, not on narration.
2. One emotion, one theme. Pick one feeling (betrayal, longing, revenge, fear, shame, embarrassment, joy...) and \
make every scene serve it. No subplots. "mood" picks the music for it: ${MOODS.join(', ')}. One emotional arc: \
calmer emotions early, the most intense one in the second half.
3. Escalation. Every scene raises the stakes or tightens the trap. Short lines, conflict in every exchange, no \
small talk, no exposition a look or a text message could show. Something changes at least every \
${sec(CRAFT.maxChangeMs)}: no beat longer than about ${Math.floor((CRAFT.maxChangeMs / 1000) * 2.5)} spoken words.
4. Twist, between ${pct(CRAFT.twistFrom)} and ${pct(CRAFT.twistTo)} of the running time. A reveal that turns what we \
saw upside down and fits the premise (never contradicts it). Plant it: mark at least ${CRAFT.twistSetups} earlier \
beats that set it up with setup "twist" (a detail, a slip, an object the twist explains). Put the reveal in "twist" \
and mark the beat that reveals it "twist".
5. Cliffhanger, in the last ${pct(1 - CRAFT.cliffhangerFrom)}. End on an open question, a threat or a shocking \
arrival that follows from the twist, never a resolution. Mark the last beat "cliffhanger"; the "cliffhanger" card is \
the end card's text, e.g. "Why is he marrying her? Part 2 tomorrow."
6. The premise's own people, object and place appear in the script, by name or role: the story is the premise's \
story, not a stock plot with the premise as a label. Comedy and warm premises stay comedy and warm.

BEATS (each scene is a list of beats, played in order)
- line: a character speaks. characterId is the speaker. One or two short sentences.
- narration: a voice-over, the protagonist's inner voice or a narrator. characterId is null.
- action: what we see happen, shown on screen as a short caption ("She drops the ring."). Not spoken.
- text: a phone message on screen. characterId is the sender.
Give every line and narration an emotion (${EMOTIONS.join(', ')}). Mark at most one beat each "hook", "twist" \
and "cliffhanger"; every other beat has marker null. "setup" is "twist" on the beats that plant the twist (or \
"cliffhanger" on those that plant the ending), else null.

CHARACTERS
2 to 4 characters (at most ${LIMITS.characters}), each clearly different in age, manner and look. Ids are short \
lowercase ASCII (e.g. "lena"), unique, and beats refer to them exactly. "description" says who they are \
(gender, age, manner). "appearance" says how they look (age, build, hair, face, clothes, one signature \
detail): images of every scene are drawn from it, so be concrete and keep it true in every scene. Each character \
gets a distinct caption colour as "#rrggbb".

SCENES
1 to ${LIMITS.scenes} scenes, each with a unique lowercase id. "location" is the concrete place ("Hotel kitchen \
corridor"); "setting" is the closest kind of place from: ${SETTINGS.join(', ')}. "visual" is what the camera \
sees, in one sentence, without naming characters' looks again.

Reply with the script as one JSON object and nothing else.`;

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});

/** "Brazilian Portuguese (pt-BR)" for the prompt; the tag alone when Intl does not know it. */
export function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = languageNames.of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}

function languageRule(language: string | undefined): string {
  return language
    ? `Write every text (title, logline, cards, lines, descriptions, locations, visuals) in ${languageName(language)}. Ids stay lowercase ASCII.`
    : 'Write every text in the language of the premise, and give its BCP 47 tag in "language". Ids stay lowercase ASCII.';
}

function genreRule(genre: Genre | undefined): string {
  return genre ? `Genre: ${genre}.` : `Genre: choose the one that fits the premise best (${GENRES.join(', ')}).`;
}

export function systemPrompt(schemaInPrompt?: object): string {
  if (!schemaInPrompt) return SYSTEM;
  // Servers without structured outputs get the schema to follow in words.
  return `${SYSTEM}\n\nThe JSON object must match this JSON Schema exactly (null where a field does not apply):\n${JSON.stringify(schemaInPrompt)}`;
}

const PLATFORM_NAMES: Record<Platform, string> = {tiktok: 'TikTok', reels: 'Instagram Reels', shorts: 'YouTube Shorts'};

function hooksRule(hooks: number | undefined): string | undefined {
  if (!hooks || hooks < 2) return undefined;
  return (
    `Cold opens: write ${hooks} different ones. "hook" is the first; "otherHooks" holds the other ${hooks - 1}, each a ` +
    'different kind: the incongruity itself, a flash-forward to the twist moment, a line of dialogue. Each names the ' +
    `premise's object or person, raises a question, names the stakes, in at most ${HOOK_MAX_WORDS} words. The program ` +
    'scores them and keeps the best.'
  );
}

function adRule(ad: AdBrief): string {
  return [
    `This drama is an advertisement for ${ad.brand}: ${ad.product}.`,
    `- The product resolves the conflict emotionally (it brings people together, saves the moment); it is not sold.`,
    `- Name "${ad.brand}" at most ${CRAFT.maxBrandMentions} times in all the text.`,
    `- No health claims (cures, heals, clinically...), no prices or offers ($, free, cheapest, % off), no comparisons ` +
      `(better than, best, #1).`,
    `- The end card carries the call to action "${ad.cta}": the cliffhanger card ends the story; the program adds the ` +
      'call to action, the brand and the logo.',
  ].join('\n');
}

/** An episode of a series: the bible's people and places, the arc so far, and how this episode must end. */
function episodeRule(e: EpisodeContext): string {
  return [
    `This is episode ${e.episode} of ${e.of} of the series "${e.series}". Its turn: ${e.turn}`,
    'Cast (use exactly these ids and names; nobody else speaks or texts):',
    ...e.cast.map((c) => `- ${c.id}: ${c.name}, ${c.role}. ${c.description}`),
    `Places: ${e.places.join('; ')}.`,
    `The season's main thread: ${e.mainThread}`,
    ...(e.earlier.length ? ['Earlier episodes:', ...e.earlier.map((line, i) => `${i + 1}. ${line}`)] : []),
    ...(e.previously ? [`It opens by picking up the last cliffhanger (${e.previously}).`] : []),
    e.finale
      ? `This is the finale: resolve the main thread; the program puts "${e.resolution}" on the end card.`
      : 'End on a cliffhanger that leads into the next episode.',
  ].join('\n');
}

export function userPrompt(request: WriteRequest): string {
  const words = wordBudget(request.durationSec);
  const beats = Math.max(4, Math.round(request.durationSec / 3.5));
  return [
    `Premise: ${request.premise}`,
    '',
    `Length: ${request.durationSec} seconds. At about 2.5 spoken words per second, after the title and end cards, ` +
      `that is about ${words} words in all (hook, beats and cliffhanger together), in about ${beats} beats.`,
    genreRule(request.genre),
    languageRule(request.language),
    ...(request.audience ? [`Audience: ${request.audience}. Choose tone, vocabulary and references for them.`] : []),
    ...(request.platform ? [`Platform: ${PLATFORM_NAMES[request.platform]}; write for its viewers and its pace.`] : []),
    ...[hooksRule(request.hooks)].filter((r): r is string => !!r),
    ...(request.ad ? ['', adRule(request.ad)] : []),
    ...(request.episode ? ['', episodeRule(request.episode)] : []),
  ].join('\n');
}

/** What to change for each failed dramaturgy check, in the model's terms. */
const CRAFT_ADVICE: Record<CraftCheckId, string> = {
  'hook-situation': `make the "hook" card name the premise's object or person, in at most ${HOOK_MAX_WORDS} words`,
  'first-line': `start with a line or a text message: move narration and action after it, and keep the hook short`,
  'change-every': `split the beat (or shorten the card) so nothing lasts longer than ${sec(CRAFT.maxChangeMs)}`,
  'twist-position': `move the "twist" beat to between ${pct(CRAFT.twistFrom)} and ${pct(CRAFT.twistTo)} of the beats, or mark one`,
  'twist-planted': `mark at least ${CRAFT.twistSetups} beats before the twist with setup "twist", each planting a detail the twist explains`,
  'cliffhanger-position': `mark a beat in the last ${pct(1 - CRAFT.cliffhangerFrom)} (the last beat) "cliffhanger"`,
  'premise-present': 'bring the missing people, object or place of the premise into the beats, by name or role',
  'reading-speed': 'shorten the text of the beat named',
  'emotional-arc': 'start calmer and put the most intense emotions (desperate, shocked) in the second half',
  'ad-claims': `name the brand at most ${CRAFT.maxBrandMentions} times and remove health, price and comparative claims`,
};

/** A failed dramaturgy check as a repair problem: what was measured, the rule, and what to change. */
export function craftProblem(check: CraftCheck): string {
  return `craft ${describeCheck(check)}: ${CRAFT_ADVICE[check.id]}`;
}

/** The follow-up message that sends a broken script back with the exact problems. */
export function repairPrompt(problems: string[]): string {
  return [
    'That reply cannot be used yet. Problems (path: what is wrong):',
    ...problems.map((problem) => `- ${problem}`),
    '',
    'Reply with the whole corrected script as one JSON object, same fields; keep everything else as it was.',
  ].join('\n');
}
