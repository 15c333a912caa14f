/** The script's JSON Schema, exported from the zod schema for editors (and as the basis of LLM structured output). */
import {z} from 'zod';
import {ZodZypesInternals} from '@remotion/zod-types';
import {scriptObject} from './script';

export const SCHEMA_ID = 'https://microdrama.dev/script.schema.json';

export function scriptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scriptObject, {
    target: 'draft-2020-12',
    io: 'input',
    // Studio's color picker marks colors with a brand description; editors get a plain hex pattern instead.
    override: ({jsonSchema}) => {
      if (jsonSchema.description === ZodZypesInternals.REMOTION_COLOR_BRAND) {
        jsonSchema.description = 'A CSS color, e.g. "#ff5c8a"';
      }
    },
  }) as Record<string, unknown>;
  return {
    $id: SCHEMA_ID,
    title: 'microdrama script',
    description:
      "A micro drama: characters, scenes made of beats, and the hook, twist and cliffhanger. Cross-field rules: a line's characterId names a character; character and scene ids are unique; at most one beat per marker.",
    ...schema,
  };
}
