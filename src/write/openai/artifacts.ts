/** The raw replies and token usage of a run, saved beside the script for whoever wants to see what the model did. */
import path from 'node:path';
import type {ChatCompletion} from 'openai/resources/chat/completions';
import {writeFileAtomic} from '../../util/files';
import type {OutputMode} from './output-mode';

export function replyArtifactFile(artifactsDir: string, attempt: number): string {
  return path.join(artifactsDir, 'llm', `reply-${attempt}.json`);
}

export async function saveReply(
  artifactsDir: string | undefined,
  attempt: number,
  mode: OutputMode,
  completion: ChatCompletion,
): Promise<void> {
  if (!artifactsDir) return;
  const record = {attempt, mode, model: completion.model, usage: completion.usage ?? null, completion};
  await writeFileAtomic(replyArtifactFile(artifactsDir, attempt), `${JSON.stringify(record, null, 2)}\n`);
}
