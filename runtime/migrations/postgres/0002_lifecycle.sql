-- Version 2: cancelled jobs, retries that wait in the queue, idempotency keys, listing, and the
-- notifications that reach waiters and running jobs on every replica.

ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_status_check
    CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled'));

ALTER TABLE jobs
    ADD COLUMN run_after       timestamptz,  -- pending after a retryable failure: not before
    ADD COLUMN idempotency_key text,         -- the submit's Idempotency-Key, if any
    ADD COLUMN request_hash    text;         -- with a key: hash of kind and payload

-- Listing a principal's jobs newest first, a page after a given id (ids are time-ordered).
CREATE INDEX jobs_by_principal ON jobs (principal, id);

-- One live job per principal and key; the key goes with the job when the reaper deletes it.
CREATE UNIQUE INDEX jobs_idempotency ON jobs (principal, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- A job reached a final state: every replica wakes the callers waiting for it. Sent when the
-- transaction that recorded the state commits.
CREATE FUNCTION gateway_notify_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gateway_job_final', NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER jobs_notify_final AFTER UPDATE OF status ON jobs
    FOR EACH ROW WHEN (NEW.status IN ('completed', 'failed', 'cancelled')
                       AND OLD.status IN ('pending', 'processing'))
    EXECUTE FUNCTION gateway_notify_final();

-- A running job was cancelled: the replica running it aborts its upstream request.
CREATE FUNCTION gateway_notify_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gateway_job_cancel', NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER jobs_notify_cancel AFTER UPDATE OF status ON jobs
    FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status = 'processing')
    EXECUTE FUNCTION gateway_notify_cancel();
