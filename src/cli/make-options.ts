/** `npm run make` options: parsed, checked, and explained. Every mistake is a UserError naming the option. */
import minimist from 'minimist';
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {ASPECTS, isAspect, type Aspect} from '../schema/format';
import {GENRES, LIMITS, type Genre} from '../schema/script';
import {UserError} from '../util/errors';
import {PROJECT_ROOT} from '../util/paths';
import {TEMPLATE_NAMES, TEMPLATES, templateInfo} from '../../compositions/templates';
import {formatIssues} from '../schema/validate';
import {BRIEF_BOOLEAN_OPTIONS, BRIEF_HELP, BRIEF_STRING_OPTIONS, parseBriefOptions, type BriefOptions} from './brief-options';

export type WriterName = 'offline' | 'openai';
export type VoicesName = 'offline' | 'elevenlabs' | 'none';

export interface MakeOptions extends BriefOptions {
  premise?: string;
  scriptFile?: string;
  /** Seconds; undefined keeps a --script file's own target. */
  durationSec?: number;
  genre?: Genre;
  seed: number;
  template: string;
  /** The template's own props, from --set KEY=VALUE, checked against the template's options. */
  templateOptions: Record<string, unknown>;
  /** Undefined keeps a --script file's own format; otherwise 9:16. */
  aspect?: Aspect;
  outDir?: string;
  dryRun: boolean;
  browser?: string;
  writer: WriterName;
  model?: string;
  language?: string;
  visuals: string;
  cache: boolean;
  voices: VoicesName;
  music: string;
  musicVolume: number;
}

export const DEFAULT_DURATION_SEC = 45;
export const DURATION_RANGE = [15, 90] as const;

export const MAKE_HELP = `Usage: npm run make -- "PREMISE" [options]
       npm run make -- --script FILE [options]

Turns a one-line premise into a vertical micro drama: writes the script, casts and records the voices,
scores it, and renders an MP4. Works offline with no API key.

Writes into the --out folder: script.json, video.mp4, poster.png, captions.srt, captions.vtt.

Options:
  --duration SECONDS   length to aim for, ${DURATION_RANGE[0]} to ${DURATION_RANGE[1]} (default ${DEFAULT_DURATION_SEC})
  --genre NAME         ${GENRES.join(', ')} (default: chosen from the premise)
  --seed N             another seed gives another story from the same premise (default 1)
  --template NAME      ${TEMPLATE_NAMES.join(', ')} (default ${TEMPLATE_NAMES[0]})
  --set KEY=VALUE      a template option, repeatable: ${TEMPLATES.map((t) => `${t.name}: ${Object.keys(t.options.shape).join(', ') || 'none'}`).join('; ')}
  --aspect RATIO       ${Object.entries(ASPECTS).map(([a, s]) => `${a} (${s.width}x${s.height})`).join(', ')} (default 9:16)
  --script FILE        render a hand-written or edited script.json instead of writing one (no premise needed)
  --out DIR            output folder (default out/<slug>/)
  --dry-run            write and time script.json, print the plan, render nothing
  --browser PATH       Chrome or Chromium to render with (default: REMOTION_BROWSER_EXECUTABLE, a Chromium on PATH,
                       else Remotion's own download)
  --writer NAME        offline or openai (default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set)
  --model NAME         the LLM for --writer openai (default: OPENAI_MODEL, else gpt-4o-mini)
  --language TAG       language of the script and captions, e.g. en, es, pt-BR (default: the premise's)
  --visuals MODE       procedural, openai (scene images from the images API), or a folder of your own images
                       matched to scenes in file name order (default procedural)
  --no-cache           ask the LLM again even if the same request was answered before
  --voices NAME        offline (espeak-ng), elevenlabs, or none (default: elevenlabs when ELEVENLABS_API_KEY
                       is set, else offline)
  --music MODE         auto (a score from the mood), none, or an audio file to loop under the story (default auto)
  --music-volume N     music level under dialogue, 0 to 1 (default 0.35)
${BRIEF_HELP}
  --help               this text

Environment: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, ELEVENLABS_API_KEY, ELEVENLABS_BASE_URL,
REMOTION_BROWSER_EXECUTABLE.
Exit codes: 0 done, 2 a problem with the input (the message says which), 1 anything else.`;

/** `--set theme=light --set uppercase=true`: values read as booleans and numbers where they look like them. */
function templateOptions(template: string, assignments: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const match = /^([A-Za-z][\w-]*)=(.*)$/.exec(assignment);
    if (!match) throw new UserError(`--set: "${assignment}" is not KEY=VALUE`);
    const raw = match[2];
    values[match[1]] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  const result = templateInfo(template)!.options.strict().safeParse(values);
  if (!result.success) throw new UserError(`--set (template ${template}): ${formatIssues(result.error).join('; ')}`);
  return values;
}

const STRING_OPTIONS = [
  'duration', 'genre', 'seed', 'template', 'aspect', 'script', 'out', 'browser', 'writer', 'model', 'language',
  'visuals', 'voices', 'music', 'music-volume', 'set', ...BRIEF_STRING_OPTIONS,
];
const BOOLEAN_OPTIONS = ['dry-run', 'help', 'cache', ...BRIEF_BOOLEAN_OPTIONS];

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${option}: "${value}" is not one of ${allowed.join(', ')}`);
}

function number(option: string, value: string, min: number, max: number, integer = false): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || (integer && !Number.isInteger(parsed))) {
    throw new UserError(`--${option}: "${value}" is not ${integer ? 'a whole number' : 'a number'}`);
  }
  if (parsed < min || parsed > max) throw new UserError(`--${option}: ${value} is out of range (${min} to ${max})`);
  return parsed;
}

/** Parses argv; returns 'help' when --help was asked for. */
export function parseMakeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): MakeOptions | 'help' {
  const args = minimist(argv, {
    string: STRING_OPTIONS,
    boolean: BOOLEAN_OPTIONS,
    default: {cache: true},
    unknown: (arg) => {
      if (arg.startsWith('-') && !/^--no-/.test(arg)) throw new UserError(`unknown option ${arg.split('=')[0]} (see --help)`);
      return true;
    },
  });
  if (args.help) return 'help';
  for (const option of STRING_OPTIONS) {
    if (option !== 'set' && Array.isArray(args[option])) throw new UserError(`--${option} was given more than once`);
    if (args[option] === '' && argv.includes(`--${option}`)) throw new UserError(`--${option} needs a value`);
  }

  const words = args._.map(String);
  const premise = words.length ? words.join(' ').trim() : undefined;
  const scriptFile = args.script ? path.resolve(args.script) : undefined;
  if (scriptFile) {
    if (premise) throw new UserError('give either a premise or --script FILE, not both');
    if (!existsSync(scriptFile) || !statSync(scriptFile).isFile()) throw new UserError(`--script: no file at ${args.script}`);
  } else {
    if (premise === undefined) throw new UserError('no premise: npm run make -- "A one-line premise" (see --help)');
    if (!premise) throw new UserError('premise is empty: describe the story in one line');
    const length = [...premise].length;
    if (length > LIMITS.premiseChars) throw new UserError(`premise is ${length} characters long; at most ${LIMITS.premiseChars}`);
  }

  const template = oneOf('template', args.template ?? TEMPLATE_NAMES[0], TEMPLATE_NAMES);
  const aspect = args.aspect === undefined ? undefined : args.aspect;
  if (aspect !== undefined && !isAspect(aspect)) throw new UserError(`--aspect: "${aspect}" is not one of ${Object.keys(ASPECTS).join(', ')}`);

  const visuals = args.visuals ?? 'procedural';
  if (!['procedural', 'openai'].includes(visuals)) {
    const dir = path.resolve(visuals);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`--visuals: "${visuals}" is neither procedural, openai nor a folder of images`);
  }
  const music = args.music ?? 'auto';
  if (!['auto', 'none'].includes(music) && !existsSync(path.resolve(music))) {
    throw new UserError(`--music: "${music}" is neither auto, none nor an audio file`);
  }
  const hasOpenAI = Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL);
  const durationSec = args.duration === undefined ? (scriptFile ? undefined : DEFAULT_DURATION_SEC) : number('duration', args.duration, ...DURATION_RANGE);
  // Hooks, platform, audience, ad and --strict (src/cli/brief-options.ts); an ad holds the duration to its own range.
  const brief = parseBriefOptions(args, durationSec, args.duration !== undefined);

  return {
    ...brief,
    premise,
    scriptFile,
    durationSec: brief.durationSec,
    genre: args.genre === undefined ? undefined : oneOf('genre', args.genre, GENRES),
    seed: args.seed === undefined ? 1 : number('seed', args.seed, 0, 2 ** 31 - 1, true),
    template,
    templateOptions: templateOptions(template, ([] as string[]).concat(args.set ?? [])),
    aspect: aspect ?? (scriptFile ? undefined : '9:16'),
    outDir: args.out ? path.resolve(args.out) : undefined,
    dryRun: Boolean(args['dry-run']),
    browser: args.browser ? path.resolve(args.browser) : undefined,
    writer: oneOf('writer', args.writer ?? (hasOpenAI ? 'openai' : 'offline'), ['offline', 'openai'] as const),
    model: args.model,
    language: args.language,
    visuals,
    cache: args.cache !== false,
    voices: oneOf('voices', args.voices ?? (env.ELEVENLABS_API_KEY ? 'elevenlabs' : 'offline'), ['offline', 'elevenlabs', 'none'] as const),
    music,
    musicVolume: args['music-volume'] === undefined ? 0.35 : number('music-volume', args['music-volume'], 0, 1),
  };
}

/** A folder name from a title or premise: ASCII words, cut at a word boundary, else a stable fallback. */
export function slugOf(text: string, fallback = 'drama', maxLength = 64): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || fallback;
}

export const DEFAULT_OUT_ROOT = path.join(PROJECT_ROOT, 'out');
