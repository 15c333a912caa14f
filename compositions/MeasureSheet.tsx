/**
 * The measure sheet (props in primitives/inspect/measure-sheet.ts): many stills of one template in one composition,
 * frame i of the sheet being still i (a script and one of its frames) drawn in measure mode. The layout test renders
 * a whole sheet with one renderFrames call, its pages open from still to still, instead of a renderStill (a fresh
 * page, ~1 s) per still. Every still of a sheet shares its format (the sheet's size and frame rate). Frame i is
 * still i for i below the number of stills (see sheetMetadata for why the sheet is longer); in Studio the sheet
 * shows the first sample's key frames.
 */
import React from 'react';
import {Composition, Freeze, useCurrentFrame, type CalculateMetadataFunction} from 'remotion';
import {KEY_MOMENTS, keyFrames} from '../src/time/key-frames';
import {timeScript} from '../src/time/timeline';
import {templateOptions} from '../src/templates';
import {REGISTRY, supportsFormat, type TemplateEntry} from './registry';
import {SAMPLES} from './samples';
import {MEASURE_SHEET_ID, type MeasureSheetProps} from './primitives/inspect/measure-sheet';

function entryOf(name: string): TemplateEntry {
  const entry = REGISTRY.find((t) => t.name === name);
  if (!entry)
    throw new Error(`The measure sheet names no template "${name}" (${REGISTRY.map((t) => t.name).join(', ')})`);
  return entry;
}

/** The sheet's size and frame rate are its stills' format; each still gets its template's option defaults. */
const sheetMetadata: CalculateMetadataFunction<MeasureSheetProps> = ({props}) => {
  const template = entryOf(props.template);
  const [first] = props.stills;
  if (!first) throw new Error('The measure sheet has no stills');
  const {width, height, fps} = first.props.format;
  const stills = props.stills.map(({props: still, frame}) => {
    const {format} = still;
    if (format.width !== width || format.height !== height || format.fps !== fps) {
      throw new Error(
        `Every still of a measure sheet has one format: ${width}x${height}@${fps}, not ${format.width}x${format.height}@${format.fps}`,
      );
    }
    if (!supportsFormat(template, format)) throw new Error(`"${template.name}" does not render ${width}x${height}`);
    // A frame past the script's end would draw nothing, and the test would measure an empty picture.
    const last = timeScript(still).durationInFrames - 1;
    if (frame < 0 || frame > last) throw new Error(`Frame ${frame} is outside "${still.title}" (0..${last})`);
    return {frame, props: {...still, ...templateOptions(template, still), measure: true}};
  });
  // Remotion clamps every frame, a frozen one too, to the composition's length: the sheet lasts as long as its
  // latest still's frame, and only its first frames (one a still) are stills; render them with a frame range.
  const durationInFrames = Math.max(stills.length, ...stills.map((s) => s.frame + 1));
  return {width, height, fps, durationInFrames, props: {...props, stills}};
};

const MeasureSheet: React.FC<MeasureSheetProps> = ({template, stills}) => {
  const index = useCurrentFrame();
  const {component: Template} = entryOf(template);
  const still = stills[index];
  if (!still) return null;
  // Keyed by the still: each one mounts afresh (its own fonts hold, no state carried over from the last script).
  return (
    <Freeze key={index} frame={still.frame}>
      <Template {...still.props} />
    </Freeze>
  );
};

const [sample] = SAMPLES;
const sampleKeys = keyFrames(sample.script);

/** Registered by Root beside the templates, in its own Studio folder. */
export const MeasureSheetComposition: React.FC = () => (
  <Composition
    id={MEASURE_SHEET_ID}
    component={MeasureSheet}
    defaultProps={{
      template: REGISTRY[0].name,
      stills: KEY_MOMENTS.map((moment) => ({props: sample.script, frame: sampleKeys[moment]})),
    }}
    calculateMetadata={sheetMetadata}
  />
);
