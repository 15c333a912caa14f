/** Stages name settings, the command line names flags: a SettingError printed by runCommand says the flag to give. */
import {flagFor, inFlagTerms} from '../src/cli/flags';
import {runCommand} from '../src/cli/run';
import {SettingError} from '../src/util/errors';

const voicesNone = () =>
  new SettingError({setting: 'voices', value: 'none'}, (mention) => `espeak-ng is missing; or go without: ${mention}.`);

describe('settings as flags', () => {
  it('spells a setting and its value as the flag that sets it', () => {
    expect(flagFor({setting: 'voices', value: 'none'})).toBe('--voices none');
    expect(flagFor({setting: 'musicVolume', value: 0.2})).toBe('--music-volume 0.2');
    expect(flagFor({setting: 'remoteMedia', value: true})).toBe('--remote-media');
    expect(flagFor({setting: 'cache', value: false})).toBe('--no-cache');
  });

  it("swaps the stage's mention of the setting for the flag, also after the message was prefixed", () => {
    const error = voicesNone();
    expect(error.message).toBe('espeak-ng is missing; or go without: `voices: none`.');
    expect(error.setting).toBe('voices');
    error.message = `could not voice Omar: ${error.message}`;
    expect(inFlagTerms(error)).toBe('could not voice Omar: espeak-ng is missing; or go without: `--voices none`.');
  });

  it('runCommand prints the flag form and exits 2, as for any user mistake', async () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    try {
      await runCommand(() => Promise.reject(voicesNone()), {});
      expect(written.join('')).toBe('error: espeak-ng is missing; or go without: `--voices none`.\n');
      expect(process.exitCode).toBe(2);
    } finally {
      write.mockRestore();
      process.exitCode = exitCode;
    }
  });
});
