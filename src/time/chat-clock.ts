/**
 * The phone's clock: each scene starts at a time that fits its time of day (or a few minutes after the scene
 * before, if that is later: time never runs backwards) and every beat moves it on a little, so timestamps,
 * separators and receipts agree and feel like a real evening of messages. 24-hour, like most phones.
 */
import type {Script, TimeOfDay} from '../schema/script';

const SCENE_START_MINUTES: Record<TimeOfDay, number> = {
  dawn: 5 * 60 + 48,
  morning: 8 * 60 + 14,
  day: 12 * 60 + 31,
  afternoon: 15 * 60 + 22,
  dusk: 18 * 60 + 52,
  evening: 20 * 60 + 41,
  night: 23 * 60 + 7,
};

/** Minutes between two beats of a scene (a conversation moves quickly), and between two scenes at the least. */
const MINUTES_PER_BEAT = 0.6;
const MINUTES_BETWEEN_SCENES = 6;

/** The minute of the day (possibly past midnight) each scene starts at. */
function sceneStarts(script: Script): number[] {
  const starts: number[] = [];
  script.scenes.forEach((scene, i) => {
    const earliest =
      i === 0 ? 0 : starts[i - 1] + script.scenes[i - 1].beats.length * MINUTES_PER_BEAT + MINUTES_BETWEEN_SCENES;
    starts.push(Math.max(SCENE_START_MINUTES[scene.timeOfDay], earliest));
  });
  return starts;
}

const format = (minutes: number) => {
  const total = Math.floor(minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** The clock at a beat of a scene (beat -1: the scene's start). */
export function clockAt(script: Script, sceneIndex: number, beatIndex: number): string {
  return format(sceneStarts(script)[sceneIndex] + Math.max(0, beatIndex) * MINUTES_PER_BEAT);
}
