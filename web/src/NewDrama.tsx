/** The new-drama form: premise, genre, length, template (each shown by the template itself), aspect, voices, music, writer. */
import {useEffect, useRef, useState} from 'react';
import {SAMPLES} from '../../compositions/samples';
import {api, ApiFailure, upload, writeDrama, type Options, type Settings, type WriteProgress} from './api';
import {navigate} from './main';
import {DramaThumbnail} from './DramaThumbnail';
import {compositionFor} from './preview-props';

type Form = Omit<Settings, 'templateOptions' | 'musicVolume' | 'seed'> & {premise: string};

const EXAMPLES = [
  'A wedding planner realises the groom is her ex-fiancé',
  'A night nurse finds her own name on a missing persons list',
  'A janitor is secretly the CEO who fired everyone',
];

export function NewDrama() {
  const [options, setOptions] = useState<Options>();
  const [form, setForm] = useState<Form>({
    premise: '',
    durationSec: 45,
    template: 'cinematic',
    aspect: '9:16',
    voices: 'offline',
    music: 'auto',
    writer: 'offline',
  });
  const [musicName, setMusicName] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [steps, setSteps] = useState<WriteProgress[]>([]);
  const [error, setError] = useState<{field: string | null; message: string}>();
  useEffect(() => {
    api<Options>('GET', '/api/options').then(setOptions, (e: ApiFailure) =>
      setError({field: null, message: e.message}),
    );
  }, []);
  useEffect(() => {
    if (!busy) return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed((Date.now() - started) / 1000), 200);
    return () => clearInterval(timer);
  }, [busy]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({...f, [key]: value}));

  const write = async () => {
    setError(undefined);
    if (!form.premise.trim()) {
      setError({
        field: 'premise',
        message: 'Write a premise first: one sentence about who wants what, and what stands in the way.',
      });
      return;
    }
    setBusy(true);
    setSteps([]);
    try {
      const body = {...form, genre: form.genre || undefined, language: form.language || undefined};
      // A report of the step under way replaces the last line; a new step adds one.
      const project = await writeDrama(body, (step) =>
        setSteps((shown) => (shown.at(-1)?.step === step.step ? [...shown.slice(0, -1), step] : [...shown, step])),
      );
      navigate(`/p/${project.id}`);
    } catch (e) {
      const failure = e as ApiFailure;
      setError({field: failure.field, message: failure.message});
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) =>
    error?.field === field ? (
      <p role="alert" className="error">
        {error.message}
      </p>
    ) : null;

  return (
    <section className="new">
      <h1>A new drama</h1>
      <label className="field">
        <span>Premise: one sentence, who wants what and what stands in the way</span>
        <textarea
          data-testid="premise"
          rows={3}
          maxLength={300}
          value={form.premise}
          placeholder={EXAMPLES[0]}
          onChange={(e) => set('premise', e.target.value)}
          aria-invalid={error?.field === 'premise'}
        />
        <span className="hint">
          For example:{' '}
          {EXAMPLES.map((x) => (
            <button key={x} className="link" onClick={() => set('premise', x)}>
              “{x}”
            </button>
          ))}
        </span>
      </label>
      {fieldError('premise')}

      <div className="row">
        <label className="field">
          <span>Genre</span>
          <select
            data-testid="genre"
            value={form.genre ?? ''}
            onChange={(e) => set('genre', e.target.value || undefined)}
          >
            <option value="">chosen from the premise</option>
            {options?.genres.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
          {fieldError('genre')}
        </label>
        <label className="field">
          <span>Length: {form.durationSec} seconds</span>
          <input
            data-testid="duration"
            type="range"
            min={15}
            max={90}
            step={5}
            value={form.durationSec}
            onChange={(e) => set('durationSec', Number(e.target.value))}
          />
          {fieldError('durationSec')}
        </label>
        <label className="field">
          <span>Language</span>
          <input
            value={form.language ?? ''}
            placeholder="from the premise (en, es, …)"
            onChange={(e) => set('language', e.target.value)}
          />
          {fieldError('language')}
        </label>
      </div>

      <fieldset className="field">
        <legend>Template: how the story is told</legend>
        <div className="templates">
          {options?.templates.map((t) => (
            <button
              key={t.name}
              data-testid={`template-${t.name}`}
              className={`template ${form.template === t.name ? 'chosen' : ''}`}
              onClick={() => set('template', t.name)}
              title={t.description}
            >
              <TemplatePicture name={t.name} />
              <strong>{t.name}</strong>
              <span>{t.description}</span>
            </button>
          ))}
        </div>
      </fieldset>

      <div className="row">
        <label className="field">
          <span>Shape</span>
          <select
            data-testid="aspect"
            value={form.aspect}
            onChange={(e) => set('aspect', e.target.value as Form['aspect'])}
          >
            <option value="9:16">9:16 upright (TikTok, Reels, Shorts)</option>
            <option value="1:1">1:1 square</option>
            <option value="16:9">16:9 wide</option>
          </select>
        </label>
        <label className="field">
          <span>Voices</span>
          <select value={form.voices} onChange={(e) => set('voices', e.target.value as Form['voices'])}>
            <option value="offline">built in (espeak-ng, no key needed)</option>
            <option value="elevenlabs" disabled={!options?.voices.includes('elevenlabs')}>
              ElevenLabs{options?.voices.includes('elevenlabs') ? '' : ' (needs ELEVENLABS_API_KEY on the server)'}
            </option>
          </select>
          {fieldError('voices')}
        </label>
        <label className="field">
          <span>Music</span>
          <select
            value={typeof form.music === 'string' ? form.music : 'upload'}
            onChange={(e) => {
              if (e.target.value !== 'upload') set('music', e.target.value as 'auto' | 'none');
            }}
          >
            <option value="auto">a score from the mood</option>
            <option value="none">no music</option>
            {typeof form.music === 'object' && <option value="upload">{musicName}</option>}
          </select>
          <input
            type="file"
            accept="audio/*"
            aria-label="Upload your own music"
            title="Or use your own music: a WAV, MP3, OGG, FLAC or M4A file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const stored = await upload(file, 'audio');
                setMusicName(stored.name);
                set('music', {upload: stored.hash});
              } catch (failure) {
                setError({field: 'music', message: (failure as ApiFailure).message});
              }
            }}
          />
          {fieldError('music')}
        </label>
        <label className="field">
          <span>Writer</span>
          <select value={form.writer} onChange={(e) => set('writer', e.target.value as Form['writer'])}>
            <option value="offline">built in (no key needed)</option>
            <option value="openai" disabled={!options?.writers.includes('openai')}>
              LLM{options?.writers.includes('openai') ? '' : ' (needs OPENAI_API_KEY on the server)'}
            </option>
          </select>
          {fieldError('writer')}
        </label>
      </div>

      {error &&
        !['premise', 'genre', 'durationSec', 'language', 'voices', 'music', 'writer'].includes(error.field ?? '') && (
          <p role="alert" className="error">
            {error.message}
          </p>
        )}
      <div className="actions">
        <button data-testid="write" className="primary big" onClick={write} disabled={busy}>
          {busy ? `Working… ${elapsed.toFixed(0)} s` : 'Write my drama'}
        </button>
        {!busy && (
          <span className="hint">
            You can change every line, the look and the music afterwards, and watch it before you make the video.
          </span>
        )}
      </div>
      {busy && <WriteSteps steps={steps} />}
    </section>
  );
}

/** A frame that shows what the template does with a line: the middle of the first beat's words. */
function pictureFrame(c: ReturnType<typeof compositionFor>): number {
  const beat = c.timeline.segments.find((s) => s.kind === 'beat' && s.beat?.kind === 'line') ?? c.timeline.segments[0];
  return Math.min(c.durationInFrames - 1, Math.round(((beat.speechStartMs + beat.speechMs * 0.7) / 1000) * c.fps));
}

/** The template's own look: the first sample drama drawn by it at its hook. */
function TemplatePicture({name}: {name: string}) {
  const sample = SAMPLES[0].script;
  const c = compositionFor(sample, name, {});
  return (
    <div className="template-picture">
      <DramaThumbnail composition={c} frame={pictureFrame(c)} />
    </div>
  );
}

/** What Write is doing, step by step (asking the model, a retry, checking the reply, a repair, voicing, mixing). */
function WriteSteps({steps}: {steps: WriteProgress[]}) {
  const list = useRef<HTMLOListElement>(null);
  // Below the form: brought into view, so the person who pressed Write sees it working.
  // In braces: Chromium's scrollIntoView now returns a promise, which React would take for a clean-up function.
  useEffect(() => {
    void list.current?.scrollIntoView({block: 'nearest'});
  }, []);
  return (
    <ol ref={list} className="write-steps" data-testid="write-steps" aria-live="polite">
      {steps.length === 0 && <li className="current">Starting…</li>}
      {steps.map((step, i) => (
        <li key={i} data-step={step.step} className={i === steps.length - 1 ? 'current' : 'done'}>
          <span aria-hidden>{i === steps.length - 1 ? '…' : '✓'}</span> {step.message}
          {i === steps.length - 1 && step.fraction !== undefined && (
            <progress value={step.fraction} max={1} aria-label={step.message} />
          )}
        </li>
      ))}
    </ol>
  );
}
