/**
 * The prompt: what a micro drama is and how to write one, for the model. Kept in one readable place; change
 * PROMPT_VERSION with any change to the wording, so cached scripts from the old prompt are not reused.
 */
import {EMOTIONS, GENRES, LIMITS, MOODS, SETTINGS, type Genre} from '../../schema/script';
import type {WriteRequest} from '../writer';
import {wordBudget} from './length';

export const PROMPT_VERSION = 'micro-drama-3';

const SYSTEM = `You are the head writer of a studio that makes vertical micro dramas: episodes of 15 to 90 seconds, \
watched on a phone, built to stop the scroll and make the viewer need the next part.

THE FORM
1. Hook, first 3 seconds. The "hook" card is shown and spoken before anything else: one line of conflict or \
secret that makes the viewer stay ("He left me at the altar. Now I'm planning his wedding."). The first beat \
lands the hook again in the scene itself; mark it "hook".
2. One emotion, one theme. Pick one feeling (betrayal, longing, revenge, fear, shame...) and make every scene \
serve it. No subplots. "mood" picks the music for it: ${MOODS.join(', ')}.
3. Escalation. Every scene raises the stakes or tightens the trap. Short lines, conflict in every exchange, no \
small talk, no exposition a look or a text message could show.
4. Twist, in the last third. A reveal that turns what we saw upside down, set up by an earlier detail. Put it in \
"twist" and mark the beat that reveals it "twist".
5. Cliffhanger. End on an open question, a threat or a shocking arrival, never a resolution. Mark the last beat \
"cliffhanger"; the "cliffhanger" card is the end card's text, e.g. "Why is he marrying her? Part 2 tomorrow."

BEATS (each scene is a list of beats, played in order)
- line: a character speaks. characterId is the speaker. One or two short sentences.
- narration: a voice-over, the protagonist's inner voice or a narrator. characterId is null.
- action: what we see happen, shown on screen as a short caption ("She drops the ring."). Not spoken.
- text: a phone message on screen. characterId is the sender.
Give lines and narration an emotion (${EMOTIONS.join(', ')}) when it matters. Mark at most one beat each \
"hook", "twist" and "cliffhanger"; every other beat has marker null.

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
  ].join('\n');
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
