-- Version 4: request bodies larger than a few kilobytes live in a table of their own.
--
-- SQLite keeps a row whole: a payload that does not fit in the row's page runs on through a
-- chain of overflow pages, and every later column of the row sits behind that chain. Then
-- each poll of the pending job walks the chain to reach `status`, and each claim, which
-- changes the row's size, writes the whole chain again into new pages (40 MiB for a 40 MiB
-- upload; a heartbeat, which keeps the size, is overwritten in place). Beside the row, a payload is written once, read once by the claim, and
-- deleted with the job's final state. Small payloads stay in `jobs.payload`: one page, one
-- write, as before.
--
-- `jobs.payload` is now NULL for a live job whose payload is here, as well as for every final
-- job.

CREATE TABLE job_payloads (
    job_id  TEXT NOT NULL PRIMARY KEY,  -- jobs.id
    payload BLOB NOT NULL               -- Payload::encode
) STRICT;

INSERT INTO job_payloads (job_id, payload)
SELECT id, payload FROM jobs WHERE payload IS NOT NULL AND length(payload) > 3072;

UPDATE jobs SET payload = NULL WHERE id IN (SELECT job_id FROM job_payloads);

-- A job's payload goes once the job is final, whichever path made it so (an outcome, a cancel,
-- a job failed at claim time), in the same statement as that change.
CREATE TRIGGER jobs_payload_final AFTER UPDATE OF status ON jobs
WHEN OLD.payload IS NULL
    AND NEW.status IN ('completed', 'failed', 'cancelled')
    AND OLD.status IN ('pending', 'processing')
BEGIN
    DELETE FROM job_payloads WHERE job_id = NEW.id;
END;

-- And with the job, should a live one ever be deleted.
CREATE TRIGGER jobs_payload_delete AFTER DELETE ON jobs
WHEN OLD.payload IS NULL AND OLD.status IN ('pending', 'processing')
BEGIN
    DELETE FROM job_payloads WHERE job_id = OLD.id;
END;
