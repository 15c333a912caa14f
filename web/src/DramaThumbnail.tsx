/** One still of a drama, drawn live by its template (@remotion/player's Thumbnail): posters and template pictures. */
import {Thumbnail} from '@remotion/player';
import type {PreviewComposition} from './preview-props';

export function DramaThumbnail({composition: c, frame}: {composition: PreviewComposition; frame: number}) {
  return (
    <Thumbnail
      component={c.component}
      inputProps={c.inputProps}
      compositionWidth={c.width}
      compositionHeight={c.height}
      durationInFrames={c.durationInFrames}
      fps={c.fps}
      frameToDisplay={Math.min(c.durationInFrames - 1, frame)}
      style={{width: '100%', height: '100%'}}
    />
  );
}
