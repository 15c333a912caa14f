/**
 * What the fake API servers in these tests have in common: an HTTP server on 127.0.0.1 at a port the OS picks,
 * which hands each request on with its whole body read, can answer late, and closes promptly even while a
 * late answer is pending or the client keeps its connection alive. Each fake server supplies only its routes.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';

/**
 * Called once a request's body has fully arrived; `body` is its text ('' when there is none), `bytes` the same body
 * as it came (for multipart uploads, whose files are not text).
 */
export type LoopbackHandler = (
  req: http.IncomingMessage,
  body: string,
  res: http.ServerResponse,
  bytes: Buffer,
) => void;

export interface LoopbackServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** Runs `fn` after `ms`, unless the server is closed first. */
  later(ms: number, fn: () => void): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(handler: LoopbackHandler): Promise<LoopbackServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      handler(req, bytes.toString('utf8'), res, bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  const timers = new Set<NodeJS.Timeout>();
  return {
    origin: `http://127.0.0.1:${port}`,
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    async close() {
      // A pending late answer would otherwise fire after the test has ended, and an idle keep-alive connection
      // from the SDK would keep server.close() waiting.
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends a JSON reply (`body` already serialised), unless the client gave up (its timeout) before it was due. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  if (res.destroyed) return;
  res.writeHead(status, {'content-type': 'application/json', ...headers});
  res.end(body);
}
