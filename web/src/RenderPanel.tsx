/** Render: a background job with a progress bar (stage, percent, ETA) and cancel; then the video and the downloads. */
import {useCallback, useEffect, useState} from 'react';
import {api, ApiFailure, type Job} from './api';
import {STAGE_WORDS, timeLeft} from './progress-words';

export function RenderPanel({projectId, latest}: {projectId: string; latest?: Job}) {
  const [job, setJob] = useState<Job | undefined>(latest);
  const [scale, setScale] = useState(0.5);
  const [short, setShort] = useState(false);
  const [error, setError] = useState<string>();

  const active = job && (job.state === 'queued' || job.state === 'running');
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => api<Job>('GET', `/api/jobs/${job.id}`).then(setJob, () => undefined), 700);
    return () => clearInterval(timer);
  }, [active, job?.id]);

  const start = useCallback(async () => {
    setError(undefined);
    try {
      setJob(await api<Job>('POST', `/api/projects/${projectId}/renders`, {scale, ...(short && {frames: [0, 149]})}));
    } catch (e) {
      setError((e as ApiFailure).message);
    }
  }, [projectId, scale, short]);

  const cancel = async () => {
    if (!job) return;
    try {
      setJob(await api<Job>('POST', `/api/jobs/${job.id}/cancel`));
    } catch (e) {
      setError((e as ApiFailure).message);
    }
  };

  return (
    <div className="render">
      <h2>Make the video</h2>
      {!job && (
        <p className="hint">
          Makes an MP4 file of what the preview shows, with a poster and captions. It runs in the background: you can
          keep editing while it works.
        </p>
      )}
      <div className="row">
        <select
          data-testid="render-scale"
          value={scale}
          onChange={(e) => setScale(Number(e.target.value))}
          disabled={active}
        >
          <option value={1}>Full size (upload-ready)</option>
          <option value={0.5}>Half size (faster)</option>
          <option value={0.25}>Quarter size (a quick look)</option>
        </select>
        <label className="check">
          <input
            data-testid="render-short"
            type="checkbox"
            checked={short}
            onChange={(e) => setShort(e.target.checked)}
            disabled={active}
          />{' '}
          first 5 s only
        </label>
        <button data-testid="render" className="primary" onClick={start} disabled={active}>
          {job?.state === 'done' ? 'Make it again' : 'Make the video'}
        </button>
      </div>
      {active && (
        <div className="job">
          <div
            data-testid="progress"
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(job.progress * 100)}
          >
            <div style={{width: `${Math.round(job.progress * 100)}%`}} />
          </div>
          <p>
            {job.state === 'queued'
              ? 'Waiting for the renderer…'
              : (STAGE_WORDS[job.stage ?? ''] ?? job.stage ?? 'Starting…')}{' '}
            · {Math.round(job.progress * 100)}%{timeLeft(job.etaSec)}{' '}
            <button data-testid="cancel" onClick={cancel}>
              Cancel
            </button>
          </p>
        </div>
      )}
      {job?.state === 'failed' && (
        <p role="alert" className="error">
          The render failed: {job.error}
        </p>
      )}
      {job?.state === 'cancelled' && <p className="note">Render cancelled.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {job?.state === 'done' && job.files.video && (
        <div className="done">
          <video data-testid="video" src={job.files.video} controls poster={job.files.poster} />
          <p className="downloads">
            <a data-testid="download-video" href={job.files.video} download>
              ⬇ Video (MP4)
            </a>
            {job.files.poster && (
              <a href={job.files.poster} download>
                Poster (PNG)
              </a>
            )}
            {job.files.srt && (
              <a href={job.files.srt} download>
                Captions (SRT)
              </a>
            )}
            {job.files.vtt && (
              <a href={job.files.vtt} download>
                Captions (VTT)
              </a>
            )}
            {job.files.script && (
              <a href={job.files.script} download>
                script.json
              </a>
            )}
          </p>
        </div>
      )}
    </div>
  );
}
