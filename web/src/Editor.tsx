/**
 * The editor: the script as cards (scenes and beats, the hook, twist and cliffhanger marked), the cast, and beside
 * them the live preview and the export. Every change goes to the API at once and comes back as a new version.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Beat, Script} from '../../src/schema/script';
import {api, ApiFailure, upload, type Options, type Project} from './api';
import {Preview, type PreviewHandle} from './Preview';
import {RenderPanel} from './RenderPanel';

type Change = (path: string, body: unknown, method?: string) => Promise<boolean>;

export function Editor({id}: {id: string}) {
  const [project, setProject] = useState<Project>();
  const [options, setOptions] = useState<Options>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<{where: string; message: string}>();
  const preview = useRef<PreviewHandle>(null);

  useEffect(() => {
    api<Project>('GET', `/api/projects/${id}`).then(setProject, (e: ApiFailure) =>
      setError({where: 'load', message: e.message}),
    );
    api<Options>('GET', '/api/options').then(setOptions, () => undefined);
  }, [id]);

  /** Sends one change; the project comes back as its new version. */
  const change: Change = useCallback(
    async (path, body, method = 'PATCH') => {
      setBusy(path);
      setError(undefined);
      try {
        setProject(await api<Project>(method, `/api/projects/${id}${path}`, body));
        return true;
      } catch (e) {
        setError({where: path, message: (e as ApiFailure).message});
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [id],
  );

  if (!project) {
    return error ? (
      <p role="alert" className="error">
        {error.message}
      </p>
    ) : (
      <p className="note">Opening the drama…</p>
    );
  }
  const {script, settings} = project;
  const errorAt = (where: string) =>
    error?.where === where ? (
      <p role="alert" className="error">
        {error.message}
      </p>
    ) : null;

  return (
    <div className="editor">
      <section className="script">
        <div className="toolbar">
          <h1 data-testid="title">{script.title}</h1>
          <p className="logline">{script.logline}</p>
          <div className="row">
            <button
              data-testid="undo"
              onClick={() => change('/undo', undefined, 'POST')}
              disabled={!project.canUndo || !!busy}
              title="Go back to the version before this one"
            >
              ↶ Undo
            </button>
            <button
              data-testid="regenerate-script"
              onClick={() => change('/regenerate', {scope: 'script'}, 'POST')}
              disabled={!!busy}
              title="Write the whole script again with another seed"
            >
              ↻ Write it again
            </button>
            <span className="note" data-testid="saved">
              {busy
                ? 'Saving…'
                : `Saved · version ${project.version}${project.versions[0] ? ` (${project.versions[0].note})` : ''}`}
            </span>
          </div>
          {errorAt('/undo')}
          {errorAt('/regenerate')}
          {error && !error.where.startsWith('/') && errorAt(error.where)}
        </div>

        <Cast project={project} change={change} errorAt={errorAt} />

        <div className="cards-hook">
          <span className="badge hook">HOOK</span> {script.hook}
        </div>
        {script.scenes.map((scene, s) => (
          <article className="scene" key={`${project.version}-${s}`}>
            <header>
              <h2>
                Scene {s + 1}: {scene.location}
              </h2>
              <div className="row">
                <label>
                  Look{' '}
                  <select
                    data-testid="scene-style"
                    value={scene.image ? 'image' : (scene.setting ?? '')}
                    onChange={(e) => {
                      if (e.target.value === 'image') return;
                      void change(`/scenes/${s}`, {setting: e.target.value || null, image: null});
                    }}
                  >
                    <option value="">painted from the place</option>
                    {options?.styles.map((st) => (
                      <option key={st} value={st}>
                        painted: {st}
                      </option>
                    ))}
                    {scene.image && <option value="image">your picture</option>}
                  </select>
                </label>
                <label className="file">
                  Use a picture…
                  <input
                    type="file"
                    accept="image/png,image/jpeg,image/webp"
                    onChange={async (e) => {
                      const file = e.target.files?.[0];
                      if (!file) return;
                      try {
                        const stored = await upload(file, 'image');
                        await change(`/scenes/${s}`, {image: stored.hash});
                      } catch (failure) {
                        setError({where: `/scenes/${s}`, message: (failure as ApiFailure).message});
                      }
                    }}
                  />
                </label>
                <select
                  value={scene.timeOfDay}
                  onChange={(e) => change(`/scenes/${s}`, {timeOfDay: e.target.value})}
                  aria-label="Time of day"
                >
                  {options?.timesOfDay.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
                <button
                  onClick={() => change('/regenerate', {scope: 'scene', scene: s}, 'POST')}
                  disabled={!!busy}
                  title="Write this scene again"
                >
                  ↻ Scene
                </button>
              </div>
              {errorAt(`/scenes/${s}`)}
            </header>
            {scene.beats.map((beat, b) => (
              <BeatCard
                key={b}
                script={script}
                beat={beat}
                s={s}
                b={b}
                options={options}
                change={change}
                busy={busy}
                errorAt={errorAt}
                seek={() => preview.current?.seekToBeat(s, b)}
              />
            ))}
          </article>
        ))}
        <div className="cards-hook">
          <span className="badge cliffhanger">END CARD</span> {script.cliffhanger}
        </div>
      </section>

      <aside className="side">
        <div className="row">
          <label>
            Template{' '}
            <select
              data-testid="template"
              value={settings.template}
              onChange={(e) => change('/settings', {template: e.target.value})}
              disabled={!!busy}
            >
              {options?.templates.map((t) => (
                <option key={t.name}>{t.name}</option>
              ))}
            </select>
          </label>
          <label>
            Shape{' '}
            <select
              data-testid="aspect"
              value={settings.aspect}
              onChange={(e) => change('/settings', {aspect: e.target.value})}
              disabled={!!busy}
            >
              <option value="9:16">9:16 upright</option>
              <option value="1:1">1:1 square</option>
              <option value="16:9">16:9 wide</option>
            </select>
          </label>
          <label>
            Music{' '}
            <select
              value={typeof settings.music === 'string' ? settings.music : 'upload'}
              onChange={(e) => change('/settings', {music: e.target.value})}
              disabled={!!busy}
            >
              <option value="auto">score</option>
              <option value="none">none</option>
              {typeof settings.music === 'object' && <option value="upload">your music</option>}
            </select>
          </label>
        </div>
        {errorAt('/settings')}
        <Preview
          ref={preview}
          script={script}
          template={settings.template}
          templateOptions={settings.templateOptions}
        />
        <p className="hint">Click a line to see it in the preview. Press play to hear the voices and the score.</p>
        <RenderPanel key={project.id} projectId={project.id} latest={project.jobs[0]} />
      </aside>
    </div>
  );
}

function Cast({project, change, errorAt}: {project: Project; change: Change; errorAt: (w: string) => React.ReactNode}) {
  const hear = async (characterId: string) => {
    try {
      const {src} = await api<{src: string}>('POST', `/api/projects/${project.id}/characters/${characterId}/sample`);
      await new Audio(src).play();
    } catch {
      // The page shows nothing for a sample that could not play; the lines in the preview still do.
    }
  };
  return (
    <section className="cast">
      <h2>Cast</h2>
      <ul>
        {project.script.characters.map((c) => (
          <li key={`${project.version}-${c.id}`}>
            <input
              type="color"
              defaultValue={c.color}
              aria-label={`${c.name}'s colour`}
              onBlur={(e) => e.target.value !== c.color && change(`/characters/${c.id}`, {color: e.target.value})}
            />
            <input
              className="name"
              defaultValue={c.name}
              aria-label={`${c.role}'s name`}
              onBlur={(e) =>
                e.target.value.trim() !== c.name && change(`/characters/${c.id}`, {name: e.target.value.trim()})
              }
            />
            <span className="meta">
              {c.role} · voice {c.voice?.id ?? 'none'}
            </span>
            <button onClick={() => hear(c.id)} title="Hear this voice">
              ▶ Hear
            </button>
            {errorAt(`/characters/${c.id}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function BeatCard(props: {
  script: Script;
  beat: Beat;
  s: number;
  b: number;
  options?: Options;
  change: Change;
  busy?: string;
  errorAt: (w: string) => React.ReactNode;
  seek: () => void;
}) {
  const {script, beat, s, b, options, change, busy, errorAt, seek} = props;
  const path = `/scenes/${s}/beats/${b}`;
  const [text, setText] = useState(beat.text);
  useEffect(() => setText(beat.text), [beat.text]);
  const speaker = script.characters.find((c) => c.id === beat.characterId);
  const save = async () => {
    if (text.trim() === beat.text) return;
    if (await change(path, {text})) setTimeout(seek, 50);
  };
  return (
    <div className={`beat ${beat.marker ?? ''} ${busy === path ? 'saving' : ''}`} onClick={seek} data-testid="beat">
      <div className="beat-head">
        {beat.marker && <span className={`badge ${beat.marker}`}>{beat.marker.toUpperCase()}</span>}
        <select
          value={beat.kind}
          onChange={(e) =>
            change(path, {
              kind: e.target.value,
              ...(e.target.value === 'line' && !beat.characterId && {characterId: script.characters[0].id}),
            })
          }
          aria-label="Kind"
        >
          {options?.kinds.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
        {(beat.kind === 'line' || beat.kind === 'text') && (
          <select
            value={beat.characterId ?? ''}
            style={{color: speaker?.color}}
            onChange={(e) => change(path, {characterId: e.target.value || null})}
            aria-label="Who"
          >
            {script.characters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
        <select
          value={beat.emotion ?? ''}
          onChange={(e) => change(path, {emotion: e.target.value || null})}
          aria-label="Emotion"
        >
          <option value="">no emotion</option>
          {options?.emotions.map((em) => (
            <option key={em}>{em}</option>
          ))}
        </select>
        <button
          onClick={(e) => (e.stopPropagation(), change('/regenerate', {scope: 'beat', scene: s, beat: b}, 'POST'))}
          title="Write this beat again"
        >
          ↻
        </button>
      </div>
      <textarea
        data-testid="beat-text"
        value={text}
        rows={Math.max(1, Math.ceil(text.length / 60))}
        maxLength={280}
        onChange={(e) => setText(e.target.value)}
        onFocus={seek}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            (e.target as HTMLTextAreaElement).blur();
          }
        }}
      />
      {busy === path && <span className="note">Re-voicing this line…</span>}
      {errorAt(path)}
    </div>
  );
}
