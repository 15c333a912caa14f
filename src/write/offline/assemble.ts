/** Putting a plot together as a schema Script, with only the beats the fitting chose. */
import type {Beat, Character, Format, Genre, Mood, Scene, Script} from '../../schema/script';
import {LIMITS} from '../../schema/script';
import type {CastMember} from './cast';
import type {PlannedBeat, Plot} from './plot';
import type {Prop} from './props';
import {capitalise, truncate} from './text';

export interface Frame {
  title: string;
  logline: string;
  premise: string;
  genre: Genre;
  mood: Mood;
  language: string;
  durationSec: number;
  format: Format;
  cast: CastMember[];
  characters: Character[];
  keyProp: Prop;
  twist: string;
  cliffhanger: string;
}

function toBeat(planned: PlannedBeat, cast: CastMember[]): Beat {
  const beat: Beat = {kind: planned.kind, text: truncate(planned.text, LIMITS.beatChars)};
  const speaker = planned.who && cast.find((c) => c.slot === planned.who);
  if (speaker) beat.characterId = speaker.id;
  if (planned.emotion) beat.emotion = planned.emotion;
  if (planned.marker) beat.marker = planned.marker;
  return beat;
}

const listNames = (names: string[]) =>
  names.length <= 1 ? `${names[0]} alone` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** What the camera sees: the time, the place, who is in the scene, and the key object when it is there. */
function visual(scene: Plot['scenes'][number], beats: Beat[], frame: Frame): string {
  const present = frame.cast.filter((c) => beats.some((b) => b.kind === 'line' && b.characterId === c.id)).map((c) => c.name);
  const text = beats.map((b) => b.text.toLowerCase()).join(' ');
  const prop = text.includes(frame.keyProp.noun.toLowerCase()) ? `; ${frame.keyProp.seen} in plain sight` : '';
  const people = present.length > 0 ? ` ${listNames(present)}${prop}.` : prop ? ` ${capitalise(prop.slice(2))}.` : '';
  return truncate(`${capitalise(scene.time)}. ${scene.site.visual}.${people}`, LIMITS.descriptionChars);
}

/** The script with the chosen beats; characters nobody sees or hears are left out (at least two stay). */
export function assemble(plot: Plot, include: (beat: PlannedBeat) => boolean, hook: string, frame: Frame): Script {
  const scenes: Scene[] = plot.scenes.map((scene, i) => {
    const beats = scene.beats.filter((b) => !b.optional || include(b)).map((b) => toBeat(b, frame.cast));
    // Whatever opens the first scene is the hook beat, on screen right after the hook card.
    if (i === 0) beats[0] = {...beats[0], marker: 'hook'};
    return {
      id: `${i + 1}-${scene.site.entry.id}`.slice(0, 32),
      location: scene.site.location,
      setting: scene.site.setting,
      timeOfDay: scene.time,
      visual: visual(scene, beats, frame),
      beats,
    };
  });
  const allText = scenes.flatMap((s) => s.beats.map((b) => b.text)).join(' ') + ` ${frame.twist} ${frame.cliffhanger}`;
  const appears = (c: CastMember) => scenes.some((s) => s.beats.some((b) => b.characterId === c.id)) || allText.includes(c.name);
  const kept = new Set(frame.cast.filter((c, i) => i < 2 || appears(c)).map((c) => c.id));
  return {
    title: frame.title,
    logline: frame.logline,
    premise: frame.premise,
    genre: frame.genre,
    mood: frame.mood,
    language: frame.language,
    targetDurationSec: frame.durationSec,
    format: frame.format,
    characters: frame.characters.filter((c) => kept.has(c.id)),
    scenes,
    hook,
    twist: frame.twist,
    cliffhanger: frame.cliffhanger,
  };
}
