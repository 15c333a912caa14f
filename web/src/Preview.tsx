/** The live preview: @remotion/player playing the same composition the renderer renders, with voices and score. */
import {Player, type PlayerRef} from '@remotion/player';
import {forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState} from 'react';
import type {Script} from '../../src/schema/script';
import {compositionFor} from './preview-props';

export interface PreviewHandle {
  /** Shows the beat: moves to the middle of its words. */
  seekToBeat(scene: number, beat: number): void;
}

const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

export const Preview = forwardRef<
  PreviewHandle,
  {script: Script; template: string; templateOptions: Record<string, unknown>}
>(function Preview({script, template, templateOptions}, ref) {
  const player = useRef<PlayerRef>(null);
  const [frame, setFrame] = useState(0);
  const c = useMemo(() => compositionFor(script, template, templateOptions), [script, template, templateOptions]);

  useImperativeHandle(
    ref,
    () => ({
      seekToBeat(scene, beat) {
        const segment = c.timeline.segments.find(
          (s) => s.kind === 'beat' && s.sceneIndex === scene && s.beatIndex === beat,
        );
        if (!segment) return;
        const ms = segment.speechStartMs + segment.speechMs * 0.6;
        player.current?.pause();
        player.current?.seekTo(Math.min(c.durationInFrames - 1, Math.round((ms / 1000) * c.fps)));
      },
    }),
    [c],
  );

  useEffect(() => {
    const p = player.current;
    if (!p) return;
    const onFrame = (e: {detail: {frame: number}}) => setFrame(e.detail.frame);
    p.addEventListener('frameupdate', onFrame);
    return () => p.removeEventListener('frameupdate', onFrame);
  }, [c]);

  const tall = c.height > c.width;
  return (
    <div className="preview">
      <div data-testid="player" className={`player ${tall ? 'tall' : 'wide'}`}>
        <Player
          ref={player}
          component={c.component}
          inputProps={c.inputProps}
          durationInFrames={c.durationInFrames}
          compositionWidth={c.width}
          compositionHeight={c.height}
          fps={c.fps}
          controls
          clickToPlay
          style={{width: '100%', aspectRatio: `${c.width} / ${c.height}`}}
        />
      </div>
      <p className="clock">
        <span data-testid="frame" data-frame={frame}>
          {clock((frame / c.fps) * 1000)}
        </span>{' '}
        / {clock(c.timeline.totalMs)} · frame {frame} of {c.durationInFrames}
      </p>
    </div>
  );
});
