/**
 * The measure sheet's id and props as plain data (the layout test imports them without loading the templates):
 * many stills of one template as one composition, frame i of the sheet being still i drawn in measure mode. Render
 * frames 0 to stills.length - 1 (`sheetFrames`): the sheet is longer. The composition is compositions/MeasureSheet.tsx.
 */
import type {Script} from '../../../src/schema/script';

export const MEASURE_SHEET_ID = 'measure-sheet';

export interface MeasureStill {
  /** The template's props: a script and, optionally, the template's options (their defaults fill the rest). */
  props: Script & Record<string, unknown>;
  /** The frame of that script to draw. */
  frame: number;
}

export interface MeasureSheetProps extends Record<string, unknown> {
  template: string;
  stills: MeasureStill[];
}

/** The frames of the sheet that are its stills (the sheet itself lasts until its latest still's frame). */
export const sheetFrames = (props: MeasureSheetProps): [number, number] => [0, props.stills.length - 1];
