/**
 * The brief options of `npm run make`: hook variants, platform, audience, ad mode and --strict. Parsed here, in
 * one place, so make-options.ts only lists the flags and spreads the result. Every mistake is one UserError line
 * naming the flag.
 */
import {adBrief, PLATFORMS, type AdBrief, type Platform} from '../schema/script';
import {formatIssues} from '../schema/validate';
import {UserError} from '../util/errors';
import {decimalOption, oneOf} from './args';
import {imageFileOption} from './input-files';

export interface BriefOptions {
  hooks?: number;
  platform?: Platform;
  audience?: string;
  ad?: AdBrief;
  strict: boolean;
}

export const BRIEF_STRING_OPTIONS = ['hooks', 'platform', 'audience', 'brand', 'product', 'cta', 'logo', 'url'];
export const BRIEF_BOOLEAN_OPTIONS = ['ad', 'strict'];

export const HOOKS_RANGE = {min: 1, max: 5} as const;
/** An ad is a quick spot: its length is held to this range, and it runs this long unless --duration says otherwise. */
export const AD_DURATION_RANGE = [15, 30] as const;

export const BRIEF_HELP = `  --hooks N            write N different cold opens (${HOOKS_RANGE.min} to ${HOOKS_RANGE.max}), score them, keep the best as the hook
  --platform NAME      ${PLATFORMS.join(', ')}: keep text clear of that app's buttons and captions (default: none)
  --audience "TEXT"    who the drama is for, e.g. "teens who love K-dramas"
  --ad                 an advertisement of ${AD_DURATION_RANGE[0]} to ${AD_DURATION_RANGE[1]} s (default ${AD_DURATION_RANGE[1]}) whose conflict the product resolves;
                       needs --brand NAME --product TEXT --cta TEXT, takes --logo FILE (PNG, JPEG, WebP) and --url URL
  --strict             fail (exit 2) when the script fails the dramaturgy gate; craft.json is written either way`;

/** What the brief reads of the parsed command line: a string flag's value, and whether a boolean flag is on. */
export interface BriefArgs {
  get(name: string): string | undefined;
  flag(name: string): boolean;
}

const AD_FIELDS = ['brand', 'product', 'cta', 'logo', 'url'] as const;

function adOptions(args: BriefArgs): AdBrief | undefined {
  const given = AD_FIELDS.filter((f) => args.get(f) !== undefined);
  if (!args.flag('ad')) {
    if (given.length) throw new UserError(`--${given[0]} is only for --ad`);
    return undefined;
  }
  for (const required of ['brand', 'product', 'cta'] as const) {
    if (!args.get(required)?.trim())
      throw new UserError(`--ad needs --${required} ${required === 'brand' ? 'NAME' : 'TEXT'}`);
  }
  const logoArg = args.get('logo');
  const logo = logoArg === undefined ? undefined : imageFileOption('logo', logoArg);
  const url = args.get('url');
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url))
    throw new UserError(`--url: "${url}" is not an http(s) address`);
  const brief = {
    brand: args.get('brand')!.trim(),
    product: args.get('product')!.trim(),
    cta: args.get('cta')!.trim(),
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
export function parseBriefOptions(
  args: BriefArgs,
  durationSec: number | undefined,
  durationGiven: boolean,
): BriefOptions & {durationSec?: number} {
  const hooksArg = args.get('hooks');
  const hooks = hooksArg === undefined ? undefined : decimalOption('hooks', hooksArg, HOOKS_RANGE, true);
  const platformArg = args.get('platform');
  const platform = platformArg === undefined ? undefined : oneOf('platform', platformArg, PLATFORMS);
  const audience = args.get('audience')?.trim();
  if (audience !== undefined && (!audience || audience.length > 200))
    throw new UserError('--audience: describe the audience in 1 to 200 characters');
  const ad = adOptions(args);
  let duration = durationSec;
  if (ad && durationSec !== undefined) {
    const [min, max] = AD_DURATION_RANGE;
    if (!durationGiven) duration = max;
    else if (durationSec < min || durationSec > max)
      throw new UserError(`--duration: an ad runs ${min} to ${max} seconds, not ${durationSec}`);
  }
  return {
    ...(hooks !== undefined && {hooks}),
    ...(platform !== undefined && {platform}),
    ...(audience !== undefined && {audience}),
    ...(ad && {ad}),
    strict: args.flag('strict'),
    durationSec: duration,
  };
}
