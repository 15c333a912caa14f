import {formatFor} from '../src/schema/format';
import {offlineWriter} from '../src/write/offline';
import {silentProgress} from '../src/util/progress';
import {checkCraft} from '../src/craft/gate';
import {keysForPremise} from '../src/craft/keys';
import {timeScript} from '../src/time/timeline';
const [premise, dur = '45', seed = '1', lang] = process.argv.slice(2);
(async () => {
  const s = await offlineWriter.write({premise, durationSec: Number(dur), seed: Number(seed), language: lang, format: formatFor('9:16')}, silentProgress);
  console.log(`# ${s.title} [${s.genre}] ${s.language}`);
  for (const c of s.characters) console.log(`  cast ${c.id}: ${c.name} — ${c.role}; ${c.description}`);
  for (const sc of s.scenes) {
    console.log(`-- scene ${sc.id}: ${sc.setting ?? ''} ${JSON.stringify((sc as any).location ?? '')}`);
    for (const b of sc.beats) console.log(`   [${(b as any).kind ?? b.type}] ${(b as any).speaker ?? ''}${(b as any).emotion ? '(' + (b as any).emotion + ')' : ''}: ${(b as any).text}`);
  }
  const craft = checkCraft(s, timeScript(s), keysForPremise(premise, s.language));
  console.log('FAILED:', craft.checks.filter((c) => !c.pass).map((c) => `${c.id}=${c.measured ?? (c as any).value}`).join('; ') || 'none');
})();
