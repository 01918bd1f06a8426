-- Parley store, schema 1. Article text is kept whole and sliced in TypeScript, never in SQL
-- (SQLite counts code points, JavaScript counts UTF-16 units).

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_polled TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at TEXT
);

-- One row per item identity (guid); every version is kept in item_versions.
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  current_version_id TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE item_versions (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items(id),
  seq INTEGER NOT NULL,
  version INTEGER,
  version_created TEXT,
  status TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  raw TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (item_id, content_hash)
);
CREATE INDEX item_versions_item ON item_versions(item_id, seq);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT,
  features TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_last_date ON stories(last_date);

-- One row per distinct text (exact hash of its normalised words). A near-identical copy of
-- another article (an agency story republished with small edits) points to it with copy_of.
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  copy_of TEXT REFERENCES articles(id),
  story_id TEXT REFERENCES stories(id),
  live INTEGER NOT NULL DEFAULT 1,
  title TEXT,
  published TEXT,
  publisher TEXT,
  url TEXT,
  language TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  minhash BLOB NOT NULL,
  simhash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_copy_of ON articles(copy_of);

CREATE TABLE article_bands (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- Where an article appeared: one row per outlet/URL/feed item carrying that text.
CREATE TABLE publications (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  source_key TEXT NOT NULL,
  publisher TEXT,
  url TEXT,
  published TEXT,
  source TEXT,
  item_id TEXT REFERENCES items(id),
  version_id TEXT REFERENCES item_versions(id),
  live INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  UNIQUE (article_id, source_key)
);
CREATE INDEX publications_item ON publications(item_id);

CREATE TABLE actors (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT
);

CREATE TABLE article_actors (
  article_id TEXT NOT NULL REFERENCES articles(id),
  actor_key TEXT NOT NULL,
  party_key TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_key)
) WITHOUT ROWID;
CREATE INDEX article_actors_party ON article_actors(party_key);
CREATE INDEX article_actors_actor ON article_actors(actor_key);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  status TEXT NOT NULL,
  source_key TEXT,
  target_key TEXT,
  date TEXT,
  location TEXT,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_key);
CREATE INDEX events_target ON events(target_key);

CREATE TABLE positions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  holder_key TEXT NOT NULL,
  addressee_key TEXT,
  content TEXT NOT NULL,
  precondition INTEGER NOT NULL,
  proposal TEXT,
  stance TEXT,
  date TEXT,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX positions_holder ON positions(holder_key);
CREATE INDEX positions_date ON positions(date);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  speaker_key TEXT,
  party_key TEXT,
  date TEXT,
  q_start INTEGER NOT NULL,
  q_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX quotes_party ON quotes(party_key);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
