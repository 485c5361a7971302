-- Version 1: the jobs table, its indexes, and per-status counts kept by triggers.
--
-- Applied by runtime/src/store/sqlite/schema.rs inside one transaction, which then sets
-- `PRAGMA user_version = 1`. Never edit a released migration: add the next numbered file.
--
-- Times are INTEGER unix milliseconds (UTC). STRICT makes SQLite refuse a value of the wrong
-- type instead of storing it, so a bug cannot quietly write text where a time belongs.

CREATE TABLE jobs (
    id               TEXT    NOT NULL PRIMARY KEY,  -- canonical UUID text
    kind             TEXT    NOT NULL,              -- JobKind::as_str
    principal        TEXT    NOT NULL,              -- who submitted it; only they can see it
    provider         TEXT    NOT NULL,              -- for per-provider concurrency caps
    status           TEXT    NOT NULL
        CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    payload          BLOB,                          -- Payload::encode; NULL once terminal
    ttl_ms           INTEGER NOT NULL CHECK (ttl_ms >= 0),
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,                       -- last claim
    completed_at     INTEGER,
    expires_at       INTEGER,                       -- completed_at + ttl_ms; NULL until terminal
    attempts         INTEGER NOT NULL DEFAULT 0,
    claimed_by       TEXT,                          -- worker name of the last claim, for operators
    lease_token      TEXT,                          -- NULL unless processing
    lease_expires_at INTEGER,                       -- NULL unless processing
    status_code      INTEGER,                       -- terminal only
    result           BLOB,                          -- Outcome::Completed body
    error            BLOB                           -- Outcome::Failed body
) STRICT;

-- Claiming pending work oldest first: a walk of this index stops after `limit` entries.
CREATE INDEX jobs_pending ON jobs (created_at, id) WHERE status = 'pending';

-- Claiming while some providers are at their cap: one seek per provider instead of walking past
-- a large backlog of a saturated provider's jobs under the write lock.
CREATE INDEX jobs_pending_by_provider ON jobs (provider, created_at, id) WHERE status = 'pending';

-- Reclaiming jobs whose worker stopped heartbeating.
CREATE INDEX jobs_leased ON jobs (lease_expires_at) WHERE status = 'processing';

-- The reaper, and nothing else: only terminal jobs have an expiry.
CREATE INDEX jobs_expiry ON jobs (expires_at) WHERE expires_at IS NOT NULL;

-- Per-status counts for /metrics, maintained in the same transactions as the rows, so a scrape
-- reads four rows instead of counting every job.
CREATE TABLE job_counts (
    status TEXT    NOT NULL PRIMARY KEY,
    n      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO job_counts (status, n) VALUES
    ('pending', 0), ('processing', 0), ('completed', 0), ('failed', 0);

CREATE TRIGGER jobs_count_insert AFTER INSERT ON jobs
BEGIN
    UPDATE job_counts SET n = n + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER jobs_count_delete AFTER DELETE ON jobs
BEGIN
    UPDATE job_counts SET n = n - 1 WHERE status = OLD.status;
END;

CREATE TRIGGER jobs_count_update AFTER UPDATE OF status ON jobs
WHEN OLD.status <> NEW.status
BEGIN
    UPDATE job_counts SET n = n - 1 WHERE status = OLD.status;
    UPDATE job_counts SET n = n + 1 WHERE status = NEW.status;
END;
