//! SQLite backend: the embedded default, one file (under `./data` by default) in WAL mode.
//!
//! - **One writer.** A dedicated OS thread owns the only read-write connection and takes its
//!   work from a channel. Whatever is queued when it looks (up to 512 ops or 64 MiB of
//!   payload) runs in one transaction, each op in its own savepoint, and is committed with one
//!   fsync before any of those callers hears back ("group commit"). Inserts, claims,
//!   heartbeats, finishes, releases, reschedules, cancels and the reaper all go this way, so a
//!   claim's select-then-update, and an idempotent insert's look-up-then-insert, are atomic
//!   without locks.
//! - **Wake-ups in process.** After a finish or a cancel commits, the store's
//!   [`JobEvents`] wakes the job's waiters and, for a cancel, stops the job if it runs here
//!   (one process owns the file, so nothing else can be running it).
//! - **Durable commits.** `synchronous=FULL` for every batch holding a new job or an outcome:
//!   a `202` is sent only after the job is on disk, surviving power loss as well as a killed
//!   process (see `schema.rs`). Batches of lease bookkeeping alone skip the fsync, and
//!   checkpoints run on their own thread, never inside a commit (see `writer.rs`). Times are
//!   stored in whole milliseconds.
//! - **Reads on their own connections.** `get` and `counts` use a small pool of read-only
//!   connections, run on the calling task (a point read is cheaper than a hop to the blocking
//!   pool); in WAL mode they see the last commit and never wait for the writer, so polls stay
//!   fast under a burst of submits. A poll of a very large stored result holds its tokio
//!   worker while the blob is read.
//! - **Large payloads beside the row.** A request body of more than 3 KiB is kept in
//!   `job_payloads`, written once from the request's bytes and read once by the claim, so the
//!   job's row stays within one page: a poll reads that page alone instead of walking the
//!   upload's overflow chain, and a claim rewrites that page instead of the whole upload.
//! - **Versioned schema.** `migrations/sqlite/NNNN_*.sql`, applied at open in order, each in a
//!   transaction with `PRAGMA user_version`; a newer database than this build knows is refused.

mod deliveries;
mod ops;
mod schema;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use tokio::sync::{Notify, Semaphore};

use crate::events::JobEvents;
use crate::job::{ClaimedJob, JobId, JobRecord, NewJob, Outcome};
use crate::kind::JobKind;
use crate::store::{
    Cancelled, ClaimRequest, DeliveryBatch, DeliveryClaimRequest, DeliveryUpdate, Inserted,
    ListFilter, StatusCounts, Store, StoreError,
};
use writer::{Checkpointer, Durability, OpSpec, Statements};

pub use schema::LATEST_SCHEMA_VERSION;

/// Every write op: whether it wakes workers, whether its answer waits for an fsync (see
/// `writer.rs`), and whether it needs a savepoint of its own.
const INSERT: OpSpec = OpSpec {
    what: "insert",
    wakes_workers: true,
    durability: Durability::Synced,
    statements: Statements::One,
};
/// An insert of several statements: with an idempotency key (a look-up, perhaps taking the key
/// over, then the insert), or with its payload in a row of its own.
const INSERT_SEVERAL: OpSpec = OpSpec {
    what: "insert",
    wakes_workers: true,
    durability: Durability::Synced,
    statements: Statements::Several,
};
const CLAIM: OpSpec = OpSpec {
    what: "claim",
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::Several,
};
const HEARTBEAT: OpSpec = OpSpec {
    what: "heartbeat",
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::One,
};
const FINISH: OpSpec = OpSpec {
    what: "finish",
    wakes_workers: false,
    durability: Durability::Synced,
    statements: Statements::One,
};
const RELEASE: OpSpec = OpSpec {
    what: "release",
    wakes_workers: true,
    durability: Durability::Relaxed,
    statements: Statements::One,
};
const RESCHEDULE: OpSpec = OpSpec {
    what: "reschedule",
    // Not claimable before its `run_after`: waking workers now would find nothing.
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::One,
};
const CANCEL: OpSpec = OpSpec {
    what: "cancel",
    wakes_workers: false,
    durability: Durability::Synced,
    statements: Statements::One,
};
const DELETE_EXPIRED: OpSpec = OpSpec {
    what: "delete_expired",
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::One,
};
/// Delivery bookkeeping may be lost to a power cut: the delivery is then sent again, which
/// at-least-once allows (the receiver drops the repeat by its `webhook-id`).
const CLAIM_DELIVERIES: OpSpec = OpSpec {
    what: "claim_deliveries",
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::Several,
};
const FINISH_DELIVERY: OpSpec = OpSpec {
    what: "finish_delivery",
    wakes_workers: false,
    durability: Durability::Relaxed,
    statements: Statements::One,
};

/// Read-only connections kept for `get` and `counts`: polls run in parallel up to this many,
/// and each connection holds its own page cache, so a few are plenty.
const READERS: usize = 4;

/// The job store on a SQLite file. Cheap to share behind an `Arc`; see the module docs.
///
/// Dropping it stops the writer once it has committed everything already sent to it;
/// [`SqliteStore::close`] does the same and waits for it.
pub struct SqliteStore {
    path: PathBuf,
    /// `None` once closed. Sending never blocks (the channel is unbounded): back-pressure comes
    /// from every caller awaiting its answer, so the queue holds at most one op per caller.
    writer: Mutex<Option<mpsc::Sender<writer::Op>>>,
    writer_thread: Mutex<Option<JoinHandle<()>>>,
    readers: Arc<ReadPool>,
    /// Signalled after a commit that may have made work claimable (an insert or a release).
    work: Arc<Notify>,
    events: Arc<JobEvents>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Parses `sqlite://<path>`: `sqlite://./data/jobs.sqlite3` and `sqlite://data/jobs.sqlite3`
/// are relative to the working directory, `sqlite:///var/lib/jobs.sqlite3` is absolute.
/// In-memory databases and URL query options are refused: jobs must outlive the process, and
/// the connection settings are not the caller's to choose.
pub fn path_from_url(url: &str) -> Result<PathBuf, StoreError> {
    let bad = |why: &str| StoreError::Open(format!("store URL `{url}`: {why}"));
    let rest = url
        .strip_prefix("sqlite://")
        .ok_or_else(|| bad("expected `sqlite://<path>`"))?;
    if rest.is_empty() {
        return Err(bad("no file path after `sqlite://`"));
    }
    if rest == ":memory:" || rest.starts_with("file:") || rest.contains("mode=memory") {
        return Err(bad(
            "in-memory databases are not supported: accepted jobs must survive a restart",
        ));
    }
    if rest.contains('?') || rest.contains('#') {
        return Err(bad(
            "query options are not supported; give a plain file path",
        ));
    }
    if rest.ends_with('/') {
        return Err(bad("the path names a folder, not a database file"));
    }
    Ok(PathBuf::from(rest))
}

impl SqliteStore {
    /// Opens the database at `path`, creating the file and its folders if needed, and brings
    /// the schema up to date. Fails with [`StoreError::Open`], naming the path, when the file
    /// cannot be created or opened, is not a SQLite database, or was written by a newer release.
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let path = path.to_path_buf();
        let task_path = path.clone();
        let (conn, found_version) =
            tokio::task::spawn_blocking(move || schema::open_writer(&task_path))
                .await
                .map_err(|e| {
                    StoreError::Open(format!("{}: open task failed: {e}", path.display()))
                })??;

        // One reader now, so a problem with read connections shows at start, not on first poll.
        let first_reader = {
            let p = path.clone();
            tokio::task::spawn_blocking(move || schema::open_reader(&p))
                .await
                .map_err(|e| {
                    StoreError::Open(format!("{}: open task failed: {e}", path.display()))
                })?
                .map_err(|e| match e {
                    StoreError::Unavailable(msg) => StoreError::Open(msg),
                    other => other,
                })?
        };

        let checkpoint_conn = {
            let p = path.clone();
            tokio::task::spawn_blocking(move || schema::open_checkpointer(&p))
                .await
                .map_err(|e| {
                    StoreError::Open(format!("{}: open task failed: {e}", path.display()))
                })??
        };
        let checkpoints = Checkpointer::start(checkpoint_conn).map_err(|e| {
            StoreError::Open(format!(
                "{}: cannot start the checkpoint thread: {e}",
                path.display()
            ))
        })?;

        let work = Arc::new(Notify::new());
        let (sender, queue) = mpsc::channel();
        let thread_work = Arc::clone(&work);
        let thread = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || writer::run(conn, queue, thread_work, checkpoints))
            .map_err(|e| {
                StoreError::Open(format!(
                    "{}: cannot start the writer thread: {e}",
                    path.display()
                ))
            })?;

        tracing::info!(
            path = %path.display(),
            schema_version = LATEST_SCHEMA_VERSION,
            found_version,
            "sqlite job store open (WAL, synchronous=FULL, single writer)"
        );
        Ok(SqliteStore {
            readers: Arc::new(ReadPool {
                path: path.clone(),
                idle: Mutex::new(vec![first_reader]),
                permits: Semaphore::new(READERS),
            }),
            path,
            writer: Mutex::new(Some(sender)),
            writer_thread: Mutex::new(Some(thread)),
            work,
            events: JobEvents::new(),
        })
    }

    /// Opens the database named by a `sqlite://<path>` URL (see [`path_from_url`]).
    pub async fn open_url(url: &str) -> Result<SqliteStore, StoreError> {
        SqliteStore::open(&path_from_url(url)?).await
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stops taking requests, waits until the writer has committed everything already sent to
    /// it, and closes every connection. Later calls fail with [`StoreError::Unavailable`].
    pub async fn close(&self) {
        // Dropping the only sender lets the writer drain the queue and then stop.
        drop(
            self.writer
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(),
        );
        self.readers.close();
        let thread = self
            .writer_thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(thread) = thread {
            match tokio::task::spawn_blocking(move || thread.join()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => tracing::error!("the sqlite writer thread had panicked"),
                Err(e) => tracing::error!(error = %e, "waiting for the sqlite writer failed"),
            }
        }
        tracing::info!(path = %self.path.display(), "sqlite job store closed");
    }

    /// Sends work to the writer thread and waits for its answer (given after the commit).
    async fn write<T, F>(&self, spec: OpSpec, bytes: usize, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (op, answer) = writer::op(spec, bytes, work);
        {
            let writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
            let sender = writer
                .as_ref()
                .ok_or_else(|| StoreError::Unavailable("the store is closed".into()))?;
            sender
                .send(op)
                .map_err(|_| StoreError::Unavailable("the sqlite writer has stopped".into()))?;
        }
        // An error here means the writer dropped the request unanswered (it died).
        answer.await.map_err(|_| {
            StoreError::Unavailable("the sqlite writer stopped before answering".into())
        })?
    }
}

/// Read-only connections, opened on demand up to [`READERS`] and reused.
struct ReadPool {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    /// One permit per connection that may be in use; closed when the store closes.
    permits: Semaphore,
}

impl ReadPool {
    fn close(&self) {
        self.permits.close();
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    fn take(&self) -> Result<Connection, StoreError> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        match idle {
            Some(conn) => Ok(conn),
            // None idle but a permit held: open one more (also replaces one lost to a panic).
            None => schema::open_reader(&self.path),
        }
    }

    fn give_back(&self, conn: Connection) {
        // After `close`, the permits are closed: let the connection drop instead.
        if !self.permits.is_closed() {
            self.idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(conn);
        }
    }
}

impl SqliteStore {
    /// Runs a read on a pooled connection, on the calling task. Reads are point lookups by
    /// primary key (or the four-row counts table) over a page cache that is normally warm:
    /// a few microseconds, less than handing them to the blocking pool and back, which was
    /// most of the cost of a poll. WAL readers never wait for the writer.
    async fn read<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        F: FnOnce(&Connection) -> Result<T, StoreError>,
    {
        let _permit = self
            .readers
            .permits
            .acquire()
            .await
            .map_err(|_| StoreError::Unavailable("the store is closed".into()))?;
        let conn = self.readers.take()?;
        let result = work(&conn);
        self.readers.give_back(conn);
        result
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn insert(&self, job: NewJob) -> Result<Inserted, StoreError> {
        // Encoded here, on the caller's task, so the writer thread spends its time on SQL; a
        // larger payload is written from the request's bytes by the writer instead, beside the
        // job's row (see `ops::PayloadColumn`).
        let payload = ops::PayloadColumn::new(job.payload);
        let bytes = payload.len();
        let row = ops::InsertRow {
            id: job.id.as_str().to_owned(),
            kind: job.kind.as_str(),
            principal: job.principal,
            provider: job.provider,
            payload,
            ttl_ms: ops::duration_ms(job.ttl),
            created_at: ops::millis(job.created_at),
            idempotency: job
                .idempotency
                .map(|k| (k.key, k.request_hash, ops::millis(k.not_before))),
            webhook: job.webhook,
        };
        let spec = if row.idempotency.is_some() || row.payload.is_out_of_line() {
            INSERT_SEVERAL
        } else {
            INSERT
        };
        self.write(spec, bytes, move |conn| ops::insert(conn, &row))
            .await
    }

    async fn get(&self, id: &JobId, now: DateTime<Utc>) -> Result<Option<JobRecord>, StoreError> {
        let id = id.clone();
        let now = ops::millis(now);
        self.read(move |conn| ops::get(conn, &id, now)).await
    }

    async fn claim(&self, request: ClaimRequest<'_>) -> Result<Vec<ClaimedJob>, StoreError> {
        if request.limit == 0 {
            return Ok(Vec::new());
        }
        let row = ops::ClaimRow {
            worker: request.worker.to_owned(),
            lease_ms: ops::duration_ms(request.lease),
            limit: request.limit,
            provider_room: request
                .provider_room
                .iter()
                .map(|p| (p.provider.clone(), p.room))
                .collect(),
            now: ops::millis(request.now),
        };
        let (claimed, failed) = self
            .write(CLAIM, 0, move |conn| ops::claim(conn, &row))
            .await?;
        for id in &failed {
            self.events.job_final(id);
        }
        Ok(claimed)
    }

    async fn heartbeat(
        &self,
        id: &JobId,
        token: &str,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let id = id.as_str().to_owned();
        let token = token.to_owned();
        let until = ops::millis(now).saturating_add(ops::duration_ms(lease));
        self.write(HEARTBEAT, 0, move |conn| {
            ops::heartbeat(conn, &id, &token, until)
        })
        .await
    }

    async fn finish(
        &self,
        id: &JobId,
        token: &str,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let id = id.as_str().to_owned();
        let token = token.to_owned();
        let status = outcome.status();
        let (status_code, result, error) = match outcome {
            Outcome::Completed {
                status_code,
                result,
            } => (status_code, Some(result), None),
            Outcome::Failed { status_code, error } => (status_code, None, Some(error)),
        };
        let bytes = result.as_ref().or(error.as_ref()).map_or(0, Bytes::len);
        let row = ops::FinishRow {
            status,
            status_code,
            result,
            error,
            now: ops::millis(now),
        };
        let job = id.clone();
        let finished = self
            .write(FINISH, bytes, move |conn| {
                ops::finish(conn, &job, &token, &row)
            })
            .await?;
        if finished {
            if let Some(id) = JobId::parse(&id) {
                self.events.job_final(&id);
            }
        }
        Ok(finished)
    }

    async fn release(&self, id: &JobId, token: &str) -> Result<bool, StoreError> {
        let id = id.as_str().to_owned();
        let token = token.to_owned();
        self.write(RELEASE, 0, move |conn| ops::release(conn, &id, &token))
            .await
    }

    async fn reschedule(
        &self,
        id: &JobId,
        token: &str,
        run_after: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let id = id.as_str().to_owned();
        let token = token.to_owned();
        let at = ops::millis(run_after);
        self.write(RESCHEDULE, 0, move |conn| {
            ops::reschedule(conn, &id, &token, at)
        })
        .await
    }

    async fn cancel(
        &self,
        id: &JobId,
        principal: &str,
        kind: JobKind,
        now: DateTime<Utc>,
    ) -> Result<Cancelled, StoreError> {
        let job = id.clone();
        let principal = principal.to_owned();
        let now = ops::millis(now);
        let cancelled = self
            .write(CANCEL, 0, move |conn| {
                ops::cancel(conn, &job, &principal, kind.as_str(), now)
            })
            .await?;
        if matches!(cancelled, Cancelled::Cancelled(_)) {
            self.events.job_final(id);
            self.events.cancel_running(id);
        }
        Ok(cancelled)
    }

    async fn list(&self, filter: ListFilter<'_>) -> Result<Vec<JobRecord>, StoreError> {
        let now = ops::millis(filter.now);
        self.read(move |conn| {
            ops::list(
                conn,
                filter.principal,
                filter.before.map(JobId::as_str),
                filter.status,
                filter.kind,
                filter.limit,
                now,
            )
        })
        .await
    }

    fn events(&self) -> &Arc<JobEvents> {
        &self.events
    }

    async fn delete_expired(&self, now: DateTime<Utc>, limit: usize) -> Result<u64, StoreError> {
        if limit == 0 {
            return Ok(0);
        }
        let now = ops::millis(now);
        self.write(DELETE_EXPIRED, 0, move |conn| {
            ops::delete_expired(conn, now, limit)
        })
        .await
    }

    async fn counts(&self) -> Result<StatusCounts, StoreError> {
        self.read(ops::counts).await
    }

    async fn wait_for_work(&self, timeout: Duration) {
        // `notified()` registers at creation, so a commit between here and the await still
        // wakes us; a permit left by an earlier commit makes this return at once.
        let _ = tokio::time::timeout(timeout, self.work.notified()).await;
    }

    async fn claim_deliveries(
        &self,
        request: DeliveryClaimRequest,
    ) -> Result<DeliveryBatch, StoreError> {
        if request.limit == 0 {
            return Ok(DeliveryBatch::default());
        }
        self.write(CLAIM_DELIVERIES, 0, move |conn| {
            deliveries::claim(conn, &request)
        })
        .await
    }

    async fn finish_delivery(
        &self,
        job_id: &JobId,
        token: &str,
        update: DeliveryUpdate,
    ) -> Result<bool, StoreError> {
        let id = job_id.as_str().to_owned();
        let token = token.to_owned();
        self.write(FINISH_DELIVERY, 0, move |conn| {
            deliveries::finish(conn, &id, &token, &update)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_files() {
        assert_eq!(
            path_from_url("sqlite://./data/jobs.sqlite3").unwrap(),
            PathBuf::from("./data/jobs.sqlite3")
        );
        assert_eq!(
            path_from_url("sqlite://data/jobs.sqlite3").unwrap(),
            PathBuf::from("data/jobs.sqlite3")
        );
        let abs = path_from_url("sqlite:///var/lib/gw/jobs.sqlite3").unwrap();
        assert_eq!(abs, PathBuf::from("/var/lib/gw/jobs.sqlite3"));
        assert!(abs.is_absolute());
        for bad in [
            "",
            "sqlite://",
            "sqlite:data.db",
            "postgres://localhost/jobs",
            "sqlite://:memory:",
            "sqlite://jobs.db?mode=rwc",
            "sqlite://data/",
        ] {
            match path_from_url(bad) {
                Err(StoreError::Open(msg)) => assert!(msg.contains(bad), "{msg}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
