//! The single writer: one OS thread owns the read-write connection and commits requests in
//! batches ("group commit").
//!
//! Callers send an [`Op`] over a channel and await a oneshot answer. The thread takes whatever
//! is queued (up to [`MAX_BATCH`]), runs each op inside its own savepoint of one transaction,
//! commits once, and only then answers. So a thousand concurrent submits cost a handful of
//! fsyncs instead of a thousand, and each caller still hears back only after a real commit.
//!
//! Only a batch holding a [`Durability::Synced`] op (a new job, a job's outcome) waits for an
//! fsync. A batch of nothing but lease bookkeeping (claims, heartbeats, releases, the reaper)
//! commits to the WAL without one: if power fails before the next synced commit, the database
//! comes back as it was before those changes, which the lease protocol already handles (a lost
//! claim leaves the job pending, a lost heartbeat or release only lets the lease lapse). The
//! next synced commit makes them durable too, since it syncs the whole WAL up to itself.
//!
//! Checkpoints (copying the WAL back into the database file, with an fsync of each) do not run
//! inside a commit, where every caller of the batch would wait for them: automatic checkpoints
//! are off on the writer's connection, and a checkpointer thread with its own connection runs a
//! passive checkpoint each time about [`CHECKPOINT_EVERY_BYTES`] have been committed. SQLite
//! starts the WAL file over only when a write begins with the WAL wholly copied, which never
//! happens while commits keep arriving during the checkpoint; so after each one the writer, between
//! two batches, copies the few frames committed meanwhile itself, and the WAL stays small.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use tokio::sync::{oneshot, Notify};

use crate::store::StoreError;

/// Most ops committed in one transaction. Large enough that a burst of submits shares few
/// fsyncs; small enough that one transaction (and the wait of the first caller in it) stays
/// short even when every op carries a large payload.
pub(super) const MAX_BATCH: usize = 512;

/// A batch stops taking more ops once their payloads add up to this many bytes, so a burst of
/// large uploads (images, audio) commits in several moderate transactions rather than one huge
/// one that every caller in it waits for.
pub(super) const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

/// A batch that takes longer than this to commit is logged as a warning.
const SLOW_BATCH: Duration = Duration::from_secs(1);

/// Committed bytes (roughly: payloads plus a fixed amount per op) between two checkpoints;
/// about what SQLite's default automatic checkpoint (1000 pages) would allow.
pub(super) const CHECKPOINT_EVERY_BYTES: usize = 4 * 1024 * 1024;

/// What an op is taken to write besides its payload (row, index entries), for the
/// checkpoint trigger.
const BYTES_PER_OP: usize = 256;

/// What the writer needs to know about a kind of op.
#[derive(Debug, Clone, Copy)]
pub(super) struct OpSpec {
    /// What it is, for logs.
    pub(super) what: &'static str,
    /// A successful commit of it means workers may find new work.
    pub(super) wakes_workers: bool,
    pub(super) durability: Durability,
    pub(super) statements: Statements,
}

/// How many SQL statements an op runs that change the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Statements {
    One,
    Several,
}

/// Whether the answer to an op may be given before its commit is synced to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Durability {
    /// The commit is fsynced before anyone in the batch is answered.
    Synced,
    /// Lease bookkeeping, safe to lose on power failure (see the module docs).
    Relaxed,
}

/// A unit of work for the writer, with the way to answer its caller.
pub(super) struct Op {
    /// What it is, for logs.
    what: &'static str,
    /// Bytes it writes, roughly (the payload of an insert), for [`MAX_BATCH_BYTES`].
    bytes: usize,
    /// Whether a successful commit of this op means workers may find new work.
    wakes_workers: bool,
    durability: Durability,
    /// Several statements: run in a savepoint so a failure undoes all of them and nothing else.
    savepoint: bool,
    job: Box<dyn Job>,
}

impl std::fmt::Debug for Op {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Op").field("what", &self.what).finish()
    }
}

/// Type-erased op: run it against the connection, later tell the caller how it ended.
trait Job: Send {
    /// Runs the op inside the open transaction; `true` when it succeeded (its changes are kept).
    fn run(&mut self, conn: &Connection) -> bool;
    /// Answers the caller: the op's own result if the transaction committed, else `failure`.
    fn deliver(self: Box<Self>, failure: Option<&str>);
}

struct TypedJob<T, F> {
    work: Option<F>,
    result: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> Job for TypedJob<T, F>
where
    T: Send + 'static,
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
{
    fn run(&mut self, conn: &Connection) -> bool {
        let result = match self.work.take() {
            Some(work) => work(conn),
            None => Err(StoreError::Unavailable("request was run twice".into())),
        };
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn deliver(self: Box<Self>, failure: Option<&str>) {
        let answer = match (failure, self.result) {
            (Some(why), _) => Err(StoreError::Unavailable(why.to_owned())),
            (None, Some(result)) => result,
            // Not run to completion: it panicked, and its savepoint was rolled back.
            (None, None) => Err(StoreError::Unavailable(
                "the store failed while handling this request".into(),
            )),
        };
        // The caller may have given up waiting (its future was dropped); nothing to do then.
        let _ = self.reply.send(answer);
    }
}

/// Wraps `work` as an op and returns the receiver its answer will arrive on.
pub(super) fn op<T, F>(
    spec: OpSpec,
    bytes: usize,
    work: F,
) -> (Op, oneshot::Receiver<Result<T, StoreError>>)
where
    T: Send + 'static,
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
{
    let (reply, answer) = oneshot::channel();
    let job = TypedJob {
        work: Some(work),
        result: None,
        reply,
    };
    let op = Op {
        what: spec.what,
        bytes,
        wakes_workers: spec.wakes_workers,
        durability: spec.durability,
        savepoint: spec.statements == Statements::Several,
        job: Box::new(job),
    };
    (op, answer)
}

/// The writer thread's body: runs until every sender is gone and the queue is drained, so
/// dropping the store still commits what was already sent.
pub(super) fn run(
    conn: Connection,
    queue: mpsc::Receiver<Op>,
    work: Arc<Notify>,
    checkpoints: Checkpointer,
) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut synced = SyncLevel::Unknown;
    let mut since_checkpoint = 0usize;
    // `recv` fails only once the channel is disconnected *and* empty.
    while let Ok(first) = queue.recv() {
        let mut bytes = first.bytes;
        batch.push(first);
        while batch.len() < MAX_BATCH && bytes < MAX_BATCH_BYTES {
            match queue.try_recv() {
                Ok(op) => {
                    bytes = bytes.saturating_add(op.bytes);
                    batch.push(op);
                }
                Err(_) => break,
            }
        }
        let durable = batch.iter().any(|op| op.durability == Durability::Synced);
        if !synced.set(&conn, durable) && durable {
            // Committing now might not sync: refuse rather than answer `202` on a promise
            // the disk does not keep.
            let why = "the store cannot make this commit durable";
            abandon(&conn, batch.drain(..).map(|op| op.job), why);
            continue;
        }
        since_checkpoint = since_checkpoint
            .saturating_add(bytes)
            .saturating_add(batch.len() * BYTES_PER_OP);
        commit_batch(&conn, &mut batch, &work);
        if since_checkpoint >= CHECKPOINT_EVERY_BYTES {
            checkpoints.request();
            since_checkpoint = 0;
        }
        if checkpoints.take_finished() {
            // The frames committed since that checkpoint began: few, so this is short.
            checkpoint(&conn, "writer");
        }
    }
    tracing::debug!("sqlite writer stopped: the store was closed");
    // The checkpointer's connection closes first, so that `conn`, dropped last, is the last
    // connection to close and checkpoints the whole WAL.
    checkpoints.stop();
}

/// The `synchronous` setting the writer's connection has now, changed only between batches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SyncLevel {
    Unknown,
    Full,
    Normal,
}

impl SyncLevel {
    /// FULL for a batch that must be durable when answered, NORMAL (no fsync at commit, in WAL
    /// mode) for one that need not. `false` when the setting could not be changed; the level
    /// is then unknown and set again before the next batch.
    fn set(&mut self, conn: &Connection, durable: bool) -> bool {
        let wanted = if durable {
            SyncLevel::Full
        } else {
            SyncLevel::Normal
        };
        if *self == wanted {
            return true;
        }
        let value = if durable { "FULL" } else { "NORMAL" };
        match conn.pragma_update(None, "synchronous", value) {
            Ok(()) => {
                *self = wanted;
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot set synchronous={value}");
                *self = SyncLevel::Unknown;
                false
            }
        }
    }
}

/// The checkpointer thread: runs a passive checkpoint when the writer asks, on its own
/// connection, so commits never wait for one. A passive checkpoint takes no lock the writer
/// needs; the writer keeps appending to the WAL meanwhile.
#[derive(Debug)]
pub(super) struct Checkpointer {
    /// Holds at most one pending request: asking again while one waits adds nothing.
    wake: Option<mpsc::SyncSender<()>>,
    /// Set by the thread after each checkpoint, taken by the writer.
    finished: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Runs a passive checkpoint on `conn`: it copies what it can without waiting for anyone.
fn checkpoint(conn: &Connection, by: &'static str) {
    let started = Instant::now();
    let done = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok((row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
    });
    match done {
        Ok((wal_pages, copied)) => tracing::trace!(
            by,
            wal_pages,
            copied,
            micros = started.elapsed().as_micros() as u64,
            "sqlite checkpoint"
        ),
        Err(e) => tracing::warn!(by, error = %e, "sqlite checkpoint failed"),
    }
}

impl Checkpointer {
    /// Starts the thread on `conn` (a read-write connection to the same file).
    pub(super) fn start(conn: Connection) -> std::io::Result<Checkpointer> {
        let (wake, requests) = mpsc::sync_channel::<()>(1);
        let finished = Arc::new(AtomicBool::new(false));
        let thread_finished = Arc::clone(&finished);
        let thread = std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || {
                while requests.recv().is_ok() {
                    checkpoint(&conn, "checkpointer");
                    thread_finished.store(true, Ordering::Release);
                }
            })?;
        Ok(Checkpointer {
            wake: Some(wake),
            finished,
            thread: Some(thread),
        })
    }

    /// Whether a checkpoint finished since the last call.
    fn take_finished(&self) -> bool {
        self.finished.swap(false, Ordering::Acquire)
    }

    fn request(&self) {
        if let Some(wake) = &self.wake {
            // Full means a checkpoint is already due; it will cover these commits as well.
            let _ = wake.try_send(());
        }
    }

    fn stop(mut self) {
        drop(self.wake.take());
        if let Some(thread) = self.thread.take() {
            if thread.join().is_err() {
                tracing::error!("the sqlite checkpoint thread had panicked");
            }
        }
    }
}

fn exec(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([])?;
    Ok(())
}

/// Tells every op its transaction did not commit, after rolling back what is left of it.
fn abandon(conn: &Connection, ops: impl IntoIterator<Item = Box<dyn Job>>, why: &str) {
    if !conn.is_autocommit() {
        if let Err(e) = exec(conn, "ROLLBACK") {
            tracing::error!(error = %e, "sqlite rollback failed");
        }
    }
    for job in ops {
        job.deliver(Some(why));
    }
}

/// Runs an op of several statements in a savepoint, so one failing request (a corrupt row
/// met by a claim) is undone alone and the rest of the batch still commits. `Ok(false)`: it
/// failed and was undone.
fn run_in_savepoint(conn: &Connection, op: &mut Op) -> Result<bool, String> {
    exec(conn, "SAVEPOINT op")
        .and_then(|()| {
            let ok = catch_unwind(AssertUnwindSafe(|| op.job.run(conn))).unwrap_or_else(|_| {
                tracing::error!(op = op.what, "sqlite store op panicked; rolling it back");
                false
            });
            if ok {
                exec(conn, "RELEASE op")?;
            } else {
                exec(conn, "ROLLBACK TO op")?;
                exec(conn, "RELEASE op")?;
            }
            Ok(ok)
        })
        .map_err(|e| format!("the write transaction failed: {e}"))
}

/// Runs an op of one statement without a savepoint of its own: a statement that fails is
/// undone by SQLite alone (a statement is atomic), so the savepoint would only cost two more
/// statements and a copy of every page it touches. A panic leaves it unknown whether the
/// statement ran, so it abandons the whole batch rather than risk keeping half an op.
fn run_alone(conn: &Connection, op: &mut Op) -> Result<bool, String> {
    catch_unwind(AssertUnwindSafe(|| op.job.run(conn))).map_err(|_| {
        tracing::error!(op = op.what, "sqlite store op panicked");
        "the store failed while handling a request in this batch".to_owned()
    })
}

fn commit_batch(conn: &Connection, batch: &mut Vec<Op>, work: &Notify) {
    let started = Instant::now();
    let size = batch.len();
    // IMMEDIATE: take the write lock now, so a second process on the same file makes us wait
    // (busy_timeout) here rather than fail half way through the batch.
    if let Err(e) = exec(conn, "BEGIN IMMEDIATE") {
        let why = format!("cannot start a write transaction: {e}");
        tracing::warn!(error = %e, ops = size, "sqlite batch not started");
        abandon(conn, batch.drain(..).map(|op| op.job), &why);
        return;
    }

    let mut done: Vec<Box<dyn Job>> = Vec::with_capacity(size);
    let mut wake = false;
    let mut ops = batch.drain(..);
    while let Some(mut op) = ops.next() {
        let ran = if op.savepoint {
            run_in_savepoint(conn, &mut op)
        } else {
            run_alone(conn, &mut op)
        };
        // Without a working savepoint a failed op could not be undone alone; and some errors
        // (I/O, disk full) make SQLite roll back the whole transaction by itself, after which
        // the earlier ops are gone and later ones would run outside any transaction. Either
        // way the whole batch is abandoned and every caller told so.
        let ok = match ran {
            Ok(ok) if !conn.is_autocommit() => ok,
            failed => {
                let why = match failed {
                    Err(why) => why,
                    Ok(_) => "the write transaction was rolled back by the database".to_owned(),
                };
                tracing::error!(ops = size, op = op.what, reason = %why, "sqlite batch abandoned");
                let rest = ops.map(|op| op.job);
                abandon(
                    conn,
                    done.into_iter().chain(std::iter::once(op.job)).chain(rest),
                    &why,
                );
                return;
            }
        };
        wake |= ok && op.wakes_workers;
        done.push(op.job);
    }

    if let Err(e) = exec(conn, "COMMIT") {
        let why = format!("commit failed: {e}");
        tracing::error!(error = %e, ops = size, "sqlite commit failed");
        abandon(conn, done, &why);
        return;
    }
    if wake {
        // Wake every worker waiting now, and leave one permit for a worker that is between its
        // last claim and its next wait, so it does not sleep through this job.
        work.notify_waiters();
        work.notify_one();
    }
    for job in done {
        job.deliver(None);
    }
    let took = started.elapsed();
    if took > SLOW_BATCH {
        // A slow disk shows up here first: every submit in the batch waited this long.
        tracing::warn!(
            ops = size,
            millis = took.as_millis() as u64,
            "slow sqlite commit"
        );
    } else {
        tracing::trace!(
            ops = size,
            micros = took.as_micros() as u64,
            "sqlite batch committed"
        );
    }
}
