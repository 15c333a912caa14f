/**
 * A loopback server that speaks the OpenAI HTTP API, for testing the real openai SDK through its baseURL:
 * POST /v1/chat/completions, /v1/images/generations and /v1/images/edits (multipart/form-data: the fields and one
 * `image[]` part per reference image) with the real response and error shapes. It records every request, its
 * uploaded files included, and each reply is scripted per request (a queue per path, then a fallback), faults
 * included: status codes with headers (Retry-After), delays longer than the client's timeout.
 */
import type http from 'node:http';
import {deflateSync} from 'node:zlib';
import {sendJson, startLoopbackServer, type LoopbackServer} from './loopback-server';

export const CHAT_PATH = '/v1/chat/completions';
export const IMAGES_PATH = '/v1/images/generations';
export const EDITS_PATH = '/v1/images/edits';

/** A file part of a multipart request, as the server received it. */
export interface UploadedFile {
  /** The form field, e.g. "image[]". */
  field: string;
  filename: string;
  /** The part's Content-Type. */
  type: string;
  bytes: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The JSON the SDK sent, or a multipart request's text fields; `any` so tests can assert on it field by field. */
  body: any;
  /** A multipart request's file parts, in the order they were sent. */
  files: UploadedFile[];
  /** Date.now() when the request arrived, to measure the client's waits between retries. */
  at: number;
}

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer this late (the client may time out first). */
  delayMs?: number;
}

export type Responder = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

let completionCount = 0;

/** A chat completion as OpenAI returns it. `content` null with a refusal is how a refusal arrives. */
export function chatCompletion(
  content: string | null,
  options: {refusal?: string; finishReason?: string; model?: string} = {},
): ScriptedReply {
  completionCount++;
  const completionTokens = Math.ceil((content ?? options.refusal ?? '').length / 4);
  return {
    body: {
      id: `chatcmpl-test${completionCount}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: options.model ?? 'test-model',
      choices: [
        {
          index: 0,
          message: {role: 'assistant', content, refusal: options.refusal ?? null, annotations: []},
          logprobs: null,
          finish_reason: options.finishReason ?? 'stop',
        },
      ],
      usage: {prompt_tokens: 900, completion_tokens: completionTokens, total_tokens: 900 + completionTokens},
      system_fingerprint: 'fp_test',
    },
  };
}

/** An error in OpenAI's shape: {"error": {message, type, param, code}}. */
export function apiError(
  status: number,
  message: string,
  options: {headers?: Record<string, string>; type?: string; param?: string | null; code?: string | null} = {},
): ScriptedReply {
  return {
    status,
    headers: options.headers,
    body: {
      error: {
        message,
        type: options.type ?? 'invalid_request_error',
        param: options.param ?? null,
        code: options.code ?? null,
      },
    },
  };
}

/** An images response with one base64 image, as gpt-image-1 returns it. */
export function imageResult(png: Buffer): ScriptedReply {
  return {
    body: {
      created: Math.floor(Date.now() / 1000),
      data: [{b64_json: png.toString('base64'), revised_prompt: null}],
      usage: {
        input_tokens: 50,
        output_tokens: 272,
        total_tokens: 322,
        input_tokens_details: {text_tokens: 50, image_tokens: 0},
      },
    },
  };
}

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable PNG of one colour (8-bit RGB). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter method, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({length: width}, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({length: height}, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A multipart/form-data body parsed the way a server would (by the runtime's own parser): text fields and files. */
async function readMultipart(bytes: Buffer, contentType: string): Promise<{body: any; files: UploadedFile[]}> {
  const form = await new Response(new Blob([new Uint8Array(bytes)]), {
    headers: {'content-type': contentType},
  }).formData();
  const body: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === 'string') body[field] = value;
    else files.push({field, filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer())});
  }
  return {body, files};
}

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** What the real API refuses in an edit before it reaches a model, with its own messages. */
function checkEdit({body, files}: RecordedRequest): ScriptedReply | undefined {
  const images = files.filter((f) => f.field === 'image' || f.field === 'image[]');
  if (images.length === 0)
    return apiError(400, "Missing required parameter: 'image'.", {param: 'image', code: 'missing_required_parameter'});
  if (!body.prompt)
    return apiError(400, "Missing required parameter: 'prompt'.", {
      param: 'prompt',
      code: 'missing_required_parameter',
    });
  const index = images.findIndex((f) => !IMAGE_TYPES.includes(f.type));
  if (index < 0) return undefined;
  const param = images.length > 1 || images[0].field === 'image[]' ? `image[${index}]` : 'image';
  return apiError(
    400,
    `Invalid file '${param}': unsupported mimetype ('${images[index].type}'). ` +
      "Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.",
    {param, code: 'unsupported_file_mimetype'},
  );
}

export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queues = new Map<string, Responder[]>();
  private readonly fallbacks = new Map<string, Responder>();

  private constructor(
    private readonly loopback: LoopbackServer,
    /** What the SDK's baseURL option gets: http://127.0.0.1:PORT/v1 */
    readonly baseURL: string,
  ) {}

  static async start(): Promise<FakeOpenAIServer> {
    let instance: FakeOpenAIServer | undefined;
    const loopback = await startLoopbackServer((req, body, res, bytes) => void instance!.handle(req, body, res, bytes));
    instance = new FakeOpenAIServer(loopback, `${loopback.origin}/v1`);
    return instance;
  }

  /** Queues replies for the next requests to a path, in order. */
  reply(path: string, ...responders: Responder[]): this {
    this.queues.set(path, [...(this.queues.get(path) ?? []), ...responders]);
    return this;
  }

  /** The reply once a path's queue is empty (by default a 500 saying nothing was scripted). */
  otherwise(path: string, responder: Responder): this {
    this.fallbacks.set(path, responder);
    return this;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return this.loopback.close();
  }

  private async handle(req: http.IncomingMessage, text: string, res: http.ServerResponse, bytes: Buffer) {
    const path = (req.url ?? '/').split('?')[0];
    const contentType = req.headers['content-type'] ?? '';
    const {body, files} = contentType.startsWith('multipart/form-data')
      ? await readMultipart(bytes, contentType)
      : {body: text ? JSON.parse(text) : undefined, files: []};
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body,
      files,
      at: Date.now(),
    };
    this.requests.push(request);
    // The API checks an edit's uploads before any model sees it; a refused upload uses up no scripted reply.
    const refused = path === EDITS_PATH ? checkEdit(request) : undefined;
    const responder =
      refused ??
      this.queues.get(path)?.shift() ??
      this.fallbacks.get(path) ??
      apiError(500, `no reply scripted for ${path}`, {type: 'server_error'});
    const reply = typeof responder === 'function' ? responder(request) : responder;
    const send = () =>
      sendJson(
        res,
        reply.status ?? 200,
        {'x-request-id': `req_${this.requests.length}`, ...reply.headers},
        JSON.stringify(reply.body ?? {}),
      );
    if (!reply.delayMs) return send();
    this.loopback.later(reply.delayMs, send);
  }
}
