/**
 * How the reply is held to the schema. Best first: strict structured outputs; JSON mode with the schema in the
 * prompt for servers that reject json_schema; the prompt alone for servers that reject response_format entirely.
 */
import type {ChatCompletionCreateParamsNonStreaming} from 'openai/resources/chat/completions';

export const OUTPUT_MODES = ['json_schema', 'json_object', 'prompt'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** Names the schema for the server; OpenAI allows a-z, A-Z, 0-9, "_" and "-". */
export const SCHEMA_NAME = 'micro_drama_script';

export function responseFormat(
  mode: OutputMode,
  schema: object,
): ChatCompletionCreateParamsNonStreaming['response_format'] {
  switch (mode) {
    case 'json_schema':
      return {
        type: 'json_schema',
        json_schema: {name: SCHEMA_NAME, strict: true, schema: schema as Record<string, unknown>},
      };
    case 'json_object':
      return {type: 'json_object'};
    case 'prompt':
      return undefined;
  }
}

/** Only structured outputs carry the schema themselves; the other modes put it in the prompt. */
export const schemaGoesInPrompt = (mode: OutputMode) => mode !== 'json_schema';
