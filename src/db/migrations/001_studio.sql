-- Projects, every version of their scripts, uploads and render jobs: what the studio needs to survive a restart.
CREATE TABLE projects (
  id text PRIMARY KEY,
  title text NOT NULL,
  premise text NOT NULL,
  -- How the drama is made: template, aspect, voices, music, writer, seed, genre, duration, language.
  settings jsonb NOT NULL,
  -- The script version the project shows now.
  head_version integer NOT NULL DEFAULT 0,
  poster text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every edit is a new version; undo appends the version before as a new one, so nothing is ever lost.
CREATE TABLE script_versions (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  version integer NOT NULL,
  -- The version this one was made from (undo goes back to it).
  parent integer,
  script jsonb NOT NULL,
  -- The project's settings with this version (template, aspect, ...), so undo brings them back too.
  settings jsonb NOT NULL,
  note text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, version)
);

-- Uploaded files, addressed by the SHA-256 of their bytes; the name the user gave is kept only for display.
CREATE TABLE uploads (
  hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('image', 'audio')),
  mime text NOT NULL,
  ext text NOT NULL,
  size integer NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Background jobs (renders). A job is never left 'running' by a dead process: startup marks those failed.
CREATE TABLE jobs (
  id text PRIMARY KEY,
  project_id text REFERENCES projects (id) ON DELETE CASCADE,
  kind text NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  -- What to do: the script version and the render options.
  input jsonb NOT NULL,
  stage text,
  progress real NOT NULL DEFAULT 0,
  eta_sec real,
  error text,
  -- What came out: the files, relative to the job's output folder.
  result jsonb,
  worker text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_project ON jobs (project_id, created_at DESC);
CREATE INDEX jobs_state ON jobs (state);
