/**
 * `npm run series` options: `--episodes N` plus every option of make (parsed by make's own strict parser, so a
 * series takes exactly make's options with make's checks and messages).
 */
import {decimalOption} from '../cli/args';
import {MAKE_HELP, parseMakeArgs, type MakeOptions} from '../cli/make-options';
import type {Env} from '../config';
import {EPISODES} from '../schema/series';
import {UserError} from '../util/errors';

export interface SeriesCliOptions extends MakeOptions {
  episodes: number;
}

const MAKE_OPTIONS_HELP = MAKE_HELP.slice(
  MAKE_HELP.indexOf('Options:\n') + 'Options:\n'.length,
  MAKE_HELP.indexOf('  --help'),
);

export const SERIES_HELP = `Usage: npm run series -- "PREMISE" --episodes N [options]

Plans a series from one premise (a bible: title, cast with fixed voices, colours and looks, places, the season's
arc with each episode's turn, open threads, a finale) and makes every episode as a complete make output. Every
episode after the first opens on the last one's cliffhanger; the finale resolves the main thread. Continuity (the
same people, names, colours and voices; nobody outside the bible speaks) is checked before anything is rendered.
Running it again reuses every finished episode.

Writes into the --out folder: series.json (the bible, public/series.schema.json), ep01/, ep02/, ... each with
script.json, video.mp4, poster.png, captions.srt, captions.vtt.

Options:
  --episodes N         how many episodes, ${EPISODES.min} to ${EPISODES.max} (required)
${MAKE_OPTIONS_HELP.replace(/^ {2}--script FILE[^\n]*\n/m, '').replace('(default out/<slug>/)', '(default out/<slug>-series/)')}  --help               this text`;

/** Parses argv; 'help' when --help was asked for. */
export function parseSeriesArgs(argv: string[], env: Env = process.env): SeriesCliOptions | 'help' {
  // --episodes is the series' own flag; everything else is make's and goes to make's parser.
  const rest: string[] = [];
  let episodes: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const match = /^--episodes(?:=(.*))?$/.exec(argv[i]);
    if (!match) {
      if (argv[i] === '--') {
        rest.push(...argv.slice(i));
        break;
      }
      rest.push(argv[i]);
      continue;
    }
    if (episodes !== undefined) throw new UserError('--episodes was given more than once');
    episodes = match[1] ?? argv[++i];
    if (episodes === undefined || episodes === '' || episodes.startsWith('--'))
      throw new UserError('--episodes needs a value');
  }
  const make = parseMakeArgs(rest, env);
  if (make === 'help') return 'help';
  if (make.scriptFile) throw new UserError('--script: a series writes its own episodes; give a premise');
  if (episodes === undefined) throw new UserError('--episodes N is required (see --help)');
  return {...make, episodes: decimalOption('episodes', episodes, EPISODES, true)};
}
