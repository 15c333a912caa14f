/** `npm run app`: the studio in the browser. Builds the page if needed, then serves it and its API. See --help. */
import minimist from 'minimist';
import path from 'node:path';
import {runCommand} from '../src/cli/run';
import {UserError} from '../src/util/errors';

const HELP = `Usage: npm run app -- [options]

Starts the studio: make, watch, edit and export micro dramas in your browser.

  --port N      port to listen on (default 3000; 0 picks a free one)
  --host H      address to listen on (default 127.0.0.1, this computer only). Any other address
                needs MICRODRAMA_TOKEN set: every request must carry that token.
  --data DIR    where projects, renders and the database live (default ./data)
  --help        this text

DATABASE_URL=postgres://... uses that Postgres server instead of the embedded database.
API keys (OPENAI_API_KEY, ELEVENLABS_API_KEY, ...) stay on the server; the page shows what they switch on.`;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

runCommand(async () => {
  const args = minimist(process.argv.slice(2), {
    string: ['port', 'host', 'data'],
    boolean: ['help'],
    unknown: (a) => {
      if (a.startsWith('-')) throw new UserError(`unknown option ${a} (see --help)`);
      throw new UserError(`unexpected argument "${a}" (see --help)`);
    },
  });
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const port = Number(args.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`--port must be a whole number from 0 to 65535 (got "${args.port}")`);
  const host = String(args.host ?? '127.0.0.1');
  const token = process.env.MICRODRAMA_TOKEN || undefined;
  if (!LOOPBACK.test(host) && !token) {
    throw new UserError(
      `--host ${host} opens the studio to other computers: set MICRODRAMA_TOKEN to a secret first (every request must then carry it)`,
    );
  }
  const dataDir = path.resolve(String(args.data ?? 'data'));

  const {buildPage, pageIsStale, WEB_DIST} = await import('../src/server/page-build');
  if (await pageIsStale()) {
    process.stderr.write('Building the page…\n');
    await buildPage();
  }
  const {createStudio, listen} = await import('../src/server/app');
  const studio = await createStudio({
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    token,
    webDir: WEB_DIST,
    env: process.env,
  });
  const {server, port: bound} = await listen(studio, port, host).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      error.code === 'EADDRINUSE'
        ? `--port ${port}: already in use (try another, or --port 0)`
        : `cannot listen on ${host}:${port}: ${error.message}`,
    );
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(
    `microdrama studio: http://${shown}:${bound}/${token ? '?token=…' : ''}\n(data in ${dataDir}; Ctrl+C stops it)\n`,
  );
  const stop = () => {
    server.close();
    void studio.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
