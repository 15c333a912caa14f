/**
 * The composition a chunked render captures, worked out here instead of selected in the browser: selectComposition
 * loads the bundle in a page of its own (1 to 2 s, 5 s at a load of 9 on 2 cores, before every render, an edit's
 * included) only to run the template's calculateMetadata, a pure function of the props that both call
 * (src/templates/metadata.ts). test/render-edit.test.ts holds the two equal for every template.
 */
import type {VideoConfig} from 'remotion';
import type {Script} from '../schema/script';
import type {TemplateInfo} from '../templates';
import {scriptMetadataOf} from '../templates/metadata';

/** The composition of `template` for these input props (a script and the template's options), as Remotion has it. */
export function compositionOf(template: TemplateInfo, inputProps: Script & Record<string, unknown>): VideoConfig {
  return {
    id: template.name,
    ...scriptMetadataOf(template, inputProps),
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
