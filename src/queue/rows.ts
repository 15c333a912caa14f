/**
 * A batch file: JSONL (one object per line) or CSV with a header. Each row is a premise plus any of make's options
 * under make's own names (`duration`, `template`, `seed`, `voices`, `set`...), and is checked by make's own parser,
 * so a batch row accepts exactly what `npm run make` accepts. A row with `episodes` is a series (`npm run series`'s
 * parser and checks). Every mistake names the row and the field; nothing is queued until every row is good.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {parseMakeArgs, slugOf, type MakeOptions} from '../cli/make-options';
import type {Env} from '../config';
import {parseSeriesArgs} from '../series/options';
import {UserError} from '../util/errors';

export interface BatchRow {
  /** 1-based: the line of a JSONL file, the record of a CSV file (its header is not a row). */
  row: number;
  options: MakeOptions;
  outDir: string;
  /** A series of this many episodes (the row's `episodes`), made into outDir/ep01, ep02, ...; else one drama. */
  episodes?: number;
}

type Fields = Record<string, unknown>;

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (quoted) throw new UserError(`CSV: a quoted field is not closed by the end of the file`);
  if (field !== '' || record.length) records.push([...record, field]);
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

function csvRows(text: string): Fields[] {
  const [header, ...records] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return records.map((record, i) => {
    if (record.length > names.length)
      throw new UserError(`row ${i + 1}: ${record.length} fields, but the header names ${names.length}`);
    // An empty cell is an option left at its default.
    return Object.fromEntries(names.flatMap((name, k) => (record[k]?.trim() ? [[name, record[k].trim()]] : [])));
  });
}

function jsonlRows(text: string): (Fields | undefined)[] {
  return text.split(/\r?\n/).map((line, i) => {
    if (!line.trim()) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UserError(`row ${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new UserError(`row ${i + 1}: must be an object like {"premise": "...", "duration": 30}`);
    return value as Fields;
  });
}

/** A row as make's command line: the premise as words, every other field as `--name=value`. */
function argvOf(fields: Fields, row: number): string[] {
  const argv: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'premise') continue;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UserError(`row ${row}, field "${name}": not an option of make`);
    if (name === 'set' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) argv.push(`--set=${k}=${String(v)}`);
    } else if (Array.isArray(value)) for (const v of value) argv.push(`--${name}=${String(v)}`);
    else if (value === true || value === 'true') argv.push(`--${name}`);
    else if (value === false || value === 'false') argv.push(`--no-${name}`);
    else if (value !== null && value !== undefined) argv.push(`--${name}=${String(value)}`);
  }
  const premise = fields.premise;
  if (premise !== undefined && typeof premise !== 'string')
    throw new UserError(`row ${row}, field premise: must be text`);
  return premise === undefined ? argv : [...argv, '--', premise];
}

/**
 * A message of make's (which names command-line flags) in the terms of a batch row, whose fields are make's options:
 * "--duration: 500 is out of range" as "field duration: 500 is out of range". Other messages are left as they are.
 */
export function inFieldTerms(message: string): string {
  return message
    .replace(/^unknown option --(?:no-)?([\w-]+).*$/, 'field "$1": not an option of make')
    .replace(/^--([\w-]+)(?: \(template [^)]*\))?: /, 'field $1: ')
    .replace(/^--([\w-]+) /, 'field $1: ')
    .replace(/^no premise.*$/, 'field premise: missing')
    .replace(/^(?:the )?premise /, 'field premise: ');
}

/** "--duration: 500 is out of range" as "row 3, field duration: 500 is out of range". */
function rowError(row: number, error: unknown): never {
  if (!(error instanceof UserError)) throw error;
  throw new UserError(`row ${row}, ${inFieldTerms(error.message)}`);
}

/** Reads and checks every row of a batch file; each row's folder is its `out`, else `<out>/NN-slug`. */
export async function readBatchFile(file: string, outRoot: string, env: Env): Promise<BatchRow[]> {
  let text: string;
  try {
    text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UserError(`cannot read the batch file ${file} (${(error as NodeJS.ErrnoException).code})`);
  }
  const csv = /\.csv$/i.test(file) || (!/\.(jsonl|ndjson|json)$/i.test(file) && !text.trimStart().startsWith('{'));
  const rows = csv ? csvRows(text) : jsonlRows(text);
  const checked: BatchRow[] = [];
  rows.forEach((fields, i) => {
    if (!fields) return;
    const row = i + 1;
    let parsed: (MakeOptions & {episodes?: number}) | 'help';
    try {
      const argv = argvOf(fields, row);
      parsed = fields.episodes === undefined ? parseMakeArgs(argv, env) : parseSeriesArgs(argv, env);
    } catch (error) {
      rowError(row, error);
    }
    if (parsed === 'help') throw new UserError(`row ${row}, field help: not an option of a row`);
    const {episodes, ...options} = parsed;
    const slug = slugOf(options.premise ?? '', `row-${row}`, 48);
    const outDir = options.outDir ?? path.join(outRoot, `${String(row).padStart(3, '0')}-${slug}`);
    checked.push({row, options: {...options, outDir}, outDir, ...(episodes !== undefined && {episodes})});
  });
  if (!checked.length) throw new UserError(`the batch file ${file} has no rows`);
  return checked;
}
