/**
 * The hook card: the title small, then the hook in big type with its words lit as they are spoken, over the first
 * scene. It has to stop the scroll in under two seconds, so it enters fast and fills its band.
 */
import React from 'react';
import type {Segment} from '../../../src/time/timeline';
import {SpokenText} from '../captions/SpokenText';
import {useDrama} from '../drama';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {textBox} from '../inspect/text-boxes';
import {boxStyle, type Box} from '../layout';
import {enter, fadeOut} from '../motion';

export interface TitleCardProps {
  segment: Segment;
  localMs: number;
  /** Where the card goes; the title takes the top of it. */
  box: Box;
  unit: number;
  accent: string;
}

export const TitleCard: React.FC<TitleCardProps> = ({segment, localMs, box, unit, accent}) => {
  const {script} = useDrama();
  // Frame 0 is the thumbnail and the first thing a scroller sees: the card is already there, it only settles.
  const opacity = fadeOut(localMs, segment.durationMs, 250);
  const rise = 0.5 + 0.5 * enter(localMs, 350);
  const titleSize = 40 * unit;
  return (
    <div
      style={{
        ...boxStyle(box),
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        gap: 28 * unit,
        opacity,
      }}
    >
      <div
        {...textBox('card')}
        style={{
          fontFamily: FONT_FAMILY,
          fontWeight: WEIGHT.heavy,
          fontSize: titleSize,
          letterSpacing: '0.18em',
          textTransform: 'uppercase',
          color: accent,
          maxWidth: box.width,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          textShadow: '0 2px 12px rgba(0,0,0,0.8)',
          transform: `translateY(${(1 - rise) * 30 * unit}px)`,
        }}
      >
        {script.title}
      </div>
      <div style={{width: 120 * unit, height: 6 * unit, background: accent, transform: `scaleX(${rise})`}} />
      <div style={{transform: `scale(${0.9 + 0.1 * rise})`}}>
        <SpokenText
          segment={segment}
          kind="caption"
          style={{fontWeight: WEIGHT.heavy}}
          width={box.width}
          height={box.height - titleSize * 3}
          maxSize={110 * unit}
          minSize={40 * unit}
          lineHeight={1.12}
          highlight={accent}
          dimUnspoken={false}
          css={{textShadow: '0 4px 24px rgba(0,0,0,0.85)'}}
        />
      </div>
    </div>
  );
};
