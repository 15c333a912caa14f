import {parsePremise} from '../src/premise';
import {castSituation} from '../src/write/offline/cast';
import {termsFor} from '../src/write/offline/terms';
import {rngFor} from '../src/write/offline/random';
for (const p of process.argv.slice(2)) {
  const s = parsePremise(p, 'en');
  const cast = castSituation(s, s.tone, rngFor('cast', p, 1), false);
  const t = termsFor(s, cast, false);
  const {P, O, A, D, ...rest} = t as any;
  console.log(JSON.stringify({p, protagonist: s.protagonist, others: s.others, object: s.object, place: s.place, inc: s.incongruity, event: s.event, tone: s.tone}, null, 0));
  console.log(' cast', cast.map((c) => `${c.slot}:${c.name}/${c.role}/${c.relation ?? ''}/${c.fromPremise ? 'prem' : ''}`).join(' | '));
  console.log(' terms', JSON.stringify(rest));
}
