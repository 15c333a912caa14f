/** Darkens the top and bottom of the frame so white captions read over any scene (a gradient, not a blur: cheap). */
import React from 'react';
import {AbsoluteFill} from 'remotion';

export const Scrim: React.FC = () => (
  <AbsoluteFill
    style={{
      background:
        'linear-gradient(to bottom, rgba(0,0,0,0.45) 0%, rgba(0,0,0,0) 18%, rgba(0,0,0,0) 45%, rgba(0,0,0,0.55) 70%, rgba(0,0,0,0.7) 100%)',
    }}
  />
);
