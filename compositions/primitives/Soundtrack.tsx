/**
 * The one audio element of a render: the mixer has already placed every voice, the music and the effects on a
 * single track, so templates never play anything else.
 */
import React from 'react';
import {Audio} from 'remotion';
import type {Script} from '../../src/schema/script';
import {mediaSrc} from './media';

export const Soundtrack: React.FC<{soundtrack: Script['soundtrack']}> = ({soundtrack}) =>
  soundtrack ? <Audio src={mediaSrc(soundtrack.src)} /> : null;
