-- newsfacts records in PostgreSQL: one row per article (the latest version), its people, mentions,
-- quotes, numbers and dates as child rows. Offsets are UTF-16 code units (JavaScript indices), as in
-- the record contract; every span also keeps its own text, so no SQL needs to slice article text.

CREATE TABLE articles (
  id            text PRIMARY KEY,
  version       integer NOT NULL,
  url           text,
  outlet        text,
  title         text,
  published     text,
  published_at  timestamptz,
  fetched       text,
  lang          text NOT NULL,
  text          text NOT NULL,
  warnings      jsonb NOT NULL DEFAULT '[]'::jsonb,
  content_hash  text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_outlet_published_at ON articles (outlet, published_at);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE people (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id   text NOT NULL,
  name        text NOT NULL,
  role        text,
  quoted      boolean NOT NULL,
  PRIMARY KEY (article_id, person_id)
);
CREATE INDEX people_name ON people (name);
CREATE INDEX people_lower_name ON people (lower(name));

CREATE TABLE mentions (
  article_id    text NOT NULL,
  person_id     text NOT NULL,
  seq           integer NOT NULL,
  start_offset  integer NOT NULL,
  end_offset    integer NOT NULL,
  text          text NOT NULL,
  kind          text NOT NULL,
  PRIMARY KEY (article_id, person_id, seq),
  FOREIGN KEY (article_id, person_id) REFERENCES people (article_id, person_id) ON DELETE CASCADE
);

CREATE TABLE quotes (
  article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq           integer NOT NULL,
  start_offset  integer NOT NULL,
  end_offset    integer NOT NULL,
  text          text NOT NULL,
  kind          text NOT NULL,
  speaker       text,
  cue           text,
  source        text,
  PRIMARY KEY (article_id, seq),
  FOREIGN KEY (article_id, speaker) REFERENCES people (article_id, person_id) ON DELETE CASCADE
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);
CREATE INDEX quotes_cue ON quotes (cue);

CREATE TABLE numbers (
  article_id     text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq            integer NOT NULL,
  start_offset   integer NOT NULL,
  end_offset     integer NOT NULL,
  text           text NOT NULL,
  kind           text NOT NULL,
  value          double precision NOT NULL,
  currency       text,
  unit           text,
  counts         text,
  counts_start   integer,
  counts_end     integer,
  approx         text,
  min_value      double precision,
  max_value      double precision,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX numbers_money ON numbers (currency, value) WHERE kind = 'money';
CREATE INDEX numbers_kind_value ON numbers (kind, value);

CREATE TABLE dates (
  article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq           integer NOT NULL,
  start_offset  integer NOT NULL,
  end_offset    integer NOT NULL,
  text          text NOT NULL,
  kind          text NOT NULL,
  value         text,
  grain         text,
  relative      boolean NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX dates_value ON dates (value);
