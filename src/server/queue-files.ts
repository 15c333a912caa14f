/**
 * The files of a finished batch or series job, served from its output folder: /files/jobs/<job id>/<file>, or
 * /files/jobs/<job id>/<episode folder>/<file> for a series. Only files the job's own result lists are served (so
 * nothing the address spells reaches the disk unless it is one of them), resolved inside the job's folder and
 * refused when a symlink would lead out of it.
 */
import type {Context} from 'hono';
import type {Queryable} from '../db/database';
import {listJobs, type ListedJob} from '../queue/list';
import {notFound} from './errors';
import {confine, fileResponse, OUTPUT_FILES, staysInside, type OutputFile} from './static-files';

export const JOB_FILES_PREFIX = '/files/jobs/';
const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EPISODE_FOLDER = /^ep\d{2,3}$/;

/** One video's downloadable files, as paths relative to the job's folder. */
export type MadeFiles = Partial<Record<OutputFile, string>>;

function pick(files: Record<string, string>, folder?: string): MadeFiles {
  return Object.fromEntries(
    OUTPUT_FILES.filter((kind) => typeof files[kind] === 'string').map((kind) => [
      kind,
      folder ? `${folder}/${files[kind]}` : files[kind],
    ]),
  );
}

/** What a finished job made: a drama's files, or each episode's (its folder must look like one: ep01, ep02...). */
export function madeFiles(job: ListedJob): {files: MadeFiles; episodes: {episode: number; files: MadeFiles}[]} {
  if (job.state !== 'done') return {files: {}, episodes: []};
  return {
    files: pick(job.files),
    episodes: job.madeEpisodes
      .filter((e) => EPISODE_FOLDER.test(e.folder))
      .map((e) => ({episode: e.episode, files: pick(e.files, e.folder)})),
  };
}

/** The address the page loads a job's file from. */
export const jobFileUrl = (jobId: string, relative: string) =>
  `${JOB_FILES_PREFIX}${jobId}/${relative.split('/').map(encodeURIComponent).join('/')}`;

/** The file on disk, when `relative` is one the job made and it is still there, inside the job's folder. */
export async function jobFile(job: ListedJob, relative: string): Promise<string | undefined> {
  const made = madeFiles(job);
  const listed = [made.files, ...made.episodes.map((e) => e.files)].some((files) =>
    Object.values(files).includes(relative),
  );
  if (!listed || !job.outDir) return undefined;
  const file = confine(job.outDir, relative);
  return file && (await staysInside(job.outDir, file)) ? file : undefined;
}

/** The job id and the file's path in its folder, from the address; undefined when it cannot be one. */
function parseAddress(path: string): {id: string; relative: string} | undefined {
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice(JOB_FILES_PREFIX.length));
  } catch {
    return undefined;
  }
  const slash = rest.indexOf('/');
  const id = rest.slice(0, slash);
  return slash > 0 && JOB_ID.test(id) ? {id, relative: rest.slice(slash + 1)} : undefined;
}

/** GET /files/jobs/*: a finished job's file (with ?download, as an attachment). */
export function jobFilesRoute(db: Queryable) {
  return async (c: Context) => {
    const address = parseAddress(c.req.path);
    const [job] = address ? await listJobs(db, {id: address.id}) : [];
    const file = job && (await jobFile(job, address!.relative));
    if (!file) throw notFound('file');
    const name = address!.relative.replace(/\//g, '-').replace(/[^\w.-]/g, '_');
    const download = c.req.query('download') !== undefined;
    const response = await fileResponse(
      file,
      c.req.raw,
      download ? {'content-disposition': `attachment; filename="${name}"`} : {},
    );
    if (!response) throw notFound('file');
    return response;
  };
}
