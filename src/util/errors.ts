import type {MakeSettings} from '../config';

/**
 * A mistake the user can fix (bad option, bad script, missing tool). The CLI prints its message alone,
 * without a stack trace, and exits with code 2.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A setting of a run and a value it can take: what a stage names when a setting causes or avoids a problem. */
export interface SettingChoice<Setting extends keyof MakeSettings = keyof MakeSettings> {
  setting: Setting;
  value: MakeSettings[Setting];
}

/** How a stage's message mentions a setting: `voices: none`. Entry points put it in their own terms. */
export const mentionSetting = ({setting, value}: SettingChoice): string => `\`${setting}: ${String(value)}\``;

/**
 * A user mistake that one setting is part of: the setting that caused it, or the one that avoids it. Stages know
 * settings, not how they are given (a flag, a form field): the message mentions the setting as mentionSetting
 * does, and an entry point swaps that mention for its own spelling (the CLI: `--voices none`, src/cli/flags.ts).
 */
export class SettingError extends UserError {
  readonly setting: keyof MakeSettings;
  readonly choice: SettingChoice;
  /** The text in the message that names the setting. */
  readonly mention: string;

  /** `describe` writes the message around the setting's mention. */
  constructor(choice: SettingChoice, describe: (mention: string) => string) {
    const mention = mentionSetting(choice);
    super(describe(mention));
    this.name = 'SettingError';
    this.setting = choice.setting;
    this.choice = choice;
    this.mention = mention;
  }
}
