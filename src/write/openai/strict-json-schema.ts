/**
 * A JSON Schema that OpenAI's strict structured outputs accept, from z.toJSONSchema's output:
 * every object lists all its properties as required and forbids others, a property zod calls optional becomes
 * nullable instead, and keywords strict mode does not support (string lengths) move into the description, where
 * the model still reads them. The reply is validated against the zod schema anyway.
 */
import {z} from 'zod';

type JsonSchema = {[key: string]: unknown};

const isSchema = (value: unknown): value is JsonSchema => !!value && typeof value === 'object' && !Array.isArray(value);

function lengthNote(schema: JsonSchema): string | undefined {
  const {minLength, maxLength} = schema as {minLength?: number; maxLength?: number};
  if (maxLength !== undefined) return `at most ${maxLength} characters`;
  if (minLength !== undefined && minLength > 0) return 'not empty';
  return undefined;
}

function nullable(schema: JsonSchema): JsonSchema {
  const {description, ...rest} = schema;
  return {...(description === undefined ? {} : {description}), anyOf: [rest, {type: 'null'}]};
}

function strictNode(schema: JsonSchema): JsonSchema {
  const {minLength: _min, maxLength: _max, $schema: _dialect, ...out} = schema;
  const note = lengthNote(schema);
  if (note) out.description = out.description ? `${out.description} (${note})` : note;

  if (isSchema(out.properties)) {
    const required = new Set((out.required as string[] | undefined) ?? []);
    const properties = Object.fromEntries(
      Object.entries(out.properties).map(([key, value]) => {
        const strict = strictNode(value as JsonSchema);
        return [key, required.has(key) ? strict : nullable(strict)];
      }),
    );
    out.properties = properties;
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  if (isSchema(out.items)) out.items = strictNode(out.items);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonSchema[]).map(strictNode);
  }
  return out;
}

export function strictJsonSchema(schema: z.ZodType): JsonSchema {
  return strictNode(z.toJSONSchema(schema) as JsonSchema);
}
