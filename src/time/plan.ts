/** The plan printed before rendering (and alone with --dry-run): scenes, beats, their times and the craft summary. */
import {summarizeCraft, type CraftReport} from '../craft/gate';
import type {Script} from '../schema/script';
import type {Timeline} from './timeline';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** The plan as text; with a craft report, its one-line summary closes it. */
export function describePlan(script: Script, timeline: Timeline, craft?: CraftReport): string {
  const names = new Map(script.characters.map((c) => [c.id, c.name]));
  const lines = [
    `"${script.title}" (${script.genre}, ${script.mood}, ${script.language}) ${script.format.width}x${script.format.height} @ ${script.format.fps} fps`,
    `Logline: ${script.logline}`,
    `Cast: ${script.characters.map((c) => `${c.name} (${c.role})`).join(', ')}`,
  ];
  if (script.hooks && script.hooks.length > 1) {
    lines.push(`Hooks, best first: ${script.hooks.map((h) => `"${h.text}" (${h.score.toFixed(1)})`).join(', ')}`);
  }
  for (const segment of timeline.segments) {
    const at = `${seconds(segment.startMs).padStart(6)} +${seconds(segment.durationMs).padEnd(5)}`;
    if (segment.kind !== 'beat') {
      lines.push(`${at} [${segment.kind === 'hook' ? 'HOOK CARD' : 'END CARD'}] ${segment.text}`);
      continue;
    }
    if (segment.beatIndex === 0) {
      const scene = script.scenes[segment.sceneIndex];
      lines.push(`Scene ${segment.sceneIndex + 1}: ${scene.location}, ${scene.timeOfDay}`);
    }
    const {beat} = segment;
    const who = beat.characterId ? names.get(beat.characterId) : undefined;
    const label = beat.kind === 'line' ? who : beat.kind === 'text' ? `text${who ? ` from ${who}` : ''}` : beat.kind;
    const marker = beat.marker ? ` <${beat.marker.toUpperCase()}>` : '';
    lines.push(`${at}   ${label}: ${beat.text}${marker}`);
  }
  const target = script.targetDurationSec * 1000;
  const off = ((timeline.totalMs - target) / target) * 100;
  lines.push(
    `Total ${seconds(timeline.totalMs)} for a target of ${seconds(target)} (${off >= 0 ? '+' : ''}${off.toFixed(1)}%)` +
      (timeline.fitsTarget
        ? ''
        : timeline.totalMs > target
          ? ': runs long, the lines take longer than the target allows'
          : ': runs short'),
  );
  if (craft) lines.push(summarizeCraft(craft));
  return lines.join('\n');
}
