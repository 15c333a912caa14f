/**
 * `npm run schema`: writes public/script.schema.json and public/series.schema.json from the zod schemas. `--check`
 * fails if either is stale.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {runCommand} from '../src/cli/run';
import {scriptJsonSchema} from '../src/schema/json-schema';
import {seriesJsonSchema} from '../src/schema/series';
import {UserError} from '../src/util/errors';
import {writeFileAtomic} from '../src/util/files';
import {PUBLIC_DIR} from '../src/util/paths';

const HELP = `Usage: npm run schema [-- --check]
Writes public/script.schema.json and public/series.schema.json from the zod schemas in src/schema/script.ts and
src/schema/series.ts.
  --check   write nothing; exit 2 if the file differs from the schema
  --help    this text`;

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return void process.stdout.write(`${HELP}\n`);
  const unknown = args.find((a) => a !== '--check');
  if (unknown) throw new UserError(`unknown option ${unknown} (see --help)`);
  const schemas: [string, Record<string, unknown>][] = [
    ['script.schema.json', scriptJsonSchema()],
    ['series.schema.json', seriesJsonSchema()],
  ];
  for (const [name, schema] of schemas) {
    const file = path.join(PUBLIC_DIR, name);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
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
      continue;
    }
    await writeFileAtomic(file, text);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
  }
});
