import {ENGLISH_PREMISES} from '../test/fixtures/premises';
import {writeOffline} from '../src/write/offline';
import {formatFor} from '../src/schema/format';
import {planProblems} from '../src/write/offline/gate-check';
import {premiseKeys, parsePremise} from '../src/premise';
const extra = process.argv.slice(2);
let pass = 0, total = 0;
for (const premise of extra.length ? extra : ENGLISH_PREMISES) for (const d of [15, 30, 45, 60, 90]) {
  const s = writeOffline({premise, durationSec: d, seed: 1, format: formatFor('9:16')});
  const p = planProblems(s, premiseKeys(parsePremise(premise, 'en')));
  total++; if (!p.length) pass++; else console.log(d, premise.slice(0, 50), p.join('; '));
}
console.log(`${pass}/${total}`);
