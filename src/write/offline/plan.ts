/**
 * Planning one cut of the story: the opening that shows the odd thing, stakes and clues interleaved, the twist,
 * its aftermath and the cliffhanger, for a number of beats; then scenes in places that fit what happens in them.
 */
import type {Beat, Scene, Setting, TimeOfDay} from '../../schema/script';
import {LIMITS} from '../../schema/script';
import {PLACE_WORDS} from '../../premise/lexicon';
import type {Member} from './cast';
import type {Book, Move, Twist} from './moves';
import {exchanges} from './moves';
import type {Rng} from './random';
import type {Terms} from './terms';
import {breathSplit, capitalise, compactSentence, FILLER_ADVERBS, truncate} from './text';

export interface Cut {
  moves: Move[];
  /** Where each scene starts in `moves`. */
  sceneStarts: number[];
}

/** The story's moves for `count` beats (at least five): every cut keeps the opening line, two clues, the twist and the cliffhanger. */
/** Words each line's sentences are checked for: a sentence without any is made this story's own. */
export interface Voicing {
  terms: string[];
  /** What a speaker calls the person they talk to. */
  vocative: (who: Move['who']) => string | undefined;
  /** The line with the protagonist's name as this speaker says it ("Grandma"). */
  rename: (who: Move['who'], text: string) => string;
}

const SENTENCES = /(?<=[.!?…])\s+/;
const hasTerm = (sentence: string, terms: string[]) =>
  terms.some((t) => t && sentence.toLowerCase().includes(t.toLowerCase()));

/**
 * A line in its speaker's voice, addressed to someone of this story: a sentence that names nothing of the
 * premise takes the listener's name ("Leave it, Mara."), and a bare follow-up joins the sentence before it.
 */
export function voiced(move: Move, voicing: Voicing): Move {
  if (move.who === 'X' || move.who === 'N') return move;
  const own = voicing.rename(move.who, move.text);
  const parts = own.split(SENTENCES);
  const named = parts.some((p) => hasTerm(p, voicing.terms));
  const out: string[] = [];
  for (const part of parts) {
    // A question is never folded into the sentence before it ("¿Tú hiciste esto? ¿Por mí?" keeps both marks).
    const question = /^[¿¡]/.test(part);
    // A piece of one sentence said in two breaths ("…to play the boyfriend of a woman…") is said as it is.
    const fragment = /^…|…$/.test(part);
    if (fragment) out.push(part);
    else if (hasTerm(part, voicing.terms) || (named && out.length === 0) || (question && out.length > 0))
      out.push(part);
    // A follow-up that would make the sentence too long to say in one breath stays its own sentence, and so does
    // one after a sentence that ends on a name ("Reid didn't do it alone, Lena. I was there.").
    else if (
      out.length > 0 &&
      (`${out[out.length - 1]} ${part}`.split(/\s+/).length > 9 ||
        /,\s+\p{Lu}[\p{L}'-]*[.!?]$/u.test(out[out.length - 1]))
    )
      out.push(part);
    else if (out.length > 0)
      out[out.length - 1] =
        `${out[out.length - 1].replace(/[.!?…]+$/, '')}, ${/^I\b/.test(part) || voicing.terms.some((n) => /^[A-ZÁÉÍÓÚÑ]/.test(n) && part.startsWith(n)) ? part : part.charAt(0).toLowerCase() + part.slice(1)}`;
    else {
      // A line about someone in the third person ("He stood me up.") is not said to their face by name.
      // Nor is a name added to a line that already fills a breath.
      const name =
        move.follows || /\b(he|him|his|she|her)\b/i.test(part) || part.split(/\s+/).length >= 9
          ? undefined
          : voicing.vocative(move.who);
      // A line that already calls them by name ("It was me, Dad.") is not named twice.
      const named = name && new RegExp(`\\b${name}\\b`).test(part);
      out.push(name && !named ? part.replace(/([.!?…]*)$/, (p) => `, ${name}${p || '.'}`) : part);
    }
  }
  return {...move, text: out.join(' ')};
}

/**
 * Names said to someone's face are rare in speech: a vocative (", Nora." at a sentence end) is dropped when the
 * same name was said as one in either of the two lines before, so a scene does not sound like a roll call.
 */
export function thinVocatives(moves: Move[], names: string[]): Move[] {
  const last = new Map<string, number>();
  return moves.map((m, i) => {
    if (m.who === 'X' || m.who === 'N') return m;
    let text = m.text;
    for (const name of names) {
      const vocative = new RegExp(`,\\s+${name}(?=[.!?…,])`, 'g');
      if (!vocative.test(text)) continue;
      if (i - (last.get(name) ?? -9) <= 2) text = text.replace(vocative, '');
      else last.set(name, i);
    }
    return text === m.text ? m : {...m, text};
  });
}

/**
 * Lines over nine words become beats of at most nine by the same speaker, cut at sentence ends, and a sentence too
 * long for one breath is said in pieces at its natural pauses (breathSplit): no beat holds the screen too long, and
 * no word of the premise is dropped to make it fit. Only filler adverbs ("secretly", "suddenly") are left out.
 */
export function splitLong(moves: Move[], keep: string[] = []): Move[] {
  return moves.flatMap((m) => {
    if (m.who === 'X' || m.who === 'N') return [m];
    const pieces = m.text
      .split(SENTENCES)
      .flatMap((x) => breathSplit(x.split(/\s+/).length > 9 ? x.replace(FILLER_ADVERBS, '') : x, 9, keep));
    const beats: string[] = [];
    for (const piece of pieces) {
      const last = beats[beats.length - 1];
      const joined = last === undefined ? piece : `${last} ${piece}`;
      const sentences = joined.split(SENTENCES).length;
      const words = joined.split(/\s+/).length;
      if (last !== undefined && words <= 9 && !(words > 6 && sentences > 2)) beats[beats.length - 1] = joined;
      else beats.push(piece);
    }
    return beats.map((text, i) => ({
      ...m,
      text,
      // The cliffhanger's last breath may still name who it is said to: the end hangs on them.
      ...(i > 0 && {setup: undefined, ...(m.marker !== 'cliffhanger' && {follows: true as const})}),
      marker: (m.marker === 'cliffhanger' ? i === beats.length - 1 : i === 0) ? m.marker : undefined,
    }));
  });
}

/** A line cut to its core for the shortest videos: the sentence that carries the story, or its first clause. */
export function tighten(move: Move, terms: string[], whole = false): Move {
  const sentences = move.text.split(SENTENCES);
  let text = sentences.find((x) => hasTerm(x, terms)) ?? sentences[0];
  // The twist and the cliffhanger stay whole sentences: a fragment there explains nothing.
  if (text.split(/\s+/).length > 6 && /,/.test(text) && !move.marker && move.who !== 'X')
    text = `${text.split(',')[0]}…`;
  // The shortest cuts have no time for a second breath: a long line is said shorter, its premise words kept, and
  // a line that is still long is said up to its first pause, except the opening line that states the premise.
  if (move.who !== 'X' && move.who !== 'N') {
    text = compactSentence(text, 9, terms);
    if (!whole && !move.marker) text = breathSplit(text, 9, terms)[0];
  }
  return {...move, text};
}

export function planCut(book: Book, twist: Twist, intros: Move[], count: number, rng: Rng, terms: string[] = []): Cut {
  const words = (o: Move[]) => o[0].text.split(/\s+/).length + (o[0].who === 'X' ? o[1].text.split(/\s+/).length : 0);
  // The shortest cuts open on the shortest opening: there is no time for more.
  const picked = count <= 5 ? book.openings.reduce((a, b) => (words(b) < words(a) ? b : a)) : rng.pick(book.openings);
  // The protagonist speaks first: the first line lands within seconds of the hook card.
  const opening = picked[0].who === 'X' ? [picked[1], picked[0], ...picked.slice(2)] : picked;
  // Exchanges shuffle as wholes: an answer never comes before, or far from, its question.
  const fillGroups = [
    ...rng.shuffle(exchanges(book.stakes)),
    ...rng.shuffle(exchanges(book.reserve ?? [])),
    ...exchanges(book.push),
  ];
  const after = [
    twist.reveal[0],
    ...(count >= 9 ? twist.reveal.slice(1) : []),
    ...(count >= 14 ? twist.aftermath : []),
    ...twist.cliff,
  ];
  // The odd thing itself is what the twist explains: in the shortest cuts the opening line is its first plant.
  const tight = count <= 5;
  const clues = twist.clues.slice(0, count >= 12 ? 3 : tight ? 1 : 2);
  const beforeCount = Math.max(clues.length + 1, count - after.length);
  const head = [tight ? {...opening[0], setup: 'twist' as const} : opening[0], ...intros, ...opening.slice(1)].slice(
    0,
    Math.max(1 + intros.length, beforeCount - clues.length),
  );
  const room = Math.max(0, beforeCount - head.length - clues.length);
  const fillers: Move[] = [];
  for (const g of fillGroups) {
    if (fillers.length >= room) break;
    // A whole exchange, or its opening line alone when only one beat is left (a question may stay open).
    fillers.push(...(fillers.length + g.length <= room ? g : g.slice(0, 1)));
  }
  // Clues go between exchanges, never between a line and its reply.
  const gaps = fillers
    .map((_, i) => i)
    .filter((i) => !fillers[i].answers)
    .concat(fillers.length);
  // Clues spread through the fillers: the first early, the last shortly before the reveal.
  const middle: Move[] = [...fillers];
  clues.forEach((c, i) => {
    const want = Math.round(((i + 0.5) / clues.length) * fillers.length);
    const gap = gaps.reduce((a, b) => (Math.abs(b - want) < Math.abs(a - want) ? b : a), gaps[gaps.length - 1]);
    // Earlier clues already sit before this gap: shift by their count.
    middle.splice(gap + i, 0, c);
  });
  const before = [...head, ...middle];
  const moves = splitLong(
    tight ? [...before, ...after].map((m, i) => tighten(m, terms, i === 0)) : [...before, ...after],
    terms,
  );
  const sceneCount = Math.min(LIMITS.scenes, moves.length <= 6 ? 3 : Math.min(6, 3 + Math.floor(moves.length / 9)));
  // The reveal opens the last-but-one scene (or the last, in short cuts); earlier scenes share the rest evenly.
  const twistAt = moves.findIndex((m) => m.marker === 'twist');
  const earlier = sceneCount - (moves.length - twistAt >= 4 ? 2 : 1);
  // A scene never starts in the middle of a sentence said in two breaths.
  const whole = (i: number) => {
    while (i < twistAt && /^…/.test(moves[i].text)) i++;
    return i;
  };
  const starts = Array.from({length: earlier}, (_, i) => whole(Math.round((i * twistAt) / earlier)));
  starts.push(twistAt);
  if (earlier === sceneCount - 2) starts.push(twistAt + Math.ceil((moves.length - twistAt) / 2));
  return {moves, sceneStarts: [...new Set(starts)].filter((s) => s < moves.length)};
}

interface Site {
  location: string;
  setting: Setting;
  visual: string;
}

/** Places the story moves through: the premise's own place where the odd thing happens and the reveal lands. */
function sites(t: Terms, rng: Rng): Site[] {
  const place = t.placeNoun;
  const setting = (PLACE_WORDS[place] as Setting | undefined) ?? 'street';
  const main: Site = place
    ? {location: capitalise(t.place), setting, visual: `${capitalise(t.place)}, busy and bright`}
    : {
        location: t.spanish ? `Casa de ${t.P.name}` : `${t.P.name}'s place`,
        setting: 'home',
        visual: t.spanish ? 'Una lámpara encendida, fotos en la pared' : 'A lamp left on, photos on the wall',
      };
  const es = t.spanish;
  // Scenes in between stay near the premise's place, so a line about the place is never said somewhere else.
  const near: Site[] = place
    ? [
        {
          location: es ? `Fuera, junto a ${t.place}` : `Outside ${t.place}`,
          setting: 'street',
          visual: es ? 'Farolas, asfalto mojado' : 'Streetlights, people passing, a door swinging',
        },
        {
          location: es ? `Detrás de ${t.place}` : `Behind ${t.place}`,
          setting,
          visual: es
            ? 'Cajas apiladas, una luz de servicio'
            : 'Stacked crates, a service light, voices through the wall',
        },
        {
          location: es ? `${capitalise(t.place)}, más tarde` : `${capitalise(t.place)}, later`,
          setting,
          visual: `${main.visual}; ${es ? 'más tarde' : 'later, quieter'}`,
        },
      ]
    : [];
  const away: Site[] = [
    {
      location: es ? `Fuera, ${place ? `junto a ${t.place}` : 'en la calle'}` : `Outside${place ? ` ${t.place}` : ''}`,
      setting: 'street',
      visual: es ? 'Farolas, asfalto mojado' : 'Streetlights, wet pavement, traffic passing',
    },
    {
      location: es ? `La cocina de ${t.A.name}` : `${t.A.name}'s kitchen`,
      setting: 'kitchen',
      visual: es ? 'Tazas frías sobre la mesa' : 'Two mugs going cold on the table',
    },
    {
      location: es ? `El coche de ${t.P.name}` : `${t.P.name}'s car`,
      setting: 'car',
      visual: es ? 'Lluvia en el parabrisas' : 'Rain on the windshield, engine ticking',
    },
    {
      location: es ? 'Una cafetería' : 'A corner café',
      setting: 'cafe',
      visual: es ? 'Una máquina de café silbando' : 'An espresso machine hissing, a quiet back table',
    },
  ];
  const late: Site = {
    ...main,
    location: `${main.location}${es ? ', de noche' : ', after hours'}`,
    visual: `${main.visual}; ${es ? 'ahora vacío' : 'empty now'}`,
  };
  return [main, ...(place ? rng.shuffle(near) : rng.shuffle(away)).slice(0, 3), late, main];
}

const TIMES: TimeOfDay[] = ['morning', 'afternoon', 'dusk', 'evening', 'night', 'night'];

function beatOf(move: Move, cast: Member[]): Beat {
  const beat: Beat = {
    kind: move.who === 'N' ? 'narration' : move.who === 'X' ? 'action' : 'line',
    text: truncate(move.text, LIMITS.beatChars),
  };
  const speaker = cast.find((c) => c.slot === move.who);
  if (speaker) beat.characterId = speaker.id;
  if (move.emotion) beat.emotion = move.emotion;
  if (move.marker) beat.marker = move.marker;
  if (move.setup) beat.setup = move.setup;
  return beat;
}

export function scenesOf(cut: Cut, t: Terms, cast: Member[], rng: Rng): Scene[] {
  const places = sites(t, rng);
  const count = cut.sceneStarts.length;
  const start = rng.int(2);
  return cut.sceneStarts.map((from, i) => {
    const to = cut.sceneStarts[i + 1] ?? cut.moves.length;
    const beats = cut.moves.slice(from, to).map((m) => beatOf(m, cast));
    if (i === 0) beats[0] = {...beats[0], marker: 'hook'};
    // The first scene and the reveal happen at the premise's own place; the middle moves around it.
    const site =
      i === 0
        ? places[0]
        : i === count - 2 || (count <= 3 && i === count - 1)
          ? places[4]
          : i === count - 1
            ? places[5]
            : places[i];
    const present = cast.filter((c) => beats.some((b) => b.characterId === c.id)).map((c) => c.name);
    return {
      id: `s${i + 1}`,
      location: truncate(site.location, 120),
      setting: site.setting,
      timeOfDay: TIMES[Math.min(TIMES.length - 1, start + i)],
      visual: truncate(
        `${site.visual}.${present.length ? ` ${present.join(t.spanish ? ' y ' : ' and ')}.` : ''}`,
        LIMITS.descriptionChars,
      ),
      beats: beats.slice(0, LIMITS.beatsPerScene),
    };
  });
}
