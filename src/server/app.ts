/**
 * The studio server: the page, the JSON API, the media the preview plays and the render outputs, on one Hono app.
 * createStudio() opens (and migrates) the database and starts the render runner; listen() serves it over HTTP.
 */
import {serve, type ServerType} from '@hono/node-server';
import {timingSafeEqual} from 'node:crypto';
import path from 'node:path';
import {Hono, type Context} from 'hono';
import {getCookie, setCookie} from 'hono/cookie';
import {openDatabase, type Database} from '../db/database';
import {migrate} from '../db/migrate';
import {getVersion} from '../db/projects';
import {lockDataDir} from '../queue/embedded-lock';
import type {Script} from '../schema/script';
import {PUBLIC_DIR} from '../util/paths';
import {createApi} from './api';
import {notFound} from './errors';
import {errorReply} from './http';
import {createRenderRunner, renderDir} from './jobs/render-job';
import {JOB_FILES_PREFIX, jobFilesRoute} from './queue-files';
import {confine, fileResponse} from './static-files';

export interface StudioOptions {
  dataDir: string;
  /** A Postgres URL (DATABASE_URL) instead of the embedded database under dataDir. */
  databaseUrl?: string;
  /** Required on every request when set (the server listens beyond loopback). */
  token?: string;
  /** The built page (web/dist). */
  webDir: string;
  env: NodeJS.ProcessEnv;
}

export interface Studio {
  app: Hono;
  db: Database;
  close(): Promise<void>;
}

const RENDER_FILES = /^[a-z0-9]{12}\/(video\.mp4|poster\.png|script\.json|captions\.srt|captions\.vtt)$/;
const TOKEN_COOKIE = 'microdrama_token';

const sameToken = (given: string | undefined, token: string) =>
  given !== undefined && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));

export async function createStudio(options: StudioOptions): Promise<Studio> {
  // The embedded database is shared with the queue (npm run batch, worker, jobs): one process at a time.
  const unlock = options.databaseUrl ? async () => undefined : await lockDataDir(options.dataDir);
  let db: Database | undefined;
  try {
    db = await openDatabase({dataDir: options.dataDir, url: options.databaseUrl});
    await migrate(db);
  } catch (error) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
  const jobs = createRenderRunner({
    db,
    dataDir: options.dataDir,
    env: options.env,
    // Loaded on the first render: the bundler (webpack) is heavy and most sessions start by writing.
    bundle: async (progress) => (await import('../render/bundle')).getBundle(progress),
    script: async (projectId, version) => (await getVersion(db, projectId, version))!.script as Script,
  });
  await jobs.ready;
  // The pipeline's modules take seconds to load: load them now, so the first "Write" does not wait for them.
  void import('../pipeline').catch(() => undefined);
  // Jobs queued before a restart are taken up again.
  jobs.wake();

  const app = new Hono();
  app.onError((error, c) => errorReply(c, error));

  if (options.token) {
    const token = options.token;
    app.use('*', async (c, next) => {
      // ?token= once in the address bar sets a cookie, so the page's media requests carry it too.
      const query = c.req.query('token');
      if (sameToken(query, token)) {
        setCookie(c, TOKEN_COOKIE, token, {httpOnly: true, sameSite: 'Strict', path: '/'});
        return c.redirect(c.req.path);
      }
      const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
      if (sameToken(bearer, token) || sameToken(getCookie(c, TOKEN_COOKIE), token)) return next();
      return c.json(
        {
          error: {
            field: 'token',
            message: 'this studio needs its token: open it with ?token=… or send "Authorization: Bearer …"',
          },
        },
        401,
      );
    });
  }

  app.route('/api', createApi({db, env: options.env, jobs}));
  app.all('/api/*', (c) =>
    c.json({error: {field: null, message: `no such endpoint: ${c.req.method} ${c.req.path}`}}, 404),
  );

  const serveFrom =
    (root: string, prefix: string, extra?: (c: Context) => Record<string, string>) => async (c: Context) => {
      const file = confine(root, decodeURIComponent(c.req.path.slice(prefix.length)));
      const response = file && (await fileResponse(file, c.req.raw, extra?.(c)));
      if (!response) throw notFound('file');
      return response;
    };
  // Media the preview plays: voices, the soundtrack, images and uploads (staticFile paths under public/).
  app.get('/generated/*', serveFrom(path.join(PUBLIC_DIR, 'generated'), '/generated/'));
  app.get('/samples/*', serveFrom(path.join(PUBLIC_DIR, 'samples'), '/samples/'));
  app.get('/files/renders/*', async (c) => {
    const relative = c.req.path.slice('/files/renders/'.length);
    if (!RENDER_FILES.test(relative)) throw notFound('file');
    const [jobId, name] = relative.split('/');
    const download = c.req.query('download') !== undefined;
    const response = await fileResponse(
      path.join(renderDir(options.dataDir, jobId), name),
      c.req.raw,
      download ? {'content-disposition': `attachment; filename="${jobId}-${name}"`} : {},
    );
    if (!response) throw notFound('file');
    return response;
  });
  // What the queue's batch and series jobs made (only the files each job's result lists).
  app.get(`${JOB_FILES_PREFIX}*`, jobFilesRoute(db));
  // The page: its assets, and index.html for every page address (/, /new, /p/<id>).
  app.get(
    '/assets/*',
    serveFrom(path.join(options.webDir, 'assets'), '/assets/', () => ({
      'cache-control': 'public, max-age=31536000, immutable',
    })),
  );
  app.get('*', async (c) => {
    const response = await fileResponse(path.join(options.webDir, 'index.html'), c.req.raw, {
      'cache-control': 'no-cache',
    });
    if (!response)
      return c.text('The page is not built: run "npm run app" (it builds it), or "npx vite build web".', 503);
    return response;
  });

  return {
    app,
    db,
    async close() {
      await jobs.stop();
      await db.close();
      await unlock();
    },
  };
}

/** Serves the studio on host:port (port 0: any free port); resolves to the server and the port it got. */
export function listen(studio: Studio, port: number, host: string): Promise<{server: ServerType; port: number}> {
  return new Promise((resolve, reject) => {
    const server = serve({fetch: studio.app.fetch, port, hostname: host}, (info) => resolve({server, port: info.port}));
    server.once('error', reject);
  });
}
