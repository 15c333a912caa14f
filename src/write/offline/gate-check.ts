/**
 * The dramaturgy rules the offline writer plans against, measured on the timed script (the shared gate in
 * src/craft checks the same rules for every writer; this copy lets the writer pick among its own plans).
 */
import type {Emotion, Script} from '../../schema/script';
import {timeScript} from '../../time/timeline';

export const INTENSITY: Record<Emotion, number> = {
  neutral: 0, happy: 0.3, tender: 0.3, smug: 0.3, cold: 0.4, sad: 0.5, surprised: 0.6, angry: 0.7, afraid: 0.7, desperate: 0.9, shocked: 1,
};

/** Problems with a script's pace and structure; empty when it passes. */
export function planProblems(script: Script, keys: {people: string[]; object?: string; place?: string}): string[] {
  const timeline = timeScript(script);
  const total = timeline.totalMs;
  const segs = timeline.segments;
  const problems: string[] = [];
  const text = [script.hook, ...script.scenes.flatMap((s) => s.beats.map((b) => b.text)), script.twist, script.cliffhanger].join(' ').toLowerCase();
  const hook = segs[0];
  if (![...keys.people, keys.object, keys.place].some((k) => k && hook.text.toLowerCase().includes(k.toLowerCase()))) problems.push('hook names no key');
  const firstLine = segs.find((s) => s.beat && (s.beat.kind === 'line' || s.beat.kind === 'text'));
  if (!firstLine || firstLine.startMs > 5000) problems.push('first line late');
  for (let i = 1; i < segs.length; i++) if (segs[i].startMs - segs[i - 1].startMs > 4000) problems.push(`gap at ${i}`);
  const twist = segs.find((s) => s.beat?.marker === 'twist');
  if (!twist || twist.startMs < total * 0.5 || twist.startMs > total * 0.85) problems.push('twist placement');
  const setups = segs.filter((s) => s.beat?.setup === 'twist' && twist && s.startMs < twist.startMs).length;
  if (setups < 2) problems.push('setups');
  const cliff = segs.find((s) => s.beat?.marker === 'cliffhanger');
  if (!cliff || cliff.startMs < total * 0.75) problems.push('cliffhanger placement');
  for (const k of [...keys.people, keys.object, keys.place]) if (k && !text.includes(k.toLowerCase())) problems.push(`missing ${k}`);
  for (const s of segs) {
    if (s.beat?.kind === 'line' && s.speechMs > 0 && s.text.split(/\s+/).length / (s.speechMs / 1000) > 3.5) problems.push('too fast');
  }
  const beats = segs.filter((s) => s.beat);
  const peak = beats.reduce((a, b) => (INTENSITY[b.beat!.emotion ?? 'neutral'] > INTENSITY[a.beat!.emotion ?? 'neutral'] ? b : a), beats[0]);
  if (peak.startMs < total * 0.5) problems.push('peak early');
  return problems;
}
