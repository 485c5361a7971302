//! The SQL of each store operation, and turning rows back into jobs.
//!
//! Every statement is one round trip in autocommit mode: a claim selects and updates its jobs in
//! one statement (`FOR UPDATE SKIP LOCKED` in a CTE), so replicas claiming at once pass over each
//! other's rows instead of waiting for them, and no transaction is ever left open on a pooled
//! connection. `status` values are literals, so the planner can use the partial indexes.

use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use deadpool_postgres::ClientWrapper as Client;
use tokio_postgres::error::SqlState;
use tokio_postgres::Row;

use crate::job::{ClaimedJob, JobId, JobRecord, JobStatus, NewJob, Outcome, Payload};
use crate::kind::JobKind;
use crate::store::{ClaimRequest, StatusCounts, StoreError};

/// Longest TTL or lease kept, in milliseconds (about 100 years), so `now + duration` stays
/// far inside the range of `timestamptz`.
const MAX_DURATION_MS: i64 = 100 * 366 * 24 * 60 * 60 * 1000;

pub(super) fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis())
        .unwrap_or(MAX_DURATION_MS)
        .min(MAX_DURATION_MS)
}

pub(super) fn unavailable(what: &str, e: &tokio_postgres::Error) -> StoreError {
    StoreError::Unavailable(format!("postgres {what}: {}", super::describe_error(e)))
}

fn corrupt(id: &str, what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("job {id}: {what}"))
}

pub(super) async fn insert(client: &Client, job: &NewJob) -> Result<(), StoreError> {
    let stmt = client
        .prepare_cached(
            "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
             created_at, attempts) VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, 0)",
        )
        .await
        .map_err(|e| unavailable("insert", &e))?;
    let payload = job.payload.encode();
    client
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
            ],
        )
        .await
        .map_err(|e| match e.code() {
            Some(c) if *c == SqlState::UNIQUE_VIOLATION => {
                StoreError::Unavailable(format!("job {} already exists", job.id))
            }
            _ => unavailable("insert", &e),
        })?;
    Ok(())
}

pub(super) async fn claim(
    client: &Client,
    req: &ClaimRequest<'_>,
) -> Result<Vec<ClaimedJob>, StoreError> {
    let limit = i64::try_from(req.limit).unwrap_or(i64::MAX);
    let stmt = client
        .prepare_cached(
            "WITH picked AS ( \
                 SELECT id FROM jobs \
                 WHERE status IN ('pending', 'processing') \
                   AND (status = 'pending' OR lease_expires_at < $1::timestamptz) \
                   AND provider <> ALL($2) \
                 ORDER BY created_at, id \
                 LIMIT $3 \
                 FOR UPDATE SKIP LOCKED) \
             UPDATE jobs SET status = 'processing', attempts = jobs.attempts + 1, \
                 lease_token = gen_random_uuid()::text, \
                 lease_expires_at = $1::timestamptz + $4::bigint * interval '1 millisecond', \
                 started_at = $1::timestamptz, claimed_by = $5 \
             FROM picked WHERE jobs.id = picked.id \
             RETURNING jobs.id, kind, principal, provider, payload, ttl_ms, attempts, \
                 lease_token, created_at",
        )
        .await
        .map_err(|e| unavailable("claim", &e))?;
    let rows = client
        .query(
            &stmt,
            &[
                &req.now,
                &req.skip_providers,
                &limit,
                &duration_ms(req.lease),
                &req.worker,
            ],
        )
        .await
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
    let payload: Option<Vec<u8>> = row.try_get(4).map_err(col)?;
    let payload = payload.ok_or_else(|| corrupt(id, "pending job without a payload"))?;
    Ok(ClaimedJob {
        id: JobId::parse(id).ok_or_else(|| corrupt(id, "the id is not a canonical UUID"))?,
        kind: kind.parse::<JobKind>().map_err(|e| corrupt(id, e))?,
        principal: row.try_get(2).map_err(col)?,
        provider: row.try_get(3).map_err(col)?,
        payload: Payload::decode(&payload).map_err(|e| corrupt(id, e))?,
        ttl: ttl(id, row.try_get(5).map_err(col)?)?,
        attempts: count(id, "attempts", row.try_get(6).map_err(col)?)?,
        lease_token: row.try_get(7).map_err(col)?,
    })
}

/// Error body stored on a job whose stored request cannot be read back. Failing it keeps one
/// damaged row from being handed out (and failing) forever as the oldest claimable job.
fn corrupt_job_error(detail: &str) -> Vec<u8> {
    serde_json::json!({
        "is_bifrost_error": true,
        "status_code": 500,
        "error": {
            "type": "internal_error",
            "message": format!("the stored request could not be read: {detail}"),
        },
    })
    .to_string()
    .into_bytes()
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
        .prepare_cached(
            "UPDATE jobs SET lease_expires_at = $3 \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'",
        )
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
        .prepare_cached(
            "UPDATE jobs SET status = $3, status_code = $4, result = $5, error = $6, \
             completed_at = $7::timestamptz, \
             expires_at = $7::timestamptz + LEAST(GREATEST(ttl_ms, 0), $8) * interval '1 millisecond', \
             payload = NULL, lease_token = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'",
        )
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

pub(super) async fn release(client: &Client, id: &str, token: &str) -> Result<bool, StoreError> {
    let stmt = client
        .prepare_cached(
            "UPDATE jobs SET status = 'pending', lease_token = NULL, lease_expires_at = NULL \
             WHERE id = $1 AND lease_token = $2 AND status = 'processing'",
        )
        .await
        .map_err(|e| unavailable("release", &e))?;
    let changed = client
        .execute(&stmt, &[&id, &token])
        .await
        .map_err(|e| unavailable("release", &e))?;
    Ok(changed > 0)
}

pub(super) async fn delete_expired(
    client: &Client,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<u64, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    // SKIP LOCKED: reapers of several replicas share the work instead of queueing on it.
    let stmt = client
        .prepare_cached(
            "DELETE FROM jobs WHERE id IN ( \
                 SELECT id FROM jobs WHERE expires_at <= $1 \
                 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)",
        )
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
        .prepare_cached(
            "SELECT kind, principal, provider, status, ttl_ms, created_at, completed_at, \
             expires_at, attempts, status_code, result, error FROM jobs \
             WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)",
        )
        .await
        .map_err(|e| unavailable("get", &e))?;
    let row = client
        .query_opt(&stmt, &[&id.as_str(), &now])
        .await
        .map_err(|e| unavailable("get", &e))?;
    row.map(|row| record_from_row(id, &row)).transpose()
}

fn record_from_row(id: &JobId, row: &Row) -> Result<JobRecord, StoreError> {
    let sid = id.as_str();
    let col = |e: tokio_postgres::Error| corrupt(sid, e);
    let kind: String = row.try_get(0).map_err(col)?;
    let status: String = row.try_get(3).map_err(col)?;
    let status = status.parse::<JobStatus>().map_err(|e| corrupt(sid, e))?;
    let outcome = if status.is_terminal() {
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
        attempts: count(sid, "attempts", row.try_get(8).map_err(col)?)?,
        outcome,
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
            Ok(JobStatus::Pending) => counts.pending = n,
            Ok(JobStatus::Processing) => counts.processing = n,
            Ok(JobStatus::Completed) => counts.completed = n,
            Ok(JobStatus::Failed) => counts.failed = n,
            Err(e) => return Err(StoreError::Corrupt(format!("job counts: {e}"))),
        }
    }
    Ok(counts)
}

fn ttl(id: &str, ms: i64) -> Result<Duration, StoreError> {
    u64::try_from(ms)
        .map(Duration::from_millis)
        .map_err(|_| corrupt(id, format!("ttl_ms {ms} is negative")))
}

fn count(id: &str, column: &str, n: i32) -> Result<u32, StoreError> {
    u32::try_from(n).map_err(|_| corrupt(id, format!("{column} {n} is out of range")))
}
