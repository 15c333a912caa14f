/**
 * What every template wraps its layout in: the script and its timeline in context, the fonts loaded before the
 * first frame, and the soundtrack. A template then only decides where things go. With the `measure` prop the frame
 * draws only its text boxes (see inspect/), for the layout tests.
 */
import React from 'react';
import {AbsoluteFill} from 'remotion';
import type {Script} from '../../src/schema/script';
import type {CommonProps} from '../../src/templates';
import {directionOf, DramaProvider} from './drama';
import {FONT_FAMILY} from './fonts';
import {FontsReady} from './FontsReady';
import {MeasureMode} from './inspect/MeasureMode';
import {Soundtrack} from './Soundtrack';

export interface DramaFrameProps {
  /** The template's props: the script, plus the common props (measure). */
  script: Script & CommonProps;
  background?: string;
  children: React.ReactNode;
}

export const DramaFrame: React.FC<DramaFrameProps> = ({script, background = '#05060b', children}) => {
  const frame = (
    // Measuring must see text that leaves the frame, so the frame only clips when it is not being measured. A
    // right-to-left script mirrors every row (chat sides, tags, headers); absolute positions stay as they are.
    <AbsoluteFill
      dir={directionOf(script.language)}
      style={{background, fontFamily: FONT_FAMILY, overflow: script.measure ? 'visible' : 'hidden'}}
    >
      <FontsReady script={script}>{children}</FontsReady>
      {script.measure ? null : <Soundtrack soundtrack={script.soundtrack} />}
    </AbsoluteFill>
  );
  return <DramaProvider script={script}>{script.measure ? <MeasureMode>{frame}</MeasureMode> : frame}</DramaProvider>;
};
