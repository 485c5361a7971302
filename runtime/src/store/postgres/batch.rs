//! Group commit: concurrent calls of one kind (new jobs, outcomes) share one statement, so one
//! transaction and one WAL flush cover many callers instead of one each.
//!
//! Callers queue their item with a oneshot for the answer. A few flusher tasks take turns at
//! the queue: each takes everything waiting (up to [`MAX_BATCH`]), runs it as one statement on
//! one pooled connection and answers every caller after the commit. Nobody waits for a batch
//! to fill: while one flusher's commit is in flight the next calls gather behind it, so batches
//! grow with the load and a lone call goes out at once.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot, Mutex};

use crate::store::StoreError;

/// Most items in one statement: enough that a burst shares few commits, few enough that the
/// statement's arrays (and the wait of its first caller) stay small.
pub(super) const MAX_BATCH: usize = 256;

/// A batch stops taking more items once their payloads add up to this many bytes, so a burst of
/// large uploads commits in several moderate statements.
pub(super) const MAX_BATCH_BYTES: usize = 16 * 1024 * 1024;

/// Statements of one kind in flight at once: one commits while the next batch gathers.
pub(super) const FLUSHERS: usize = 2;

type Reply<R> = oneshot::Sender<Result<R, StoreError>>;

/// An item waiting for its batch, with its size for [`MAX_BATCH_BYTES`].
struct Queued<T, R> {
    item: T,
    bytes: usize,
    reply: Reply<R>,
}

/// The queue of one kind of call.
pub(super) struct Batcher<T, R> {
    queue: mpsc::UnboundedSender<Queued<T, R>>,
    what: &'static str,
}

impl<T: Send + 'static, R: Send + 'static> Batcher<T, R> {
    /// Starts [`FLUSHERS`] tasks that run `flush` on each batch; `flush` answers item by item,
    /// in the batch's order. The tasks end when the batcher is dropped.
    pub(super) fn start<F, Fut>(what: &'static str, flush: F) -> Batcher<T, R>
    where
        F: Fn(Vec<T>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Vec<Result<R, StoreError>>> + Send + 'static,
    {
        let (queue, receiver) = mpsc::unbounded_channel::<Queued<T, R>>();
        let receiver = Arc::new(Mutex::new(receiver));
        let flush = Arc::new(flush);
        for _ in 0..FLUSHERS {
            let receiver = Arc::clone(&receiver);
            let flush = Arc::clone(&flush);
            tokio::spawn(async move {
                while let Some(batch) = next_batch(&receiver).await {
                    let (items, replies): (Vec<T>, Vec<Reply<R>>) =
                        batch.into_iter().map(|q| (q.item, q.reply)).unzip();
                    let count = items.len();
                    let mut answers = flush(items).await.into_iter();
                    for reply in replies {
                        let answer = answers.next().unwrap_or_else(|| {
                            Err(StoreError::Unavailable(format!(
                                "postgres {what}: a batch of {count} was answered short"
                            )))
                        });
                        // The caller may have given up waiting; nothing to do then.
                        let _ = reply.send(answer);
                    }
                }
            });
        }
        Batcher { queue, what }
    }

    /// Queues `item` and waits for the commit of the batch that holds it.
    pub(super) async fn call(&self, item: T, bytes: usize) -> Result<R, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send(Queued { item, bytes, reply })
            .map_err(|_| StoreError::Unavailable(format!("postgres {}: closed", self.what)))?;
        answer.await.unwrap_or_else(|_| {
            Err(StoreError::Unavailable(format!(
                "postgres {}: the store stopped before answering",
                self.what
            )))
        })
    }
}

/// Waits for one item, then takes whatever else is already queued, within the batch limits.
/// `None` once the batcher is gone and the queue is empty.
async fn next_batch<T, R>(
    receiver: &Mutex<mpsc::UnboundedReceiver<Queued<T, R>>>,
) -> Option<Vec<Queued<T, R>>> {
    let mut receiver = receiver.lock().await;
    let first = receiver.recv().await?;
    let mut bytes = first.bytes;
    let mut batch = vec![first];
    while batch.len() < MAX_BATCH && bytes < MAX_BATCH_BYTES {
        match receiver.try_recv() {
            Ok(next) => {
                bytes = bytes.saturating_add(next.bytes);
                batch.push(next);
            }
            Err(_) => break,
        }
    }
    Some(batch)
}
