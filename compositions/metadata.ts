/**
 * Composition metadata from the script itself: size and frame rate from script.format, length from the timeline,
 * and the template's options with their defaults filled in (a headless render passes the bare script as props).
 * Studio calls it again whenever the props change, so an edited script re-times itself.
 */
import type {CalculateMetadataFunction} from 'remotion';
import type {Script} from '../src/schema/script';
import {timeScript} from '../src/time/timeline';
import {supportsFormat, type TemplateEntry} from './registry';
import {templateOptions} from '../src/templates';

export function scriptMetadata(template: TemplateEntry): CalculateMetadataFunction<Script> {
  return ({props}) => {
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
  };
}
