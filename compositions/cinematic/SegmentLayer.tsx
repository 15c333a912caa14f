/** What sits over the backdrop for the segment on screen: the hook card, a beat in its own form, or the end card. */
import React from 'react';
import {AbsoluteFill} from 'remotion';
import {
  band,
  boxStyle,
  Captions,
  EndCard,
  GENRE_ACCENT,
  MessageCard,
  NARRATOR_COLOR,
  SpeakerTag,
  StageDirection,
  TitleCard,
  TwistStamp,
  useCurrentSegment,
  useDrama,
  useLayout,
  type Box,
  type TwistState,
} from '../primitives';
import {CAPTIONS_BAND, textBand} from './stage';

/** Bands of the safe zone (fractions of its height) each kind of content sits in. */
const BANDS = {
  hook: [0.08, 0.72],
  stamp: [0.3, 0.42],
  captions: CAPTIONS_BAND,
  message: [0.18, 0.9],
  action: [0.3, 0.78],
  end: [0.02, 0.98],
} as const;

/**
 * With a cast on stage the twist stamp moves above the figures' faces, to the top of the safe zone. Its box is in
 * design units, not a fraction of the safe zone: the tilted, slammed stamp needs the same room in every aspect
 * (a fraction of a short 16:9 safe zone was too small, and the stamp spilled over its top edge).
 */
const castStampBox = (safe: Box, unit: number): Box => ({...safe, top: safe.top + 28 * unit, height: 124 * unit});

export const SegmentLayer: React.FC<{twist: TwistState; cast: boolean}> = ({twist, cast}) => {
  const {script, character} = useDrama();
  const layout = useLayout();
  const {safe, unit} = layout;
  const {segment, localMs} = useCurrentSegment();
  const accent = GENRE_ACCENT[script.genre];
  const area = (name: keyof typeof BANDS) => {
    if (cast && name === 'action') return textBand(layout);
    if (cast && name === 'stamp') return castStampBox(safe, unit);
    const [from, to] = BANDS[name];
    return band(safe, from, to);
  };

  if (segment.kind === 'hook')
    return <TitleCard segment={segment} localMs={localMs} box={area('hook')} unit={unit} accent={accent} />;
  if (segment.kind === 'end')
    return <EndCard segment={segment} localMs={localMs} box={area('end')} unit={unit} accent={accent} />;

  const {beat} = segment;
  const speaker = character(segment.characterId);
  const centered = (name: keyof typeof BANDS, children: React.ReactNode, justify: 'center' | 'flex-end' = 'center') => (
    <div
      style={{
        ...boxStyle(area(name)),
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: justify,
        gap: 22 * unit,
      }}
    >
      {children}
    </div>
  );

  if (beat.kind === 'text') {
    const box = area('message');
    // A phone-sized bubble: on a landscape frame the safe zone is far wider than any phone.
    const width = Math.min(box.width, 860 * unit);
    return centered(
      'message',
      <MessageCard
        text={beat.text}
        sender={speaker}
        localMs={localMs}
        width={width}
        maxTextHeight={box.height * 0.7}
        unit={unit}
      />,
    );
  }
  if (beat.kind === 'action') {
    const box = area('action');
    return centered(
      'action',
      <StageDirection
        text={beat.text}
        localMs={localMs}
        durationMs={segment.durationMs}
        width={box.width}
        height={box.height * 0.8}
        unit={unit}
      />,
    );
  }

  const narration = beat.kind === 'narration';
  const captions = area('captions');
  return (
    <AbsoluteFill>
      {twist.active ? centered('stamp', <TwistStamp twist={twist} fontSize={54 * unit} />) : null}
      {centered(
        'captions',
        <>
          {speaker && !narration ? (
            <SpeakerTag character={speaker} localMs={localMs} fontSize={34 * unit} maxWidth={captions.width} />
          ) : null}
          <Captions
            segment={segment}
            highlight={narration ? NARRATOR_COLOR : (speaker?.color ?? accent)}
            width={captions.width}
            fontSize={70 * unit}
            italic={narration}
          />
        </>,
        'flex-end',
      )}
    </AbsoluteFill>
  );
};
