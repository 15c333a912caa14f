/**
 * `npm run gallery`: stills of every template in every aspect at the key moments of a sample script (the hook, a
 * line in the middle, the twist, the end card), tiled into one contact sheet, to review a change at a glance.
 * Progress goes to stderr; the sheet's path to stdout. See --help.
 */
import minimist from 'minimist';
import {execFile} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {KEY_MOMENTS, keyFrames} from '../src/time/key-frames';
import {castFrames} from '../src/time/acting';
import {timeScript} from '../src/time/timeline';
import {TEMPLATES, type TemplateInfo} from '../src/templates';
import {runCommand} from '../src/cli/run';
import {ASPECTS, formatFor, isAspect, type Aspect} from '../src/schema/format';
import type {Script} from '../src/schema/script';
import {parseScriptJson} from '../src/schema/validate';
import {getBundle} from '../src/render/bundle';
import {resolveBrowser} from '../src/render/browser';
import {openRenderBrowser, renderStills} from '../src/render/render';
import {UserError} from '../src/util/errors';
import {generatedImage} from '../src/media/image-files';
import {sheetFilePrefix} from '../src/visualise/character-sheet';
import {PROJECT_ROOT, SAMPLE_DIR} from '../src/util/paths';
import {stderrProgress} from '../src/util/progress';

const HELP = `Usage: npm run gallery -- [options]

Renders stills of every template in every aspect it supports at four moments of a sample script (hook, middle,
twist, end) and tiles them into one contact sheet: a row per template and aspect, a column per moment.

Writes out/gallery/<sample>.png (the sheet) and the single stills beside it in out/gallery/<sample>/. With the
cinematic template it also writes out/gallery/<sample>-cast.png: the drawn cast, each character speaking one of
their lines and, when they have one, a later line in another emotion (9:16, or the first aspect asked for); and
below them, for the characters \`--visuals openai\` has made a character sheet for, their sheets.

Options:
  --sample NAME|FILE   a bundled sample (${'public/samples/*.json'}) or a script file (default wrong-wedding)
  --templates LIST     comma-separated templates (default all: ${TEMPLATES.map((t) => t.name).join(', ')})
  --aspects LIST       comma-separated aspects (default all: ${Object.keys(ASPECTS).join(', ')})
  --height PX          height of one still on the sheet, 120 to 960 (default 360)
  --out DIR            output folder (default out/gallery)
  --browser PATH       Chrome or Chromium to render with (default: as npm run make)
  --help               this text`;

interface GalleryOptions {
  sampleFile: string;
  templates: TemplateInfo[];
  aspects: Aspect[];
  height: number;
  outDir: string;
  browser?: string;
}

function list<T>(option: string, value: string | undefined, all: readonly T[], nameOf: (item: T) => string): T[] {
  if (value === undefined) return [...all];
  return value.split(',').map((name) => {
    const found = all.find((item) => nameOf(item) === name.trim());
    if (!found) throw new UserError(`--${option}: "${name}" is not one of ${all.map(nameOf).join(', ')}`);
    return found;
  });
}

function parseArgs(argv: string[]): GalleryOptions | 'help' {
  const args = minimist(argv, {
    string: ['sample', 'templates', 'aspects', 'height', 'out', 'browser'],
    boolean: ['help'],
    unknown: (arg) => {
      if (arg.startsWith('-')) throw new UserError(`unknown option ${arg.split('=')[0]} (see --help)`);
      throw new UserError(`unexpected argument "${arg}" (see --help)`);
    },
  });
  if (args.help) return 'help';
  const sample = args.sample ?? 'wrong-wedding';
  const bundled = path.join(SAMPLE_DIR, `${sample}.json`);
  const sampleFile = existsSync(bundled) ? bundled : path.resolve(sample);
  if (!existsSync(sampleFile)) throw new UserError(`--sample: "${sample}" is neither a bundled sample nor a file`);
  const height = args.height === undefined ? 360 : Number(args.height);
  if (!Number.isInteger(height) || height < 120 || height > 960)
    throw new UserError(`--height: "${args.height}" is not a whole number from 120 to 960`);
  const aspects = list('aspects', args.aspects, Object.keys(ASPECTS).filter(isAspect), (a) => a);
  return {
    sampleFile,
    templates: list('templates', args.templates, TEMPLATES, (t) => t.name),
    aspects,
    height,
    outDir: path.resolve(args.out ?? path.join(PROJECT_ROOT, 'out', 'gallery')),
    browser: args.browser,
  };
}

interface Cell {
  file: string;
  label: string;
}

type Session = Parameters<typeof renderStills>[0];
type Browser = Parameters<typeof renderStills>[1];

/** The cast sheet's row: every character of the script in the cinematic template, speaking (see castFrames). */
async function renderCastCells(
  options: GalleryOptions,
  script: Script,
  stillsDir: string,
  session: Session,
  browser: Browser,
): Promise<Cell[][]> {
  const aspect = options.aspects.includes('9:16') ? '9:16' : options.aspects[0];
  const props = {...script, format: formatFor(aspect)};
  const frames = castFrames(timeScript(props));
  const cells = script.characters.flatMap((character) =>
    (frames[character.id] ?? []).map((frame, i) => ({
      frame,
      label: `${character.name} ${i === 0 ? 'first line' : 'later line'}`,
      file: path.join(stillsDir, `cast-${character.id}-${i}.png`),
    })),
  );
  if (cells.length === 0) return [];
  await renderStills(
    session,
    browser,
    {script: props, template: 'cinematic', scale: options.height / props.format.height},
    cells.map(({frame, file}) => ({frame, outFile: file})),
  );
  return [cells.map(({file, label}) => ({file, label}))];
}

/** The newest of the files in `dir` whose names start with `prefix`, if there is one. */
async function newestFile(dir: string, names: string[], prefix: string): Promise<string | undefined> {
  const files = await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .map(async (name) => ({file: path.join(dir, name), at: (await fs.stat(path.join(dir, name))).mtimeMs})),
  );
  return files.sort((a, b) => b.at - a.at)[0]?.file;
}

/**
 * The cast sheet's second row: the character sheet `--visuals openai` made for each character (found by the
 * character's look, whichever server or model made it; the newest when there are several), scaled to a still's height.
 */
async function characterSheetCells(script: Script, height: number, stillsDir: string): Promise<Cell[][]> {
  const dir = path.dirname(generatedImage('sheet').file);
  const names = existsSync(dir) ? await fs.readdir(dir) : [];
  const cells: Cell[] = [];
  for (const character of script.characters) {
    const sheet = await newestFile(dir, names, sheetFilePrefix(character));
    if (!sheet) continue;
    const file = path.join(stillsDir, `sheet-${character.id}.png`);
    await runFfmpeg(['-v', 'error', '-y', '-i', sheet, '-vf', `scale=-2:${height}`, file]);
    cells.push({file, label: `${character.name} character sheet`});
  }
  return cells.length > 0 ? [cells] : [];
}

/**
 * One row of cells per template and aspect, a column per key moment; every cell `height` px tall. With the
 * cinematic template, also the cast sheet's cells.
 */
async function renderCells(
  options: GalleryOptions,
  script: Script,
  stillsDir: string,
): Promise<{rows: Cell[][]; cast: Cell[][]}> {
  const progress = stderrProgress();
  const serveUrl = await getBundle(progress);
  const session = {serveUrl, browser: resolveBrowser(options.browser), progress};
  const browser = await openRenderBrowser(session);
  const jobs = options.templates.flatMap((template) =>
    options.aspects.filter((a) => template.aspects.includes(a)).map((aspect) => ({template, aspect})),
  );
  const rows: Cell[][] = [];
  try {
    for (const [index, {template, aspect}] of jobs.entries()) {
      const props = {...script, format: formatFor(aspect)};
      const frames = keyFrames(props);
      const row = KEY_MOMENTS.map((moment) => ({
        moment,
        label: `${template.name} ${aspect} ${moment}`,
        file: path.join(stillsDir, `${template.name}-${aspect.replace(':', 'x')}-${moment}.png`),
      }));
      progress('gallery', index / jobs.length, `${template.name} ${aspect}`);
      await renderStills(
        session,
        browser,
        {script: props, template: template.name, scale: options.height / props.format.height},
        row.map((cell) => ({frame: frames[cell.moment], outFile: cell.file})),
      );
      rows.push(row.map(({file, label}) => ({file, label})));
    }
    const cast = options.templates.some((t) => t.name === 'cinematic')
      ? await renderCastCells(options, script, stillsDir, session, browser)
      : [];
    progress('gallery', 1);
    return {rows, cast};
  } finally {
    await browser.close({silent: true});
  }
}

/** ffmpeg's filter graph: each cell labelled, cells of a row side by side, rows padded to one width and stacked. */
function sheetFilter(rows: Cell[][], labelled: boolean, sheetWidth: number): string {
  const parts: string[] = [];
  let input = 0;
  rows.forEach((row, r) => {
    const cells = row.map((cell) => {
      const i = input++;
      // The label says which still this is; drawtext escapes ':' in its text.
      const label = cell.label.replace(/:/g, '\\:');
      parts.push(
        labelled
          ? `[${i}:v]drawtext=text='${label}':x=8:y=8:fontsize=18:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=6[c${i}]`
          : `[${i}:v]null[c${i}]`,
      );
      return `[c${i}]`;
    });
    parts.push(
      `${cells.join('')}hstack=inputs=${cells.length}[h${r}]`,
      `[h${r}]pad=${sheetWidth}:ih:0:0:color=0x16171d[r${r}]`,
    );
  });
  parts.push(
    rows.length > 1
      ? `${rows.map((_, r) => `[r${r}]`).join('')}vstack=inputs=${rows.length}[sheet]`
      : '[r0]null[sheet]',
  );
  return parts.join(';');
}

/** Width of a PNG, from its header. */
async function pngWidth(file: string): Promise<number> {
  const header = Buffer.alloc(24);
  const handle = await fs.open(file, 'r');
  try {
    await handle.read(header, 0, 24, 0);
  } finally {
    await handle.close();
  }
  return header.readUInt32BE(16);
}

/** Runs ffmpeg; a missing ffmpeg is the user's to install. */
async function runFfmpeg(args: string[]): Promise<void> {
  try {
    await promisify(execFile)('ffmpeg', args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError(
        'ffmpeg is not installed (or not on PATH); the contact sheet needs it (apt-get install ffmpeg)',
      );
    throw error;
  }
}

async function composeSheet(rows: Cell[][], sheet: string): Promise<void> {
  const widths = await Promise.all(
    rows.map(async (row) => (await Promise.all(row.map((c) => pngWidth(c.file)))).reduce((a, b) => a + b, 0)),
  );
  const inputs = rows.flat().flatMap((cell) => ['-i', cell.file]);
  const run = (labelled: boolean) =>
    runFfmpeg([
      '-v',
      'error',
      '-y',
      ...inputs,
      '-filter_complex',
      sheetFilter(rows, labelled, Math.max(...widths)),
      '-map',
      '[sheet]',
      '-frames:v',
      '1',
      sheet,
    ]);
  try {
    await run(true);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const said = String((error as {stderr?: unknown}).stderr ?? '').trim();
    // drawtext needs a system font (fontconfig); without one the sheet is still worth having, unlabelled.
    // Any other failure is reported as what ffmpeg said.
    if (!/drawtext|font/i.test(said))
      throw new Error(`ffmpeg could not compose ${sheet}: ${said.split('\n')[0] || (error as Error).message}`, {
        cause: error,
      });
    process.stderr.write(
      `warning: ffmpeg could not draw the labels (${said.split('\n')[0]}); the sheet is unlabelled\n`,
    );
    await run(false);
  }
}

runCommand(async () => {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const script = parseScriptJson(await fs.readFile(options.sampleFile, 'utf8'), path.basename(options.sampleFile));
  const name = path.basename(options.sampleFile, '.json');
  const stillsDir = path.join(options.outDir, name);
  await fs.mkdir(stillsDir, {recursive: true});
  const {rows, cast} = await renderCells(options, script, stillsDir);
  if (rows.length === 0) throw new UserError('no template supports the aspects asked for');
  const sheet = path.join(options.outDir, `${name}.png`);
  await composeSheet(rows, sheet);
  process.stdout.write(`${path.relative(process.cwd(), sheet) || sheet}\n`);
  if (cast.length > 0) {
    const castSheet = path.join(options.outDir, `${name}-cast.png`);
    await composeSheet([...cast, ...(await characterSheetCells(script, options.height, stillsDir))], castSheet);
    process.stdout.write(`${path.relative(process.cwd(), castSheet) || castSheet}\n`);
  }
});
