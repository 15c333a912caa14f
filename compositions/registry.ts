/**
 * Every template the program can render: the plain data of templates.ts (which the CLI reads without loading React)
 * paired with each template's component. A new template is one folder under compositions/, one entry in
 * templates.ts and one component here; Root registers its compositions from this list.
 */
import type React from 'react';
import type {Format, Script} from '../src/schema/script';
import {aspectOf} from '../src/schema/format';
import {Cinematic} from './cinematic/Cinematic';
import {TEMPLATES, type TemplateInfo} from './templates';

export interface TemplateEntry extends TemplateInfo {
  component: React.FC<Script>;
}

type TemplateName = (typeof TEMPLATES)[number]['name'];

// Keyed by the names in templates.ts, so a template listed there without a component fails to type-check.
const COMPONENTS: Record<TemplateName, React.FC<Script>> = {
  cinematic: Cinematic,
};

export const REGISTRY: readonly TemplateEntry[] = TEMPLATES.map((info) => ({...info, component: COMPONENTS[info.name]}));

export function supportsFormat(template: TemplateInfo, format: Pick<Format, 'width' | 'height'>): boolean {
  const aspect = aspectOf(format);
  return aspect !== undefined && template.aspects.includes(aspect);
}
