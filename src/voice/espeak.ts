/**
 * Running espeak-ng: synthesis to PCM, phoneme words, its version (part of every clip's cache key) and the installed
 * languages and variants. A missing binary is a SettingError that says how to install it (or to go without voices).
 */
import {execFileSync} from 'node:child_process';
import {decodeWav, type PcmAudio} from '../audio/wav';
import {SettingError} from '../util/errors';
import {runTool} from '../util/run-tool';

export const ESPEAK_BINARY = 'espeak-ng';

/** Installing espeak-ng fixes it, and so does the `voices` setting `none`: the entry point says how to set that. */
export function espeakMissing(binary: string): SettingError {
  return new SettingError(
    {setting: 'voices', value: 'none'},
    (voicesNone) =>
      `${binary} is not installed (or not on PATH). Install it with \`apt-get install espeak-ng\` (Debian/Ubuntu) ` +
      `or \`brew install espeak-ng\` (macOS), or render without voices: ${voicesNone}.`,
  );
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

const run = (binary: string, args: string[], input: string) =>
  runTool(binary, args, input, () => espeakMissing(binary));

/** How one voice speaks: espeak-ng `-v`, `-p`, `-s`, and the extra pause between words (`-g`, in 10 ms units). */
export interface EspeakProsody {
  voice: string;
  pitch: number;
  rate: number;
  wordGap: number;
}

/** Synthesises text (read from stdin, so text starting with "-" is never taken for an option) to PCM. */
export function synthesise(text: string, prosody: EspeakProsody, binary = ESPEAK_BINARY): Promise<PcmAudio> {
  const args = [
    '-v',
    prosody.voice,
    '-p',
    String(prosody.pitch),
    '-s',
    String(prosody.rate),
    '-g',
    String(prosody.wordGap),
  ];
  // -b 1: the text is UTF-8; -z: no trailing sentence pause (the clip is trimmed anyway).
  return run(binary, [...args, '-b', '1', '-z', '--stdin', '--stdout'], text).then((wav) => decodeWav(wav));
}

/** How espeak-ng groups caption words into the words it speaks (and so puts pauses between). */
export interface SpokenGrouping {
  /** Words spoken for each caption word: "1999" is three, a lone dash none. */
  counts: number[];
  /** Words shared by each caption word and the next: espeak-ng says "from the" and "of the" as one word. */
  shared: number[];
}

// Punctuation ending a clause: a pair across it is never one spoken word (and espeak-ng prints two lines for it).
const CLAUSE_END = /[.,!?;:…。，！？；：]["'”’»)]*$/;

/**
 * How espeak-ng groups the caption words: each word, and each pair of neighbours, as its own line of phonemes
 * (`-x`; without --stdin espeak-ng reads stdin line by line), counting the space-separated words in each.
 */
export async function spokenGrouping(words: string[], voice: string, binary = ESPEAK_BINARY): Promise<SpokenGrouping> {
  const pairs = words.slice(1).map((word, i) => (CLAUSE_END.test(words[i]) ? undefined : `${words[i]} ${word}`));
  const asked = [...words, ...pairs.filter((pair): pair is string => pair !== undefined)];
  const output = await run(binary, ['-v', voice, '-q', '-x', '-b', '1'], asked.join('\n') + '\n');
  // An unsaid word (a lone dash) is an empty line; anything else unexpected and the grouping is unknown.
  const lines = output.toString('utf8').replace(/\n$/, '').split('\n');
  const count = (line: string) => (line.trim() ? line.trim().split(/\s+/).length : 0);
  if (lines.length !== asked.length) return {counts: words.map(() => 1), shared: pairs.map(() => 0)};
  const counts = lines.slice(0, words.length).map(count);
  const pairCounts = lines.slice(words.length).map(count);
  let next = 0;
  const shared = pairs.map((pair, i) =>
    pair === undefined ? 0 : Math.max(0, counts[i] + counts[i + 1] - pairCounts[next++]),
  );
  return {counts, shared};
}

export interface EspeakVoices {
  /** Language voice names and their aliases ("en-us", "en", "zh", "pt-br"), lower case, to priority (lower wins). */
  languages: Map<string, {voice: string; priority: number}>;
  /** Variant file names ("f3", "m3", "Andrea"), as `-v lang+variant` takes them. */
  variants: Set<string>;
}

const versions = new Map<string, string>();

/** The binary's version line ("eSpeak NG text-to-speech: 1.51"), read once per binary: another build speaks differently. */
export function espeakVersion(binary = ESPEAK_BINARY): string {
  let version = versions.get(binary);
  if (version === undefined) {
    try {
      version = execFileSync(binary, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
        .split('Data at:')[0]
        .trim();
    } catch (error) {
      throw isMissing(error) ? espeakMissing(binary) : error;
    }
    versions.set(binary, version);
  }
  return version;
}

let installed: EspeakVoices | undefined;

/** The installed voices, read once per process (to check the catalogue casting uses against this espeak-ng). */
export function installedVoices(binary = ESPEAK_BINARY): EspeakVoices {
  if (installed) return installed;
  const list = (arg: string) => {
    try {
      return execFileSync(binary, [arg], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    } catch (error) {
      throw isMissing(error) ? espeakMissing(binary) : error;
    }
  };
  installed = {languages: parseLanguages(list('--voices')), variants: parseVariants(list('--voices=variant'))};
  return installed;
}

// `--voices` columns: Pty Language Age/Gender VoiceName File Other-languages, e.g.
// ` 2  en-us  --/M  English_(America)  gmw/en-US  (en 3)`.
export function parseLanguages(text: string): EspeakVoices['languages'] {
  const languages: EspeakVoices['languages'] = new Map();
  const offer = (name: string, voice: string, priority: number) => {
    const key = name.toLowerCase();
    const current = languages.get(key);
    if (!current || priority < current.priority) languages.set(key, {voice, priority});
  };
  for (const line of text.split('\n').slice(1)) {
    const columns = line.trim().split(/\s+/);
    if (columns.length < 5) continue;
    const [priority, language] = columns;
    offer(language, language, Number(priority) || 5);
    for (const [, alias, aliasPriority] of line.matchAll(/\(([^\s()]+) (\d+)\)/g))
      offer(alias, language, Number(aliasPriority));
  }
  return languages;
}

// `--voices=variant` rows end in the file, e.g. `!v/f3`; the name after `!v/` is what `+variant` takes.
export function parseVariants(text: string): Set<string> {
  return new Set([...text.matchAll(/!v\/(\S+)/g)].map((match) => match[1]));
}
