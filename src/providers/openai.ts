/**
 * The OpenAI-compatible server a stage talks to: OpenAI itself, or a local one (Ollama, vLLM, llama.cpp server,
 * LM Studio) through OPENAI_BASE_URL. One place resolves the credentials, builds the SDK client, and judges its
 * errors for the shared retry loop (http-retry.ts); the writer and the images both call through here.
 */
import OpenAI, {APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError} from 'openai';
import {SettingError, UserError, type SettingChoice} from '../util/errors';
import type {Deadline} from './deadline';
import {
  callWithRetries as retrying,
  isRetryableStatus,
  retryAfterFromHeaders,
  seconds,
  type Service,
  type Verdict,
} from './http-retry';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface ServerOptions {
  /** Defaults to OPENAI_API_KEY. */
  apiKey?: string;
  /** Defaults to OPENAI_BASE_URL, then api.openai.com. */
  baseURL?: string;
  /** Time allowed for one request, in ms. */
  timeoutMs?: number;
}

export interface Server {
  client: OpenAI;
  /** Named in every error, so a wrong URL or a stopped server is obvious. */
  baseURL: string;
  /** Time allowed for one request; http-retry.ts enforces it, so it knows a timeout when it sees one. */
  timeoutMs: number;
}

/**
 * The client for the configured server. `purpose` is who needs it, named in the error when none is configured: a
 * phrase ("Generating scene images"), or the setting that asked for it (`writer: openai`, a SettingError).
 */
export function connect(
  options: ServerOptions,
  purpose: string | SettingChoice,
  env: NodeJS.ProcessEnv = process.env,
): Server {
  const apiKey = options.apiKey ?? env.OPENAI_API_KEY;
  const explicitURL = options.baseURL ?? env.OPENAI_BASE_URL;
  if (!apiKey && !explicitURL) {
    const needs = (who: string) =>
      `${who} needs an OpenAI-compatible server: set OPENAI_API_KEY for api.openai.com, ` +
      'or OPENAI_BASE_URL for a local server (e.g. http://localhost:11434/v1 for Ollama).';
    throw typeof purpose === 'string' ? new UserError(needs(purpose)) : new SettingError(purpose, needs);
  }
  const baseURL = (explicitURL ?? OPENAI_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? 120_000));
  const client = new OpenAI({
    // Local servers ignore the key, but the SDK refuses to start without one.
    apiKey: apiKey || 'not-needed',
    baseURL,
    // Only a backstop: the SDK tells its own timeout from a dropped connection by the abort error's class,
    // which fails when the error comes from another realm (as under jest), so http-retry.ts times requests itself.
    timeout: timeoutMs + 1000,
    // Retries are ours (see http-retry.ts): the SDK's wait after a 429 is neither capped nor abortable.
    maxRetries: 0,
  });
  return {client, baseURL, timeoutMs};
}

/** The OpenAI SDK's errors for the shared retry loop: 408/429/5xx, timeouts and dropped connections are retried. */
function classify(server: Server) {
  return (error: unknown, timedOut: boolean): Verdict => {
    timedOut ||= error instanceof APIConnectionTimeoutError;
    if (error instanceof APIUserAbortError && !timedOut) return {retry: false};
    const retryable =
      timedOut ||
      error instanceof APIConnectionError ||
      (error instanceof APIError && !!error.status && isRetryableStatus(error.status));
    if (!retryable) return {retry: false};
    // An APIError's message already starts with the status: "429 Rate limit reached...".
    const reason = timedOut
      ? `no reply within the ${seconds(server.timeoutMs)} request timeout`
      : (error as Error).message;
    return {retry: true, reason, afterMs: error instanceof APIError ? retryAfterFromHeaders(error.headers) : undefined};
  };
}

/**
 * Runs `attempt` against the server until it succeeds, within the deadline (see http-retry.ts). Throws a
 * ServiceError when the server cannot be reached, keeps failing, or the deadline passes; rethrows other API errors
 * (400, 401, 404...) untouched, for explainApiError.
 */
export function callWithRetries<T>(
  server: Server,
  deadline: Deadline,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const service: Service = {
    where: `the server at ${server.baseURL}`,
    timeoutMs: server.timeoutMs,
    unreachableHint: 'is it running, and is OPENAI_BASE_URL right?',
  };
  return retrying(service, deadline, attempt, classify(server));
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
