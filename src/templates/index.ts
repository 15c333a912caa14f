/**
 * The templates as data: names, descriptions, supported aspects and the extra props each one takes beyond the
 * script. Part of the browser-safe core (zod, no React, no CSS, no Node) so the command line, the pipeline and the
 * studio can list and check templates without loading the compositions; compositions/registry.ts pairs each entry
 * with its component.
 */
import {z} from 'zod';
import {checkScript} from '../schema/checks';
import type {Aspect} from '../schema/format';
import {scriptObject, type BEAT_KINDS, type Script} from '../schema/script';

/** 'texts': a message sound on text beats; 'every-message': on lines too, for templates that show lines as messages. */
export type MessageSounds = 'texts' | 'every-message';

/** A kind of segment on screen: the hook card, the end card, or a beat of one kind. */
export type SegmentShape = 'hook' | 'end' | (typeof BEAT_KINDS)[number];

export interface TemplateInfo {
  name: string;
  description: string;
  aspects: readonly Aspect[];
  /** The template's own props, each with a default, so a bare script (what `npm run make` passes) renders. */
  options: z.ZodObject;
  /** Where the soundtrack puts a message sound: on text beats, or on every message when lines are shown as texts. */
  messageSounds?: MessageSounds;
  /**
   * The segments this template draws word by word: their picture changes on the frame each word starts (word-lit
   * captions, kinetic type, a karaoke card), so the held-frame renderer captures every word start in them
   * (render/holds.ts). The others are drawn whole (a stage direction fading in, a message card, a chat bubble)
   * and change only with their own entry, exit and the template's other motion, so their word starts are not
   * captured. Read from the template's components: a kind missing here that does change per word shows a word late.
   */
  wordByWord: readonly SegmentShape[];
}

/** Props every template takes on top of the script and its options. */
export const commonProps = z.object({
  measure: z
    .boolean()
    .optional()
    .describe(
      'Draw only the text boxes, as solid colours by kind (speaker tags, captions, cards): what the layout tests measure',
    ),
});
export type CommonProps = z.infer<typeof commonProps>;

export const TEMPLATES = [
  {
    name: 'cinematic',
    description:
      'Scene art with a drawn cast that speaks its lines, camera motion, speaker tags and word-highlighted captions, a hook card, a twist punch and a "Part 2" end card',
    aspects: ['9:16', '1:1', '16:9'],
    options: z.object({
      cast: z
        .enum(['on', 'off'])
        .default('on')
        .describe('Draw the characters as an animated cast that speaks its lines; off shows the scene art alone'),
    }),
    // Captions light each word of lines and narration; the hook and end cards light theirs (SpokenText). Texts
    // (MessageCard) and actions (StageDirection) are drawn whole. The cast's mouths are timed apart (acting.ts).
    wordByWord: ['hook', 'end', 'line', 'narration'],
  },
  {
    name: 'chat',
    description:
      'The story as a text-message conversation on a phone: bubbles per character, typing, read receipts, a twist that lands hard',
    aspects: ['9:16', '1:1', '16:9'],
    messageSounds: 'every-message',
    options: z.object({
      theme: z.enum(['dark', 'light']).default('dark').describe("The phone's colour scheme"),
    }),
    // Every beat lands as a whole bubble or system line when its segment starts; my own messages are typed into
    // the field letter by letter over the end of the segment before, which no word times. Only the hook and end
    // cards light their words.
    wordByWord: ['hook', 'end'],
  },
  {
    name: 'storytime',
    description:
      'A first-person narrator over bold kinetic type: words land as they are said, backgrounds coloured by emotion, a progress bar on top',
    aspects: ['9:16', '1:1', '16:9'],
    options: z.object({
      uppercase: z.boolean().default(false).describe('Set the kinetic words in capitals'),
    }),
    // Kinetic type lands each word of lines and narration as it is said, and the cards light theirs; texts and
    // actions are the same MessageCard and StageDirection as cinematic's, drawn whole.
    wordByWord: ['hook', 'end', 'line', 'narration'],
  },
] as const satisfies readonly TemplateInfo[];

export type TemplateName = (typeof TEMPLATES)[number]['name'];
export const TEMPLATE_NAMES: readonly string[] = TEMPLATES.map((t) => t.name);

/** The template of that name, or undefined. */
export function templateInfo(name: string): TemplateInfo | undefined {
  return (TEMPLATES as readonly TemplateInfo[]).find((t) => t.name === name);
}

type OptionsOf<Name extends TemplateName> = Extract<(typeof TEMPLATES)[number], {name: Name}>['options'];

/** The props of a named template's component: the script, that template's options and the common props. */
export type PropsOf<Name extends TemplateName> = TemplateProps<OptionsOf<Name>>;

/** What a template's component receives: the script, the template's options (defaults filled in) and the common props. */
export type TemplateProps<Options extends z.ZodObject = z.ZodObject<{}>> = Script & z.output<Options> & CommonProps;

/** The composition schema of a template: the script's fields, its options and the common props, with the script's checks. */
export function templateSchema(template: TemplateInfo) {
  // superRefine adds a check to the object rather than wrapping it, so Studio's props editor can still walk it.
  return scriptObject.extend({...template.options.shape, ...commonProps.shape}).superRefine(checkScript);
}

/** The template's options from a props object, with their defaults; throws a zod error naming a bad option. */
export function templateOptions(template: TemplateInfo, props: object): Record<string, unknown> {
  return template.options.parse(props) as Record<string, unknown>;
}
