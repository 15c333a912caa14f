/** Projects and their script versions. Every change to a script is a new version; nothing is updated in place. */
import {randomUUID} from 'node:crypto';
import type {Database, Queryable} from './database';

export interface ProjectRow {
  id: string;
  title: string;
  premise: string;
  settings: Record<string, unknown>;
  headVersion: number;
  poster: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionRow {
  version: number;
  parent: number | null;
  script: unknown;
  settings: Record<string, unknown>;
  note: string;
  createdAt: Date;
}

const PROJECT_COLUMNS = `id, title, premise, settings, head_version AS "headVersion", poster, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** A new, url-safe project id. */
export const newId = () => randomUUID().replace(/-/g, '').slice(0, 12);

export async function createProject(
  db: Database,
  project: {title: string; premise: string; settings: Record<string, unknown>; script: unknown},
): Promise<ProjectRow> {
  const id = newId();
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO projects (id, title, premise, settings) VALUES ($1, $2, $3, $4)', [
      id,
      project.title,
      project.premise,
      project.settings,
    ]);
    await appendVersion(tx, id, {script: project.script, settings: project.settings}, 'written', null);
    return (await getProject(tx, id))!;
  });
}

export async function getProject(db: Queryable, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.query<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = $1`, [id]);
  return row;
}

/** Every project, the most recently changed first. */
export function listProjects(db: Queryable): Promise<ProjectRow[]> {
  return db.query<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects ORDER BY updated_at DESC, id`);
}

/** Sets the poster a finished render made (the home list shows it). */
export async function setPoster(db: Queryable, id: string, poster: string): Promise<void> {
  await db.query('UPDATE projects SET poster = $2 WHERE id = $1', [id, poster]);
}

export async function deleteProject(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('DELETE FROM projects WHERE id = $1 RETURNING id', [id])).length > 0;
}

/** The script the project shows now. */
export async function headVersion(db: Queryable, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.query<VersionRow>(
    `SELECT v.version, v.parent, v.script, v.settings, v.note, v.created_at AS "createdAt"
       FROM script_versions v JOIN projects p ON p.id = v.project_id AND p.head_version = v.version WHERE p.id = $1`,
    [id],
  );
  return row;
}

export async function getVersion(db: Queryable, id: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db.query<VersionRow>(
    `SELECT version, parent, script, settings, note, created_at AS "createdAt" FROM script_versions WHERE project_id = $1 AND version = $2`,
    [id, version],
  );
  return row;
}

/** Saves the script and settings as the project's next version (made from `parent`) and makes it the head. */
export async function appendVersion(
  db: Queryable,
  id: string,
  state: {script: unknown; settings: Record<string, unknown>},
  note: string,
  parent: number | null,
): Promise<number> {
  const [{next}] = await db.query<{next: number}>(
    'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM script_versions WHERE project_id = $1',
    [id],
  );
  await db.query(
    'INSERT INTO script_versions (project_id, version, parent, script, settings, note) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, next, parent, state.script, state.settings, note],
  );
  const title = (state.script as {title?: unknown})?.title;
  await db.query(
    'UPDATE projects SET head_version = $2, settings = $3, title = COALESCE($4, title), updated_at = now() WHERE id = $1',
    [id, next, state.settings, typeof title === 'string' ? title : null],
  );
  return next;
}

/** Saves a new version on top of the current head, in one transaction (two tabs editing at once both land). */
export function saveVersion(
  db: Database,
  id: string,
  state: {script: unknown; settings: Record<string, unknown>},
  note: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{head: number}>('SELECT head_version AS head FROM projects WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return appendVersion(tx, id, state, note, row.head);
  });
}

/**
 * Undo: the version the head was made from comes back as a new version (whose parent is that version's parent, so
 * undoing again walks further back). Returns the new head, or undefined when there is nothing to undo.
 */
export function undo(db: Database, id: string): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const [head] = await tx.query<{parent: number | null}>(
      `SELECT v.parent FROM script_versions v JOIN projects p ON p.id = v.project_id AND p.head_version = v.version WHERE p.id = $1 FOR UPDATE OF p`,
      [id],
    );
    if (!head || head.parent === null) return undefined;
    const previous = (await getVersion(tx, id, head.parent))!;
    return appendVersion(
      tx,
      id,
      {script: previous.script, settings: previous.settings},
      `undo to version ${previous.version}`,
      previous.parent,
    );
  });
}

export function listVersions(db: Queryable, id: string): Promise<Omit<VersionRow, 'script'>[]> {
  return db.query(
    `SELECT version, parent, note, created_at AS "createdAt" FROM script_versions WHERE project_id = $1 ORDER BY version DESC`,
    [id],
  );
}
