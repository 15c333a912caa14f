/**
 * "Batches & series" on the home page: the dramas and series made from a list (npm run batch and its workers),
 * newest first, with where each is, what went wrong, and for a finished one its poster, its video and a way to
 * open it. Asks for news every few seconds while any is still on its way.
 */
import {useEffect, useState} from 'react';
import {api, ApiFailure, type QueueJob} from './api';
import {navigate} from './main';
import {timeLeft} from './progress-words';
import {isUnderway, STATE_WORDS, stepOf, triesOf, whatItIs, whoMadeIt} from './queue-job-words';

const RUNNING_POLL_MS = 2000;
const WAITING_POLL_MS = 5000;

/** How often to ask again: often while something is being made, now and then while jobs wait, never otherwise. */
function pollDelay(jobs: QueueJob[]): number | undefined {
  if (jobs.some((j) => j.state === 'running')) return RUNNING_POLL_MS;
  return jobs.some(isUnderway) ? WAITING_POLL_MS : undefined;
}

/** Loads `url` and asks again while `delay` of the answer says so. */
export function usePolled<T>(url: string, delay: (value: T) => number | undefined) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = () =>
      api<T>('GET', url).then(
        (next) => {
          if (stopped) return;
          setValue(next);
          setError(undefined);
          const wait = delay(next);
          if (wait !== undefined) timer = setTimeout(load, wait);
        },
        (e: ApiFailure) => {
          if (stopped) return;
          setError(e.message);
          timer = setTimeout(load, WAITING_POLL_MS);
        },
      );
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // `delay` is a pure function of each answer: only another address starts another loop.
  }, [url]);
  return {value, error};
}

export function QueueJobs() {
  const {value, error} = usePolled<{jobs: QueueJob[]}>('/api/queue/jobs', (r) => pollDelay(r.jobs));
  const jobs = value?.jobs;
  if (!jobs?.length && !error) return null;
  return (
    <section className="queue" data-testid="queue-jobs">
      <h2>Batches &amp; series</h2>
      <p className="hint">
        Dramas and series made from a list of premises, several at a time, by the studio&apos;s helpers (started with{' '}
        <code>npm run batch</code>). The newest come first; this list updates by itself.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="queue-list">
        {jobs?.map((job) => (
          <QueueJobItem key={job.id} job={job} />
        ))}
      </ul>
    </section>
  );
}

function QueueJobItem({job}: {job: QueueJob}) {
  const files = job.kind === 'series' ? job.episodeFiles[0]?.files : job.files;
  const open = () => navigate(`/jobs/${job.id}`);
  return (
    <li className={`queue-job ${job.state}`} data-testid="queue-job" data-state={job.state}>
      <div className="poster small">{files?.poster && <img src={files.poster} alt="" />}</div>
      <div className="queue-body">
        <strong>{job.premise ? `“${job.premise}”` : 'A drama from a script file'}</strong>
        <span className="meta">{whatItIs(job)}</span>
        <JobStatus job={job} />
        {job.state === 'done' && (
          <p className="downloads">
            <button data-testid="open-job" className="primary" onClick={open}>
              Open
            </button>
            {files?.video && (
              <a data-testid="job-video" href={files.video} target="_blank" rel="noreferrer">
                Watch the video{job.kind === 'series' ? ' (episode 1)' : ''}
              </a>
            )}
            {files?.poster && (
              <a data-testid="job-poster" href={files.poster} target="_blank" rel="noreferrer">
                See the poster
              </a>
            )}
          </p>
        )}
      </div>
    </li>
  );
}

/** The job's state in words, its progress while it is made, who made it, where it goes and what went wrong. */
export function JobStatus({job}: {job: QueueJob}) {
  const percent = Math.round(job.progress * 100);
  const who = whoMadeIt(job);
  return (
    <div className="job-status">
      <span className={`state ${job.state}`} data-testid="job-state">
        {STATE_WORDS[job.state]}
      </span>
      {job.state === 'running' && (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-label="How much is done"
          >
            <div style={{width: `${percent}%`}} />
          </div>
          <span className="meta">
            {stepOf(job)} · {percent}%{timeLeft(job.etaSec)}
          </span>
          {job.stalled && (
            <p className="note">
              The computer making it has stopped answering. The next helper that starts will take it over and carry on.
            </p>
          )}
        </>
      )}
      {(job.state === 'failed' || job.state === 'retrying') && job.error && (
        <p className="error" role="alert">
          {job.state === 'retrying' ? 'The last try did not work; it will be tried again by itself. ' : ''}What went
          wrong: {job.error}
        </p>
      )}
      <span className="meta">
        {[triesOf(job), who, job.outDir && `Saved in the folder ${job.outDir}`].filter(Boolean).join(' · ')}
      </span>
    </div>
  );
}
