/**
 * The end card: the cliffhanger, spoken, then the "to be continued / part 2" tease that brings viewers back; in an
 * advertisement (script.ad), the brand's call to action, name and logo instead.
 */
import React from 'react';
import {AbsoluteFill, Img} from 'remotion';
import type {AdBrief} from '../../../src/schema/script';
import type {Segment} from '../../../src/time/timeline';
import {SpokenText} from '../captions/SpokenText';
import {useDrama} from '../drama';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {labelsFor} from '../labels';
import {textBox} from '../inspect/text-boxes';
import {boxStyle, type Box} from '../layout';
import {mediaSrc} from '../media';
import {enter} from '../motion';

export interface EndCardProps {
  segment: Segment;
  localMs: number;
  box: Box;
  unit: number;
  accent: string;
}

export const EndCard: React.FC<EndCardProps> = ({segment, localMs, box, unit, accent}) => {
  const {script} = useDrama();
  const labels = labelsFor(script.language);
  const dim = enter(localMs, 400);
  // The tease arrives once the cliffhanger has been said.
  const teaseAt = Math.min(segment.speechStartMs - segment.startMs + segment.speechMs, segment.durationMs * 0.6);
  const tease = enter(localMs - teaseAt, 350);
  const label = (size: number, color: string): React.CSSProperties => ({
    fontFamily: FONT_FAMILY,
    fontWeight: WEIGHT.heavy,
    fontSize: size,
    letterSpacing: '0.14em',
    color,
    textAlign: 'center',
    maxWidth: box.width,
  });
  return (
    <>
      <AbsoluteFill style={{background: 'rgba(4,5,12,0.62)', opacity: dim}} />
      <div
        style={{
          ...boxStyle(box),
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          alignItems: 'center',
          gap: 40 * unit,
        }}
      >
        <div style={{opacity: dim, transform: `translateY(${(1 - dim) * 40 * unit}px)`}}>
          <SpokenText
            segment={segment}
            kind="caption"
            style={{fontWeight: WEIGHT.heavy}}
            width={box.width}
            height={box.height * 0.5}
            maxSize={96 * unit}
            minSize={36 * unit}
            lineHeight={1.15}
            highlight={accent}
            css={{textShadow: '0 4px 24px rgba(0,0,0,0.9)'}}
          />
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 22 * unit,
            opacity: tease,
            transform: `scale(${0.85 + 0.15 * tease})`,
          }}
        >
          {script.ad ? (
            <AdSignOff ad={script.ad} unit={unit} accent={accent} label={label} />
          ) : (
            <>
              <div {...textBox('card')} style={label(34 * unit, 'rgba(255,255,255,0.8)')}>
                {labels.toBeContinued}
              </div>
              <div
                {...textBox('card')}
                style={{
                  ...label(58 * unit, '#0b0b12'),
                  background: accent,
                  padding: `${14 * unit}px ${44 * unit}px`,
                  borderRadius: 60 * unit,
                }}
              >
                {labels.nextPart} ▶
              </div>
              <div
                {...textBox('card')}
                style={{...label(30 * unit, 'white'), letterSpacing: '0.02em', fontWeight: WEIGHT.bold}}
              >
                {labels.follow}
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
};

/** An ad's sign-off: the logo (or the brand's name as a wordmark), the call to action, and the address if given. */
const AdSignOff: React.FC<{
  ad: AdBrief;
  unit: number;
  accent: string;
  label: (size: number, color: string) => React.CSSProperties;
}> = ({ad, unit, accent, label}) => (
  <>
    {ad.logo ? (
      <Img
        src={mediaSrc(ad.logo)}
        alt={ad.brand}
        style={{maxHeight: 150 * unit, maxWidth: 420 * unit, objectFit: 'contain'}}
      />
    ) : null}
    <div {...textBox('card')} style={{...label(ad.logo ? 30 * unit : 44 * unit, 'white'), letterSpacing: '0.08em'}}>
      {ad.brand}
    </div>
    <div
      {...textBox('card')}
      style={{
        ...label(50 * unit, '#0b0b12'),
        letterSpacing: '0.04em',
        background: accent,
        padding: `${14 * unit}px ${40 * unit}px`,
        borderRadius: 60 * unit,
      }}
    >
      {ad.cta}
    </div>
    {ad.url ? (
      <div
        {...textBox('card')}
        style={{...label(28 * unit, 'rgba(255,255,255,0.85)'), letterSpacing: '0.02em', fontWeight: WEIGHT.bold}}
      >
        {ad.url.replace(/^https?:\/\//, '')}
      </div>
    ) : null}
  </>
);
