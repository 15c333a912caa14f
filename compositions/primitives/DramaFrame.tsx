/**
 * What every template wraps its layout in: the script and its timeline in context, the fonts loaded before the
 * first frame, and the soundtrack. A template then only decides where things go.
 */
import React from 'react';
import {AbsoluteFill} from 'remotion';
import type {Script} from '../../src/schema/script';
import {DramaProvider} from './drama';
import {FONT_FAMILY} from './fonts';
import {FontsReady} from './FontsReady';
import {Soundtrack} from './Soundtrack';

export const DramaFrame: React.FC<{script: Script; background?: string; children: React.ReactNode}> = ({script, background = '#05060b', children}) => (
  <DramaProvider script={script}>
    <AbsoluteFill style={{background, fontFamily: FONT_FAMILY, overflow: 'hidden'}}>
      <FontsReady script={script}>{children}</FontsReady>
      <Soundtrack soundtrack={script.soundtrack} />
    </AbsoluteFill>
  </DramaProvider>
);
