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
  files: Partial<Record<'video' | 'poster' | 'srt' | 'vtt' | 'script', string>>;
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
  duration: {min: number; max: number; default: number};
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body instanceof Blob ? {} : {'content-type': 'application/json'},
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(null, 'The studio server is not answering. Is "npm run app" still running?');
  }
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
