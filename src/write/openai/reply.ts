/**
 * Reading the model's reply: the text out of the completion (a refusal or an empty reply is an error no repair
 * can fix), then the script out of the text, with every problem named by its path for a repair round.
 */
import type {ChatCompletion} from 'openai/resources/chat/completions';
import {checkCraft} from '../../craft/gate';
import {keysForPremise} from '../../craft/keys';
import type {Script} from '../../schema/script';
import {timeScript} from '../../time/timeline';
import {formatIssues, safeParseScript} from '../../schema/validate';
import {UserError} from '../../util/errors';
import type {WriteRequest} from '../writer';
import {draftSchema, scriptFromDraft, withoutNulls, type Draft} from './draft';
import {lengthProblem} from './length';
import {craftProblem} from './prompt';

export function replyText(completion: ChatCompletion, model: string): string {
  const choice = completion.choices?.[0];
  const message = choice?.message;
  if (message?.refusal) throw new UserError(`the model ${model} refused to write this script: ${message.refusal}`);
  if (choice?.finish_reason === 'content_filter')
    throw new UserError(`the model ${model} stopped: its content filter blocked the script`);
  const text = message?.content?.trim();
  if (choice?.finish_reason === 'length') {
    throw new UserError(
      `the model ${model} ran out of output tokens before finishing the script; use a model with a larger output limit`,
    );
  }
  if (!text)
    throw new UserError(`the model ${model} sent an empty reply (finish_reason: ${choice?.finish_reason ?? 'none'})`);
  return text;
}

/** The JSON inside a reply: models without structured outputs like to wrap it in a ``` fence or add a sentence. */
export function jsonText(text: string): string {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)\n?```/.exec(text);
  if (fenced) return fenced[1].trim();
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? text.slice(start, end + 1) : text;
}

/**
 * A checked reply: a script that passes every check, or the problems for a repair round. A script that is valid
 * and fits its length but fails the dramaturgy gate is still `usable`: when the repairs run out, it is written
 * (craft.json shows what failed) rather than nothing.
 */
export type CheckedReply =
  {ok: true; script: Script; draft: Draft} | {ok: false; problems: string[]; usable?: {script: Script; draft: Draft}};

/** The draft the model wrote, as a checked script that fits its target length and the dramaturgy gate, or the problems with it. */
export function checkDraft(value: unknown, request: WriteRequest): CheckedReply {
  const parsed = draftSchema(request).safeParse(withoutNulls(value));
  if (!parsed.success) return {ok: false, problems: formatIssues(parsed.error)};
  const result = safeParseScript(scriptFromDraft(parsed.data, request));
  if (!result.ok) return {ok: false, problems: result.problems};
  const {script} = result;
  const length = lengthProblem(script);
  const craft = checkCraft(script, timeScript(script), keysForPremise(request.premise, script.language));
  const craftProblems = craft.checks.filter((c) => !c.pass).map(craftProblem);
  if (length) return {ok: false, problems: [length, ...craftProblems]};
  if (craftProblems.length) return {ok: false, problems: craftProblems, usable: {script, draft: parsed.data}};
  return {ok: true, script, draft: parsed.data};
}

export function checkReplyText(text: string, request: WriteRequest): CheckedReply {
  let value: unknown;
  try {
    value = JSON.parse(jsonText(text));
  } catch (error) {
    return {ok: false, problems: [`the reply is not valid JSON (${(error as Error).message})`]};
  }
  return checkDraft(value, request);
}
