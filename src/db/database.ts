/**
 * The database: embedded PGlite (Postgres in WASM, files under the data folder) by default, or a real Postgres
 * server when a connection URL is given. Both speak the same SQL through one small interface, so the studio and
 * the queue (which shares these tables) never know which one they talk to.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';

/** Anything that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Folder for the embedded database's files (created if missing); ignored when `url` is set. */
  dataDir?: string;
  /** A postgres:// URL: use that server instead of the embedded database. */
  url?: string;
}

/** Opens the database the options name; call migrate() on it before use. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const {openPostgres} = await import('./postgres');
    return openPostgres(options.url);
  }
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // PGlite imports Node built-ins dynamically, which jest's module sandbox refuses: tests run the database in a
  // server process of its own (test/helpers/studio.ts).
  const {PGlite} = await import('@electric-sql/pglite');
  let dir: string | undefined;
  if (dataDir) {
    dir = path.join(path.resolve(dataDir), 'db');
    await fs.mkdir(dir, {recursive: true});
  }
  // Without a folder the database lives in memory (tests).
  const pg = dir ? new PGlite(dir) : new PGlite();
  await pg.waitReady;
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pg.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    transaction: (work) =>
      pg.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
          exec: async (sql: string) => void (await tx.exec(sql)),
        }),
      ),
    close: () => pg.close(),
  };
}
