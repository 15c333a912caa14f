/**
 * Every template the program can render: the plain data of templates.ts (which the CLI reads without loading React)
 * paired with each template's component and its composition schema. A new template is one folder under
 * compositions/, one entry in templates.ts and one component here; Root registers its compositions from this list.
 */
import type React from 'react';
import type {Format} from '../src/schema/script';
import {aspectOf} from '../src/schema/format';
import {Chat} from './chat/Chat';
import {Cinematic} from './cinematic/Cinematic';
import {Storytime} from './storytime/Storytime';
import {templateSchema, TEMPLATES, type TemplateInfo, type TemplateName, type TemplateProps} from './templates';

type OptionsOf<Name extends TemplateName> = Extract<(typeof TEMPLATES)[number], {name: Name}>['options'];

/** The props of a named template's component: the script, that template's options and the common props. */
export type PropsOf<Name extends TemplateName> = TemplateProps<OptionsOf<Name>>;

// Keyed by the names in templates.ts and typed by each one's options, so a template listed there without a
// component, or a component that expects other options, fails to type-check.
const COMPONENTS: {[Name in TemplateName]: React.FC<PropsOf<Name>>} = {
  cinematic: Cinematic,
  chat: Chat,
  storytime: Storytime,
};

export interface TemplateEntry extends TemplateInfo {
  // Each template takes its own options; Root hands it the props its own schema describes.
  component: React.FC<TemplateProps<any>>;
  schema: ReturnType<typeof templateSchema>;
}

export const REGISTRY: readonly TemplateEntry[] = TEMPLATES.map((info) => ({
  ...info,
  component: COMPONENTS[info.name] as React.FC<TemplateProps<any>>,
  schema: templateSchema(info),
}));

export function supportsFormat(template: TemplateInfo, format: Pick<Format, 'width' | 'height'>): boolean {
  const aspect = aspectOf(format);
  return aspect !== undefined && template.aspects.includes(aspect);
}
