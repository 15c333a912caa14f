/** Cross-field checks that a per-field schema cannot express. Messages name the path and what was wrong. */
import type {z} from 'zod';

interface CheckedScript {
  characters: {id: string}[];
  scenes: {id: string; beats: {kind: string; characterId?: string; marker?: string}[]}[];
}

const list = (ids: string[]) => ids.join(', ');

export function checkScript(script: CheckedScript, ctx: z.RefinementCtx): void {
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({code: 'custom', path, message});
  const characterIds = script.characters.map((c) => c.id);

  const firstIndex = new Map<string, number>();
  characterIds.forEach((cid, i) => {
    if (firstIndex.has(cid))
      fail(['characters', i, 'id'], `"${cid}" is used by characters[${firstIndex.get(cid)}] too; ids must be unique`);
    else firstIndex.set(cid, i);
  });
  const sceneIndex = new Map<string, number>();
  script.scenes.forEach((scene, i) => {
    if (sceneIndex.has(scene.id))
      fail(['scenes', i, 'id'], `"${scene.id}" is used by scenes[${sceneIndex.get(scene.id)}] too; ids must be unique`);
    else sceneIndex.set(scene.id, i);
  });

  const markers = new Map<string, string>();
  script.scenes.forEach((scene, s) =>
    scene.beats.forEach((beat, b) => {
      const path = ['scenes', s, 'beats', b];
      if (beat.kind === 'line' && !beat.characterId) {
        fail([...path, 'characterId'], `a line needs the id of the character who speaks it (${list(characterIds)})`);
      }
      if (beat.characterId !== undefined && !firstIndex.has(beat.characterId)) {
        fail([...path, 'characterId'], `"${beat.characterId}" is not a character (${list(characterIds)})`);
      }
      if (beat.marker) {
        const where = `scenes[${s}].beats[${b}]`;
        const previous = markers.get(beat.marker);
        if (previous)
          fail([...path, 'marker'], `"${beat.marker}" is already marked at ${previous}; mark one beat at most`);
        else markers.set(beat.marker, where);
      }
    }),
  );
}
