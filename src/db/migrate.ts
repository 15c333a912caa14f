/**
 * Versioned migrations: numbered SQL files in migrations/ (001_name.sql, 002_name.sql, ...), each applied once, in
 * order, in its own transaction, and recorded in the migrations table. A lock keeps two processes (a server and a
 * worker starting together against one Postgres) from applying the same migration twice.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {Database} from './database';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations on disk, in version order; a file that is not NNN_name.sql is an error, not skipped. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`migration file "${file}" must be named NNN_name.sql`);
    migrations.push({version: Number(match[1]), name: match[2], sql: await fs.readFile(path.join(dir, file), 'utf8')});
  }
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.version}_${m.name} is out of sequence (expected ${i + 1})`);
  });
  return migrations;
}

// An arbitrary constant: the advisory lock every microdrama process takes while migrating.
const MIGRATION_LOCK = 7_301_115;

/** Applies every migration not yet applied; returns the versions it applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{version: number}>('SELECT version FROM migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of all) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
