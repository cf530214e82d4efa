/**
 * Format version 1: reports with their analysis, entities, frames, stories and
 * membership, full-text search (German, or English for English reports) and trigram indexes. Runs with the
 * store's schema first on the search path; pg_trgm lives in `public`.
 */
export const version = 1;
export const name = 'initial';
export const sql = `
CREATE TABLE stories (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reports (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- sha256 of the normalised text: the same text read from two places is one report.
  content_hash text NOT NULL,
  -- The path or URL the report was read from, as given.
  source text NOT NULL,
  -- Canonical URL (web reports only): the same page under one address is one report.
  url text,
  outlet text,
  title text,
  -- As the page stated it (ISO 8601); day: that day, else the day it was stored, for filters.
  published text,
  day date NOT NULL,
  lang text NOT NULL,
  text text NOT NULL,
  -- The DocumentRecord of the analysis (docs/contract.md).
  record jsonb NOT NULL,
  -- What the story clusterer needs of the report, so its index can be rebuilt on open.
  features jsonb,
  added_at timestamptz NOT NULL DEFAULT now(),
  -- Stemmed in the report's language: German, or English for lang 'en'.
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE lang WHEN 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END,
      coalesce(title, '')), 'A') ||
    setweight(to_tsvector(CASE lang WHEN 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END,
      text), 'B')
  ) STORED,
  CONSTRAINT reports_content_hash_key UNIQUE (content_hash),
  CONSTRAINT reports_url_key UNIQUE (url)
);
CREATE INDEX reports_search_idx ON reports USING gin (search);
CREATE INDEX reports_day_idx ON reports (day);
CREATE INDEX reports_outlet_trgm_idx ON reports USING gin (outlet public.gin_trgm_ops);

CREATE TABLE report_entities (
  report_id integer NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  name text NOT NULL,
  type text NOT NULL,
  -- nameKey(name): transliteration-insensitive (Selenskyj ~ Zelensky).
  key text NOT NULL
);
CREATE INDEX report_entities_report_idx ON report_entities (report_id);
CREATE INDEX report_entities_key_idx ON report_entities (key);
CREATE INDEX report_entities_name_trgm_idx ON report_entities USING gin (name public.gin_trgm_ops);
-- Whole words of a key ("lindkvist" in "petra lindkvist"): LIKE '% word %' on the padded key.
CREATE INDEX report_entities_key_words_idx ON report_entities
  USING gin ((' ' || key || ' ') public.gin_trgm_ops);

-- Every distinct entity name once: --entity is matched (fuzzily) against these few
-- rows, then reaches the reports through report_entities.key.
CREATE TABLE entity_names (
  name text NOT NULL,
  key text NOT NULL,
  PRIMARY KEY (name, key)
);

CREATE TABLE report_frames (
  report_id integer NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  kind text NOT NULL,
  bearer text,
  attribute text NOT NULL,
  value text
);
CREATE INDEX report_frames_report_idx ON report_frames (report_id);

-- One story per report; a story without members is deleted with its last member's move.
CREATE TABLE story_members (
  report_id integer PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  story_id integer NOT NULL REFERENCES stories (id)
);
CREATE INDEX story_members_story_idx ON story_members (story_id);
`;
