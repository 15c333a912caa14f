/** The `openai` writer. (server.ts, retry.ts and deadline.ts are shared with the `openai` visuals.) */
export {createOpenAIWriter, WRITER_DEFAULTS, type OpenAIWriterOptions} from './openai-writer';
export {PROMPT_VERSION} from './prompt';
