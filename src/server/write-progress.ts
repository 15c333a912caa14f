/**
 * Staged progress of writing a drama, for the page: the pipeline's own progress reports (the writer's first request
 * and its repairs, voicing, mixing) together with what the LLM writer's HTTP requests do (answered, refused,
 * retried), which the writer does not report. Those are observed through undici's diagnostics channels (the fetch
 * the OpenAI SDK uses) and kept to this write's own requests by an AsyncLocalStorage, so two writes at once never
 * see each other's requests.
 */
import {AsyncLocalStorage} from 'node:async_hooks';
import diagnostics from 'node:diagnostics_channel';
import type {Progress} from '../util/progress';

/** The steps the page shows, in the order they usually come. */
export type WriteStep = 'write' | 'request' | 'retry' | 'validate' | 'repair' | 'voices' | 'mix';

export interface WriteEvent {
  step: WriteStep;
  /** One plain sentence for the page. */
  message: string;
  /** Within the step, 0-1, when the step knows it. */
  fraction?: number;
}

interface RequestWatcher {
  answered(path: string, status: number): void;
  failed(path: string, reason: string): void;
  sent(path: string): void;
}

const watching = new AsyncLocalStorage<RequestWatcher>();
const owners = new WeakMap<object, RequestWatcher>();
let subscribed = false;

function subscribe(): void {
  if (subscribed) return;
  subscribed = true;
  type Message = {request: {path: string}; response?: {statusCode: number}; error?: Error};
  // A request is tied to the write whose async context created it; its answer arrives on the socket's context.
  diagnostics.subscribe('undici:request:create', (message) => {
    const {request} = message as Message;
    const watcher = watching.getStore();
    if (!watcher) return;
    owners.set(request, watcher);
    watcher.sent(request.path);
  });
  diagnostics.subscribe('undici:request:headers', (message) => {
    const {request, response} = message as Message;
    owners.get(request)?.answered(request.path, response!.statusCode);
  });
  diagnostics.subscribe('undici:request:error', (message) => {
    const {request, error} = message as Message;
    owners.get(request)?.failed(request.path, error?.message ?? 'the connection failed');
  });
}

const isChat = (path: string) => /\/chat\/completions(\?|$)/.test(path);
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Runs `work` with a Progress that turns the pipeline's reports, and this write's LLM requests, into WriteEvents.
 * Consecutive reports that say the same thing are sent once.
 */
export function withWriteProgress<T>(
  emit: (event: WriteEvent) => void,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  subscribe();
  let last = '';
  const send = (event: WriteEvent) => {
    const key = `${event.step}:${event.message}`;
    if (key === last) return;
    last = key;
    emit(event);
  };
  let failedBefore = false;
  let tries = 0;
  const watcher: RequestWatcher = {
    sent(path) {
      if (!isChat(path)) return;
      tries++;
      if (failedBefore) send({step: 'request', message: `Asking the model again (try ${tries})`});
      failedBefore = false;
    },
    answered(path, status) {
      if (!isChat(path)) return;
      if (status < 300) {
        send({step: 'validate', message: 'Checking the reply against the script schema and the drama rules'});
        return;
      }
      failedBefore = true;
      send({
        step: 'retry',
        message: retryable(status)
          ? `The model's server answered ${status} (busy or failing); trying again`
          : `The model's server refused the request (${status})`,
      });
    },
    failed(path, reason) {
      if (!isChat(path)) return;
      failedBefore = true;
      send({step: 'retry', message: `No answer from the model's server (${reason}); trying again`});
    },
  };
  const progress: Progress = (stage, fraction, detail) => {
    if (stage === 'write') {
      if (detail?.startsWith('asking ')) {
        tries = 0;
        send({step: 'request', message: `Asking ${detail.slice('asking '.length)}`});
      } else if (detail && /^repair \d+ of \d+$/.test(detail)) {
        tries = 0;
        send({step: 'repair', message: `The reply missed some rules: sending them back to the model (${detail})`});
      } else if (detail === 'cached') {
        send({step: 'write', message: 'Using the script the model wrote for this premise before'});
      } else if (detail?.startsWith('the script still fails')) {
        send({step: 'validate', message: 'The last reply still misses some drama rules; keeping it anyway'});
      } else if (fraction === 0 && !detail) {
        send({step: 'write', message: 'Writing the script'});
      }
    } else if (stage === 'voices') {
      send({step: 'voices', message: `Voicing the lines: ${Math.round(fraction * 100)}%`, fraction});
    } else if (stage === 'mix') {
      send({step: 'mix', message: 'Mixing the voices and the music'});
    }
  };
  return watching.run(watcher, () => work(progress));
}
