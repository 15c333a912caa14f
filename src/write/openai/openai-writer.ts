/**
 * The `openai` writer: a script from any OpenAI-compatible server through the Chat Completions API, the one
 * every such server speaks. The zod schema drives structured output and checks the reply, then the dramaturgy gate
 * (src/craft/gate.ts) checks the timed script; a reply that fails either goes back to the model with the exact
 * problems, a bounded number of times.
 */
import {APIError} from 'openai';
import {z} from 'zod';
import type {ChatCompletionMessageParam} from 'openai/resources/chat/completions';
import {DURATION_SEC} from '../../config';
import {scriptObject, type Script} from '../../schema/script';
import {formatIssues} from '../../schema/validate';
import {UserError} from '../../util/errors';
import type {Progress} from '../../util/progress';
import type {WriteRequest, Writer} from '../writer';
import {saveReply} from './artifacts';
import {draftCacheFile, draftCacheKey, readCachedDraft, writeCachedDraft} from './cache';
import {startDeadline, type Deadline} from '../../providers/deadline';
import {draftSchema, type Draft} from './draft';
import {OUTPUT_MODES, responseFormat, schemaGoesInPrompt, type OutputMode} from './output-mode';
import {repairPrompt, systemPrompt, userPrompt} from './prompt';
import {checkDraft, checkReplyText, replyText} from './reply';
import {callWithRetries, connect, explainApiError, type ServerOptions} from '../../providers/openai';
import {strictJsonSchema} from './strict-json-schema';

export interface OpenAIWriterOptions extends ServerOptions {
  model: string;
  /** false: always ask the server, and store the new script in the cache. */
  cache: boolean;
  /** One limit for the whole write: every request, retry, wait and repair. */
  deadlineMs?: number;
  /** Follow-up rounds for a reply that fails the checks (the schema, the length, the dramaturgy gate). */
  maxRepairs?: number;
  /** Where raw replies and token usage go (llm/reply-N.json), usually the folder of the script. */
  artifactsDir?: string;
}

export const WRITER_DEFAULTS = {timeoutMs: 120_000, deadlineMs: 300_000, maxRepairs: 2} as const;

const STAGE = 'write';

/** Fields the program fills from the request must be valid before any paid call is made. */
function checkRequest(request: WriteRequest): void {
  const checks: [string, z.ZodType, unknown][] = [
    ['premise', scriptObject.shape.premise.unwrap().min(1), request.premise],
    ['duration', z.number().min(DURATION_SEC.min).max(DURATION_SEC.max), request.durationSec],
    ['language', scriptObject.shape.language.optional(), request.language],
  ];
  for (const [name, schema, value] of checks) {
    const result = schema.safeParse(value);
    if (!result.success) throw new UserError(`${name}: ${formatIssues(result.error).join('; ')}`);
  }
}

export function createOpenAIWriter(options: OpenAIWriterOptions): Writer {
  const server = connect(
    {...options, timeoutMs: options.timeoutMs ?? WRITER_DEFAULTS.timeoutMs},
    {setting: 'writer', value: 'openai'},
  );
  const {model} = options;
  const maxRepairs = options.maxRepairs ?? WRITER_DEFAULTS.maxRepairs;
  // What this server accepts, learnt once: the first mode that has not been rejected.
  const modes: OutputMode[] = [...OUTPUT_MODES];
  let modeConfirmed = false;

  /** One completion; a server that rejects the output mode before it ever worked gets the next one. */
  async function complete(
    deadline: Deadline,
    schema: object,
    conversation: ChatCompletionMessageParam[],
    seed: number,
  ) {
    for (;;) {
      const mode = modes[0];
      const messages: ChatCompletionMessageParam[] = [
        {role: 'system', content: systemPrompt(schemaGoesInPrompt(mode) ? schema : undefined)},
        ...conversation,
      ];
      try {
        const completion = await callWithRetries(server, deadline, (signal) =>
          server.client.chat.completions.create(
            {model, messages, response_format: responseFormat(mode, schema), seed},
            {signal},
          ),
        );
        modeConfirmed = true;
        return {completion, mode};
      } catch (error) {
        const rejectsMode = error instanceof APIError && (error.status === 400 || error.status === 422);
        if (!rejectsMode || modeConfirmed || modes.length === 1) throw explainApiError(error, server, model);
        modes.shift();
      }
    }
  }

  async function writeWithRepairs(
    request: WriteRequest,
    progress: Progress,
    deadline: Deadline,
  ): Promise<{script: Script; draft: Draft}> {
    const schema = strictJsonSchema(draftSchema(request));
    const conversation: ChatCompletionMessageParam[] = [{role: 'user', content: userPrompt(request)}];
    const attempts = maxRepairs + 1;
    let problems: string[] = [];
    let usable: {script: Script; draft: Draft} | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      progress(
        STAGE,
        (attempt - 1) / attempts,
        attempt === 1 ? `asking ${model} at ${server.baseURL}` : `repair ${attempt - 1} of ${maxRepairs}`,
      );
      const {completion, mode} = await complete(deadline, schema, conversation, request.seed);
      await saveReply(options.artifactsDir, attempt, mode, completion);
      const text = replyText(completion, model);
      const checked = checkReplyText(text, request);
      if (checked.ok) return checked;
      problems = checked.problems;
      usable = checked.usable ?? usable;
      conversation.push({role: 'assistant', content: text}, {role: 'user', content: repairPrompt(problems)});
    }
    // A valid script that only misses some dramaturgy rules beats no script: craft.json reports what it misses.
    if (usable) {
      progress(STAGE, 1, `the script still fails: ${problems.join('; ')}`);
      return usable;
    }
    throw new UserError(
      `the model ${model} did not write a usable script in ${attempts} attempts; the last reply had these problems:\n  ${problems.join('\n  ')}`,
    );
  }

  return {
    name: 'openai',
    async write(request, progress) {
      checkRequest(request);
      const key = draftCacheKey(server.baseURL, model, request);
      const file = draftCacheFile(key);
      if (options.cache) {
        const cached = await readCachedDraft(file);
        const checked = cached === undefined ? undefined : checkDraft(cached, request);
        // A cached draft was accepted when written, even one the repairs could not bring through the gate.
        const script = checked?.ok ? checked.script : checked?.usable?.script;
        if (script) {
          progress(STAGE, 1, 'cached');
          return script;
        }
      }
      const deadline = startDeadline(options.deadlineMs ?? WRITER_DEFAULTS.deadlineMs);
      try {
        const {script, draft} = await writeWithRepairs(request, progress, deadline);
        await writeCachedDraft(file, key, draft);
        progress(STAGE, 1);
        return script;
      } finally {
        deadline.dispose();
      }
    },
  };
}
