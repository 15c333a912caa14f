/**
 * Requests that survive a busy server: retries with backoff on 408/409/429/5xx, timeouts and dropped connections,
 * honouring Retry-After, all within one deadline.
 *
 * Why not the SDK's own retries (maxRetries): openai 6.x honours retry-after-ms and Retry-After (seconds or an
 * HTTP date) but with no upper bound (openai-node#1840) and with a sleep that no AbortSignal can cut short, so
 * one "Retry-After: 3600" would hold the run for an hour past any deadline. Here a wait that would overrun the
 * deadline fails at once, with the reason.
 */
import {APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError} from 'openai';
import {UserError} from '../../util/errors';
import {retryAfterFromHeaders} from '../../util/retry-after';
import {sleepWithin, type Deadline} from './deadline';
import type {Server} from './server';

export const RETRY = {
  maxRetries: 4,
  firstDelayMs: 500,
  maxDelayMs: 8000,
} as const;

/** Connection errors that will not fix themselves by retrying: nothing listens there, or no such host. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(error: unknown): string | undefined {
  for (let e = error as {code?: unknown; cause?: unknown} | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return e.code;
  }
  return undefined;
}

const isRetryableStatus = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

function backoffMs(retry: number): number {
  const base = Math.min(RETRY.firstDelayMs * 2 ** retry, RETRY.maxDelayMs);
  return base * (1 - Math.random() * 0.25);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Runs `attempt` until it succeeds. Throws a UserError when the server cannot be reached, keeps failing, or the
 * deadline passes; rethrows other API errors (400, 401, 404...) untouched, for the caller to explain.
 */
export async function callWithRetries<T>(server: Server, deadline: Deadline, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const started = Date.now();
  let lastFailure = '';
  for (let retry = 0; ; retry++) {
    if (deadline.expired()) break;
    const timeout = AbortSignal.timeout(server.timeoutMs);
    try {
      return await attempt(AbortSignal.any([deadline.signal, timeout]));
    } catch (error) {
      if (deadline.expired()) break;
      const timedOut = timeout.aborted || error instanceof APIConnectionTimeoutError;
      if (error instanceof APIUserAbortError && !timedOut) throw error;
      const code = causeCode(error);
      if (error instanceof APIConnectionError && code) {
        throw new UserError(`cannot reach the server at ${server.baseURL} (${code}); is it running, and is OPENAI_BASE_URL right?`);
      }
      const retryable = timedOut || error instanceof APIConnectionError || (error instanceof APIError && !!error.status && isRetryableStatus(error.status));
      if (!retryable) throw error;
      // An APIError's message already starts with the status: "429 Rate limit reached...".
      lastFailure = timedOut ? `no reply within the ${seconds(server.timeoutMs)} request timeout` : (error as Error).message;
      if (retry >= RETRY.maxRetries) {
        throw new UserError(`the server at ${server.baseURL} kept failing (${retry + 1} attempts in ${seconds(Date.now() - started)}); last: ${lastFailure}`);
      }
      const asked = error instanceof APIError ? retryAfterFromHeaders(error.headers) : undefined;
      const waitMs = asked ?? backoffMs(retry);
      if (asked !== undefined && asked > deadline.remainingMs()) {
        throw new UserError(
          `the server at ${server.baseURL} asked to wait ${seconds(asked)} before retrying (${lastFailure}), ` +
            `more than the ${seconds(deadline.remainingMs())} left before the ${seconds(deadline.ms)} deadline`,
        );
      }
      await sleepWithin(waitMs, deadline);
    }
  }
  throw new UserError(
    `no answer from the server at ${server.baseURL} within the ${seconds(deadline.ms)} deadline` + (lastFailure ? `; last: ${lastFailure}` : ''),
  );
}

/** A clear message for an API error that retrying cannot fix. */
export function explainApiError(error: unknown, server: Server, model: string): Error {
  if (!(error instanceof APIError) || !error.status) return error as Error;
  const where = `the server at ${server.baseURL}`;
  switch (error.status) {
    case 401:
      return new UserError(`${where} rejected the API key (${error.message}); check OPENAI_API_KEY`);
    case 403:
      return new UserError(`${where} refused access (${error.message})`);
    case 404:
      return new UserError(`${where} does not know model "${model}" or this API path (${error.message})`);
    default:
      return new UserError(`${where} rejected the request (${error.message})`);
  }
}
