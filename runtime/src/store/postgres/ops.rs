//! The SQL of each store operation, and turning rows back into jobs.
//!
//! Every statement is one round trip in autocommit mode. New jobs and outcomes arrive in batches
//! (see `batch`), each batch one statement over arrays, so one commit covers them all. A claim
//! selects and updates its jobs in one statement (`FOR UPDATE SKIP LOCKED` in a CTE), so replicas claiming at once pass over each
//! other's rows instead of waiting for them, and no transaction is ever left open on a pooled
//! connection. `status` values are literals, so the planner can use the partial indexes.

use bytes::{Bytes, BytesMut};
use chrono::{DateTime, Utc};
use deadpool_postgres::ClientWrapper as Client;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use tokio_postgres::Row;

use crate::job::{ClaimedJob, JobId, JobRecord, JobStatus, NewJob, Outcome, Payload};
use crate::kind::JobKind;
pub(super) use crate::store::columns::duration_ms;
use crate::store::columns::{corrupt, corrupt_job_error, count, ttl, MAX_DURATION_MS};
use crate::store::{Cancelled, ClaimRequest, Inserted, ListFilter, StatusCounts, StoreError};

pub(super) fn unavailable(what: &str, e: &tokio_postgres::Error) -> StoreError {
    StoreError::Unavailable(format!("postgres {what}: {}", super::describe_error(e)))
}

const INSERT: &str = "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
             created_at, attempts, idempotency_key, request_hash, webhook) \
             VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, 0, $8, $9, $10) \
             ON CONFLICT (principal, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING";

const KEY_HOLDER: &str = "SELECT id, request_hash, created_at, expires_at FROM jobs \
             WHERE principal = $1 AND idempotency_key = $2";

const GIVE_UP_KEY: &str = "UPDATE jobs SET idempotency_key = NULL, request_hash = NULL \
             WHERE id = $1 AND idempotency_key = $2";

/// Many new jobs in one statement (see `batch`). A job whose key a row already holds, here or
/// earlier in the same statement, is skipped and not returned; its caller goes the one-by-one
/// way of [`insert`], which finds the holder.
const INSERT_MANY: &str = "INSERT INTO jobs (id, kind, principal, provider, status, payload, \
             ttl_ms, created_at, attempts, idempotency_key, request_hash, webhook) \
             SELECT id, kind, principal, provider, 'pending', payload, ttl_ms, created_at, 0, \
                 idempotency_key, request_hash, webhook \
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bytea[], \
                 $6::bigint[], $7::timestamptz[], $8::text[], $9::text[], $10::text[]) \
                 AS t(id, kind, principal, provider, payload, ttl_ms, created_at, \
                     idempotency_key, request_hash, webhook) \
             ON CONFLICT (principal, idempotency_key) WHERE idempotency_key IS NOT NULL \
             DO NOTHING RETURNING id";

/// A payload as a `bytea` parameter, encoded straight into the statement's buffer: no copy of
/// the encoded form is made first.
#[derive(Debug)]
pub(super) struct EncodedPayload<'a>(pub(super) &'a Payload);

impl ToSql for EncodedPayload<'_> {
    fn to_sql(
        &self,
        _ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        out.reserve(self.0.encoded_len());
        self.0.encode_chunks(|chunk| out.extend_from_slice(chunk));
        Ok(IsNull::No)
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::BYTEA
    }

    to_sql_checked!();
}

/// Inserts `jobs` in one statement, one commit. Answers in order: `Some(Created)`, or `None`
/// for a job the statement did not insert (its key is held), which its caller then inserts
/// with [`insert`]. A statement the database refuses (a deadlock between two batches waiting
/// for each other's keys, say) leaves every job to that way too; a lost connection fails all.
pub(super) async fn insert_many(
    client: &Client,
    jobs: &[NewJob],
) -> Result<Vec<Option<Inserted>>, StoreError> {
    let stmt = client
        .prepare_cached(INSERT_MANY)
        .await
        .map_err(|e| unavailable("insert", &e))?;
    let ids: Vec<&str> = jobs.iter().map(|j| j.id.as_str()).collect();
    let kinds: Vec<&str> = jobs.iter().map(|j| j.kind.as_str()).collect();
    let principals: Vec<&str> = jobs.iter().map(|j| j.principal.as_str()).collect();
    let providers: Vec<&str> = jobs.iter().map(|j| j.provider.as_str()).collect();
    let payloads: Vec<EncodedPayload<'_>> =
        jobs.iter().map(|j| EncodedPayload(&j.payload)).collect();
    let ttls: Vec<i64> = jobs.iter().map(|j| duration_ms(j.ttl)).collect();
    let created: Vec<DateTime<Utc>> = jobs.iter().map(|j| j.created_at).collect();
    let keys: Vec<Option<&str>> = jobs
        .iter()
        .map(|j| j.idempotency.as_ref().map(|k| k.key.as_str()))
        .collect();
    let hashes: Vec<Option<&str>> = jobs
        .iter()
        .map(|j| j.idempotency.as_ref().map(|k| k.request_hash.as_str()))
        .collect();
    let webhooks: Vec<Option<&str>> = jobs.iter().map(|j| j.webhook.as_deref()).collect();
    let rows = client
        .query(
            &stmt,
            &[
                &ids,
                &kinds,
                &principals,
                &providers,
                &payloads,
                &ttls,
                &created,
                &keys,
                &hashes,
                &webhooks,
            ],
        )
        .await;
    let rows = match rows {
        Ok(rows) => rows,
        Err(e) if e.as_db_error().is_some() => {
            tracing::debug!(error = %super::describe_error(&e), jobs = jobs.len(),
                "batched insert refused; inserting one by one");
            return Ok(vec![None; jobs.len()]);
        }
        Err(e) => return Err(unavailable("insert", &e)),
    };
    let mut inserted = std::collections::HashSet::with_capacity(rows.len());
    for row in &rows {
        let id: &str = row.try_get(0).map_err(|e| corrupt("?", e))?;
        inserted.insert(id.to_owned());
    }
    Ok(jobs
        .iter()
        .map(|j| {
            inserted
                .contains(j.id.as_str())
                .then_some(Inserted::Created)
        })
        .collect())
}

/// Inserts the job unless a live job of the principal holds its idempotency key. Each step is
/// one autocommit statement, and concurrent inserts of one key meet at the unique index: the
/// losers' `ON CONFLICT DO NOTHING` waits for the winner's commit, then finds its job. A
/// holder too old (or expired) gives the key up and the insert is tried again; should two
/// inserts take it over at once, the second meets the first's job like any duplicate.
pub(super) async fn insert(client: &Client, job: &NewJob) -> Result<Inserted, StoreError> {
    let stmt = client
        .prepare_cached(INSERT)
        .await
        .map_err(|e| unavailable("insert", &e))?;
    let payload = EncodedPayload(&job.payload);
    let (key, hash) = match &job.idempotency {
        Some(k) => (Some(k.key.as_str()), Some(k.request_hash.as_str())),
        None => (None, None),
    };
    // Two rounds at most are needed (take over a stale key, then insert); a few more cover a
    // holder deleted or replaced in between.
    for _ in 0..4 {
        let inserted = client
            .execute(
                &stmt,
                &[
                    &job.id.as_str(),
                    &job.kind.as_str(),
                    &job.principal,
                    &job.provider,
                    &payload,
                    &duration_ms(job.ttl),
                    &job.created_at,
                    &key,
                    &hash,
                    &job.webhook,
                ],
            )
            .await
            .map_err(|e| match e.code() {
                Some(c) if *c == SqlState::UNIQUE_VIOLATION => {
                    StoreError::Unavailable(format!("job {} already exists", job.id))
                }
                _ => unavailable("insert", &e),
            })?;
        if inserted > 0 {
            return Ok(Inserted::Created);
        }
        let Some(idem) = &job.idempotency else {
            return Err(StoreError::Unavailable(format!(
                "job {} was not inserted",
                job.id
            )));
        };
        let holder = client
            .query_opt(KEY_HOLDER, &[&job.principal, &idem.key])
            .await
            .map_err(|e| unavailable("insert", &e))?;
        let Some(holder) = holder else {
            continue;
        };
        let id: String = holder.try_get(0).map_err(|e| corrupt("?", e))?;
        let request_hash: Option<String> = holder.try_get(1).map_err(|e| corrupt(&id, e))?;
        let created_at: DateTime<Utc> = holder.try_get(2).map_err(|e| corrupt(&id, e))?;
        let expires_at: Option<DateTime<Utc>> = holder.try_get(3).map_err(|e| corrupt(&id, e))?;
        let live = created_at >= idem.not_before && expires_at.is_none_or(|t| t > job.created_at);
        if live {
            let job_id =
                JobId::parse(&id).ok_or_else(|| corrupt(&id, "the id is not a canonical UUID"))?;
            if let Some(record) = get(client, &job_id, job.created_at).await? {
                return Ok(Inserted::Existing {
                    record: Box::new(record),
                    request_hash: request_hash.unwrap_or_default(),
                });
            }
            continue;
        }
        client
            .execute(GIVE_UP_KEY, &[&id, &idem.key])
            .await
            .map_err(|e| unavailable("insert", &e))?;
    }
    Err(StoreError::Unavailable(format!(
        "job {}: its idempotency key kept changing hands",
        job.id
    )))
}

/// Leases the jobs in `picked` (the CTE before it); shared by both claim statements. The ids
/// go through an array so that even a generic plan (which cannot see how few rows `LIMIT $3`
/// leaves) finds each row by its primary key instead of scanning the table to join.
macro_rules! lease_picked {
    () => {
        "UPDATE jobs SET status = 'processing', attempts = jobs.attempts + 1, \
             lease_token = gen_random_uuid()::text, \
             lease_expires_at = $1::timestamptz + $4::bigint * interval '1 millisecond', \
             started_at = $1::timestamptz, claimed_by = $5, run_after = NULL \
         WHERE jobs.id = ANY(ARRAY(SELECT id FROM picked)) \
         RETURNING jobs.id, kind, principal, provider, payload, ttl_ms, attempts, \
             lease_token, created_at"
    };
}

/// The `$3` oldest claimable jobs: one walk of `jobs_claimable` in age order, passing over
/// live leases and rows other claimers hold locked. `$2` is empty here: it only keeps the
/// parameters numbered as `lease_picked!` and the query below number them.
const CLAIM_OLDEST: &str = concat!(
    "WITH picked AS ( \
         SELECT id FROM jobs \
         WHERE status IN ('pending', 'processing') \
           AND (CASE WHEN status = 'pending' \
                     THEN run_after IS NULL OR run_after <= $1::timestamptz \
                     ELSE lease_expires_at < $1::timestamptz END) \
           AND provider <> ALL($2::text[]) \
         ORDER BY created_at, id \
         LIMIT $3 \
         FOR UPDATE SKIP LOCKED) ",
    lease_picked!()
);

/// The same while some providers have less room than `$3` (`$2` names them, `$6` gives each
/// one's room). Walking the age order would pass over the whole backlog of a provider at its
/// limit on every claim; instead this visits each provider with claimable jobs (one probe of
/// `jobs_claimable_by_provider` each), takes the oldest of each, as many as its room allows,
/// and keeps the `$3` oldest of those. Rows locked but not kept are free again when the
/// statement ends.
const CLAIM_OLDEST_WITHIN_ROOM: &str = concat!(
    "WITH RECURSIVE providers(provider) AS ( \
         (SELECT provider FROM jobs WHERE status IN ('pending', 'processing') \
          ORDER BY provider LIMIT 1) \
         UNION ALL \
         SELECT (SELECT j.provider FROM jobs j \
                 WHERE j.status IN ('pending', 'processing') AND j.provider > p.provider \
                 ORDER BY j.provider LIMIT 1) \
         FROM providers p WHERE p.provider IS NOT NULL), \
     room(provider, room) AS (SELECT * FROM unnest($2::text[], $6::bigint[])), \
     bounded(provider, room) AS ( \
         SELECT p.provider, LEAST($3, COALESCE(r.room, $3)) FROM providers p \
         LEFT JOIN room r ON r.provider = p.provider WHERE p.provider IS NOT NULL), \
     candidates AS ( \
         SELECT c.id, c.created_at FROM bounded b CROSS JOIN LATERAL ( \
             SELECT id, created_at FROM jobs \
             WHERE status IN ('pending', 'processing') AND provider = b.provider \
               AND (CASE WHEN status = 'pending' \
                         THEN run_after IS NULL OR run_after <= $1::timestamptz \
                         ELSE lease_expires_at < $1::timestamptz END) \
             ORDER BY created_at, id \
             LIMIT b.room \
             FOR UPDATE SKIP LOCKED) c \
         WHERE b.room > 0), \
     picked AS (SELECT id FROM candidates ORDER BY created_at, id LIMIT $3) ",
    lease_picked!()
);

const HEARTBEAT: &str = "UPDATE jobs SET lease_expires_at = $3 \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'";

const FINISH: &str = "UPDATE jobs SET status = $3, status_code = $4, result = $5, error = $6, \
             completed_at = $7::timestamptz, \
             expires_at = $7::timestamptz + LEAST(GREATEST(ttl_ms, 0), $8) * interval '1 millisecond', \
             payload = NULL, lease_token = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'";

const RESCHEDULE: &str =
    "UPDATE jobs SET status = 'pending', lease_token = NULL, lease_expires_at = NULL, \
             run_after = $3 WHERE id = $1 AND lease_token = $2 AND status = 'processing'";

const CANCEL: &str = "UPDATE jobs SET status = 'cancelled', completed_at = $4::timestamptz, \
             expires_at = $4::timestamptz + LEAST(GREATEST(ttl_ms, 0), $5) * interval '1 millisecond', \
             payload = NULL, lease_token = NULL, lease_expires_at = NULL, run_after = NULL \
             WHERE id = $1 AND principal = $2 AND kind = $3 \
               AND status IN ('pending', 'processing') \
               AND (expires_at IS NULL OR expires_at > $4::timestamptz)";

const RELEASE: &str =
    "UPDATE jobs SET status = 'pending', lease_token = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'";

// SKIP LOCKED: reapers of several replicas share the work instead of queueing on it. The ids
// go through an array for the reason given at `lease_picked!`.
// A job whose webhook delivery is still owed stays until it is delivered (see the store docs).
const DELETE_EXPIRED: &str = "DELETE FROM jobs WHERE id = ANY(ARRAY( \
                 SELECT id FROM jobs WHERE expires_at <= $1 AND NOT EXISTS \
                 (SELECT 1 FROM webhook_deliveries d WHERE d.job_id = jobs.id \
                  AND d.status IN ('pending', 'sending')) \
                 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED))";

const GET: &str = "SELECT j.kind, j.principal, j.provider, j.status, j.ttl_ms, j.created_at, \
             j.completed_at, j.expires_at, j.attempts, j.status_code, j.result, j.error, \
             j.run_after, j.webhook, d.status, d.attempts, d.last_status_code, d.last_error, \
             d.next_attempt_at, d.delivered_at \
             FROM jobs j LEFT JOIN webhook_deliveries d ON d.job_id = j.id \
             WHERE j.id = $1 AND (j.expires_at IS NULL OR j.expires_at > $2)";

pub(super) async fn claim(
    client: &Client,
    req: &ClaimRequest<'_>,
) -> Result<Vec<ClaimedJob>, StoreError> {
    let limit = i64::try_from(req.limit).unwrap_or(i64::MAX);
    let lease = duration_ms(req.lease);
    let rows = if req.provider_room.is_empty() {
        let stmt = client
            .prepare_cached(CLAIM_OLDEST)
            .await
            .map_err(|e| unavailable("claim", &e))?;
        let none: &[&str] = &[];
        client
            .query(&stmt, &[&req.now, &none, &limit, &lease, &req.worker])
            .await
    } else {
        let providers: Vec<&str> = req
            .provider_room
            .iter()
            .map(|p| p.provider.as_str())
            .collect();
        let rooms: Vec<i64> = req
            .provider_room
            .iter()
            .map(|p| i64::try_from(p.room).unwrap_or(i64::MAX))
            .collect();
        let stmt = client
            .prepare_cached(CLAIM_OLDEST_WITHIN_ROOM)
            .await
            .map_err(|e| unavailable("claim", &e))?;
        client
            .query(
                &stmt,
                &[&req.now, &providers, &limit, &lease, &req.worker, &rooms],
            )
            .await
    }
    .map_err(|e| unavailable("claim", &e))?;

    // RETURNING does not keep the CTE's order.
    let mut rows: Vec<(DateTime<Utc>, String, Row)> = rows
        .into_iter()
        .map(|row| {
            let created: DateTime<Utc> = row.try_get(8).unwrap_or(DateTime::<Utc>::MIN_UTC);
            let id: String = row.try_get(0).unwrap_or_default();
            (created, id, row)
        })
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));

    let mut claimed = Vec::with_capacity(rows.len());
    for (_, id, row) in rows {
        match claimed_from_row(&id, &row) {
            Ok(job) => claimed.push(job),
            Err(err) => {
                let token: Option<String> = row.try_get(7).ok();
                fail_unreadable(client, &id, token.as_deref(), req.now, &err).await?;
            }
        }
    }
    Ok(claimed)
}

fn claimed_from_row(id: &str, row: &Row) -> Result<ClaimedJob, StoreError> {
    let col = |e: tokio_postgres::Error| corrupt(id, e);
    let kind: String = row.try_get(1).map_err(col)?;
    // Borrowed from the row, then copied once into the buffer the job keeps (decoding slices
    // it rather than copying again).
    let payload: Option<&[u8]> = row.try_get(4).map_err(col)?;
    let payload = payload.ok_or_else(|| corrupt(id, "pending job without a payload"))?;
    Ok(ClaimedJob {
        id: JobId::parse(id).ok_or_else(|| corrupt(id, "the id is not a canonical UUID"))?,
        kind: kind.parse::<JobKind>().map_err(|e| corrupt(id, e))?,
        principal: row.try_get(2).map_err(col)?,
        provider: row.try_get(3).map_err(col)?,
        payload: Payload::decode(Bytes::copy_from_slice(payload)).map_err(|e| corrupt(id, e))?,
        ttl: ttl(id, row.try_get(5).map_err(col)?)?,
        attempts: count(id, "attempts", row.try_get::<_, i32>(6).map_err(col)?)?,
        lease_token: row.try_get(7).map_err(col)?,
    })
}

async fn fail_unreadable(
    client: &Client,
    id: &str,
    token: Option<&str>,
    now: DateTime<Utc>,
    err: &StoreError,
) -> Result<(), StoreError> {
    tracing::error!(job_id = %id, error = %err, "job cannot be read back; marking it failed");
    let detail = match err {
        StoreError::Corrupt(msg) => msg.as_str(),
        _ => "unreadable row",
    };
    client
        .execute(
            "UPDATE jobs SET status = 'failed', status_code = 500, error = $2, result = NULL, \
             completed_at = $3::timestamptz, \
             expires_at = $3::timestamptz + LEAST(GREATEST(ttl_ms, 0), $4) * interval '1 millisecond', \
             payload = NULL, lease_token = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND lease_token IS NOT DISTINCT FROM $5",
            &[
                &id,
                &corrupt_job_error(detail),
                &now,
                &MAX_DURATION_MS,
                &token,
            ],
        )
        .await
        .map_err(|e| unavailable("claim", &e))?;
    Ok(())
}

pub(super) async fn heartbeat(
    client: &Client,
    id: &str,
    token: &str,
    until: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let stmt = client
        .prepare_cached(HEARTBEAT)
        .await
        .map_err(|e| unavailable("heartbeat", &e))?;
    let changed = client
        .execute(&stmt, &[&id, &token, &until])
        .await
        .map_err(|e| unavailable("heartbeat", &e))?;
    Ok(changed > 0)
}

pub(super) async fn finish(
    client: &Client,
    id: &str,
    token: &str,
    outcome: &Outcome,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let (result, error): (Option<&[u8]>, Option<&[u8]>) = match outcome {
        Outcome::Completed { result, .. } => (Some(result), None),
        Outcome::Failed { error, .. } => (None, Some(error)),
    };
    let stmt = client
        .prepare_cached(FINISH)
        .await
        .map_err(|e| unavailable("finish", &e))?;
    let changed = client
        .execute(
            &stmt,
            &[
                &id,
                &token,
                &outcome.status().as_str(),
                &i32::from(outcome.status_code()),
                &result,
                &error,
                &now,
                &MAX_DURATION_MS,
            ],
        )
        .await
        .map_err(|e| unavailable("finish", &e))?;
    Ok(changed > 0)
}

/// Many outcomes in one statement (see `batch`); `$8` is [`MAX_DURATION_MS`].
const FINISH_MANY: &str = "UPDATE jobs SET status = t.status, status_code = t.status_code, \
             result = t.result, error = t.error, completed_at = t.now, \
             expires_at = t.now + LEAST(GREATEST(jobs.ttl_ms, 0), $8) * interval '1 millisecond', \
             payload = NULL, lease_token = NULL, lease_expires_at = NULL \
             FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bytea[], \
                 $6::bytea[], $7::timestamptz[]) \
                 AS t(id, token, status, status_code, result, error, now) \
             WHERE jobs.id = t.id AND jobs.lease_token = t.token AND jobs.status = 'processing' \
             RETURNING jobs.id";

/// One outcome for [`finish_many`].
#[derive(Debug)]
pub(super) struct Finish {
    pub(super) id: JobId,
    pub(super) token: String,
    pub(super) outcome: Outcome,
    pub(super) now: DateTime<Utc>,
}

/// Records `finishes` in one statement, one commit; answers in order whether each was taken
/// (the lease still held). A job named twice is taken once. A statement the database refuses
/// (two batches deadlocked on each other's rows) is done again one by one.
pub(super) async fn finish_many(
    client: &Client,
    finishes: &[Finish],
) -> Result<Vec<bool>, StoreError> {
    let stmt = client
        .prepare_cached(FINISH_MANY)
        .await
        .map_err(|e| unavailable("finish", &e))?;
    let ids: Vec<&str> = finishes.iter().map(|f| f.id.as_str()).collect();
    let tokens: Vec<&str> = finishes.iter().map(|f| f.token.as_str()).collect();
    let statuses: Vec<&str> = finishes
        .iter()
        .map(|f| f.outcome.status().as_str())
        .collect();
    let codes: Vec<i32> = finishes
        .iter()
        .map(|f| i32::from(f.outcome.status_code()))
        .collect();
    let results: Vec<Option<&[u8]>> = finishes
        .iter()
        .map(|f| match &f.outcome {
            Outcome::Completed { result, .. } => Some(&result[..]),
            Outcome::Failed { .. } => None,
        })
        .collect();
    let errors: Vec<Option<&[u8]>> = finishes
        .iter()
        .map(|f| match &f.outcome {
            Outcome::Failed { error, .. } => Some(&error[..]),
            Outcome::Completed { .. } => None,
        })
        .collect();
    let nows: Vec<DateTime<Utc>> = finishes.iter().map(|f| f.now).collect();
    let rows = client
        .query(
            &stmt,
            &[
                &ids,
                &tokens,
                &statuses,
                &codes,
                &results,
                &errors,
                &nows,
                &MAX_DURATION_MS,
            ],
        )
        .await;
    let rows = match rows {
        Ok(rows) => rows,
        Err(e) if e.as_db_error().is_some() => {
            tracing::debug!(error = %super::describe_error(&e), outcomes = finishes.len(),
                "batched finish refused; finishing one by one");
            let mut taken = Vec::with_capacity(finishes.len());
            for f in finishes {
                taken.push(finish(client, f.id.as_str(), &f.token, &f.outcome, f.now).await?);
            }
            return Ok(taken);
        }
        Err(e) => return Err(unavailable("finish", &e)),
    };
    let mut taken = std::collections::HashSet::with_capacity(rows.len());
    for row in &rows {
        let id: &str = row.try_get(0).map_err(|e| corrupt("?", e))?;
        taken.insert(id.to_owned());
    }
    Ok(finishes
        .iter()
        .map(|f| taken.remove(f.id.as_str()))
        .collect())
}

pub(super) async fn release(client: &Client, id: &str, token: &str) -> Result<bool, StoreError> {
    let stmt = client
        .prepare_cached(RELEASE)
        .await
        .map_err(|e| unavailable("release", &e))?;
    let changed = client
        .execute(&stmt, &[&id, &token])
        .await
        .map_err(|e| unavailable("release", &e))?;
    Ok(changed > 0)
}

pub(super) async fn reschedule(
    client: &Client,
    id: &str,
    token: &str,
    run_after: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let stmt = client
        .prepare_cached(RESCHEDULE)
        .await
        .map_err(|e| unavailable("reschedule", &e))?;
    let changed = client
        .execute(&stmt, &[&id, &token, &run_after])
        .await
        .map_err(|e| unavailable("reschedule", &e))?;
    Ok(changed > 0)
}

/// One conditional update: if a finish commits first, this matches nothing (the row it waits
/// for is final once it may look), and the job read after it reports the finish's state.
pub(super) async fn cancel(
    client: &Client,
    id: &JobId,
    principal: &str,
    kind: JobKind,
    now: DateTime<Utc>,
) -> Result<Cancelled, StoreError> {
    let stmt = client
        .prepare_cached(CANCEL)
        .await
        .map_err(|e| unavailable("cancel", &e))?;
    let changed = client
        .execute(
            &stmt,
            &[
                &id.as_str(),
                &principal,
                &kind.as_str(),
                &now,
                &MAX_DURATION_MS,
            ],
        )
        .await
        .map_err(|e| unavailable("cancel", &e))?;
    let record = get(client, id, now)
        .await?
        .filter(|r| r.principal == principal && r.kind == kind);
    Ok(match record {
        None => Cancelled::NotFound,
        Some(record) if changed > 0 => Cancelled::Cancelled(record),
        Some(record) => Cancelled::AlreadyFinal(record),
    })
}

/// The listing's statements, the first page and the pages after an id; a filter left out is a
/// NULL that matches all, so each is prepared once. Both walk `jobs_by_principal` backwards.
macro_rules! list_sql {
    ($after:literal) => {
        concat!(
            "SELECT kind, principal, provider, status, ttl_ms, created_at, completed_at, \
             expires_at, attempts, status_code, run_after, id FROM jobs \
             WHERE principal = $1 AND (expires_at IS NULL OR expires_at > $3) \
               AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR kind = $5) ",
            $after,
            " ORDER BY id DESC LIMIT $6"
        )
    };
}
const LIST: &str = list_sql!("AND $2::text IS NULL");
const LIST_AFTER: &str = list_sql!("AND id < $2");

pub(super) async fn list(
    client: &Client,
    filter: &ListFilter<'_>,
) -> Result<Vec<JobRecord>, StoreError> {
    let sql = if filter.before.is_some() {
        LIST_AFTER
    } else {
        LIST
    };
    let stmt = client
        .prepare_cached(sql)
        .await
        .map_err(|e| unavailable("list", &e))?;
    let limit = i64::try_from(filter.limit).unwrap_or(i64::MAX);
    let rows = client
        .query(
            &stmt,
            &[
                &filter.principal,
                &filter.before.map(JobId::as_str),
                &filter.now,
                &filter.status.map(JobStatus::as_str),
                &filter.kind.map(JobKind::as_str),
                &limit,
            ],
        )
        .await
        .map_err(|e| unavailable("list", &e))?;
    rows.iter()
        .map(|row| {
            let id: String = row.try_get(11).map_err(|e| corrupt("?", e))?;
            let job_id =
                JobId::parse(&id).ok_or_else(|| corrupt(&id, "the id is not a canonical UUID"))?;
            record_from_row(&job_id, row, false)
        })
        .collect()
}

pub(super) async fn delete_expired(
    client: &Client,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<u64, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let stmt = client
        .prepare_cached(DELETE_EXPIRED)
        .await
        .map_err(|e| unavailable("delete_expired", &e))?;
    client
        .execute(&stmt, &[&now, &limit])
        .await
        .map_err(|e| unavailable("delete_expired", &e))
}

pub(super) async fn get(
    client: &Client,
    id: &JobId,
    now: DateTime<Utc>,
) -> Result<Option<JobRecord>, StoreError> {
    let stmt = client
        .prepare_cached(GET)
        .await
        .map_err(|e| unavailable("get", &e))?;
    let row = client
        .query_opt(&stmt, &[&id.as_str(), &now])
        .await
        .map_err(|e| unavailable("get", &e))?;
    row.map(|row| {
        let mut record = record_from_row(id, &row, true)?;
        record.webhook = super::deliveries::webhook_from_row(id.as_str(), &row, 13)?;
        Ok(record)
    })
    .transpose()
}

/// A job from the columns of [`GET`], in its order; `with_outcome: false` for [`LIST`], which
/// leaves the result and error columns out.
fn record_from_row(id: &JobId, row: &Row, with_outcome: bool) -> Result<JobRecord, StoreError> {
    let sid = id.as_str();
    let col = |e: tokio_postgres::Error| corrupt(sid, e);
    let kind: String = row.try_get(0).map_err(col)?;
    let status: String = row.try_get(3).map_err(col)?;
    let status = status.parse::<JobStatus>().map_err(|e| corrupt(sid, e))?;
    let has_outcome = matches!(status, JobStatus::Completed | JobStatus::Failed);
    let outcome = if has_outcome && with_outcome {
        let code: Option<i32> = row.try_get(9).map_err(col)?;
        let code = code.ok_or_else(|| corrupt(sid, "terminal job without a status code"))?;
        let status_code =
            u16::try_from(code).map_err(|_| corrupt(sid, format!("status code {code}")))?;
        let column = if status == JobStatus::Completed {
            10
        } else {
            11
        };
        let body: Option<Vec<u8>> = row.try_get(column).map_err(col)?;
        let body = Bytes::from(body.ok_or_else(|| corrupt(sid, "terminal job without a body"))?);
        Some(if status == JobStatus::Completed {
            Outcome::Completed {
                status_code,
                result: body,
            }
        } else {
            Outcome::Failed {
                status_code,
                error: body,
            }
        })
    } else {
        None
    };
    Ok(JobRecord {
        id: id.clone(),
        kind: kind.parse::<JobKind>().map_err(|e| corrupt(sid, e))?,
        principal: row.try_get(1).map_err(col)?,
        provider: row.try_get(2).map_err(col)?,
        status,
        ttl: ttl(sid, row.try_get(4).map_err(col)?)?,
        created_at: row.try_get(5).map_err(col)?,
        completed_at: row.try_get(6).map_err(col)?,
        expires_at: row.try_get(7).map_err(col)?,
        attempts: count(sid, "attempts", row.try_get::<_, i32>(8).map_err(col)?)?,
        run_after: row
            .try_get(if with_outcome { 12 } else { 10 })
            .map_err(col)?,
        outcome,
        webhook: None,
    })
}

/// Counted from the table: a shared counter row would be one more row every submit, claim and
/// finish of every replica has to lock. The count reads the `status` column only.
pub(super) async fn counts(client: &Client) -> Result<StatusCounts, StoreError> {
    let stmt = client
        .prepare_cached("SELECT status, count(*) FROM jobs GROUP BY status")
        .await
        .map_err(|e| unavailable("counts", &e))?;
    let rows = client
        .query(&stmt, &[])
        .await
        .map_err(|e| unavailable("counts", &e))?;
    let mut counts = StatusCounts::default();
    for row in rows {
        let status: String = row
            .try_get(0)
            .map_err(|e| StoreError::Corrupt(format!("job counts: {e}")))?;
        let n: i64 = row
            .try_get(1)
            .map_err(|e| StoreError::Corrupt(format!("job counts: {e}")))?;
        let n = u64::try_from(n)
            .map_err(|_| StoreError::Corrupt(format!("job count for `{status}` is {n}")))?;
        match status.parse::<JobStatus>() {
            Ok(status) => counts.set(status, n),
            Err(e) => return Err(StoreError::Corrupt(format!("job counts: {e}"))),
        }
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drops the scratch database even when an assertion fails.
    struct Scratch {
        admin: String,
        name: String,
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let admin = self.admin.clone();
            let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async move {
                    let (client, conn) = tokio_postgres::connect(&admin, tokio_postgres::NoTls)
                        .await
                        .ok()?;
                    tokio::spawn(conn);
                    client.batch_execute(&sql).await.ok()
                })
            })
            .join();
        }
    }

    /// The hot statements must be answered from an index, not by reading every job, even
    /// with the generic plan a prepared statement ends up with (which cannot see how small
    /// `LIMIT $3` is nor which providers have room). Needs `GATEWAY_TEST_POSTGRES_URL`.
    #[tokio::test]
    async fn hot_statements_use_indexes() {
        let Some(admin) = std::env::var("GATEWAY_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            eprintln!("skipped hot_statements_use_indexes: GATEWAY_TEST_POSTGRES_URL is not set");
            return;
        };
        let name = format!("gateway_plan_{}", uuid::Uuid::new_v4().simple());
        let (client, conn) = tokio_postgres::connect(&admin, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create database");
        let _scratch = Scratch {
            admin: admin.clone(),
            name: name.clone(),
        };
        let url = match admin.rsplit_once('/') {
            Some((server, _)) if !server.ends_with('/') => format!("{server}/{name}"),
            _ => panic!("the test URL names no database: {admin}"),
        };
        let store = crate::store::postgres::PostgresStore::open_url(&url)
            .await
            .expect("open");
        let (db, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        // A large finished history, a large backlog of one saturated provider, a few others.
        db.batch_execute(
            "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
             created_at, completed_at, expires_at, status_code, result) \
             SELECT gen_random_uuid()::text, 'chat_completions', 'p', \
                 CASE WHEN i % 100 = 0 THEN 'free' ELSE 'busy' END, \
                 CASE WHEN i <= 30000 THEN 'completed' ELSE 'pending' END, \
                 CASE WHEN i <= 30000 THEN NULL ELSE '\\x4a7b7d'::bytea END, 3600000, \
                 now() - interval '1 day' + i * interval '1 ms', \
                 CASE WHEN i <= 30000 THEN now() END, \
                 CASE WHEN i <= 30000 THEN now() + interval '1 hour' END, \
                 CASE WHEN i <= 30000 THEN 200 END, \
                 CASE WHEN i <= 30000 THEN '\\x7b7d'::bytea END \
             FROM generate_series(1, 60000) i; \
             ANALYZE jobs; \
             SET plan_cache_mode = force_generic_plan;",
        )
        .await
        .expect("fill");
        let ts = "'2030-01-01T00:00:00Z'";
        let statements = [
            (
                "claim",
                CLAIM_OLDEST,
                format!("{ts}, '{{}}', '8', '30000', 'w'"),
            ),
            (
                "claim within room",
                CLAIM_OLDEST_WITHIN_ROOM,
                format!("{ts}, '{{busy,free}}', '8', '30000', 'w', '{{0,3}}'"),
            ),
            ("get", GET, format!("'x', {ts}")),
            ("heartbeat", HEARTBEAT, format!("'x', 't', {ts}")),
            (
                "finish",
                FINISH,
                format!("'x', 't', 'completed', '200', '\\x7b7d', NULL, {ts}, '1000'"),
            ),
            (
                "finish many",
                FINISH_MANY,
                format!(
                    "ARRAY['x'], ARRAY['t'], ARRAY['completed'], ARRAY[200], \
                     ARRAY['\\x7b7d'::bytea], ARRAY[NULL::bytea], ARRAY[{ts}::timestamptz], '1000'"
                ),
            ),
            ("release", RELEASE, "'x', 't'".to_owned()),
            ("delete_expired", DELETE_EXPIRED, format!("{ts}, '100'")),
            ("reschedule", RESCHEDULE, format!("'x', 't', {ts}")),
            (
                "cancel",
                CANCEL,
                format!("'x', 'p', 'chat_completions', {ts}, '1000'"),
            ),
            ("list", LIST, format!("'p', NULL, {ts}, NULL, NULL, '21'")),
            (
                "list after",
                LIST_AFTER,
                format!("'p', 'zzzz', {ts}, 'completed', 'chat_completions', '21'"),
            ),
            ("key holder", KEY_HOLDER, "'p', 'k'".to_owned()),
        ];
        for (i, (what, sql, args)) in statements.iter().enumerate() {
            db.batch_execute(&format!("PREPARE s{i} AS {sql}"))
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            let plan: Vec<String> = db
                .query(&format!("EXPLAIN (COSTS OFF) EXECUTE s{i}({args})"), &[])
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"))
                .iter()
                .map(|r| r.get(0))
                .collect();
            let plan = plan.join("\n");
            // The outbox is empty here, and a scan of an empty table is the planner's right
            // choice; the promise is about the jobs.
            assert!(
                !plan.contains("Seq Scan on jobs"),
                "{what} reads every job:\n{plan}"
            );
            if what.starts_with("list") {
                assert!(
                    plan.contains("jobs_by_principal") && !plan.contains("Sort"),
                    "{what} does not walk the principal's index in order:\n{plan}"
                );
            }
            if *what == "key holder" {
                assert!(plan.contains("jobs_idempotency"), "{what}:\n{plan}");
            }
        }
        store.close().await;
    }
}
