/**
 * The composition a chunked render captures, worked out here instead of selected in the browser: selectComposition
 * loads the bundle in a page of its own (1 to 2 s, 5 s at a load of 9 on 2 cores, before every render, an edit's
 * included) only to run the template's calculateMetadata, a pure function of the props (compositions/metadata.ts:
 * size and frame rate from script.format, length from the timeline, the template's options with their defaults
 * filled in). test/render-edit.test.ts holds the two equal for every template.
 */
import type {VideoConfig} from 'remotion';
import {aspectOf} from '../schema/format';
import type {Script} from '../schema/script';
import {templateOptions, type TemplateInfo} from '../templates';
import {timeScript} from '../time/timeline';

/** The composition of `template` for these input props (a script and the template's options), as Remotion has it. */
export function compositionOf(template: TemplateInfo, inputProps: Script & Record<string, unknown>): VideoConfig {
  const {format} = inputProps;
  const aspect = aspectOf(format);
  if (!aspect || !template.aspects.includes(aspect))
    throw new Error(
      `the "${template.name}" template renders ${template.aspects.join(', ')}, not ${format.width}x${format.height}`,
    );
  return {
    id: template.name,
    width: format.width,
    height: format.height,
    fps: format.fps,
    durationInFrames: timeScript(inputProps).durationInFrames,
    props: {...inputProps, ...templateOptions(template, inputProps)},
    // A frame render reads the resolved props only; the compositions register no default codec, name or format.
    defaultProps: {},
    defaultCodec: null,
    defaultOutName: null,
    defaultVideoImageFormat: null,
    defaultPixelFormat: null,
    defaultProResProfile: null,
    defaultSampleRate: null,
  };
}
