-- Version 2: cancelled jobs, retries that wait in the queue, idempotency keys, listing.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt: a new table with
-- the new status and columns, every row copied, the old one dropped and the new one renamed.
-- Its indexes and triggers go with the old table and are created again here.

CREATE TABLE jobs_v2 (
    id               TEXT    NOT NULL PRIMARY KEY,  -- canonical UUID text (version 7: time-ordered)
    kind             TEXT    NOT NULL,              -- JobKind::as_str
    principal        TEXT    NOT NULL,              -- who submitted it; only they can see it
    provider         TEXT    NOT NULL,              -- for per-provider concurrency caps
    status           TEXT    NOT NULL
        CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
    payload          BLOB,                          -- Payload::encode; NULL once final
    ttl_ms           INTEGER NOT NULL CHECK (ttl_ms >= 0),
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,                       -- last claim
    completed_at     INTEGER,                       -- the final state's time (cancel included)
    expires_at       INTEGER,                       -- completed_at + ttl_ms; NULL until final
    attempts         INTEGER NOT NULL DEFAULT 0,
    claimed_by       TEXT,                          -- worker name of the last claim, for operators
    lease_token      TEXT,                          -- NULL unless processing
    lease_expires_at INTEGER,                       -- NULL unless processing
    status_code      INTEGER,                       -- completed and failed only
    result           BLOB,                          -- Outcome::Completed body
    error            BLOB,                          -- Outcome::Failed body
    run_after        INTEGER,                       -- pending after a retryable failure: not before
    idempotency_key  TEXT,                          -- the submit's Idempotency-Key, if any
    request_hash     TEXT                           -- with a key: hash of kind and payload
) STRICT;

INSERT INTO jobs_v2 (id, kind, principal, provider, status, payload, ttl_ms, created_at,
    started_at, completed_at, expires_at, attempts, claimed_by, lease_token, lease_expires_at,
    status_code, result, error)
SELECT id, kind, principal, provider, status, payload, ttl_ms, created_at, started_at,
    completed_at, expires_at, attempts, claimed_by, lease_token, lease_expires_at, status_code,
    result, error
FROM jobs;

DROP TABLE jobs;
ALTER TABLE jobs_v2 RENAME TO jobs;

-- Claiming pending work oldest first. `run_after` is the last column so that a job waiting
-- for its retry is passed over on the index entry alone, without reading its row.
CREATE INDEX jobs_pending ON jobs (created_at, id, run_after) WHERE status = 'pending';

-- Claiming while some providers are at their cap (see version 1).
CREATE INDEX jobs_pending_by_provider ON jobs (provider, created_at, id, run_after)
    WHERE status = 'pending';

CREATE INDEX jobs_leased ON jobs (lease_expires_at) WHERE status = 'processing';

CREATE INDEX jobs_expiry ON jobs (expires_at) WHERE expires_at IS NOT NULL;

-- Listing a principal's jobs newest first, a page after a given id.
CREATE INDEX jobs_by_principal ON jobs (principal, id);

-- One live job per principal and key; the key goes with the job when the reaper deletes it.
CREATE UNIQUE INDEX jobs_idempotency ON jobs (principal, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

INSERT INTO job_counts (status, n) VALUES ('cancelled', 0);

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
