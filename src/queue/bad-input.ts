/**
 * Which failures another attempt cannot fix. pg-boss retries every failed job until its retry limit, with backoff:
 * right for a provider's outage or a crashed browser, wasted on a job whose input is wrong, which fails the same way
 * every time and reports its mistake only after the last retry. A UserError is such a mistake (a bad premise, an
 * option a stage refuses, a script that does not validate, a setting this worker cannot serve), except a
 * ServiceError (a provider that is down, busy or slow: src/providers/http-retry.ts) and a busy output folder, which
 * a later attempt may well get past. A bad input's message names the field of the batch row that caused it.
 */
import {flagFor} from '../cli/flags';
import {ServiceError} from '../providers/http-retry';
import {SettingError, UserError} from '../util/errors';
import {inFieldTerms} from './rows';

/** A user mistake in one field of a row, found when the job ran (the row's `script` file no longer validates...). */
export class FieldError extends UserError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldError';
  }

  /** A user mistake as one in `field`; anything else is passed on untouched. */
  static from(field: string, error: unknown): unknown {
    return error instanceof UserError && !(error instanceof ServiceError)
      ? new FieldError(field, error.message)
      : error;
  }
}

/** Another process holds the output folder's lock (src/cli/out-dir.ts): it may be done by the next attempt. */
const BUSY_FOLDER = /^--out: another make \(pid \d+\) is writing to /;

/** The batch row's field for a setting: make's option name (`durationSec` is `duration`, `templateOptions` is `set`). */
export function settingField(setting: SettingError['setting']): string {
  return setting === 'premise' ? 'premise' : flagFor({setting, value: true}).replace(/^--/, '');
}

/**
 * The message a job ends with when its input is at fault, naming the row's field where the error knows it
 * ("field writer: ..."); undefined when the failure is worth another attempt.
 */
export function badInput(error: unknown): string | undefined {
  if (!(error instanceof UserError) || error instanceof ServiceError || BUSY_FOLDER.test(error.message))
    return undefined;
  if (error instanceof FieldError) return `field ${error.field}: ${error.message}`;
  if (error instanceof SettingError) {
    const field = settingField(error.setting);
    return `field ${field}: ${error.message.replace(error.mention, `\`${field}: ${String(error.choice.value)}\``)}`;
  }
  return inFieldTerms(error.message);
}
