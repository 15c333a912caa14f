/** `npm run schema`: writes public/script.schema.json from the zod schema. `--check` fails if it is stale. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {runCommand} from '../src/cli/run';
import {scriptJsonSchema} from '../src/schema/json-schema';
import {UserError} from '../src/util/errors';
import {writeFileAtomic} from '../src/util/files';
import {PUBLIC_DIR} from '../src/util/paths';

const HELP = `Usage: npm run schema [-- --check]
Writes public/script.schema.json from the zod schema in src/schema/script.ts.
  --check   write nothing; exit 2 if the file differs from the schema
  --help    this text`;

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return void process.stdout.write(`${HELP}\n`);
  const unknown = args.find((a) => a !== '--check');
  if (unknown) throw new UserError(`unknown option ${unknown} (see --help)`);
  const file = path.join(PUBLIC_DIR, 'script.schema.json');
  const text = `${JSON.stringify(scriptJsonSchema(), null, 2)}\n`;
  if (args.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current !== text)
      throw new UserError(`${path.relative(process.cwd(), file)} is out of date: run npm run schema`);
    return;
  }
  await writeFileAtomic(file, text);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
});
