/** The building blocks every template is made of; see compositions/README.md for how they fit together. */
export {DramaFrame} from './DramaFrame';
export {DramaProvider, useDrama, useNowMs, useCurrentSegment, directionOf, type Drama} from './drama';
export {FONT_FAMILY, WEIGHT, loadFontsFor} from './fonts';
export {FontsReady, scriptText} from './FontsReady';
export {Soundtrack} from './Soundtrack';
export {mediaSrc} from './media';
export {
  useLayout,
  safeZone,
  designUnit,
  band,
  column,
  inset,
  boxStyle,
  shapeOf,
  SAFE_INSETS,
  PLATFORM_SAFE_INSETS,
  type Box,
  type Insets,
  type Layout,
  type Shape,
} from './layout';
export {GENRE_ACCENT, NARRATOR_COLOR} from './accent';
export {EMOTION_COLORS, segmentEmotions, type EmotionColors} from './emotion';
export {mix, readableOn, luminance} from './color';
export {labelsFor, typingLabel, type Labels} from './labels';
export {fadeInOut, fadeOut, enter, punch, shake} from './motion';
export {textBox, TEXT_KINDS, type TextKind} from './inspect/text-boxes';
export {FittedText, FittedLines, useFit, textStyleCss} from './text/FittedText';
export {measureTokens, measureAtReference, type TextStyle} from './text/measure';
export {Captions} from './captions/Captions';
export {KineticCaptions} from './captions/KineticCaptions';
export {SpokenText} from './captions/SpokenText';
export {SpeakerTag} from './SpeakerTag';
export {ProgressBar} from './ProgressBar';
export {SpanTransition, useLinearTiming, type Span} from './transitions/SpanTransition';
export {SceneBackground} from './SceneBackground';
export {SceneBackdrop} from './SceneBackdrop';
export {CameraMove} from './CameraMove';
export {PaintedScene} from './backgrounds/PaintedScene';
export {EmotionBackground} from './backgrounds/EmotionBackground';
export {TitleCard} from './cards/TitleCard';
export {EndCard} from './cards/EndCard';
export {TwistGrade, TwistStamp, useTwist, type TwistState} from './cards/Twist';
export {MessageCard} from './cards/MessageCard';
export {StageDirection} from './cards/StageDirection';
export {Avatar, initialOf} from './chat/Avatar';
export {TypingDots} from './chat/TypingDots';
export {ChatBubble, type Receipt} from './chat/ChatBubble';
export {
  bubbleMetrics,
  layoutBubble,
  useBubbleLayout,
  type BubbleLayout,
  type BubbleMetrics,
} from './chat/bubble-layout';
export {CastStage, type CastStageProps} from './cast/CastStage';
export {Figure, FIGURE_BOX, DAYLIGHT, type FigureProps, type FigureLight, type FigureStyle} from './cast/Figure';
export {lookOf, type Look} from './cast/appearance';
export {EXPRESSIONS, type Expression} from './cast/expression';
export {placeFigures, clip, type Placement} from './cast/staging';
export {FIGURE_BOX_ATTRIBUTE, FIGURE_MEASURE_LEVEL} from './cast/measure';
