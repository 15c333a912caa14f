/**
 * The brief options of `npm run make`: hook variants, platform, audience, ad mode and --strict. Parsed here, in
 * one place, so make-options.ts only lists the flags and spreads the result. Every mistake is one UserError line
 * naming the flag.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {adBrief, PLATFORMS, type AdBrief, type Platform} from '../schema/script';
import {formatIssues} from '../schema/validate';
import {UserError} from '../util/errors';
import {imageExtension} from '../visualise/image-files';

export interface BriefOptions {
  hooks?: number;
  platform?: Platform;
  audience?: string;
  ad?: AdBrief;
  strict: boolean;
}

export const BRIEF_STRING_OPTIONS = ['hooks', 'platform', 'audience', 'brand', 'product', 'cta', 'logo', 'url'];
export const BRIEF_BOOLEAN_OPTIONS = ['ad', 'strict'];

export const HOOKS_RANGE = [1, 5] as const;
/** An ad is a quick spot: its length is held to this range, and it runs this long unless --duration says otherwise. */
export const AD_DURATION_RANGE = [15, 30] as const;

export const BRIEF_HELP = `  --hooks N            write N different cold opens (${HOOKS_RANGE[0]} to ${HOOKS_RANGE[1]}), score them, keep the best as the hook
  --platform NAME      ${PLATFORMS.join(', ')}: keep text clear of that app's buttons and captions (default: none)
  --audience "TEXT"    who the drama is for, e.g. "teens who love K-dramas"
  --ad                 an advertisement of ${AD_DURATION_RANGE[0]} to ${AD_DURATION_RANGE[1]} s (default ${AD_DURATION_RANGE[1]}) whose conflict the product resolves;
                       needs --brand NAME --product TEXT --cta TEXT, takes --logo FILE (PNG, JPEG, WebP) and --url URL
  --strict             fail (exit 2) when the script fails the dramaturgy gate; craft.json is written either way`;

type Args = Record<string, unknown>;

const AD_FIELDS = ['brand', 'product', 'cta', 'logo', 'url'] as const;

function adOptions(args: Args): AdBrief | undefined {
  const given = AD_FIELDS.filter((f) => args[f] !== undefined);
  if (!args.ad) {
    if (given.length) throw new UserError(`--${given[0]} is only for --ad`);
    return undefined;
  }
  for (const required of ['brand', 'product', 'cta'] as const) {
    if (typeof args[required] !== 'string' || !(args[required] as string).trim()) {
      throw new UserError(`--ad needs --${required} ${required === 'brand' ? 'NAME' : 'TEXT'}`);
    }
  }
  const logo = typeof args.logo === 'string' ? path.resolve(args.logo) : undefined;
  if (logo) {
    if (!existsSync(logo) || !statSync(logo).isFile()) throw new UserError(`--logo: no file at ${args.logo}`);
    if (!imageExtension(readFileSync(logo).subarray(0, 16))) throw new UserError(`--logo: ${args.logo} is not a PNG, JPEG or WebP image`);
  }
  const url = args.url as string | undefined;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new UserError(`--url: "${url}" is not an http(s) address`);
  const brief = {
    brand: (args.brand as string).trim(),
    product: (args.product as string).trim(),
    cta: (args.cta as string).trim(),
    ...(logo && {logo}),
    ...(url && {url}),
  };
  const result = adBrief.safeParse(brief);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`--${String(issue.path[0])}: ${formatIssues(result.error)[0].replace(/^[^:]*: /, '')}`);
  }
  return result.data;
}

/**
 * The brief from parsed arguments, and the duration it allows: an ad defaults to and is held within
 * AD_DURATION_RANGE. `durationSec` is the duration parsed so far (undefined: a --script keeps its own).
 */
export function parseBriefOptions(args: Args, durationSec: number | undefined, durationGiven: boolean): BriefOptions & {durationSec?: number} {
  let hooks: number | undefined;
  if (args.hooks !== undefined) {
    hooks = Number(args.hooks);
    if (!Number.isInteger(hooks) || hooks < HOOKS_RANGE[0] || hooks > HOOKS_RANGE[1]) {
      throw new UserError(`--hooks: "${args.hooks}" is not a whole number from ${HOOKS_RANGE[0]} to ${HOOKS_RANGE[1]}`);
    }
  }
  const platform = args.platform as string | undefined;
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) {
    throw new UserError(`--platform: "${platform}" is not one of ${PLATFORMS.join(', ')}`);
  }
  const audience = typeof args.audience === 'string' ? args.audience.trim() : undefined;
  if (audience !== undefined && (!audience || audience.length > 200)) throw new UserError('--audience: describe the audience in 1 to 200 characters');
  const ad = adOptions(args);
  let duration = durationSec;
  if (ad && durationSec !== undefined) {
    const [min, max] = AD_DURATION_RANGE;
    if (!durationGiven) duration = max;
    else if (durationSec < min || durationSec > max) throw new UserError(`--duration: an ad runs ${min} to ${max} seconds, not ${durationSec}`);
  }
  return {
    ...(hooks !== undefined && {hooks}),
    ...(platform !== undefined && {platform: platform as Platform}),
    ...(audience !== undefined && {audience}),
    ...(ad && {ad}),
    strict: Boolean(args.strict),
    durationSec: duration,
  };
}
