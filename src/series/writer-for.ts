/** Which series writer a run uses, resolved by the entry point (CLI or worker) from its options and env. */
import type {Env} from '../config';
import {offlineSeriesWriter} from './offline';
import {openaiSeriesWriter} from './openai';
import type {SeriesOptions} from './run';

/** The series writer a run's options ask for: the offline one, or the LLM behind OPENAI_* in `env`. */
export function seriesWriterFor(env: Env): SeriesOptions['writerFor'] {
  return (o) =>
    o.writer === 'offline'
      ? offlineSeriesWriter(o.voices)
      : openaiSeriesWriter({
          apiKey: env.OPENAI_API_KEY,
          baseURL: env.OPENAI_BASE_URL,
          model: o.model,
          cache: o.cache,
          voices: o.voices,
        });
}
