/**
 * The home page: every drama (poster, title, length, template, last change), a button for a new one, and the
 * dramas and series made from lists (QueueJobs).
 */
import {useEffect, useState} from 'react';
import {api, ApiFailure, type ProjectSummary} from './api';
import {navigate} from './main';
import {DramaThumbnail} from './DramaThumbnail';
import {compositionFor} from './preview-props';
import {QueueJobs} from './QueueJobs';

const ago = (iso: string) => {
  const seconds = (Date.now() - new Date(iso).getTime()) / 1000;
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
};

export function Home() {
  const [projects, setProjects] = useState<ProjectSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<{projects: ProjectSummary[]}>('GET', '/api/projects').then(
      (r) => setProjects(r.projects),
      (e: ApiFailure) => setError(e.message),
    );
  }, []);
  return (
    <section className="home">
      <div className="home-head">
        <h1>Your dramas</h1>
        <button data-testid="new" className="primary" onClick={() => navigate('/new')}>
          + New drama
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {projects?.length === 0 && (
        <div className="empty">
          <p>No dramas yet. Start with one sentence: who wants what, and what stands in the way.</p>
          <button className="primary" onClick={() => navigate('/new')}>
            Write my first drama
          </button>
        </div>
      )}
      <ul className="cards">
        {projects?.map((p) => (
          <li key={p.id}>
            <a href={`/p/${p.id}`} data-testid="project" onClick={(e) => (e.preventDefault(), navigate(`/p/${p.id}`))}>
              <div className="poster">
                {p.poster ? <img src={p.poster} alt="" /> : p.script ? <PosterFromScript summary={p} /> : null}
              </div>
              <strong>{p.title}</strong>
              <span className="meta">
                {p.durationSec} s · {p.template} · {p.aspect} · {ago(p.updatedAt)}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <QueueJobs />
    </section>
  );
}

/** Until a render has made a poster: the hook card, drawn by the template itself. */
function PosterFromScript({summary}: {summary: ProjectSummary}) {
  return <DramaThumbnail composition={compositionFor(summary.script!, summary.template, {})} frame={36} />;
}
