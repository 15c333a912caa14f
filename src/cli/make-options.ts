/** `npm run make` options: parsed, checked, and explained. Every mistake is a one-line UserError naming the option. */
import path from 'node:path';
import {
  defaultModel,
  defaultVoices,
  defaultWriter,
  DEFAULT_ASPECT,
  DURATION_SEC,
  MUSIC_MODES,
  MUSIC_VOLUME,
  SEED,
  VISUAL_MODES,
  VOICES,
  WRITERS,
  type Env,
  type MakeSettings,
} from '../config';
import {ASPECTS, type Aspect} from '../schema/format';
import {GENRES, LIMITS} from '../schema/script';
import {formatIssues} from '../schema/validate';
import {TEMPLATE_NAMES, TEMPLATES, templateInfo} from '../templates';
import {UserError} from '../util/errors';
import {PROJECT_ROOT} from '../util/paths';
import {decimalOption, languageOption, oneOf, parseArgs} from './args';
import {audioFileOption, imageFolderOption, scriptFileOption} from './input-files';
import {
  BRIEF_BOOLEAN_OPTIONS,
  BRIEF_HELP,
  BRIEF_STRING_OPTIONS,
  parseBriefOptions,
  type BriefOptions,
} from './brief-options';

/** What the command line asks for: the resolved settings plus what only the command line knows (paths, force). */
export interface MakeOptions extends MakeSettings, BriefOptions {
  /** Absolute path of --script. */
  scriptFile?: string;
  outDir?: string;
  browser?: string;
  /** Write into an existing folder that microdrama did not create. */
  force: boolean;
}

export const MAKE_HELP = `Usage: npm run make -- "PREMISE" [options]
       npm run make -- --script FILE [options]

Turns a one-line premise into a vertical micro drama: writes the script, casts and records the voices,
scores it, and renders an MP4. Works offline with no API key.

Writes into the --out folder: script.json, video.mp4, poster.png, captions.srt, captions.vtt.

Options:
  --duration SECONDS   length to aim for, ${DURATION_SEC.min} to ${DURATION_SEC.max} (default ${DURATION_SEC.default})
  --genre NAME         ${GENRES.join(', ')} (default: chosen from the premise)
  --seed N             another seed gives another story from the same premise (default ${SEED.default})
  --template NAME      ${TEMPLATE_NAMES.join(', ')} (default ${TEMPLATE_NAMES[0]})
  --set KEY=VALUE      a template option, repeatable: ${TEMPLATES.map((t) => `${t.name}: ${Object.keys(t.options.shape).join(', ') || 'none'}`).join('; ')}
  --aspect RATIO       ${Object.entries(ASPECTS)
    .map(([a, s]) => `${a} (${s.width}x${s.height})`)
    .join(', ')} (default 9:16)
  --script FILE        render a hand-written or edited script.json instead of writing one (no premise needed)
  --out DIR            output folder (default out/<slug>/); a folder microdrama did not create must be empty
  --force              write into a --out folder that holds other files
  --dry-run            write and time script.json, print the plan, render nothing
  --browser PATH       Chrome or Chromium to render with (default: REMOTION_BROWSER_EXECUTABLE, a Chromium on PATH,
                       else Remotion's own download)
  --writer NAME        offline or openai (default: openai when OPENAI_API_KEY or OPENAI_BASE_URL is set)
  --model NAME         the LLM for --writer openai (default: OPENAI_MODEL, else ${defaultModel({})})
  --language TAG       language of the script and captions, e.g. en, es, pt-BR (default: the premise's)
  --visuals MODE       procedural, openai (scene images from the images API), or a folder of your own images
                       matched to scenes in file name order (default procedural)
  --no-cache           ask the LLM again even if the same request was answered before
  --voices NAME        offline (espeak-ng), elevenlabs, or none (default: elevenlabs when ELEVENLABS_API_KEY
                       is set, else offline)
  --music MODE         auto (a score from the mood), none, or an audio file to loop under the story (default auto);
                       --no-music is --music none
  --music-volume N     music level under dialogue, ${MUSIC_VOLUME.min} to ${MUSIC_VOLUME.max} (default ${MUSIC_VOLUME.default})
  --remote-media       let a script's media be http(s) URLs (default: only files inside the project)
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
    values[match[1]] =
      raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  const result = templateInfo(template)!.options.strict().safeParse(values);
  if (!result.success) throw new UserError(`--set (template ${template}): ${formatIssues(result.error).join('; ')}`);
  return values;
}

const STRING_OPTIONS = [
  'duration',
  'genre',
  'seed',
  'template',
  'aspect',
  'script',
  'out',
  'browser',
  'writer',
  'model',
  'language',
  'visuals',
  'voices',
  'music',
  'music-volume',
  'set',
  ...BRIEF_STRING_OPTIONS,
];
const BOOLEAN_OPTIONS = ['dry-run', 'help', 'cache', 'force', 'remote-media', ...BRIEF_BOOLEAN_OPTIONS];
const ARG_SPEC = {
  strings: STRING_OPTIONS,
  booleans: BOOLEAN_OPTIONS,
  repeatable: ['set'],
  negations: {'no-cache': {flag: 'cache', value: false}, 'no-music': {flag: 'music', value: 'none'}},
  aliases: {h: 'help'},
} as const;

/** Parses argv; returns 'help' when --help was asked for. `env` supplies the defaults that depend on keys. */
export function parseMakeArgs(argv: string[], env: Env = process.env): MakeOptions | 'help' {
  const args = parseArgs(argv, ARG_SPEC);
  if (args.booleans.get('help')) return 'help';
  const get = (name: string) => args.strings.get(name)?.[0];
  const flag = (name: string) => args.booleans.get(name);

  const words = args.positional;
  const premise = words.length ? words.join(' ').trim() : undefined;
  const scriptArg = get('script');
  const scriptFile = scriptArg === undefined ? undefined : scriptFileOption('script', scriptArg);
  if (scriptFile) {
    if (premise) throw new UserError('give either a premise or --script FILE, not both');
  } else {
    if (premise === undefined) throw new UserError('no premise: npm run make -- "A one-line premise" (see --help)');
    if (!premise) throw new UserError('premise is empty: describe the story in one line');
    const length = [...premise].length;
    if (length > LIMITS.premiseChars)
      throw new UserError(`premise is ${length} characters long; at most ${LIMITS.premiseChars}`);
  }

  const template = oneOf('template', get('template') ?? TEMPLATE_NAMES[0], TEMPLATE_NAMES);
  const aspectArg = get('aspect');
  const aspect = aspectArg === undefined ? undefined : oneOf('aspect', aspectArg, Object.keys(ASPECTS) as Aspect[]);

  const visualsArg = get('visuals') ?? 'procedural';
  const visuals = (VISUAL_MODES as readonly string[]).includes(visualsArg)
    ? visualsArg
    : imageFolderOption('visuals', visualsArg);
  const musicArg = get('music') ?? 'auto';
  const music = (MUSIC_MODES as readonly string[]).includes(musicArg) ? musicArg : audioFileOption('music', musicArg);
  const duration = get('duration');
  const seed = get('seed');
  const musicVolume = get('music-volume');
  const language = get('language');
  const out = get('out');
  const browser = get('browser');
  const durationSec =
    duration === undefined
      ? scriptFile
        ? undefined
        : DURATION_SEC.default
      : decimalOption('duration', duration, DURATION_SEC);
  // Hooks, platform, audience, ad and --strict (src/cli/brief-options.ts); an ad holds the duration to its own range.
  const brief = parseBriefOptions({get, flag: (name) => Boolean(flag(name))}, durationSec, duration !== undefined);

  return {
    ...brief,
    premise,
    scriptFile,
    durationSec: brief.durationSec,
    genre: get('genre') === undefined ? undefined : oneOf('genre', get('genre')!, GENRES),
    seed: seed === undefined ? SEED.default : decimalOption('seed', seed, SEED, true),
    template,
    templateOptions: templateOptions(template, args.strings.get('set') ?? []),
    aspect: aspect ?? (scriptFile ? undefined : DEFAULT_ASPECT),
    outDir: out ? path.resolve(out) : undefined,
    force: Boolean(flag('force')),
    dryRun: Boolean(flag('dry-run')),
    browser: browser ? path.resolve(browser) : undefined,
    writer: oneOf('writer', get('writer') ?? defaultWriter(env), WRITERS),
    model: get('model') ?? defaultModel(env),
    language: language === undefined ? undefined : languageOption('language', language),
    visuals,
    cache: flag('cache') !== false,
    voices: oneOf('voices', get('voices') ?? defaultVoices(env), VOICES),
    music,
    musicVolume:
      musicVolume === undefined ? MUSIC_VOLUME.default : decimalOption('music-volume', musicVolume, MUSIC_VOLUME),
    remoteMedia: Boolean(flag('remote-media')),
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
