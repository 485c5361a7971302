//! The SQL of each store operation, and turning rows back into jobs.
//!
//! Write functions run on the writer thread inside its batch transaction; read functions run
//! on a read-only connection. Queries name `status` values as literals, not parameters: only
//! then can SQLite use the partial indexes (`WHERE status = 'pending'`, …).

use std::collections::HashMap;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, ErrorCode, OptionalExtension, Row};

use crate::job::{ClaimedJob, JobId, JobRecord, JobStatus, Payload};
use crate::kind::JobKind;
pub(super) use crate::store::columns::duration_ms;
use crate::store::columns::{corrupt, corrupt_job_error, count, ttl, MAX_DURATION_MS};
use crate::store::{Cancelled, Inserted, StatusCounts, StoreError};

pub(super) fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(super) fn unavailable(what: &str, e: rusqlite::Error) -> StoreError {
    StoreError::Unavailable(format!("sqlite {what}: {e}"))
}

/// A job ready to insert: the payload is encoded by the caller, off the writer thread.
#[derive(Debug)]
pub(super) struct InsertRow {
    pub(super) id: String,
    pub(super) kind: &'static str,
    pub(super) principal: String,
    pub(super) provider: String,
    pub(super) payload: PayloadColumn,
    pub(super) ttl_ms: i64,
    pub(super) created_at: i64,
    /// Key, request hash, and the creation time before which a holder gives the key up.
    pub(super) idempotency: Option<(String, String, i64)>,
    /// The webhook endpoint named by the submit.
    pub(super) webhook: Option<String>,
}

/// Payloads larger than this are kept in `job_payloads` beside the job's row rather than in
/// it, so that the row, which claims and outcomes rewrite, fits in one page (see
/// `migrations/sqlite/0004_payloads.sql`, which moved older ones by the same bound).
pub(super) const INLINE_PAYLOAD_BYTES: usize = 3072;

/// A new job's payload as the insert writes it.
#[derive(Debug)]
pub(super) enum PayloadColumn {
    /// Encoded already (on the caller's task), for `jobs.payload`.
    Inline(Vec<u8>),
    /// A larger payload, for `job_payloads`: its row gets a zeroed blob of the encoded size,
    /// which is then written from the request's own bytes through SQLite's incremental blob
    /// I/O, so an upload is not copied into one more buffer that SQLite would copy again.
    OutOfLine(Payload),
}

impl PayloadColumn {
    pub(super) fn new(payload: Payload) -> PayloadColumn {
        if payload.encoded_len() > INLINE_PAYLOAD_BYTES {
            PayloadColumn::OutOfLine(payload)
        } else {
            PayloadColumn::Inline(payload.encode())
        }
    }

    pub(super) fn len(&self) -> usize {
        match self {
            PayloadColumn::Inline(bytes) => bytes.len(),
            PayloadColumn::OutOfLine(payload) => payload.encoded_len(),
        }
    }

    /// Whether the insert writes a second row (and so runs more than one statement).
    pub(super) fn is_out_of_line(&self) -> bool {
        matches!(self, PayloadColumn::OutOfLine(_))
    }
}

/// Writes a payload into `job_payloads`, piece by piece.
fn write_out_of_line(conn: &Connection, id: &str, payload: &Payload) -> Result<(), StoreError> {
    use std::io::Write as _;
    let len = i64::try_from(payload.encoded_len())
        .map_err(|_| StoreError::Unavailable(format!("job {id}: the payload is too large")))?;
    conn.prepare_cached("INSERT INTO job_payloads (job_id, payload) VALUES (?1, zeroblob(?2))")
        .and_then(|mut stmt| stmt.execute(params![id, len]))
        .map_err(|e| unavailable("insert", e))?;
    let mut blob = conn
        .blob_open(
            rusqlite::DatabaseName::Main,
            "job_payloads",
            "payload",
            conn.last_insert_rowid(),
            false,
        )
        .map_err(|e| unavailable("insert", e))?;
    let mut failed = None;
    payload.encode_chunks(|chunk| {
        if failed.is_none() {
            if let Err(e) = blob.write_all(chunk) {
                failed = Some(e);
            }
        }
    });
    match failed {
        None => Ok(()),
        Some(e) => Err(StoreError::Unavailable(format!(
            "sqlite insert: cannot write the payload: {e}"
        ))),
    }
}

/// Reads a payload kept in `job_payloads` straight into one buffer of its size (a plain
/// column read would go through two more of SQLite's own).
fn read_out_of_line(conn: &Connection, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
    use std::io::Read as _;
    let rowid: Option<i64> = conn
        .prepare_cached("SELECT rowid FROM job_payloads WHERE job_id = ?1")
        .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
        .map_err(|e| unavailable("claim", e))?;
    let Some(rowid) = rowid else {
        return Ok(None);
    };
    let mut blob = conn
        .blob_open(
            rusqlite::DatabaseName::Main,
            "job_payloads",
            "payload",
            rowid,
            true,
        )
        .map_err(|e| unavailable("claim", e))?;
    let mut bytes = Vec::with_capacity(blob.len());
    blob.read_to_end(&mut bytes).map_err(|e| {
        StoreError::Unavailable(format!("sqlite claim: cannot read the payload: {e}"))
    })?;
    Ok(Some(bytes))
}

/// Inserts the job, unless a live job of the principal holds its idempotency key. The writer
/// runs one op at a time, so the look-up and the insert see no one in between; the unique index
/// backs that up.
pub(super) fn insert(conn: &Connection, row: &InsertRow) -> Result<Inserted, StoreError> {
    if let Some((key, _, not_before)) = &row.idempotency {
        let holder: Option<(String, Option<String>, i64, Option<i64>)> = conn
            .prepare_cached(
                "SELECT id, request_hash, created_at, expires_at FROM jobs \
                 WHERE principal = ?1 AND idempotency_key = ?2",
            )
            .and_then(|mut stmt| {
                stmt.query_row(params![row.principal, key], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()
            })
            .map_err(|e| unavailable("insert", e))?;
        if let Some((id, hash, created_at, expires_at)) = holder {
            let live = created_at >= *not_before && expires_at.is_none_or(|t| t > row.created_at);
            if live {
                let job_id = JobId::parse(&id)
                    .ok_or_else(|| corrupt(&id, "the id is not a canonical UUID"))?;
                let record = get(conn, &job_id, row.created_at)?
                    .ok_or_else(|| corrupt(&id, "the key's job vanished"))?;
                return Ok(Inserted::Existing {
                    record: Box::new(record),
                    request_hash: hash.unwrap_or_default(),
                });
            }
            conn.prepare_cached(
                "UPDATE jobs SET idempotency_key = NULL, request_hash = NULL WHERE id = ?1",
            )
            .and_then(|mut stmt| stmt.execute([&id]))
            .map_err(|e| unavailable("insert", e))?;
        }
    }
    let (key, hash) = match &row.idempotency {
        Some((key, hash, _)) => (Some(key.as_str()), Some(hash.as_str())),
        None => (None, None),
    };
    let mut stmt = conn
        .prepare_cached(
            "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
             created_at, attempts, idempotency_key, request_hash, webhook) \
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6, ?7, 0, ?8, ?9, ?10)",
        )
        .map_err(|e| unavailable("insert", e))?;
    let inline = match &row.payload {
        PayloadColumn::Inline(bytes) => Some(bytes.as_slice()),
        PayloadColumn::OutOfLine(_) => None,
    };
    stmt.execute(params![
        row.id,
        row.kind,
        row.principal,
        row.provider,
        inline,
        row.ttl_ms,
        row.created_at,
        key,
        hash,
        row.webhook
    ])
    .map_err(|e| match e.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => {
            StoreError::Unavailable(format!("job {} already exists", row.id))
        }
        _ => unavailable("insert", e),
    })?;
    if let PayloadColumn::OutOfLine(payload) = &row.payload {
        write_out_of_line(conn, &row.id, payload)?;
    }
    Ok(Inserted::Created)
}

/// What a claim needs, owned so it can cross to the writer thread.
#[derive(Debug)]
pub(super) struct ClaimRow {
    pub(super) worker: String,
    pub(super) lease_ms: i64,
    pub(super) limit: usize,
    /// How many more jobs each provider whose limit binds may start (see
    /// `ClaimRequest::provider_room`).
    pub(super) provider_room: HashMap<String, usize>,
    pub(super) now: i64,
}

/// The jobs claimed, and the ids of those failed instead because they could not be read back
/// (final now: their waiters are to be woken).
pub(super) type Claimed = (Vec<ClaimedJob>, Vec<JobId>);

/// A job that may be claimed: `(created_at, id, provider)`, so candidates sort oldest first.
type Candidate = (i64, String, String);

pub(super) fn claim(conn: &Connection, req: &ClaimRow) -> Result<Claimed, StoreError> {
    if req.limit == 0 {
        return Ok((Vec::new(), Vec::new()));
    }
    let limit = i64::try_from(req.limit).unwrap_or(i64::MAX);

    // Candidates from both sources; each list is in age order and at most `limit` long (and
    // at most its room of each provider), so merging and cutting gives the oldest overall.
    let mut candidates = lapsed_candidates(conn, req, limit)?;
    if req.provider_room.is_empty() {
        candidates.extend(pending_candidates(conn, limit, req.now)?);
    } else {
        candidates.extend(pending_candidates_within_room(conn, req, limit)?);
    }
    let candidates = oldest_within_room(candidates, req);

    let lease_expires_at = req.now.saturating_add(req.lease_ms);
    let mut stmt = conn
        .prepare_cached(
            "UPDATE jobs SET status = 'processing', attempts = attempts + 1, lease_token = ?2, \
             lease_expires_at = ?3, started_at = ?4, claimed_by = ?5, run_after = NULL \
             WHERE id = ?1 RETURNING kind, principal, provider, payload, ttl_ms, attempts",
        )
        .map_err(|e| unavailable("claim", e))?;
    let mut claimed = Vec::with_capacity(candidates.len());
    let mut failed = Vec::new();
    for (_, id, _) in candidates {
        let token = uuid::Uuid::new_v4().to_string();
        let row = stmt
            .query_row(
                params![id, token, lease_expires_at, req.now, req.worker],
                |row| Ok(ClaimedRow::read(&id, row)),
            )
            .map_err(|e| unavailable("claim", e))?;
        match row.and_then(|row| row.into_job(conn, &id, &token)) {
            Ok(job) => claimed.push(job),
            Err(err @ StoreError::Corrupt(_)) => {
                fail_unreadable(conn, &id, req.now, &err)?;
                failed.extend(JobId::parse(&id));
            }
            // The database failed, not the job: the claim is undone and tried again.
            Err(err) => return Err(err),
        }
    }
    Ok((claimed, failed))
}

/// The oldest candidates: at most `limit` in all, and at most its room of each provider named.
fn oldest_within_room(mut candidates: Vec<Candidate>, req: &ClaimRow) -> Vec<Candidate> {
    candidates.sort();
    let mut room = req.provider_room.clone();
    let mut kept = Vec::with_capacity(req.limit.min(candidates.len()));
    for candidate in candidates {
        if kept.len() == req.limit {
            break;
        }
        if let Some(left) = room.get_mut(&candidate.2) {
            if *left == 0 {
                continue;
            }
            *left -= 1;
        }
        kept.push(candidate);
    }
    kept
}

/// Processing jobs whose worker stopped renewing its lease, but none of a provider with no
/// room. (A provider with some room may fill this list with more of its jobs than it can
/// take, passing over other providers' lapsed jobs until a later claim: lapsed leases are the
/// rare path, after a worker died.)
fn lapsed_candidates(
    conn: &Connection,
    req: &ClaimRow,
    limit: i64,
) -> Result<Vec<Candidate>, StoreError> {
    let mut sql = String::from(
        "SELECT created_at, id, provider FROM jobs \
         WHERE status = 'processing' AND lease_expires_at < ?",
    );
    let mut args = vec![Value::Integer(req.now)];
    let full: Vec<&String> = req
        .provider_room
        .iter()
        .filter(|(_, &room)| room == 0)
        .map(|(provider, _)| provider)
        .collect();
    if !full.is_empty() {
        sql.push_str(" AND provider NOT IN (");
        for (i, provider) in full.into_iter().enumerate() {
            sql.push_str(if i == 0 { "?" } else { ", ?" });
            args.push(Value::Text(provider.clone()));
        }
        sql.push(')');
    }
    sql.push_str(" ORDER BY created_at, id LIMIT ?");
    args.push(Value::Integer(limit));
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(|e| unavailable("claim", e))?;
    let rows = stmt
        .query_map(params_from_iter(args), |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .map_err(|e| unavailable("claim", e))?;
    rows.collect::<Result<_, _>>()
        .map_err(|e| unavailable("claim", e))
}

fn pending_candidates(
    conn: &Connection,
    limit: i64,
    now: i64,
) -> Result<Vec<Candidate>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT created_at, id, provider FROM jobs WHERE status = 'pending' \
             AND (run_after IS NULL OR run_after <= ?2) ORDER BY created_at, id LIMIT ?1",
        )
        .map_err(|e| unavailable("claim", e))?;
    let rows = stmt
        .query_map([limit, now], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .map_err(|e| unavailable("claim", e))?;
    rows.collect::<Result<_, _>>()
        .map_err(|e| unavailable("claim", e))
}

/// The oldest pending jobs of every provider, at most its room of each provider named. Rather
/// than walking the age-ordered index past what may be a large backlog of a provider at its
/// limit, this visits each provider that has pending jobs (one index seek each) and takes its
/// oldest.
fn pending_candidates_within_room(
    conn: &Connection,
    req: &ClaimRow,
    limit: i64,
) -> Result<Vec<Candidate>, StoreError> {
    let mut first = conn
        .prepare_cached(
            "SELECT provider FROM jobs WHERE status = 'pending' ORDER BY provider LIMIT 1",
        )
        .map_err(|e| unavailable("claim", e))?;
    let mut next = conn
        .prepare_cached(
            "SELECT provider FROM jobs WHERE status = 'pending' AND provider > ?1 \
             ORDER BY provider LIMIT 1",
        )
        .map_err(|e| unavailable("claim", e))?;
    let mut oldest = conn
        .prepare_cached(
            "SELECT created_at, id, provider FROM jobs WHERE status = 'pending' \
             AND provider = ?1 AND (run_after IS NULL OR run_after <= ?3) \
             ORDER BY created_at, id LIMIT ?2",
        )
        .map_err(|e| unavailable("claim", e))?;

    let mut out: Vec<Candidate> = Vec::new();
    let mut provider: Option<String> = first
        .query_row([], |row| row.get(0))
        .optional()
        .map_err(|e| unavailable("claim", e))?;
    while let Some(current) = provider {
        let room = req.provider_room.get(&current).map_or(limit, |&room| {
            limit.min(i64::try_from(room).unwrap_or(i64::MAX))
        });
        if room > 0 {
            let rows = oldest
                .query_map(params![current, room, req.now], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
                .map_err(|e| unavailable("claim", e))?;
            for row in rows {
                out.push(row.map_err(|e| unavailable("claim", e))?);
            }
            // Keep only what can still make the cut, so memory stays bounded by `limit`.
            if out.len() > req.limit.saturating_mul(2) {
                out.sort();
                out.truncate(req.limit);
            }
        }
        provider = next
            .query_row([&current], |row| row.get(0))
            .optional()
            .map_err(|e| unavailable("claim", e))?;
    }
    Ok(out)
}

/// The columns a claim returns, as stored.
struct ClaimedRow {
    kind: String,
    principal: String,
    provider: String,
    /// `None` when the payload is kept in `job_payloads`.
    payload: Option<Vec<u8>>,
    ttl_ms: i64,
    attempts: i64,
}

impl ClaimedRow {
    fn read(id: &str, row: &Row<'_>) -> Result<ClaimedRow, StoreError> {
        let col = |e: rusqlite::Error| corrupt(id, e);
        Ok(ClaimedRow {
            kind: row.get(0).map_err(col)?,
            principal: row.get(1).map_err(col)?,
            provider: row.get(2).map_err(col)?,
            payload: row.get(3).map_err(col)?,
            ttl_ms: row.get(4).map_err(col)?,
            attempts: row.get(5).map_err(col)?,
        })
    }

    /// The claimed job, with its payload read from beside the row when it is not in it.
    fn into_job(self, conn: &Connection, id: &str, token: &str) -> Result<ClaimedJob, StoreError> {
        let payload = match self.payload {
            Some(inline) => inline,
            None => read_out_of_line(conn, id)?
                .ok_or_else(|| corrupt(id, "pending job without a payload"))?,
        };
        Ok(ClaimedJob {
            id: JobId::parse(id).ok_or_else(|| corrupt(id, "the id is not a canonical UUID"))?,
            kind: self.kind.parse::<JobKind>().map_err(|e| corrupt(id, e))?,
            principal: self.principal,
            provider: self.provider,
            payload: Payload::decode(Bytes::from(payload)).map_err(|e| corrupt(id, e))?,
            ttl: ttl(id, self.ttl_ms)?,
            attempts: count(id, "attempts", self.attempts)?,
            lease_token: token.to_owned(),
        })
    }
}

/// Ends a job that cannot be handed to a worker as failed, so polling reports it and the queue
/// moves on.
fn fail_unreadable(
    conn: &Connection,
    id: &str,
    now: i64,
    err: &StoreError,
) -> Result<(), StoreError> {
    tracing::error!(job_id = %id, error = %err, "job cannot be read back; marking it failed");
    let detail = match err {
        StoreError::Corrupt(msg) => msg.as_str(),
        _ => "unreadable row",
    };
    conn.prepare_cached(
        "UPDATE jobs SET status = 'failed', status_code = 500, error = ?2, result = NULL, \
         completed_at = ?3, expires_at = ?3 + min(max(ttl_ms, 0), ?4), payload = NULL, \
         lease_token = NULL, lease_expires_at = NULL WHERE id = ?1",
    )
    .and_then(|mut stmt| stmt.execute(params![id, corrupt_job_error(detail), now, MAX_DURATION_MS]))
    .map_err(|e| unavailable("claim", e))?;
    Ok(())
}

pub(super) fn heartbeat(
    conn: &Connection,
    id: &str,
    token: &str,
    lease_expires_at: i64,
) -> Result<bool, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE jobs SET lease_expires_at = ?3 \
             WHERE id = ?1 AND lease_token = ?2 AND status = 'processing'",
        )
        .and_then(|mut stmt| stmt.execute(params![id, token, lease_expires_at]))
        .map_err(|e| unavailable("heartbeat", e))?;
    Ok(changed > 0)
}

/// A terminal outcome in column form.
#[derive(Debug)]
pub(super) struct FinishRow {
    pub(super) status: JobStatus,
    pub(super) status_code: u16,
    pub(super) result: Option<Bytes>,
    pub(super) error: Option<Bytes>,
    pub(super) now: i64,
}

pub(super) fn finish(
    conn: &Connection,
    id: &str,
    token: &str,
    row: &FinishRow,
) -> Result<bool, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE jobs SET status = ?3, status_code = ?4, result = ?5, error = ?6, \
             completed_at = ?7, expires_at = ?7 + min(max(ttl_ms, 0), ?8), payload = NULL, \
             lease_token = NULL, lease_expires_at = NULL \
             WHERE id = ?1 AND lease_token = ?2 AND status = 'processing'",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![
                id,
                token,
                row.status.as_str(),
                row.status_code,
                row.result.as_deref(),
                row.error.as_deref(),
                row.now,
                MAX_DURATION_MS
            ])
        })
        .map_err(|e| unavailable("finish", e))?;
    Ok(changed > 0)
}

pub(super) fn release(conn: &Connection, id: &str, token: &str) -> Result<bool, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE jobs SET status = 'pending', lease_token = NULL, lease_expires_at = NULL \
             WHERE id = ?1 AND lease_token = ?2 AND status = 'processing'",
        )
        .and_then(|mut stmt| stmt.execute(params![id, token]))
        .map_err(|e| unavailable("release", e))?;
    Ok(changed > 0)
}

pub(super) fn reschedule(
    conn: &Connection,
    id: &str,
    token: &str,
    run_after: i64,
) -> Result<bool, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE jobs SET status = 'pending', lease_token = NULL, lease_expires_at = NULL, \
             run_after = ?3 WHERE id = ?1 AND lease_token = ?2 AND status = 'processing'",
        )
        .and_then(|mut stmt| stmt.execute(params![id, token, run_after]))
        .map_err(|e| unavailable("reschedule", e))?;
    Ok(changed > 0)
}

/// Cancels the job if it is the principal's, of the kind, live and not final, then reads it
/// back (on the writer's connection, inside the same transaction).
pub(super) fn cancel(
    conn: &Connection,
    id: &JobId,
    principal: &str,
    kind: &str,
    now: i64,
) -> Result<Cancelled, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE jobs SET status = 'cancelled', completed_at = ?4, \
             expires_at = ?4 + min(max(ttl_ms, 0), ?5), payload = NULL, lease_token = NULL, \
             lease_expires_at = NULL, run_after = NULL \
             WHERE id = ?1 AND principal = ?2 AND kind = ?3 \
             AND status IN ('pending', 'processing') AND (expires_at IS NULL OR expires_at > ?4)",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![id.as_str(), principal, kind, now, MAX_DURATION_MS])
        })
        .map_err(|e| unavailable("cancel", e))?;
    let record =
        get(conn, id, now)?.filter(|r| r.principal == principal && r.kind.as_str() == kind);
    Ok(match record {
        None => Cancelled::NotFound,
        Some(record) if changed > 0 => Cancelled::Cancelled(record),
        Some(record) => Cancelled::AlreadyFinal(record),
    })
}

/// Deletes expired jobs, except those whose webhook delivery is still owed: the delivery reads
/// the job when it is sent, and a job's expiry must not cancel the promise to report it.
pub(super) fn delete_expired(conn: &Connection, now: i64, limit: usize) -> Result<u64, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let deleted = conn
        .prepare_cached(
            "DELETE FROM jobs WHERE rowid IN \
             (SELECT rowid FROM jobs WHERE expires_at <= ?1 AND (webhook IS NULL OR NOT EXISTS \
             (SELECT 1 FROM webhook_deliveries d WHERE d.job_id = jobs.id \
             AND d.status IN ('pending', 'sending'))) ORDER BY expires_at LIMIT ?2)",
        )
        .and_then(|mut stmt| stmt.execute(params![now, limit]))
        .map_err(|e| unavailable("delete_expired", e))?;
    Ok(deleted as u64)
}

pub(super) fn get(
    conn: &Connection,
    id: &JobId,
    now: i64,
) -> Result<Option<JobRecord>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT j.kind, j.principal, j.provider, j.status, j.ttl_ms, j.created_at, \
             j.completed_at, j.expires_at, j.attempts, j.status_code, j.result, j.error, \
             j.run_after, j.webhook, d.status, d.attempts, d.last_status_code, d.last_error, \
             d.next_attempt_at, d.delivered_at \
             FROM jobs j LEFT JOIN webhook_deliveries d ON d.job_id = j.id \
             WHERE j.id = ?1 AND (j.expires_at IS NULL OR j.expires_at > ?2)",
        )
        .map_err(|e| unavailable("get", e))?;
    let record = stmt
        .query_row(params![id.as_str(), now], |row| {
            Ok(record_from_row(id, row, true).and_then(|mut record| {
                record.webhook = super::deliveries::webhook_from_row(id.as_str(), row, 13)?;
                Ok(record)
            }))
        })
        .optional()
        .map_err(|e| unavailable("get", e))?;
    record.transpose()
}

/// A job from the columns of [`get`]'s query, in its order; `with_outcome: false` for the
/// listing's query, which leaves the result and error columns out.
fn record_from_row(id: &JobId, row: &Row<'_>, with_outcome: bool) -> Result<JobRecord, StoreError> {
    let sid = id.as_str();
    let col = |e: rusqlite::Error| corrupt(sid, e);
    let kind: String = row.get(0).map_err(col)?;
    let status: String = row.get(3).map_err(col)?;
    let status = status.parse::<JobStatus>().map_err(|e| corrupt(sid, e))?;
    let completed_at: Option<i64> = row.get(6).map_err(col)?;
    let expires_at: Option<i64> = row.get(7).map_err(col)?;
    let has_outcome = matches!(status, JobStatus::Completed | JobStatus::Failed);
    let outcome = if has_outcome && with_outcome {
        let code: Option<i64> = row.get(9).map_err(col)?;
        let code = code.ok_or_else(|| corrupt(sid, "terminal job without a status code"))?;
        let status_code =
            u16::try_from(code).map_err(|_| corrupt(sid, format!("status code {code}")))?;
        let body_column = if status == JobStatus::Completed {
            10
        } else {
            11
        };
        let body: Option<Vec<u8>> = row.get(body_column).map_err(col)?;
        let body = Bytes::from(body.ok_or_else(|| corrupt(sid, "terminal job without a body"))?);
        Some(if status == JobStatus::Completed {
            crate::job::Outcome::Completed {
                status_code,
                result: body,
            }
        } else {
            crate::job::Outcome::Failed {
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
        principal: row.get(1).map_err(col)?,
        provider: row.get(2).map_err(col)?,
        status,
        ttl: ttl(sid, row.get(4).map_err(col)?)?,
        created_at: time(sid, "created_at", row.get(5).map_err(col)?)?,
        completed_at: completed_at
            .map(|ms| time(sid, "completed_at", ms))
            .transpose()?,
        expires_at: expires_at
            .map(|ms| time(sid, "expires_at", ms))
            .transpose()?,
        attempts: count(sid, "attempts", row.get::<_, i64>(8).map_err(col)?)?,
        run_after: row
            .get::<_, Option<i64>>(if with_outcome { 12 } else { 10 })
            .map_err(col)?
            .map(|ms| time(sid, "run_after", ms))
            .transpose()?,
        outcome,
        webhook: None,
    })
}

/// The principal's live jobs below `before`, newest first: a walk of `jobs_by_principal`
/// backwards from `before`, which stops after `limit` matches.
pub(super) fn list(
    conn: &Connection,
    principal: &str,
    before: Option<&str>,
    status: Option<JobStatus>,
    kind: Option<JobKind>,
    limit: usize,
    now: i64,
) -> Result<Vec<JobRecord>, StoreError> {
    let sql = list_sql(before.is_some(), status.is_some(), kind.is_some());
    let mut args = vec![Value::Text(principal.to_owned()), Value::Integer(now)];
    if let Some(before) = before {
        args.push(Value::Text(before.to_owned()));
    }
    if let Some(status) = status {
        args.push(Value::Text(status.as_str().to_owned()));
    }
    if let Some(kind) = kind {
        args.push(Value::Text(kind.as_str().to_owned()));
    }
    args.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    let mut stmt = conn
        .prepare_cached(&sql)
        .map_err(|e| unavailable("list", e))?;
    let rows = stmt
        .query_map(params_from_iter(args), |row| {
            let id: String = row.get(11)?;
            Ok(match JobId::parse(&id) {
                Some(job_id) => record_from_row(&job_id, row, false),
                None => Err(corrupt(&id, "the id is not a canonical UUID")),
            })
        })
        .map_err(|e| unavailable("list", e))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row.map_err(|e| unavailable("list", e))??);
    }
    Ok(out)
}

/// The listing's statement; the filters present decide its parameters, in this order:
/// principal, now, before, status, kind, limit.
pub(super) fn list_sql(before: bool, status: bool, kind: bool) -> String {
    let mut sql = String::from(
        "SELECT kind, principal, provider, status, ttl_ms, created_at, completed_at, \
         expires_at, attempts, status_code, run_after, id FROM jobs \
         WHERE principal = ? AND (expires_at IS NULL OR expires_at > ?)",
    );
    if before {
        sql.push_str(" AND id < ?");
    }
    if status {
        sql.push_str(" AND status = ?");
    }
    if kind {
        sql.push_str(" AND kind = ?");
    }
    sql.push_str(" ORDER BY id DESC LIMIT ?");
    sql
}

pub(super) fn counts(conn: &Connection) -> Result<StatusCounts, StoreError> {
    let mut stmt = conn
        .prepare_cached("SELECT status, n FROM job_counts")
        .map_err(|e| unavailable("counts", e))?;
    let rows = stmt
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })
        .map_err(|e| unavailable("counts", e))?;
    let mut counts = StatusCounts::default();
    for row in rows {
        let (status, n) = row.map_err(|e| unavailable("counts", e))?;
        let n = u64::try_from(n)
            .map_err(|_| StoreError::Corrupt(format!("job count for `{status}` is {n}")))?;
        match status.parse::<JobStatus>() {
            Ok(status) => counts.set(status, n),
            Err(e) => return Err(StoreError::Corrupt(format!("job counts: {e}"))),
        }
    }
    Ok(counts)
}

pub(super) fn time(id: &str, column: &str, ms: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp_millis(ms)
        .ok_or_else(|| corrupt(id, format!("{column} {ms} is not a valid time")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hot statements must be answered from an index, not by reading every job: with
    /// 100,000 jobs a full scan under the write lock would stall every submit.
    #[test]
    fn hot_statements_use_indexes() {
        let conn = Connection::open_in_memory().unwrap();
        for m in super::super::schema::MIGRATIONS {
            conn.execute_batch(m.sql).unwrap();
        }
        let statements = [
            "SELECT created_at, id FROM jobs WHERE status = 'pending' ORDER BY created_at, id LIMIT 5",
            "SELECT created_at, id FROM jobs WHERE status = 'processing' AND lease_expires_at < 5 \
             AND provider NOT IN ('a') ORDER BY created_at, id LIMIT 5",
            "SELECT provider FROM jobs WHERE status = 'pending' ORDER BY provider LIMIT 1",
            "SELECT provider FROM jobs WHERE status = 'pending' AND provider > 'a' ORDER BY provider LIMIT 1",
            "SELECT created_at, id FROM jobs WHERE status = 'pending' AND provider = 'a' \
             ORDER BY created_at, id LIMIT 5",
            "SELECT rowid FROM jobs WHERE expires_at <= 5 ORDER BY expires_at LIMIT 5",
            "SELECT kind FROM jobs WHERE id = 'x' AND (expires_at IS NULL OR expires_at > 5)",
            "SELECT j.kind, d.status FROM jobs j LEFT JOIN webhook_deliveries d ON d.job_id = j.id \
             WHERE j.id = 'x'",
            "SELECT rowid FROM jobs WHERE expires_at <= 5 AND (webhook IS NULL OR NOT EXISTS \
             (SELECT 1 FROM webhook_deliveries d WHERE d.job_id = jobs.id \
             AND d.status IN ('pending', 'sending'))) ORDER BY expires_at LIMIT 5",
            "UPDATE jobs SET lease_expires_at = 1 WHERE id = 'x' AND lease_token = 'y' AND status = 'processing'",
            "SELECT created_at, id FROM jobs WHERE status = 'pending' \
             AND (run_after IS NULL OR run_after <= 5) ORDER BY created_at, id LIMIT 5",
            "SELECT created_at, id FROM jobs WHERE status = 'pending' AND provider = 'a' \
             AND (run_after IS NULL OR run_after <= 5) ORDER BY created_at, id LIMIT 5",
            "SELECT id, request_hash, created_at, expires_at FROM jobs \
             WHERE principal = 'p' AND idempotency_key = 'k'",
        ];
        for sql in statements {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let plan: Vec<String> = stmt
                .query_map([], |row| row.get::<_, String>(3))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for step in plan.iter().filter(|s| s.contains("jobs")) {
                assert!(
                    step.contains("INDEX") || step.contains("PRIMARY KEY"),
                    "{sql}\n  plan: {plan:?}"
                );
            }
            // The claim queries read the index in order rather than sorting every match.
            if sql.contains("'pending'") {
                assert!(
                    !plan.iter().any(|s| s.contains("TEMP B-TREE")),
                    "{sql}\n  plan: {plan:?}"
                );
            }
        }
    }

    /// Every form of the listing walks `jobs_by_principal` in id order: no scan of other
    /// principals' jobs, no sort of the caller's.
    #[test]
    fn listing_walks_the_principal_index() {
        let conn = Connection::open_in_memory().unwrap();
        for m in super::super::schema::MIGRATIONS {
            conn.execute_batch(m.sql).unwrap();
        }
        for before in [false, true] {
            for status in [false, true] {
                for kind in [false, true] {
                    let sql = list_sql(before, status, kind);
                    let args = 3 + usize::from(before) + usize::from(status) + usize::from(kind);
                    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
                    let values = vec![Value::Text("x".into()); args];
                    let plan: Vec<String> = stmt
                        .query_map(params_from_iter(values), |row| row.get::<_, String>(3))
                        .unwrap()
                        .collect::<Result<_, _>>()
                        .unwrap();
                    assert!(
                        plan.iter().any(|s| s.contains("INDEX jobs_by_principal")),
                        "{sql}\n  plan: {plan:?}"
                    );
                    assert!(
                        !plan.iter().any(|s| s.contains("TEMP B-TREE")),
                        "{sql}\n  plan: {plan:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_longest_duration_added_to_any_time_fits_an_i64() {
        assert!(i64::MAX - MAX_DURATION_MS > millis(DateTime::<Utc>::MAX_UTC));
    }
}
