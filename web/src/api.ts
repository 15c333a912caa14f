/** The page's calls to the studio API; a failed call throws an ApiFailure with the field and message to show. */
import type {Script} from '../../src/schema/script';

export class ApiFailure extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

export interface Settings {
  genre?: string;
  durationSec: number;
  template: string;
  templateOptions: Record<string, unknown>;
  aspect: '9:16' | '1:1' | '16:9';
  language?: string;
  voices: 'offline' | 'elevenlabs';
  music: 'auto' | 'none' | {upload: string};
  musicVolume: number;
  writer: 'offline' | 'openai';
  seed: number;
}

export interface Job {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  stage: string | null;
  progress: number;
  etaSec: number | null;
  error: string | null;
  files: OutputFiles;
}

/** A video's files by kind, as addresses the page can load. */
export type OutputFiles = Partial<Record<'video' | 'poster' | 'srt' | 'vtt' | 'script', string>>;

/** A job of the queue: one row of a batch (a drama) or a series, made by `npm run batch` and its workers. */
export interface QueueJob {
  id: string;
  kind: 'batch' | 'series';
  state: 'queued' | 'running' | 'retrying' | 'done' | 'failed' | 'cancelled';
  premise: string | null;
  batch: string | null;
  row: number | null;
  /** How many episodes a series has; null for a drama. */
  episodes: number | null;
  stage: string | null;
  /** The whole job, 0-1. */
  progress: number;
  etaSec: number | null;
  attempts: number;
  worker: {host: string; pid: number | null} | null;
  /** Running, but its worker stopped answering: the next worker takes it over. */
  stalled: boolean;
  outDir: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** What a finished drama made, by kind; `missing` names the kinds it made that are no longer there. */
  files: OutputFiles;
  missing: string[];
  episodeFiles: {episode: number; files: OutputFiles; missing: string[]}[];
}

export interface Project {
  id: string;
  title: string;
  premise: string;
  settings: Settings;
  version: number;
  canUndo: boolean;
  versions: {version: number; note: string; createdAt: string}[];
  script: Script;
  updatedAt: string;
  jobs: Job[];
}

export interface ProjectSummary {
  id: string;
  title: string;
  premise: string;
  template: string;
  aspect: string;
  durationSec: number;
  updatedAt: string;
  poster: string | null;
  script?: Script;
}

export interface Options {
  templates: {name: string; description: string; aspects: string[]}[];
  genres: string[];
  aspects: string[];
  emotions: string[];
  kinds: string[];
  styles: string[];
  timesOfDay: string[];
  voices: string[];
  writers: string[];
  /** Whether the server can generate scene pictures (an image key is set). */
  images: boolean;
  duration: {min: number; max: number; default: number};
}

const NOT_ANSWERING = 'The studio server is not answering. Is "npm run app" still running?';

async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  try {
    return await fetch(url, {
      method,
      headers: body instanceof Blob ? headers : {'content-type': 'application/json', ...headers},
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(null, NOT_ANSWERING);
  }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await send(method, url, body);
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiFailure(data?.error?.field ?? null, data?.error?.message ?? `the server answered ${response.status}`);
  return data as T;
}

export const upload = (file: File, kind: 'image' | 'audio') =>
  api<{hash: string; src: string; name: string}>(
    'POST',
    `/api/uploads?kind=${kind}&name=${encodeURIComponent(file.name)}`,
    file,
  );

/** One step of writing a drama, as the server reports it while it works. */
export interface WriteProgress {
  step: 'write' | 'request' | 'retry' | 'validate' | 'repair' | 'voices' | 'mix';
  message: string;
  fraction?: number;
}

/** Writes a new drama, hearing each step as it happens (the server streams one JSON line per step). */
export async function writeDrama(body: unknown, onProgress: (progress: WriteProgress) => void): Promise<Project> {
  const response = await send('POST', '/api/projects', body, {accept: 'application/x-ndjson'});
  if (!response.ok || !response.body) {
    const data = await response.json().catch(() => undefined);
    throw new ApiFailure(data?.error?.field ?? null, data?.error?.message ?? `the server answered ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const {value, done} = await reader.read().catch(() => ({value: undefined, done: true}));
    buffered += value ?? '';
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim())) {
      const message = JSON.parse(line);
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'done') return message.project;
      else throw new ApiFailure(message.error?.field ?? null, message.error?.message ?? 'writing failed');
    }
    if (done) throw new ApiFailure(null, NOT_ANSWERING);
  }
}
