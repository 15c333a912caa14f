/**
 * Options shared by `npm run batch`, `worker` and `jobs`: where the queue lives, and how a worker renders. Parsed
 * with the strict parser (src/cli/args.ts): every mistake is one line naming the flag.
 */
import {decimalOption, type ParsedArgs} from '../cli/args';
import type {Env} from '../config';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors';
import type {QueueOptions} from './queue';
import type {RenderSettings} from './run-job';

export const QUEUE_STRINGS = ['data'];
export const RENDER_STRINGS = ['bundle', 'render-scale', 'frames'];

export const QUEUE_HELP = `  --data DIR           folder of the embedded database the queue lives in (default ./data); ignored when
                       DATABASE_URL is set (then the queue is on that Postgres server, shared by every worker)`;
export const RENDER_HELP = `  --render-scale N     render at this scale, 0.1 to 1 (default 1): quick previews
  --frames N           render only the first N frames (previews and tests)
  --bundle DIR         render with a bundle of the compositions built before (default: built once per process)`;

export const ENVIRONMENT_HELP = `Environment: DATABASE_URL (a Postgres server for the queue), and make's: OPENAI_API_KEY, OPENAI_BASE_URL,
OPENAI_MODEL, ELEVENLABS_API_KEY, ELEVENLABS_BASE_URL, REMOTION_BROWSER_EXECUTABLE.`;

const get = (args: ParsedArgs, name: string) => args.strings.get(name)?.[0];

export function queueOptions(args: ParsedArgs, env: Env): QueueOptions {
  return {dataDir: path.resolve(get(args, 'data') ?? 'data'), url: env.DATABASE_URL || undefined};
}

export function renderSettings(args: ParsedArgs): RenderSettings {
  const scale = get(args, 'render-scale');
  const frames = get(args, 'frames');
  const bundle = get(args, 'bundle');
  return {
    ...(scale !== undefined && {renderScale: decimalOption('render-scale', scale, {min: 0.1, max: 1})}),
    ...(frames !== undefined && {frameRange: [0, decimalOption('frames', frames, {min: 1, max: 1_000_000}, true) - 1]}),
    ...(bundle !== undefined && {serveUrl: bundleOption(bundle)}),
  };
}

/** A bundle folder holds index.html; anything else is not a bundle. */
function bundleOption(value: string): string {
  const dir = path.resolve(value);
  if (!existsSync(path.join(dir, 'index.html')))
    throw new UserError(`--bundle: ${value} is not a bundle of the compositions (no index.html)`);
  return dir;
}
