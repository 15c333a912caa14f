/**
 * What the player needs to show a script in a template: the same component, props and length the renderer uses
 * (the registry's component, the template's options with their defaults, timeScript's durationInFrames).
 */
import type React from 'react';
import {REGISTRY} from '../../compositions/registry';
import type {Script} from '../../src/schema/script';
import {timeScript, type Timeline} from '../../src/time/timeline';

export interface PreviewComposition {
  component: React.FC<Record<string, unknown>>;
  inputProps: Record<string, unknown>;
  width: number;
  height: number;
  fps: number;
  durationInFrames: number;
  timeline: Timeline;
}

export function compositionFor(script: Script, template: string, options: Record<string, unknown>): PreviewComposition {
  const entry = REGISTRY.find((t) => t.name === template) ?? REGISTRY[0];
  const timeline = timeScript(script);
  return {
    component: entry.component as unknown as React.FC<Record<string, unknown>>,
    inputProps: {...script, ...entry.options.parse(options ?? {})},
    width: script.format.width,
    height: script.format.height,
    fps: script.format.fps,
    durationInFrames: timeline.durationInFrames,
    timeline,
  };
}
