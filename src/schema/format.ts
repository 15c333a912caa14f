/** The output aspects a user can ask for, and the frame size each one means. */
import type {Format} from './script';

export const ASPECTS = {
  '9:16': {width: 1080, height: 1920},
  '1:1': {width: 1080, height: 1080},
  '16:9': {width: 1920, height: 1080},
} as const;

export type Aspect = keyof typeof ASPECTS;
export const FPS = 30;

export function isAspect(value: string): value is Aspect {
  return Object.hasOwn(ASPECTS, value);
}

export function formatFor(aspect: Aspect): Format {
  return {...ASPECTS[aspect], fps: FPS};
}

/** The aspect a format has, if it is one of ours. */
export function aspectOf(format: Pick<Format, 'width' | 'height'>): Aspect | undefined {
  return (Object.keys(ASPECTS) as Aspect[]).find(
    (a) => ASPECTS[a].width * format.height === ASPECTS[a].height * format.width,
  );
}
