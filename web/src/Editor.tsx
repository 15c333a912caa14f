/**
 * The editor: the script as cards (scenes and beats, the hook, twist and cliffhanger marked), the cast, and beside
 * them the live preview and the export. Every change goes to the API at once and comes back as a new version.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Beat, Script} from '../../src/schema/script';
import {formatFor} from '../../src/schema/format';
import {api, ApiFailure, upload, type Options, type Project} from './api';
import {Preview, type PreviewHandle} from './Preview';
import {RenderPanel} from './RenderPanel';

/**
 * Sends one change; `shown` is what the page shows at once, before the server answers (the preview does not wait
 * for the re-voicing and re-mixing); a refused change puts the previous version back.
 */
type Change = (path: string, body: unknown, method?: string, shown?: (project: Project) => Project) => Promise<boolean>;

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
    async (path, body, method = 'PATCH', shown) => {
      setBusy(path);
      setError(undefined);
      let before: Project | undefined;
      if (shown) setProject((current) => ((before = current), current && shown(current)));
      try {
        setProject(await api<Project>(method, `/api/projects/${id}${path}`, body));
        return true;
      } catch (e) {
        if (before) setProject(before);
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
              ↻ Rewrite the whole script
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
                    data-testid="scene-look"
                    value={scene.image ? 'image' : (scene.setting ?? '')}
                    onChange={(e) => {
                      const look = e.target.value;
                      if (look === 'image') return;
                      if (look === 'generate') void change(`/scenes/${s}/image`, undefined, 'POST');
                      else void change(`/scenes/${s}`, {setting: look || null, image: null});
                    }}
                    disabled={!!busy}
                  >
                    <option value="">painted from the place</option>
                    {options?.styles.map((st) => (
                      <option key={st} value={st}>
                        painted: {st}
                      </option>
                    ))}
                    {scene.image && (
                      <option value="image">
                        {scene.image.startsWith('generated/uploads/') ? 'your picture' : 'a generated picture'}
                      </option>
                    )}
                    <option value="generate" disabled={!options?.images}>
                      {scene.image && !scene.image.startsWith('generated/uploads/')
                        ? 'generate another picture'
                        : 'generate a picture'}
                      {options?.images ? '' : ' (needs OPENAI_API_KEY on the server)'}
                    </option>
                  </select>
                </label>
                <label className="file">
                  Use my picture…
                  <input
                    data-testid="scene-picture"
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
                  data-testid="regenerate-scene"
                  onClick={() => change('/regenerate', {scope: 'scene', scene: s}, 'POST')}
                  disabled={!!busy}
                  title="Write this scene again"
                >
                  ↻ Rewrite scene
                </button>
              </div>
              {busy === `/scenes/${s}/image` && (
                <p className="note">Painting a picture for this scene (this can take a minute)…</p>
              )}
              {errorAt(`/scenes/${s}`)}
              {errorAt(`/scenes/${s}/image`)}
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
              onChange={(e) => {
                const template = e.target.value;
                void change('/settings', {template}, 'PATCH', (p) => ({
                  ...p,
                  settings: {...p.settings, template, templateOptions: {}},
                }));
              }}
              disabled={!!busy}
            >
              {/* The project's own template is shown before the list of them has loaded. */}
              {(options?.templates ?? [{name: settings.template}]).map((t) => (
                <option key={t.name}>{t.name}</option>
              ))}
            </select>
          </label>
          <label>
            Shape{' '}
            <select
              data-testid="aspect"
              value={settings.aspect}
              onChange={(e) => {
                const aspect = e.target.value as Project['settings']['aspect'];
                void change('/settings', {aspect}, 'PATCH', (p) => ({
                  ...p,
                  settings: {...p.settings, aspect},
                  script: {...p.script, format: formatFor(aspect)},
                }));
              }}
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
        <p className="hint">
          Press play to watch it with the voices and the music. Click a line to jump to it; change a line and press
          Enter to hear it again. When you like it, make the video below.
        </p>
        <RenderPanel key={project.id} projectId={project.id} latest={project.jobs[0]} />
      </aside>
    </div>
  );
}

function Cast({project, change, errorAt}: {project: Project; change: Change; errorAt: (w: string) => React.ReactNode}) {
  const [playing, setPlaying] = useState<string>();
  const [failed, setFailed] = useState<{id: string; message: string}>();
  const hear = async (characterId: string) => {
    setFailed(undefined);
    setPlaying(characterId);
    try {
      const {src} = await api<{src: string}>('POST', `/api/projects/${project.id}/characters/${characterId}/sample`);
      const audio = new Audio(src);
      audio.onended = () => setPlaying(undefined);
      await audio.play();
    } catch (e) {
      setPlaying(undefined);
      const message =
        e instanceof ApiFailure
          ? e.message
          : 'The browser would not play the sample; press play on the preview instead.';
      setFailed({id: characterId, message});
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
            <button data-testid="hear" onClick={() => hear(c.id)} title="Hear this voice" disabled={playing === c.id}>
              {playing === c.id ? '♪ Playing…' : '▶ Hear the voice'}
            </button>
            {errorAt(`/characters/${c.id}`)}
            {failed?.id === c.id && (
              <p role="alert" className="error">
                {failed.message}
              </p>
            )}
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
    const words = text.trim();
    if (words === beat.text) return;
    // The words show in the preview at once; the line's new voice follows when the server has voiced and mixed it.
    setTimeout(seek, 50);
    await change(path, {text}, 'PATCH', words ? (p) => withBeatText(p, s, b, words) : undefined);
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
          data-testid="regenerate-beat"
          onClick={(e) => (e.stopPropagation(), change('/regenerate', {scope: 'beat', scene: s, beat: b}, 'POST'))}
          disabled={!!busy}
          title="Write this line again"
          aria-label="Write this line again"
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

/** The project with one beat's words changed, as the page shows it until the server's version arrives. */
function withBeatText(project: Project, s: number, b: number, text: string): Project {
  const script = structuredClone(project.script);
  script.scenes[s].beats[b].text = text;
  return {...project, script};
}
