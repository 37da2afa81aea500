-- The per-URL state that queue workers share (newsfacts worker --pg): what each page gave last time
-- (validators, body hash, record id) and each record's committed version. The same columns as the
-- SQLite state's `pages` and `records`; the enqueuing run reads it to leave unchanged pages out.

CREATE TABLE state_pages (
  url            text PRIMARY KEY,
  record_id      text,
  etag           text,
  last_modified  text,
  body_hash      text,
  last_status    text NOT NULL,
  last_error     text,
  first_seen     timestamptz NOT NULL DEFAULT now(),
  last_checked   timestamptz NOT NULL DEFAULT now(),
  last_changed   timestamptz
);

CREATE TABLE state_records (
  id            text PRIMARY KEY,
  url           text,
  version       integer NOT NULL,
  content_hash  text NOT NULL,
  first_seen    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
