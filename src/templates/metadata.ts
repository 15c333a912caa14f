/**
 * A template's composition metadata from the script itself, pure and browser-safe: size and frame rate from
 * script.format, length from the timeline, and the template's options with their defaults filled in (a headless
 * render passes the bare script as props). Remotion's calculateMetadata (compositions/metadata.ts) and the chunked
 * renderer, which works the composition out in node instead of loading a page for it (src/render/composition.ts),
 * both call this one function.
 */
import {aspectOf} from '../schema/format';
import type {Format, Script} from '../schema/script';
import {timeScript} from '../time/timeline';
import {templateOptions, type TemplateInfo} from './index';

/** Whether the template renders this shape. */
export function supportsFormat(template: TemplateInfo, format: Pick<Format, 'width' | 'height'>): boolean {
  const aspect = aspectOf(format);
  return aspect !== undefined && template.aspects.includes(aspect);
}

/** Size, frame rate, length and resolved props of `template` for these props; throws for a shape it does not render. */
export function scriptMetadataOf(template: TemplateInfo, props: Script & Record<string, unknown>) {
  if (!supportsFormat(template, props.format)) {
    throw new Error(
      `The "${template.name}" template renders ${template.aspects.join(', ')}; this script's format is ${props.format.width}x${props.format.height}.`,
    );
  }
  return {
    width: props.format.width,
    height: props.format.height,
    fps: props.format.fps,
    durationInFrames: timeScript(props).durationInFrames,
    props: {...props, ...templateOptions(template, props)},
  };
}
