/**
 * Settings as the command line spells them: each setting of a run and the flag that sets it. Stages name settings
 * (SettingError); the CLI's messages name flags.
 */
import type {MakeSettings} from '../config';
import type {SettingChoice, SettingError} from '../util/errors';

/** Every setting's flag (the premise is the command's words). */
const FLAGS: Record<keyof MakeSettings, string> = {
  premise: 'the premise',
  durationSec: '--duration',
  genre: '--genre',
  seed: '--seed',
  template: '--template',
  templateOptions: '--set',
  aspect: '--aspect',
  dryRun: '--dry-run',
  writer: '--writer',
  model: '--model',
  language: '--language',
  visuals: '--visuals',
  cache: '--cache',
  voices: '--voices',
  music: '--music',
  musicVolume: '--music-volume',
  remoteMedia: '--remote-media',
};

/** `--voices none`; a switch is the flag alone when on and its `--no-` form when off. */
export function flagFor({setting, value}: SettingChoice): string {
  const flag = FLAGS[setting];
  if (value === true) return flag;
  if (value === false) return flag.replace(/^--/, '--no-');
  return `${flag} ${String(value)}`;
}

/** The error's message with its setting named as the flag to give: "... or render without voices: `--voices none`". */
export function inFlagTerms(error: SettingError): string {
  return error.message.replace(error.mention, `\`${flagFor(error.choice)}\``);
}
