-- Version 3: webhook deliveries, an outbox beside the jobs.
--
-- A job submitted with `x-bf-async-webhook` keeps the endpoint's name in `jobs.webhook`. When
-- such a job reaches a final state, the trigger below writes its delivery in the same
-- statement, and so in the same transaction: no outcome is committed without its delivery,
-- whichever code path recorded it (a worker's outcome, a cancel, a job failed at claim time).

ALTER TABLE jobs ADD COLUMN webhook TEXT;  -- the [[webhooks]] name the submit named, if any

CREATE TABLE webhook_deliveries (
    job_id           TEXT    NOT NULL PRIMARY KEY,  -- one delivery per job: its final state
    endpoint         TEXT    NOT NULL,              -- the [[webhooks]] name
    event            TEXT    NOT NULL,              -- async_job.completed, .failed, .cancelled
    message_id       TEXT    NOT NULL,              -- the webhook-id header, on every attempt
    status           TEXT    NOT NULL
        CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'skipped')),
    created_at       INTEGER NOT NULL,              -- when the outcome was recorded
    next_attempt_at  INTEGER NOT NULL,              -- pending: not sent before
    attempts         INTEGER NOT NULL DEFAULT 0,
    lease_token      TEXT,                          -- NULL unless sending
    lease_expires_at INTEGER,                       -- NULL unless sending
    last_status_code INTEGER,                       -- the receiver's last answer, if it answered
    last_error       TEXT,                          -- why the last attempt did not succeed
    delivered_at     INTEGER                        -- the receiver's 2xx
) STRICT;

-- Deliveries due, soonest first; and those whose sender stopped before it recorded an answer.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries (lease_expires_at)
    WHERE status = 'sending';

CREATE TRIGGER jobs_webhook_outbox AFTER UPDATE OF status ON jobs
WHEN NEW.webhook IS NOT NULL
    AND NEW.status IN ('completed', 'failed', 'cancelled')
    AND OLD.status IN ('pending', 'processing')
BEGIN
    INSERT OR IGNORE INTO webhook_deliveries
        (job_id, endpoint, event, message_id, status, created_at, next_attempt_at)
    VALUES (NEW.id, NEW.webhook, 'async_job.' || NEW.status, 'msg_' || NEW.id, 'pending',
        NEW.completed_at, NEW.completed_at);
END;

-- A job's delivery goes with it. The reaper keeps a job whose delivery is still owed, so this
-- removes only finished deliveries.
CREATE TRIGGER jobs_webhook_delete AFTER DELETE ON jobs
WHEN OLD.webhook IS NOT NULL
BEGIN
    DELETE FROM webhook_deliveries WHERE job_id = OLD.id;
END;
