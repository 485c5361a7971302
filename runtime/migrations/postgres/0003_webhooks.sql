-- Version 3: webhook deliveries, an outbox beside the jobs.
--
-- A job submitted with `x-bf-async-webhook` keeps the endpoint's name in `jobs.webhook`. When
-- such a job reaches a final state, the trigger below writes its delivery inside the statement
-- that recorded the state, so in the same transaction: no outcome is committed without its
-- delivery, whichever code path recorded it and on whichever replica. The `gateway_job_final`
-- notification of version 2 wakes every replica's delivery workers as it wakes waiters.

ALTER TABLE jobs ADD COLUMN webhook text;  -- the [[webhooks]] name the submit named, if any

CREATE TABLE webhook_deliveries (
    job_id           text        NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    endpoint         text        NOT NULL,  -- the [[webhooks]] name
    event            text        NOT NULL,  -- async_job.completed, .failed, .cancelled
    message_id       text        NOT NULL,  -- the webhook-id header, on every attempt
    status           text        NOT NULL
        CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'skipped')),
    created_at       timestamptz NOT NULL,  -- when the outcome was recorded
    next_attempt_at  timestamptz NOT NULL,  -- pending: not sent before
    attempts         integer     NOT NULL DEFAULT 0,
    lease_token      text,                  -- NULL unless sending
    lease_expires_at timestamptz,           -- NULL unless sending
    last_status_code integer,               -- the receiver's last answer, if it answered
    last_error       text,                  -- why the last attempt did not succeed
    delivered_at     timestamptz            -- the receiver's 2xx
);

-- Deliveries due, soonest first; and those whose sender stopped before it recorded an answer.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries (lease_expires_at)
    WHERE status = 'sending';

CREATE FUNCTION gateway_webhook_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_deliveries
        (job_id, endpoint, event, message_id, status, created_at, next_attempt_at)
    VALUES (NEW.id, NEW.webhook, 'async_job.' || NEW.status, 'msg_' || NEW.id, 'pending',
        NEW.completed_at, NEW.completed_at)
    ON CONFLICT (job_id) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER jobs_webhook_outbox AFTER UPDATE OF status ON jobs
    FOR EACH ROW WHEN (NEW.webhook IS NOT NULL
                       AND NEW.status IN ('completed', 'failed', 'cancelled')
                       AND OLD.status IN ('pending', 'processing'))
    EXECUTE FUNCTION gateway_webhook_outbox();
