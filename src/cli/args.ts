/**
 * A strict command-line parser: every flag must be known, `--no-x` only where it means something, a value-taking
 * flag always takes the next word (so `--duration -5` reaches the range check instead of reading as a flag), and
 * every mistake is a one-line UserError naming the flag.
 */
import {UserError} from '../util/errors';

export interface ArgSpec {
  /** Flags that take a value (`--out DIR` or `--out=DIR`). */
  strings: readonly string[];
  /** Flags that are on or off (`--dry-run`). */
  booleans: readonly string[];
  /** String flags that may be given more than once; their values are collected in order. */
  repeatable?: readonly string[];
  /** `--no-x` forms that mean something: the flag name to what it sets (a boolean off, or a string value). */
  negations?: Readonly<Record<string, {flag: string; value: string | false}>>;
  /** Single-letter aliases, e.g. {h: 'help'}. */
  aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  /** The words that are not flags, in order (everything after `--` included). */
  positional: string[];
  strings: Map<string, string[]>;
  booleans: Map<string, boolean>;
}

/** Parses argv against the spec; throws a UserError for an unknown flag, a missing value or a repeated flag. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const result: ParsedArgs = {positional: [], strings: new Map(), booleans: new Map()};
  const isString = (name: string) => spec.strings.includes(name);
  const isBoolean = (name: string) => spec.booleans.includes(name);
  const setString = (name: string, value: string) => {
    const values = result.strings.get(name) ?? [];
    if (values.length > 0 && !spec.repeatable?.includes(name))
      throw new UserError(`--${name} was given more than once`);
    result.strings.set(name, [...values, value]);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.positional.push(arg);
      continue;
    }
    const alias = /^-([A-Za-z])$/.exec(arg);
    const match = alias ? null : /^--([A-Za-z][\w-]*)(?:=([\s\S]*))?$/.exec(arg);
    const name = alias ? spec.aliases?.[alias[1]] : match?.[1];
    if (!name) throw new UserError(`unknown option ${shown(arg)} (see --help)`);
    const inline = match?.[2];

    if (isString(name)) {
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UserError(`--${name} needs a value`);
        value = next;
        i++;
      }
      if (value === '') throw new UserError(`--${name} needs a value`);
      setString(name, value);
    } else if (isBoolean(name)) {
      if (inline !== undefined) throw new UserError(`--${name} takes no value (got "${shown(inline)}")`);
      result.booleans.set(name, true);
    } else if (name.startsWith('no-')) {
      const negation = spec.negations?.[name];
      const target = name.slice(3);
      if (!negation) {
        if (isString(target) || isBoolean(target))
          throw new UserError(`--${name} means nothing: --${target} cannot be switched off (see --help)`);
        throw new UserError(`unknown option --${shown(name)} (see --help)`);
      }
      if (inline !== undefined) throw new UserError(`--${name} takes no value (got "${shown(inline)}")`);
      if (negation.value === false) result.booleans.set(negation.flag, false);
      else setString(negation.flag, negation.value);
    } else {
      throw new UserError(`unknown option --${shown(name)} (see --help)`);
    }
  }
  return result;
}

/** An argument as it may be echoed in an error: one line, bounded. */
function shown(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/**
 * A plain decimal number (`30`, `0.35`, `-5`) in `min`..`max`; hex, exponents, units and blanks are refused,
 * and a number outside the range names the flag and the range.
 */
export function decimalOption(flag: string, value: string, range: {min: number; max: number}, integer = false): number {
  const pattern = integer ? /^-?\d+$/ : /^-?(\d+(\.\d*)?|\.\d+)$/;
  if (!pattern.test(value)) {
    const looksDecimal = /^-?(\d+(\.\d*)?|\.\d+)$/.test(value);
    throw new UserError(
      `--${flag}: "${shown(value)}" is not ${integer && looksDecimal ? 'a whole number' : 'a number'}`,
    );
  }
  const parsed = Number(value);
  if (!(parsed >= range.min && parsed <= range.max))
    throw new UserError(`--${flag}: ${value} is out of range (${range.min} to ${range.max})`);
  return parsed;
}

/** One of the allowed words, else an error listing them. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${flag}: "${shown(value)}" is not one of ${allowed.join(', ')}`);
}

/** A BCP 47 language tag as scripts store it: `en`, `es`, `pt-BR`, `zh-Hant-TW`. */
export function languageOption(flag: string, value: string): string {
  let canonical: string | undefined;
  try {
    canonical = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (!canonical) throw new UserError(`--${flag}: "${shown(value)}" is not a language tag (e.g. en, es, pt-BR)`);
  return canonical;
}
