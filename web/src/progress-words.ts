/** How the page says where a job is: each pipeline stage in plain words, and the time left. */

/** The stages of making a video, as the pipeline reports them (src/queue/eta.ts orders them). */
export const STAGE_WORDS: Record<string, string> = {
  write: 'Reading the script',
  voices: 'Voicing the lines',
  mix: 'Mixing the soundtrack',
  visualise: 'Painting the scenes',
  bundle: 'Preparing the renderer (first time only)',
  browser: 'Starting the renderer',
  render: 'Rendering the frames',
  poster: 'Drawing the poster',
};

/** " · about 3 min left", or nothing before there is an estimate. */
export const timeLeft = (sec: number | null) =>
  sec === null
    ? ''
    : sec < 60
      ? ` · about ${Math.max(1, Math.round(sec))} s left`
      : ` · about ${Math.round(sec / 60)} min left`;
