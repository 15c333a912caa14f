/** The API's request parsing and error replies: every bad request is a 4xx with {error: {field, message}}. */
import type {Context} from 'hono';
import type {z} from 'zod';
import {formatPath} from '../schema/validate';
import {ApiError} from './errors';

export interface ErrorBody {
  error: {field: string | null; message: string};
}

/** The request's JSON body checked against `schema`; a 400 naming the first bad field otherwise. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, null, 'the body must be JSON');
  }
  return parseValue(schema, body);
}

export function parseValue<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = formatPath(issue.path) || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : null);
  throw new ApiError(
    400,
    field || null,
    issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
  );
}

/** A whole number from the path, or a 404 (a path that names nothing). */
export function indexParam(value: string, what: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new ApiError(404, null, `no such ${what}`);
  return Number(value);
}

/** The status and body an error gets: its own for an ApiError; anything else is a bug, logged, and a plain 500. */
export function errorBody(error: unknown): {status: ApiError['status']; body: ErrorBody} {
  if (error instanceof ApiError)
    return {status: error.status, body: {error: {field: error.field, message: error.message}}};
  // A bug, not the user's doing: logged on the server, and the page gets a message without internals.
  process.stderr.write(`[studio] ${(error as Error)?.stack ?? String(error)}\n`);
  return {
    status: 500,
    body: {error: {field: null, message: 'something went wrong on the server; the details are in its log'}},
  };
}

export function errorReply(c: Context, error: unknown): Response {
  const {status, body} = errorBody(error);
  return c.json(body, status);
}
