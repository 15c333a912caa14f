/**
 * The score's bed as parts, one per section of the arrangement: a section's layers depend only on the style, the
 * title's seed, the section's place in the form (its index and intensity) and its length, never on where it sits in
 * time (bars restart at every section). So each part is rendered from the section's own start and placed at it, and
 * a part is named by a hash of exactly those inputs: after an edit of one line only the edited scene's section
 * is synthesised again, while the sections before and after it (moved or not) are the same part.
 */
import {msToFrames, silence} from '../audio/pcm';
import {hashOf} from '../util/files';
import type {Arrangement, Section} from './arrangement';
import {playLayer} from './layers';
import type {Buses} from './performer';
import {seededRandom, seedFrom} from './random';
import type {Style} from './styles';

/** Bump when a part's sound changes (instruments, layers, this file), so cached parts are not reused. */
const PART_VERSION = 1;

/**
 * Room after a section's end for its notes to ring out (the longest release or ring of any instrument is 4 s).
 * A part whose sound reaches the end of this room is an error (see trimTail), never a silently cut tail.
 */
const TAIL_MS = 8000;

export interface SectionPart {
  /** A hash of everything the part's samples depend on. */
  key: string;
  /** Where the part starts in the score. */
  startFrame: number;
  /** The section's layers from its start, dry and reverb send, with their tails. */
  render(): Buses;
}

/** The section's length, in whole microseconds: the key and the render read the same number. */
const lengthOf = (section: Section) => Math.round((section.endMs - section.startMs) * 1000) / 1000;

/** The buses cut after their last sound (both buses, every channel); throws when the sound reached the end. */
function trimTail(buses: Buses): Buses {
  const all = [...buses.dry.channels, ...buses.wet.channels];
  const length = all[0].length;
  let last = -1;
  for (const channel of all) {
    for (let i = length - 1; i > last; i--) {
      if (channel[i] !== 0) {
        last = i;
        break;
      }
    }
  }
  if (last === length - 1) throw new Error(`a score part rings longer than its ${TAIL_MS} ms tail: raise TAIL_MS`);
  const cut = (audio: Buses['dry']) => ({...audio, channels: audio.channels.map((c) => c.slice(0, last + 1))});
  return {dry: cut(buses.dry), wet: cut(buses.wet)};
}

/** Renders the layers of section `index` (its times taken as relative to its own start). */
function renderSection(section: Section, index: number, style: Style, seed: number, rate: number): Buses {
  const frames = msToFrames(section.endMs + TAIL_MS, rate);
  const buses: Buses = {dry: silence(frames, rate), wet: silence(frames, rate)};
  style.layers.forEach((layer, l) => {
    if (section.intensity >= layer.enter)
      playLayer(buses, layer, section, style, seededRandom(seedFrom(seed, 'layer', index, l)));
  });
  return trimTail(buses);
}

/** The bed's parts for an arrangement, in order; nothing is rendered until a part's `render` is called. */
export function sectionParts(form: Arrangement, style: Style, seed: number, rate: number): SectionPart[] {
  return form.sections.map((section, index) => {
    const relative: Section = {startMs: 0, endMs: lengthOf(section), intensity: section.intensity};
    return {
      key: hashOf({version: PART_VERSION, rate, style, seed, index, section: relative}, 24),
      startFrame: msToFrames(section.startMs, rate),
      render: () => renderSection(relative, index, style, seed, rate),
    };
  });
}
