-- Version 1: the jobs table, the indexes of claiming, polling and expiry, and the trigger that
-- tells listening replicas about new work.
--
-- Applied by runtime/src/store/postgres/schema.rs in one transaction together with its row in
-- `gateway_schema_migrations`, under an advisory lock so that replicas starting at the same
-- time apply it once. Never edit a released migration: add the next numbered file.

CREATE TABLE jobs (
    id               text        NOT NULL PRIMARY KEY,  -- canonical UUID text
    kind             text        NOT NULL,              -- JobKind::as_str
    principal        text        NOT NULL,              -- who submitted it; only they can see it
    provider         text        NOT NULL,              -- for per-provider concurrency caps
    status           text        NOT NULL
        CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
    payload          bytea,                             -- Payload::encode; NULL once terminal
    ttl_ms           bigint      NOT NULL CHECK (ttl_ms >= 0),
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,                       -- last claim
    completed_at     timestamptz,
    expires_at       timestamptz,                       -- completed_at + ttl; NULL until terminal
    attempts         integer     NOT NULL DEFAULT 0,
    claimed_by       text,                              -- worker of the last claim, for operators
    lease_token      text,                              -- NULL unless processing
    lease_expires_at timestamptz,                       -- NULL unless processing
    status_code      integer,                           -- terminal only
    result           bytea,                             -- Outcome::Completed body
    error            bytea                              -- Outcome::Failed body
);

-- Claiming: pending jobs and processing ones (whose lease may have lapsed) in age order. A
-- claim walks this index from the oldest entry, skipping live leases and rows another replica
-- holds locked, and stops after `limit` jobs; finished jobs are not in it at all.
CREATE INDEX jobs_claimable ON jobs (created_at, id) WHERE status IN ('pending', 'processing');

-- Claiming while some providers are at their limit: one probe per provider, then each
-- provider's oldest, instead of walking past a saturated provider's whole backlog.
CREATE INDEX jobs_claimable_by_provider ON jobs (provider, created_at, id)
    WHERE status IN ('pending', 'processing');

-- The reaper, and nothing else: only terminal jobs have an expiry.
CREATE INDEX jobs_expiry ON jobs (expires_at) WHERE expires_at IS NOT NULL;

-- Polling reads one job by id: the primary key.

-- Wake-ups: every replica LISTENs on `gateway_jobs`. A notification is sent when the
-- transaction that made work claimable commits (a new job, or a job put back in the queue), so
-- idle workers sleep until there is something to do.
CREATE FUNCTION gateway_notify_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gateway_jobs', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER jobs_notify_insert AFTER INSERT ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION gateway_notify_work();

CREATE TRIGGER jobs_notify_requeue AFTER UPDATE OF status ON jobs
    FOR EACH ROW WHEN (NEW.status = 'pending' AND OLD.status <> 'pending')
    EXECUTE FUNCTION gateway_notify_work();
