/**
 * The OpenAI-compatible server a stage talks to: OpenAI itself, or a local one (Ollama, vLLM, llama.cpp server,
 * LM Studio) through OPENAI_BASE_URL. One place resolves the credentials and builds the SDK client.
 */
import OpenAI from 'openai';
import {UserError} from '../../util/errors';

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
  /** Time allowed for one request; retry.ts enforces it, so it knows a timeout when it sees one. */
  timeoutMs: number;
}

export function connect(options: ServerOptions, purpose: string, env: NodeJS.ProcessEnv = process.env): Server {
  const apiKey = options.apiKey ?? env.OPENAI_API_KEY;
  const explicitURL = options.baseURL ?? env.OPENAI_BASE_URL;
  if (!apiKey && !explicitURL) {
    throw new UserError(
      `${purpose} needs an OpenAI-compatible server: set OPENAI_API_KEY for api.openai.com, ` +
        'or OPENAI_BASE_URL for a local server (e.g. http://localhost:11434/v1 for Ollama).',
    );
  }
  const baseURL = (explicitURL ?? OPENAI_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? 120_000));
  const client = new OpenAI({
    // Local servers ignore the key, but the SDK refuses to start without one.
    apiKey: apiKey || 'not-needed',
    baseURL,
    // Only a backstop: the SDK tells its own timeout from a dropped connection by the abort error's class,
    // which fails when the error comes from another realm (as under jest), so retry.ts times requests itself.
    timeout: timeoutMs + 1000,
    // Retries are ours (see retry.ts): the SDK's wait after a 429 is neither capped nor abortable.
    maxRetries: 0,
  });
  return {client, baseURL, timeoutMs};
}
