/**
 * Every template the program can render: the plain data of src/templates (which the CLI reads without loading React)
 * paired with each template's component and its composition schema. A new template is one folder under
 * compositions/, one entry in src/templates and one component here; Root registers its compositions from this list.
 */
import type React from 'react';
import type {z} from 'zod';
import {Chat} from './chat/Chat';
import {Cinematic} from './cinematic/Cinematic';
import {Storytime} from './storytime/Storytime';
import {
  templateSchema,
  TEMPLATES,
  type PropsOf,
  type TemplateInfo,
  type TemplateName,
  type TemplateProps,
} from '../src/templates';

// Keyed by the names in src/templates and typed by each one's options, so a template listed there without a
// component, or a component that expects other options, fails to type-check.
const COMPONENTS: {[Name in TemplateName]: React.FC<PropsOf<Name>>} = {
  cinematic: Cinematic,
  chat: Chat,
  storytime: Storytime,
};

export interface TemplateEntry extends TemplateInfo {
  // Each template takes its own options on top of these; Root hands it the props its own schema describes.
  component: React.FC<TemplateProps<z.ZodObject<z.ZodRawShape>>>;
  schema: ReturnType<typeof templateSchema>;
}

export const REGISTRY: readonly TemplateEntry[] = TEMPLATES.map((info) => ({
  ...info,
  component: COMPONENTS[info.name] as React.FC<TemplateProps<z.ZodObject<z.ZodRawShape>>>,
  schema: templateSchema(info),
}));

export {supportsFormat} from '../src/templates/metadata';
