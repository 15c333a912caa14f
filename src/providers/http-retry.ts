/**
 * One retry loop for every cloud provider (the OpenAI writer and images, ElevenLabs voices): each request gets its
 * own timeout, failures worth another try (408, 429, 5xx, timeouts, dropped connections) wait for the server's
 * Retry-After or a backoff, and everything happens within one deadline. An unreachable server (nothing listens, no
 * such host) fails at once. Every way of giving up is a ServiceError, so every provider's outage reads and exits
 * the same.
 *
 * Why not the SDKs' own retries: openai 6.x honours Retry-After with no upper bound (openai-node#1840) and with a
 * sleep no AbortSignal can cut short, so one "Retry-After: 3600" would hold the run for an hour past any deadline;
 * the ElevenLabs SDK does not retry timeouts at all. Here a wait that would overrun the deadline fails at once.
 */
import {UserError} from '../util/errors';
import {sleepWithin, type Deadline} from './deadline';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** The first backoff when the server names no wait; doubled each retry. */
  firstDelayMs: number;
  /** No backoff is longer (a server's Retry-After is bounded by the deadline instead). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {maxRetries: 4, firstDelayMs: 500, maxDelayMs: 8000};

/** The server being called, as errors name it. */
export interface Service {
  /** E.g. "the server at https://api.openai.com/v1". */
  where: string;
  /** Time allowed for one request, in ms. */
  timeoutMs: number;
  /** What to check when nothing answers, e.g. "is it running, and is OPENAI_BASE_URL right?". */
  unreachableHint: string;
}

/** What a failed attempt means: give up with this error, or try again (after the server's wait, if it named one). */
export type Verdict = {retry: false} | {retry: true; reason: string; afterMs?: number};

/** The one status rule: a timeout, a rate limit or a server error may pass; anything else will not. */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** Connection errors that will not fix themselves by retrying: nothing listens there, or no such host. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The unreachable-server code anywhere in an error's cause chain (SDKs wrap fetch's error, which wraps the socket's). */
export function unreachableCode(error: unknown): string | undefined {
  for (
    let e = error as {code?: unknown; cause?: unknown} | undefined, depth = 0;
    e && depth < 6;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return e.code;
  }
  return undefined;
}

/** The one jitter rule: the doubled backoff, capped, less up to 25% so that clients started together spread out. */
export function backoffMs(retry: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.firstDelayMs * 2 ** retry, policy.maxDelayMs) * (1 - Math.random() * 0.25);
}

/** Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** From response headers: OpenAI's retry-after-ms first, else the standard Retry-After. */
export function retryAfterFromHeaders(headers: Pick<Headers, 'get'> | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  return parseRetryAfter(headers?.get('retry-after'));
}

export const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** A provider that could not be used: unreachable, failing every attempt, or out of time. A UserError (exit 2). */
export class ServiceError extends UserError {
  constructor(
    /** unreachable: nothing answers; exhausted: every attempt failed; deadline: out of time; wait: Retry-After too long. */
    readonly kind: 'unreachable' | 'exhausted' | 'deadline' | 'wait',
    message: string,
    /** The last failure's reason ("HTTP 500 (...)", "timed out"...), for callers that name the work that failed. */
    readonly lastReason: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export interface RetryOptions {
  policy?: RetryPolicy;
  /** Hears about every wait before a retry. */
  onRetry?: (reason: string, delayMs: number, retry: number, of: number) => void;
}

/**
 * Runs `attempt` (with a signal that aborts at the request timeout or the deadline) until it succeeds. `classify`
 * judges each failure (`timedOut` when the request's own timeout fired); a final one is rethrown untouched for the
 * caller to explain. Throws a ServiceError when the server is unreachable, keeps failing, or the deadline passes.
 */
export async function callWithRetries<T>(
  service: Service,
  deadline: Deadline,
  attempt: (signal: AbortSignal) => Promise<T>,
  classify: (error: unknown, timedOut: boolean) => Verdict,
  options: RetryOptions = {},
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const started = Date.now();
  let lastFailure = '';
  let attempts = 0;
  for (let retry = 0; ; retry++) {
    if (deadline.expired()) break;
    const timeout = AbortSignal.timeout(service.timeoutMs);
    try {
      attempts++;
      return await attempt(AbortSignal.any([deadline.signal, timeout]));
    } catch (error) {
      if (deadline.expired()) break;
      const code = unreachableCode(error);
      if (code)
        throw new ServiceError(
          'unreachable',
          `cannot reach ${service.where} (${code}); ${service.unreachableHint}`,
          code,
          attempts,
        );
      const verdict = classify(error, timeout.aborted);
      if (!verdict.retry) throw error;
      lastFailure = verdict.reason;
      if (retry >= policy.maxRetries) {
        throw new ServiceError(
          'exhausted',
          `${service.where} kept failing (${attempts} attempts in ${seconds(Date.now() - started)}); last: ${lastFailure}`,
          lastFailure,
          attempts,
        );
      }
      const waitMs = verdict.afterMs ?? backoffMs(retry, policy);
      if (verdict.afterMs !== undefined && verdict.afterMs > deadline.remainingMs()) {
        throw new ServiceError(
          'wait',
          `${service.where} asked to wait ${seconds(verdict.afterMs)} before retrying (${lastFailure}), ` +
            `more than the ${seconds(deadline.remainingMs())} left before the ${seconds(deadline.ms)} deadline`,
          lastFailure,
          attempts,
        );
      }
      options.onRetry?.(lastFailure, waitMs, retry + 1, policy.maxRetries);
      await sleepWithin(waitMs, deadline);
    }
  }
  throw new ServiceError(
    'deadline',
    `no answer from ${service.where} within the ${seconds(deadline.ms)} deadline` +
      (lastFailure ? `; last: ${lastFailure}` : ''),
    lastFailure || 'timed out',
    attempts,
  );
}
