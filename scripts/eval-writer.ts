/**
 * `npm run eval:writer`: the offline writer on a fixed set of premises it was never tuned on, at 30 and 60 s,
 * timed from estimates (no voices) and measured by the dramaturgy gate, plus the share of sentences that recur
 * word for word across different premises' scripts. Prints figures only; nothing here passes or fails.
 */
import minimist from 'minimist';
import {checkCraft, CRAFT_CHECK_IDS, describeCheck, type CraftReport} from '../src/craft/gate';
import {keysForPremise} from '../src/craft/keys';
import {sentenceRecurrence} from '../src/craft/recurrence';
import {runCommand} from '../src/cli/run';
import {formatFor} from '../src/schema/format';
import type {Script} from '../src/schema/script';
import {timeScript} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import {writeFileAtomic} from '../src/util/files';
import {silentProgress} from '../src/util/progress';
import {offlineWriter} from '../src/write/offline';

const HELP = `Usage: npm run eval:writer [-- options]
Writes every premise of a fixed set with the offline writer at 30 and 60 seconds, checks each script with the
dramaturgy gate and prints: the failed checks per premise, the pass rate per check, the overall pass rate and the
share of sentences that recur across different premises' scripts.
  --json FILE   also write the figures as JSON
  --seed N      writer seed (default 1)
  --help        this text`;

/**
 * Premises of many kinds (comedy, warm, thriller, family, workplace; possessives, twins, objects with an
 * incongruity; two in Spanish), written for this evaluation and used nowhere else: the writer is never tuned on them.
 */
const EVAL_PREMISES: {premise: string; language?: string}[] = [
  {premise: 'Rival food truck owners are forced to share one parking spot for a week'},
  {premise: "A grandmother grabs the mic at her grandson's rap battle"},
  {premise: "A ferry captain finds her daughter's name on a 1962 passenger list"},
  {premise: 'A night nurse finds a patient chart dated tomorrow'},
  {premise: "The CEO's son falls for the intern who keeps beating him at chess"},
  {premise: 'A wedding photographer notices the same stranger in every photo of the couple'},
  {premise: 'Twin brothers swap places for a job interview and both get hired'},
  {premise: "A retired magician's rabbit escapes during his granddaughter's birthday party"},
  {premise: 'A letter addressed to the missing brother arrives at the family farm'},
  {premise: "The lighthouse keeper's logbook has been empty for a year, but the lamp still turns every night"},
  {premise: "A dog walker finds a ransom note in a client's mailbox"},
  {premise: 'Two neighbours feuding over a hedge discover they matched on a dating app'},
  {premise: 'A nervous groom forgets his vows and his best friend reads them from a phone'},
  {premise: 'A teenage chess prodigy accuses her coach of cheating at the national final'},
  {premise: 'Una panadera encuentra un anillo de compromiso dentro de un pastel que no horneó', language: 'es'},
  {premise: 'Un taxista reconoce a su hija desaparecida en el asiento de atrás', language: 'es'},
];

const EVAL_DURATIONS = [30, 60] as const;

interface Run {
  premise: string;
  durationSec: number;
  /** The writer failed outright: no script, every check counts as failed. */
  error?: string;
  failed: string[];
  craft?: CraftReport;
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

async function writeAll(seed: number): Promise<{runs: Run[]; scripts: {premise: string; script: Script}[]}> {
  const runs: Run[] = [];
  const scripts: {premise: string; script: Script}[] = [];
  for (const {premise, language} of EVAL_PREMISES) {
    for (const durationSec of EVAL_DURATIONS) {
      let script: Script;
      try {
        script = await offlineWriter.write(
          {premise, durationSec, seed, language, format: formatFor('9:16')},
          silentProgress,
        );
      } catch (error) {
        runs.push({
          premise,
          durationSec,
          error: (error as Error).message.split('\n')[0],
          failed: [...CRAFT_CHECK_IDS.filter((id) => id !== 'ad-claims')],
        });
        continue;
      }
      const craft = checkCraft(script, timeScript(script), keysForPremise(premise, script.language));
      runs.push({premise, durationSec, craft, failed: craft.checks.filter((c) => !c.pass).map((c) => c.id)});
      scripts.push({premise, script});
    }
  }
  return {runs, scripts};
}

runCommand(async () => {
  const args = minimist(process.argv.slice(2), {string: ['json', 'seed'], boolean: ['help']});
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const seed = args.seed === undefined ? 1 : Number(args.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UserError(`--seed: "${args.seed}" is not a whole number`);

  const {runs, scripts} = await writeAll(seed);
  const out: string[] = ['Failed checks per premise:'];
  for (const run of runs) {
    const what = run.error
      ? `writer error: ${run.error}`
      : run.failed.length
        ? run
            .craft!.checks.filter((c) => !c.pass)
            .map(describeCheck)
            .join('; ')
        : 'all pass';
    out.push(`  ${String(run.durationSec).padStart(2)}s  ${run.premise.slice(0, 60).padEnd(60)}  ${what}`);
  }

  const checkIds = CRAFT_CHECK_IDS.filter((id) => id !== 'ad-claims');
  const perCheck = Object.fromEntries(
    checkIds.map((id) => [id, runs.filter((r) => !r.failed.includes(id)).length / runs.length]),
  );
  out.push('', 'Pass rate per check:');
  for (const id of checkIds) out.push(`  ${id.padEnd(22)} ${percent(perCheck[id])}`);
  const scriptsPassing = runs.filter((r) => !r.error && r.failed.length === 0).length / runs.length;
  const checksPassing =
    runs.reduce((n, r) => n + (checkIds.length - r.failed.length), 0) / (runs.length * checkIds.length);
  const errors = runs.filter((r) => r.error).length;
  const recurrence = sentenceRecurrence(scripts);

  out.push(
    '',
    `Scripts passing every check: ${percent(scriptsPassing)} of ${runs.length} (${EVAL_PREMISES.length} premises x ${EVAL_DURATIONS.join(' and ')} s)` +
      (errors ? `; ${errors} writer errors` : ''),
    `Checks passing overall: ${percent(checksPassing)}`,
    `Sentences recurring across premises: ${percent(recurrence.share)} (${recurrence.recurring} of ${recurrence.sentences})`,
  );
  if (recurrence.top.length) {
    out.push('Most widespread:', ...recurrence.top.slice(0, 8).map((t) => `  ${t.premises} premises: "${t.sentence}"`));
  }
  process.stdout.write(`${out.join('\n')}\n`);

  if (args.json) {
    const figures = {
      seed,
      durations: EVAL_DURATIONS,
      premises: EVAL_PREMISES.length,
      runs: runs.map(({premise, durationSec, error, failed}) => ({
        premise,
        durationSec,
        ...(error && {error}),
        failed,
      })),
      passRatePerCheck: perCheck,
      scriptsPassingEveryCheck: scriptsPassing,
      checksPassing,
      writerErrors: errors,
      recurrence: {
        share: recurrence.share,
        recurring: recurrence.recurring,
        sentences: recurrence.sentences,
        top: recurrence.top.slice(0, 20),
      },
    };
    await writeFileAtomic(args.json, `${JSON.stringify(figures, null, 2)}\n`);
  }
});
