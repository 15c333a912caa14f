/** Progress of long work, reported on stderr as "stage percent [ETA]". Stages call it; the CLI prints it. */
import {redactSecrets} from './redact';

export type Progress = (stage: string, fraction: number, detail?: string) => void;

export const silentProgress: Progress = () => undefined;

/**
 * A Progress that writes one line per change of whole percent, with an ETA once the stage is under way. Details
 * pass through redactSecrets, so a server address with a password in it is never printed.
 */
export function stderrProgress(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  let lastKey = '';
  const started = new Map<string, number>();
  return (stage, fraction, detail) => {
    const now = Date.now();
    if (!started.has(stage)) started.set(stage, now);
    const percent = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    const key = `${stage}:${percent}:${detail ?? ''}`;
    if (key === lastKey) return;
    lastKey = key;
    const elapsed = (now - started.get(stage)!) / 1000;
    const eta =
      fraction > 0.02 && fraction < 1 && elapsed > 2
        ? ` ETA ${Math.round((elapsed / fraction) * (1 - fraction))}s`
        : '';
    stream.write(`[${stage}] ${String(percent).padStart(3)}%${eta}${detail ? ` ${redactSecrets(detail, env)}` : ''}\n`);
  };
}
