/**
 * The `openai` writer against a loopback server that speaks the OpenAI API, through the real openai SDK:
 * structured output, repairs, retries and deadlines, fallbacks, refusals, the cache and the saved replies.
 */
import {promises as fs} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {parseScript} from '../src/schema/validate';
import {SettingError, UserError} from '../src/util/errors';
import {inFlagTerms} from '../src/cli/flags';
import {silentProgress} from '../src/util/progress';
import {createOpenAIWriter, PROMPT_VERSION, type OpenAIWriterOptions} from '../src/write/openai';
import {draftSchema} from '../src/write/openai/draft';
import {strictJsonSchema} from '../src/write/openai/strict-json-schema';
import type {WriteRequest} from '../src/write/writer';
import {apiError, CHAT_PATH, chatCompletion, FakeOpenAIServer} from './helpers/openai-server';
import {cakeScript} from './helpers/craft-script';
import {modelDraft} from './helpers/sample';

/** A 30-second drama that keeps every dramaturgy rule, so a reply of it passes the gate as it is. */
const sample = cakeScript();
const FORMAT = {width: 1080, height: 1920, fps: 30};

const request = (overrides: Partial<WriteRequest> = {}): WriteRequest => ({
  premise: sample.premise!,
  durationSec: 30,
  seed: 7,
  language: 'en',
  format: FORMAT,
  ...overrides,
});

/** The sample script as a model in strict mode writes it. */
const sampleDraft = () => modelDraft(sample);

const goodReply = () => chatCompletion(JSON.stringify(sampleDraft()));
const expectedScript = () => parseScript({...sample, format: FORMAT});

let server: FakeOpenAIServer;
let scratch: string;

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-openai-'));
  process.env.MICRODRAMA_CACHE_DIR = path.join(scratch, 'cache');
});

afterEach(async () => {
  await server.close();
  await fs.rm(scratch, {recursive: true, force: true});
});

const writer = (options: Partial<OpenAIWriterOptions> = {}) =>
  createOpenAIWriter({apiKey: 'sk-test', baseURL: server.baseURL, model: 'test-model', cache: true, ...options});

/** The error a promise rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

const chatRequests = () => server.requestsTo(CHAT_PATH);
const lastMessage = (i: number) => {
  const messages = chatRequests()[i].body.messages;
  return messages[messages.length - 1];
};

describe('the strict JSON schema sent to the server', () => {
  const schema = strictJsonSchema(draftSchema({language: 'en'}));

  function objectNodes(node: unknown, at = '$'): [string, Record<string, unknown>][] {
    if (!node || typeof node !== 'object') return [];
    const here: [string, Record<string, unknown>][] =
      (node as {type?: unknown}).type === 'object' ? [[at, node as Record<string, unknown>]] : [];
    return [...here, ...Object.entries(node).flatMap(([k, v]) => objectNodes(v, `${at}.${k}`))];
  }

  it('requires every property of every object and forbids any other', () => {
    const objects = objectNodes(schema);
    expect(objects.map(([at]) => at)).toEqual([
      '$',
      '$.properties.characters.items',
      '$.properties.scenes.items',
      '$.properties.scenes.items.properties.beats.items',
    ]);
    for (const [, node] of objects) {
      expect(node.additionalProperties).toBe(false);
      expect(node.required).toEqual(Object.keys(node.properties as object));
    }
  });

  it('makes optional fields nullable, keeps patterns, and moves string lengths into descriptions', () => {
    const beat = (schema as any).properties.scenes.items.properties.beats.items.properties;
    expect(beat.characterId.anyOf).toEqual([{type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,31}$'}, {type: 'null'}]);
    expect(beat.text).toEqual({type: 'string', description: 'at most 280 characters'});
    const character = (schema as any).properties.characters.items.properties;
    expect(character.color.pattern).toBe('^#[0-9a-fA-F]{6}$');
    expect(character.appearance.type).toBe('string'); // required in the draft, unlike the script
    expect(JSON.stringify(schema)).not.toMatch(/minLength|maxLength|\$schema|__remotion/);
    // The program's fields are not the model's to write.
    expect(Object.keys((schema as any).properties)).toEqual([
      'title',
      'logline',
      'genre',
      'mood',
      'hook',
      'twist',
      'cliffhanger',
      'characters',
      'scenes',
    ]);
  });
});

describe('openai writer', () => {
  it('writes a script from a good reply, sending the model, the strict schema and the craft of the form', async () => {
    const outDir = path.join(scratch, 'out');
    server.reply(CHAT_PATH, goodReply());

    const script = await writer({artifactsDir: outDir}).write(request(), silentProgress);

    expect(script).toEqual(expectedScript());
    expect(chatRequests()).toHaveLength(1);
    const sent = chatRequests()[0];
    expect(sent.method).toBe('POST');
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body.model).toBe('test-model');
    expect(sent.body.seed).toBe(7);
    expect(sent.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {name: 'micro_drama_script', strict: true, schema: strictJsonSchema(draftSchema({language: 'en'}))},
    });
    const [system, user] = sent.body.messages;
    expect(system.role).toBe('system');
    expect(system.content).toMatch(/Hook, first 1.5 s/);
    expect(system.content).toMatch(/Twist, between 50% and 85% of the running time/);
    expect(system.content).toMatch(/at least 2 earlier beats that set it up with setup "twist"/);
    expect(system.content).toMatch(/at least every 4 s/);
    expect(system.content).toMatch(/Cliffhanger/);
    expect(system.content).toMatch(/One emotion, one theme/);
    expect(system.content).toMatch(/Escalation/);
    expect(system.content).toMatch(/"appearance"/);
    expect(system.content).not.toContain('additionalProperties'); // the schema travels in response_format
    expect(user).toEqual({role: 'user', content: expect.stringContaining(`Premise: ${sample.premise}`)});
    expect(user.content).toContain('Length: 30 seconds');
    expect(user.content).toContain('about 63 words');
    expect(user.content).not.toMatch(/Audience|Platform|advertisement|Cold opens/);
    expect(user.content).toContain('Genre: choose');
    expect(user.content).toContain('English (en)');

    const saved = JSON.parse(await fs.readFile(path.join(outDir, 'llm', 'reply-1.json'), 'utf8'));
    expect(saved.mode).toBe('json_schema');
    expect(saved.usage.total_tokens).toBe(saved.completion.usage.total_tokens);
    expect(saved.completion.choices[0].message.content).toBe(JSON.stringify(sampleDraft()));
  });

  it('asks for genre only when open and for the language only when the request leaves it to the premise', async () => {
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify({...sampleDraft(), genre: undefined, language: 'pt-BR'})));

    const script = await writer().write(request({language: undefined, genre: 'revenge'}), silentProgress);

    expect(script.language).toBe('pt-BR');
    expect(script.genre).toBe('revenge');
    const sent = chatRequests()[0].body;
    expect(Object.keys(sent.response_format.json_schema.schema.properties)).toEqual(
      expect.arrayContaining(['language']),
    );
    expect(sent.response_format.json_schema.schema.properties.genre).toBeUndefined();
    expect(sent.messages[1].content).toContain('Genre: revenge.');
    expect(sent.messages[1].content).toContain('in the language of the premise');
  });

  it('serves the same request from the cache without a request; cache: false asks again and refreshes it', async () => {
    server.reply(
      CHAT_PATH,
      goodReply(),
      chatCompletion(JSON.stringify({...sampleDraft(), title: 'The Wrong Wedding, Again'})),
    );
    const first = await writer().write(request(), silentProgress);
    expect(chatRequests()).toHaveLength(1);

    const again = await writer().write(request(), silentProgress);
    expect(again).toEqual(first);
    expect(chatRequests()).toHaveLength(1);
    const cacheFiles = await fs.readdir(path.join(scratch, 'cache', 'openai'));
    expect(cacheFiles).toHaveLength(1);
    const cached = JSON.parse(await fs.readFile(path.join(scratch, 'cache', 'openai', cacheFiles[0]), 'utf8'));
    expect(cached.key).toMatchObject({
      baseURL: server.baseURL,
      model: 'test-model',
      promptVersion: PROMPT_VERSION,
      seed: 7,
    });

    const forced = await writer({cache: false}).write(request(), silentProgress);
    expect(forced.title).toBe('The Wrong Wedding, Again');
    expect(chatRequests()).toHaveLength(2);
    expect((await writer().write(request(), silentProgress)).title).toBe('The Wrong Wedding, Again');
    expect(chatRequests()).toHaveLength(2);

    // Another seed is another script.
    server.reply(CHAT_PATH, goodReply());
    await writer().write(request({seed: 8}), silentProgress);
    expect(chatRequests()).toHaveLength(3);
  });

  it('sends broken JSON back to the model and uses the repaired reply', async () => {
    const broken = '{"title": "The Wrong Wedding", "scenes": [';
    server.reply(CHAT_PATH, chatCompletion(broken), goodReply());

    const script = await writer({artifactsDir: scratch}).write(request(), silentProgress);

    expect(script).toEqual(expectedScript());
    expect(chatRequests()).toHaveLength(2);
    const messages = chatRequests()[1].body.messages;
    expect(messages).toHaveLength(4);
    expect(messages[2]).toEqual({role: 'assistant', content: broken});
    expect(messages[3].role).toBe('user');
    expect(messages[3].content).toMatch(/^- the reply is not valid JSON \(.+\)$/m);
    await expect(fs.stat(path.join(scratch, 'llm', 'reply-2.json'))).resolves.toBeTruthy();
  });

  it('names the exact paths of schema and cross-field errors in the repair messages', async () => {
    const invalid = sampleDraft();
    invalid.scenes[0].beats[1].kind = 'dance';
    invalid.characters[0].color = 'pink';
    const crossField = sampleDraft();
    crossField.scenes[0].beats[1].characterId = 'nobody';
    server.reply(
      CHAT_PATH,
      chatCompletion(JSON.stringify(invalid)),
      chatCompletion(JSON.stringify(crossField)),
      goodReply(),
    );

    const script = await writer().write(request(), silentProgress);

    expect(script).toEqual(expectedScript());
    expect(chatRequests()).toHaveLength(3);
    const firstRepair = lastMessage(1).content;
    expect(firstRepair).toMatch(/^- scenes\[0\]\.beats\[1\]\.kind: .+$/m);
    expect(firstRepair).toMatch(/^- characters\[0\]\.color: must be a hex colour such as "#ff5c8a"$/m);
    expect(lastMessage(2).content).toContain(
      '- scenes[0].beats[1].characterId: "nobody" is not a character (maya, lena)',
    );
    // The whole conversation goes back: the model sees what it wrote and what was wrong with it.
    expect(chatRequests()[2].body.messages.map((m: {role: string}) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
    ]);
  });

  it('sends a script far longer than the target back with the words to cut', async () => {
    const long = sampleDraft();
    const [scene] = long.scenes;
    const again = (id: string) => ({...scene, id, beats: scene.beats.map((b) => ({...b, marker: null, setup: null}))});
    long.scenes = [again('before'), again('earlier'), scene];
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify(long)), goodReply());

    await writer().write(request(), silentProgress);

    expect(lastMessage(1).content).toMatch(
      /^- length: the script runs about \d+ s read aloud, the target is 30 s; cut about \d+ words/m,
    );
  });

  it('sends a script that fails the dramaturgy gate back with the failed check, and uses the repaired reply', async () => {
    const unplanted = sampleDraft();
    unplanted.scenes[0].beats.forEach((b) => (b.setup = null));
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify(unplanted)), goodReply());

    const script = await writer().write(request(), silentProgress);

    expect(script).toEqual(expectedScript());
    expect(chatRequests()).toHaveLength(2);
    const repair = lastMessage(1).content;
    expect(repair).toMatch(
      /^- craft twist-planted 0 setups \(needs >= 2\): mark at least 2 beats before the twist with setup "twist"/m,
    );
    // Only the failed check goes back.
    expect(repair).not.toMatch(/first-line|change-every|premise-present/);
  });

  it('names the premise people the script leaves out, and the timing it misses', async () => {
    const offPremise = sampleDraft();
    // The sister becomes a stranger and the story opens on narration: the premise's sister is gone, the first line late.
    offPremise.characters[1] = {...offPremise.characters[1], role: 'a customer', description: 'A customer in a hurry'};
    offPremise.hook = 'Nobody expected tonight to go like this.';
    offPremise.scenes[0].beats = offPremise.scenes[0].beats.map((b) => ({
      ...b,
      text: b.text.replace(/sister/gi, 'customer'),
    }));
    offPremise.scenes[0].beats.unshift({
      kind: 'narration',
      characterId: null,
      text: 'It was the night before the wedding, and the bakery was empty.',
      emotion: 'neutral',
      marker: null,
      setup: null,
    });
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify(offPremise)), goodReply());

    await writer().write(request(), silentProgress);

    const repair = lastMessage(1).content;
    expect(repair).toMatch(/^- craft premise-present 2\/3, missing person "sister"/m);
    expect(repair).toMatch(/^- craft first-line \d+\.\d+s \(needs <= 5\.0s\) at scene 1 beat 2: start with a line/m);
    expect(repair).toMatch(/^- craft hook-situation /m);
  });

  it('keeps a valid script that still fails the gate when the repairs run out', async () => {
    const unplanted = sampleDraft();
    unplanted.scenes[0].beats.forEach((b) => (b.setup = null));
    server.otherwise(CHAT_PATH, chatCompletion(JSON.stringify(unplanted)));

    const script = await writer({maxRepairs: 1}).write(request(), silentProgress);

    expect(chatRequests()).toHaveLength(2);
    expect(script.scenes[0].beats.some((b) => b.setup)).toBe(false);
    expect(script.title).toBe(sample.title);
  });

  it('asks for hook variants, ranks them on the rubric and keeps the best as the hook', async () => {
    const draft = {
      ...sampleDraft(),
      hook: 'It was a normal Tuesday.',
      otherHooks: ['Why is my sister’s name on my wedding cake?', 'I never saw it coming.'],
    };
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify(draft)));

    const script = await writer().write(request({hooks: 3}), silentProgress);

    const sent = chatRequests()[0].body;
    const properties = sent.response_format.json_schema.schema.properties;
    expect(Object.keys(properties).slice(-2)).toEqual(['hook', 'otherHooks']);
    expect(properties.otherHooks).toMatchObject({type: 'array', minItems: 2, maxItems: 2});
    expect(sent.messages[1].content).toContain('Cold opens: write 3 different ones');
    expect(script.hook).toBe('Why is my sister’s name on my wedding cake?');
    expect(script.hooks!.map((h) => h.text).sort()).toEqual([draft.hook, ...draft.otherHooks].sort());
    const scores = script.hooks!.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(script.hooks![0].reasons[0]).toMatch(/^specific: names the premise's/);
  });

  it('writes for the audience and platform, and keeps an ad within its rules', async () => {
    const ad = {brand: 'Sugarloaf', product: 'custom cake toppers', cta: 'Design yours at sugarloaf.example'};
    const overBranded = sampleDraft();
    overBranded.hook = 'My Sugarloaf wedding cake has my sister’s name on it.';
    overBranded.scenes[0].beats[4].text = 'Maya opens a Sugarloaf box. Only $9.99.';
    overBranded.cliffhanger = 'Sugarloaf. Whose wedding is it?';
    server.reply(CHAT_PATH, chatCompletion(JSON.stringify(overBranded)), goodReply());

    const script = await writer().write(request({ad, audience: 'brides-to-be', platform: 'reels'}), silentProgress);

    const user = chatRequests()[0].body.messages[1].content;
    expect(user).toContain('Audience: brides-to-be.');
    expect(user).toContain('Platform: Instagram Reels');
    expect(user).toContain('advertisement for Sugarloaf: custom cake toppers');
    expect(user).toContain('Name "Sugarloaf" at most 2 times');
    expect(user).toContain('"Design yours at sugarloaf.example"');
    expect(lastMessage(1).content).toMatch(/^- craft ad-claims brand named 3 times; price claim "\$" /m);
    expect(script).toMatchObject({ad, audience: 'brides-to-be', platform: 'reels'});
  });

  it('gives up with the last problems after the bounded number of repairs', async () => {
    server.otherwise(CHAT_PATH, chatCompletion('Sure! Here is your drama.'));

    const error = await failure(writer({maxRepairs: 1}).write(request(), silentProgress));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/did not write a usable script in 2 attempts/);
    expect(error.message).toMatch(/not valid JSON/);
    expect(chatRequests()).toHaveLength(2);
  });

  it('waits as long as Retry-After and retry-after-ms say after a 429, then succeeds', async () => {
    const rateLimited = (headers: Record<string, string>) =>
      apiError(429, 'Rate limit reached for test-model', {headers, type: 'rate_limit_error'});
    server.reply(CHAT_PATH, rateLimited({'retry-after': '1'}), rateLimited({'retry-after-ms': '200'}), goodReply());

    const script = await writer().write(request(), silentProgress);

    expect(script.title).toBe(sample.title);
    const [first, second, third] = chatRequests().map((r) => r.at);
    expect(second - first).toBeGreaterThanOrEqual(990);
    expect(third - second).toBeGreaterThanOrEqual(195);
    // Our own backoff before a third attempt would be at least 750 ms: the header was used instead.
    expect(third - second).toBeLessThan(700);
  });

  it('fails at once, with the reason, when Retry-After is beyond the deadline', async () => {
    server.reply(
      CHAT_PATH,
      apiError(429, 'Rate limit reached', {headers: {'retry-after': '3600'}, type: 'rate_limit_error'}),
    );
    const started = Date.now();

    const error = await failure(writer({deadlineMs: 5000}).write(request(), silentProgress));

    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('asked to wait 3600 s');
    expect(error.message).toContain('429 Rate limit reached');
  });

  it('retries a server error with backoff until the deadline, then fails clearly in bounded time', async () => {
    server.otherwise(
      CHAT_PATH,
      apiError(500, 'The server had an error while processing your request', {type: 'server_error'}),
    );
    const started = Date.now();

    const error = await failure(writer({deadlineMs: 1500}).write(request(), silentProgress));

    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2500);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(`no answer from the server at ${server.baseURL} within the 1.5 s deadline`);
    expect(error.message).toContain('500 The server had an error');
    expect(chatRequests().length).toBeGreaterThanOrEqual(3);
  });

  it('retries a reply slower than the request timeout', async () => {
    server.reply(CHAT_PATH, {...goodReply(), delayMs: 3000}, goodReply());
    const started = Date.now();

    const script = await writer({timeoutMs: 300}).write(request(), silentProgress);

    expect(script.title).toBe(sample.title);
    expect(chatRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up on a server that never answers in time when the deadline passes', async () => {
    server.otherwise(CHAT_PATH, {...goodReply(), delayMs: 10_000});
    const started = Date.now();

    const error = await failure(writer({timeoutMs: 300, deadlineMs: 1200}).write(request(), silentProgress));

    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `no answer from the server at ${server.baseURL} within the 1.2 s deadline; last: no reply within the 0.3 s request timeout`,
    );
    expect(chatRequests().length).toBeGreaterThanOrEqual(2);
  });

  it('falls back to json_object mode with the schema in the prompt when the server rejects json_schema', async () => {
    server.reply(
      CHAT_PATH,
      apiError(400, "Invalid schema for response_format 'micro_drama_script'", {param: 'response_format'}),
      goodReply(),
      goodReply(),
    );
    const jsonWriter = writer();

    const script = await jsonWriter.write(request(), silentProgress);

    expect(script).toEqual(expectedScript());
    const [rejected, fallback] = chatRequests();
    expect(rejected.body.response_format.type).toBe('json_schema');
    expect(fallback.body.response_format).toEqual({type: 'json_object'});
    expect(fallback.body.messages[0].role).toBe('system');
    expect(fallback.body.messages[0].content).toContain(
      JSON.stringify(rejected.body.response_format.json_schema.schema),
    );
    expect(fallback.body.messages[0].content).toContain('JSON'); // json_object mode requires the word in the prompt

    // The writer remembers what this server accepts.
    await jsonWriter.write(request({seed: 8}), silentProgress);
    expect(chatRequests()).toHaveLength(3);
    expect(chatRequests()[2].body.response_format).toEqual({type: 'json_object'});
  });

  it('accepts JSON wrapped in a code fence from a server without structured outputs', async () => {
    server.reply(CHAT_PATH, chatCompletion(`Here it is:\n\`\`\`json\n${JSON.stringify(sampleDraft())}\n\`\`\``));
    await expect(writer().write(request(), silentProgress)).resolves.toEqual(expectedScript());
  });

  it('reports a refusal as a clear error, without repairs', async () => {
    server.reply(CHAT_PATH, chatCompletion(null, {refusal: "I'm sorry, I can't help with that."}));

    const error = await failure(writer().write(request(), silentProgress));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("the model test-model refused to write this script: I'm sorry, I can't help with that.");
    expect(chatRequests()).toHaveLength(1);
  });

  it('reports an empty reply and a reply cut off at the token limit as clear errors', async () => {
    server.reply(CHAT_PATH, chatCompletion(''), chatCompletion('{"title": "The Wr', {finishReason: 'length'}));

    expect((await failure(writer().write(request(), silentProgress))).message).toBe(
      'the model test-model sent an empty reply (finish_reason: stop)',
    );
    expect((await failure(writer().write(request(), silentProgress))).message).toMatch(/ran out of output tokens/);
  });

  it('explains a rejected API key without retrying', async () => {
    server.reply(CHAT_PATH, apiError(401, 'Incorrect API key provided: sk-test.', {code: 'invalid_api_key'}));

    const error = await failure(writer().write(request(), silentProgress));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `the server at ${server.baseURL} rejected the API key (401 Incorrect API key provided: sk-test.); check OPENAI_API_KEY`,
    );
    expect(chatRequests()).toHaveLength(1);
  });

  it('names the base URL when nothing listens there', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const {port} = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const started = Date.now();

    const error = await failure(writer({baseURL: `http://127.0.0.1:${port}/v1`}).write(request(), silentProgress));

    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `cannot reach the server at http://127.0.0.1:${port}/v1 (ECONNREFUSED); is it running, and is OPENAI_BASE_URL right?`,
    );
  });

  it('refuses to start without an API key or a base URL', async () => {
    const saved = {key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL};
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
    try {
      const error = await failure((async () => createOpenAIWriter({model: 'gpt-4o-mini', cache: true}))());
      // The writer names the setting that asked for the server; the command line says it as the flag.
      expect(error).toBeInstanceOf(SettingError);
      expect((error as SettingError).setting).toBe('writer');
      expect(error.message).toMatch(
        /^`writer: openai` needs an OpenAI-compatible server: set OPENAI_API_KEY .* or OPENAI_BASE_URL/,
      );
      expect(inFlagTerms(error as SettingError)).toMatch(/^`--writer openai` needs an OpenAI-compatible server/);
      // A local server needs no key.
      expect(createOpenAIWriter({model: 'llama3.2', cache: true, baseURL: server.baseURL}).name).toBe('openai');
    } finally {
      if (saved.key !== undefined) process.env.OPENAI_API_KEY = saved.key;
      if (saved.url !== undefined) process.env.OPENAI_BASE_URL = saved.url;
    }
  });

  it('rejects a request the program cannot fill in before any call', async () => {
    const error = await failure(writer().write(request({language: 'English'}), silentProgress));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^language: must be a language tag/);
    expect(chatRequests()).toHaveLength(0);
  });
});
