/** One overall time limit for a piece of work that makes several requests (retries, repairs). */
import {setTimeout as delay} from 'node:timers/promises';

export interface Deadline {
  readonly ms: number;
  /** Aborts when the time is up; every request and every wait between requests listens to it. */
  readonly signal: AbortSignal;
  remainingMs(): number;
  expired(): boolean;
  /** Stops the timer; call when the work is done so nothing keeps the process alive. */
  dispose(): void;
}

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const endsAt = Date.now() + ms;
  const timer = setTimeout(() => controller.abort(new Error(`deadline of ${ms} ms passed`)), ms);
  return {
    ms,
    signal: controller.signal,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    expired: () => controller.signal.aborted,
    dispose: () => clearTimeout(timer),
  };
}

/** Waits, unless the deadline passes first (then resolves early; the caller checks `expired()`). */
export async function sleepWithin(ms: number, deadline: Deadline): Promise<void> {
  await delay(ms, undefined, {signal: deadline.signal}).catch(() => undefined);
}
