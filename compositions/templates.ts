/**
 * The templates as data: names, descriptions and supported aspects. Plain data so the command line can list
 * and check templates without loading React; compositions/registry.ts pairs each entry with its component.
 */
import type {Aspect} from '../src/schema/format';

export interface TemplateInfo {
  name: string;
  description: string;
  aspects: readonly Aspect[];
}

export const TEMPLATES = [
  {name: 'cinematic', description: 'Scene art with camera motion, speaker tags and word-highlighted captions, a hook card, a twist punch and a "Part 2" end card', aspects: ['9:16', '1:1', '16:9']},
] as const satisfies readonly TemplateInfo[];

export const TEMPLATE_NAMES: readonly string[] = TEMPLATES.map((t) => t.name);
