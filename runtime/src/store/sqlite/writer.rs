//! The single writer: one OS thread owns the read-write connection and commits requests in
//! batches ("group commit").
//!
//! Callers send an [`Op`] over a channel and await a oneshot answer. The thread takes whatever
//! is queued (up to [`MAX_BATCH`]), runs each op inside its own savepoint of one transaction,
//! commits once, and only then answers. So a thousand concurrent submits cost a handful of
//! fsyncs instead of a thousand, and each caller still hears back only after a real commit.

use std::panic::{catch_unwind, AssertUnwindSafe};
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

/// A unit of work for the writer, with the way to answer its caller.
pub(super) struct Op {
    /// What it is, for logs.
    what: &'static str,
    /// Bytes it writes, roughly (the payload of an insert), for [`MAX_BATCH_BYTES`].
    bytes: usize,
    /// Whether a successful commit of this op means workers may find new work.
    wakes_workers: bool,
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
    what: &'static str,
    wakes_workers: bool,
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
        what,
        bytes,
        wakes_workers,
        job: Box::new(job),
    };
    (op, answer)
}

/// The writer thread's body: runs until every sender is gone and the queue is drained, so
/// dropping the store still commits what was already sent.
pub(super) fn run(conn: Connection, queue: mpsc::Receiver<Op>, work: Arc<Notify>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
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
        commit_batch(&conn, &mut batch, &work);
    }
    tracing::debug!("sqlite writer stopped: the store was closed");
    // `conn` drops here: the last connection to close checkpoints the WAL.
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
        // Each op gets a savepoint, so one failing request (a duplicate id, a corrupt row)
        // is undone alone and the rest of the batch still commits.
        let ran = exec(conn, "SAVEPOINT op").and_then(|()| {
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
        });
        // Without a working savepoint a failed op could not be undone alone; and some errors
        // (I/O, disk full) make SQLite roll back the whole transaction by itself, after which
        // the earlier ops are gone and later ones would run outside any transaction. Either
        // way the whole batch is abandoned and every caller told so.
        let ok = match ran {
            Ok(ok) if !conn.is_autocommit() => ok,
            failed => {
                let why = match failed {
                    Err(e) => format!("the write transaction failed: {e}"),
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
