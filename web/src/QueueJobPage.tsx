/**
 * One batch or series job opened (/jobs/<id>): a finished drama plays here with its downloads, a finished series
 * shows every episode; a job still on its way shows where it is, updating by itself.
 */
import type {OutputFiles, QueueJob} from './api';
import {navigate} from './main';
import {isUnderway, whatItIs} from './queue-job-words';
import {JobStatus, usePolled} from './QueueJobs';

const POLL_MS = 2000;

export function QueueJobPage({id}: {id: string}) {
  const {value: job, error} = usePolled<QueueJob>(`/api/queue/jobs/${id}`, (j) =>
    isUnderway(j) ? POLL_MS : undefined,
  );
  return (
    <section className="queue-page" data-testid="queue-job-page">
      <p>
        <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
          ← All dramas
        </a>
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {job && (
        <>
          <h1>{job.premise ? `“${job.premise}”` : 'A drama from a script file'}</h1>
          <p className="meta">{whatItIs(job)}</p>
          <JobStatus job={job} />
          {job.kind === 'batch' && job.state === 'done' && (
            <Video files={job.files} missing={job.missing} title="The video" />
          )}
          {job.kind === 'series' &&
            job.episodeFiles.map((e) => (
              <Video
                key={e.episode}
                files={e.files}
                missing={e.missing}
                title={`Episode ${e.episode} of ${job.episodes}`}
              />
            ))}
        </>
      )}
    </section>
  );
}

/** A finished video: the player (its poster shown before it plays) and each file to download. */
function Video({files, missing, title}: {files: OutputFiles; missing: string[]; title: string}) {
  const downloads: [keyof OutputFiles, string][] = [
    ['video', 'Download the video (MP4)'],
    ['poster', 'Poster (PNG)'],
    ['srt', 'Captions (SRT)'],
    ['vtt', 'Captions (VTT)'],
    ['script', 'Script (JSON)'],
  ];
  return (
    <div className="done queue-video" data-testid="job-episode">
      <h2>{title}</h2>
      {files.video ? (
        <video src={files.video} poster={files.poster} controls preload="metadata" />
      ) : missing.includes('video') ? (
        <p className="note">The video file is no longer where it was saved (was it moved or deleted?).</p>
      ) : (
        <p className="note">
          No video was made: this one was only written (a trial run). Its script and captions are here.
        </p>
      )}
      <p className="downloads">
        {downloads
          .filter(([kind]) => files[kind])
          .map(([kind, label]) => (
            <a key={kind} href={`${files[kind]}?download`} download>
              {label}
            </a>
          ))}
      </p>
    </div>
  );
}
