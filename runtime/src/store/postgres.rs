//! PostgreSQL backend: several gateway replicas share one queue.
//!
//! - **Any replica runs any job.** A claim is one statement that picks the oldest claimable jobs
//!   with `FOR UPDATE SKIP LOCKED` and leases them, so concurrent claimers never wait for nor
//!   share a job. A replica that dies stops heartbeating; its leases lapse and the others
//!   reclaim the jobs. Every later write checks the lease token, so a stale worker's late
//!   answer is refused.
//! - **Wake-ups.** A trigger sends `NOTIFY gateway_jobs` when a job is inserted or put back;
//!   each replica keeps one `LISTEN` connection (reconnected with backoff when it drops) and
//!   wakes its idle workers, which otherwise sleep. Two more triggers send, in the transaction
//!   that makes the change, `gateway_job_final` (a job reached a final state: its waiters on
//!   every replica wake) and `gateway_job_cancel` (a running job was cancelled: the replica
//!   running it aborts its upstream request), each with the job id as payload. After a
//!   reconnect every waiter looks again, since notifications sent meanwhile are lost; a cancel
//!   missed that way still stops the job at its next heartbeat, which the cancel made fail.
//! - **Group commit.** Concurrent submits share one `INSERT … SELECT FROM unnest(…)`, and
//!   concurrent outcomes one `UPDATE … FROM unnest(…)`: one transaction and one WAL flush for
//!   the lot, each caller answered after that commit. A job whose idempotency key is held is
//!   left out by the batch and inserted on its own the careful way (see [`ops::insert`]).
//! - **A pool.** Store operations borrow one of up to `pool_size` connections (the URL option,
//!   default [`url::DEFAULT_POOL_SIZE`]); a connection broken by a database restart is dropped
//!   and replaced, so the process recovers by itself. While the database is away, calls fail
//!   with [`StoreError::Unavailable`].
//! - **Versioned schema.** `migrations/postgres/NNNN_*.sql`, applied at start under an advisory
//!   lock; a database migrated by a newer release is refused.
//! - **Times** are the caller's `now` (as for SQLite), so replicas' clocks must agree to well
//!   within a lease (NTP does).

mod batch;
mod deliveries;
mod listener;
mod ops;
mod schema;
pub mod url;

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio::sync::{oneshot, watch, Notify};
use tokio::task::JoinHandle;
use tokio_postgres::NoTls;

use crate::events::JobEvents;
use crate::job::{ClaimedJob, JobId, JobRecord, NewJob, Outcome};
use crate::kind::JobKind;
use crate::store::{
    Cancelled, ClaimRequest, DeliveryBatch, DeliveryClaimRequest, DeliveryUpdate, Inserted,
    ListFilter, StatusCounts, Store, StoreError,
};

pub use schema::LATEST_SCHEMA_VERSION;
pub use url::{is_postgres_url, Target};

/// How long a store call waits for a free pooled connection (or for a new one to open) before
/// it fails as unavailable, so a database that is down makes requests fail rather than hang.
const CHECKOUT_TIMEOUT: Duration = Duration::from_secs(10);

/// The job store on a PostgreSQL database; see the module docs.
pub struct PostgresStore {
    pool: Pool,
    inserts: batch::Batcher<NewJob, Batched>,
    finishes: batch::Batcher<ops::Finish, bool>,
    target: Target,
    work: Arc<Notify>,
    events: Arc<JobEvents>,
    stop: watch::Sender<bool>,
    listener: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("url", &self.target.shown())
            .finish_non_exhaustive()
    }
}

/// An error with its database message, if any (never includes the password: the server's
/// messages do not carry it and the URL is not part of the error).
fn describe_error(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!("{}: {}", db.severity(), db.message());
    }
    // The I/O or encoding cause, when there is one, is the useful part.
    match std::error::Error::source(e) {
        Some(cause) => format!("{e}: {cause}"),
        None => e.to_string(),
    }
}

impl PostgresStore {
    /// Connects, migrates, and starts listening. Fails with [`StoreError::Open`] naming the
    /// host and database (never the password) when the URL is wrong, the database cannot be
    /// reached or refuses the login, or its schema is newer than this build.
    pub async fn open_url(url: &str) -> Result<PostgresStore, StoreError> {
        PostgresStore::open(Target::parse(url)?).await
    }

    pub async fn open(target: Target) -> Result<PostgresStore, StoreError> {
        let place = target.describe();
        let (mut client, connection) = target.config.connect(NoTls).await.map_err(|e| {
            StoreError::Open(format!(
                "cannot connect to PostgreSQL ({place}, URL `{}`): {}",
                target.shown(),
                describe_error(&e)
            ))
        })?;
        let migrator = tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "migration connection ended");
            }
        });
        let found = schema::migrate(&mut client, &place).await;
        drop(client);
        let _ = migrator.await;
        let found = found?;

        let manager = Manager::from_config(
            target.config.clone(),
            NoTls,
            ManagerConfig {
                // A connection the server closed (a restart) is noticed by its task and
                // dropped at checkout, at no cost to the healthy ones.
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(target.pool_size())
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(CHECKOUT_TIMEOUT))
            .create_timeout(Some(CHECKOUT_TIMEOUT))
            .recycle_timeout(Some(CHECKOUT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Open(format!("{place}: cannot build the pool: {e}")))?;

        let work = Arc::new(Notify::new());
        let events = JobEvents::new();
        let (stop, stopped) = watch::channel(false);
        let (ready, listening) = oneshot::channel();
        let listener = tokio::spawn(listener::run(
            target.config.clone(),
            place.clone(),
            Arc::clone(&work),
            Arc::clone(&events),
            stopped,
            ready,
        ));
        // Open only once this replica hears about new work, so none inserted by another replica
        // right after start goes unnoticed until the next idle poll. Should that take long, the
        // listener keeps trying on its own and the workers' idle poll covers the gap.
        if tokio::time::timeout(CHECKOUT_TIMEOUT, listening)
            .await
            .is_err()
        {
            tracing::warn!(target = %place, "not listening for new jobs yet; going on without");
        }
        tracing::info!(
            target = %place,
            url = %target.shown(),
            schema_version = LATEST_SCHEMA_VERSION,
            found_version = found,
            pool_size = target.pool_size(),
            "postgres job store open"
        );
        Ok(PostgresStore {
            inserts: batch::Batcher::start("insert", {
                let pool = pool.clone();
                let place = place.clone();
                move |jobs| insert_batch(pool.clone(), place.clone(), jobs)
            }),
            finishes: batch::Batcher::start("finish", {
                let pool = pool.clone();
                let place = place.clone();
                move |finishes| finish_batch(pool.clone(), place.clone(), finishes)
            }),
            pool,
            target,
            work,
            events,
            stop,
            listener: Mutex::new(Some(listener)),
        })
    }

    /// Stops listening and closes every connection. Later calls fail with
    /// [`StoreError::Unavailable`]. Every call that returned had already committed.
    pub async fn close(&self) {
        let _ = self.stop.send(true);
        self.pool.close();
        let listener = self
            .listener
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(listener) = listener {
            let _ = listener.await;
        }
        tracing::info!(target = %self.target.describe(), "postgres job store closed");
    }

    async fn conn(&self, what: &str) -> Result<Object, StoreError> {
        self.pool.get().await.map_err(|e| {
            StoreError::Unavailable(format!(
                "postgres {what}: no connection to {}: {e}",
                self.target.describe()
            ))
        })
    }
}

/// The error of a batch, for each of its callers.
fn same_error(e: &StoreError) -> StoreError {
    match e {
        StoreError::Unavailable(m) => StoreError::Unavailable(m.clone()),
        StoreError::Corrupt(m) => StoreError::Corrupt(m.clone()),
        StoreError::Open(m) => StoreError::Open(m.clone()),
    }
}

/// A pooled connection for a batch, or the error every caller in it gets.
async fn batch_conn(pool: &Pool, place: &str, what: &str) -> Result<Object, StoreError> {
    pool.get().await.map_err(|e| {
        StoreError::Unavailable(format!("postgres {what}: no connection to {place}: {e}"))
    })
}

/// What the batch did with a new job.
enum Batched {
    Inserted(Inserted),
    /// Not inserted (its key is held): the job back, for [`ops::insert`].
    OneByOne(Box<NewJob>),
}

/// One statement for a batch of new jobs. Jobs with keys go in the order of their keys, so
/// two batches in flight at once take the key index's entries in one order and cannot each
/// wait for the other's.
async fn insert_batch(
    pool: Pool,
    place: String,
    mut jobs: Vec<NewJob>,
) -> Vec<Result<Batched, StoreError>> {
    let count = jobs.len();
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by(|&a, &b| {
        fn key(j: &NewJob) -> Option<(&str, &str)> {
            j.idempotency
                .as_ref()
                .map(|k| (j.principal.as_str(), k.key.as_str()))
        }
        key(&jobs[a]).cmp(&key(&jobs[b]))
    });
    let mut slots: Vec<Option<NewJob>> = jobs.drain(..).map(Some).collect();
    let sorted: Vec<NewJob> = order.iter().filter_map(|&i| slots[i].take()).collect();
    let answers = match batch_conn(&pool, &place, "insert").await {
        Ok(conn) => ops::insert_many(&conn, &sorted).await,
        Err(e) => Err(e),
    };
    let mut out: Vec<Result<Batched, StoreError>> = (0..count)
        .map(|_| {
            Err(StoreError::Unavailable(
                "postgres insert: not answered".into(),
            ))
        })
        .collect();
    match answers {
        Ok(answers) => {
            for ((answer, job), &i) in answers.into_iter().zip(sorted).zip(&order) {
                out[i] = Ok(match answer {
                    Some(inserted) => Batched::Inserted(inserted),
                    None => Batched::OneByOne(Box::new(job)),
                });
            }
        }
        Err(e) => out.iter_mut().for_each(|slot| *slot = Err(same_error(&e))),
    }
    out
}

/// One statement for a batch of outcomes, in the order of their ids (as for keys above).
async fn finish_batch(
    pool: Pool,
    place: String,
    finishes: Vec<ops::Finish>,
) -> Vec<Result<bool, StoreError>> {
    let count = finishes.len();
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by(|&a, &b| finishes[a].id.cmp(&finishes[b].id));
    let mut slots: Vec<Option<ops::Finish>> = finishes.into_iter().map(Some).collect();
    let sorted: Vec<ops::Finish> = order.iter().filter_map(|&i| slots[i].take()).collect();
    let answers = match batch_conn(&pool, &place, "finish").await {
        Ok(conn) => ops::finish_many(&conn, &sorted).await,
        Err(e) => Err(e),
    };
    let mut out: Vec<Result<bool, StoreError>> = (0..count)
        .map(|_| {
            Err(StoreError::Unavailable(
                "postgres finish: not answered".into(),
            ))
        })
        .collect();
    match answers {
        Ok(answers) => {
            for (answer, &i) in answers.into_iter().zip(&order) {
                out[i] = Ok(answer);
            }
        }
        Err(e) => out.iter_mut().for_each(|slot| *slot = Err(same_error(&e))),
    }
    out
}

impl Drop for PostgresStore {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        self.pool.close();
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn insert(&self, job: NewJob) -> Result<Inserted, StoreError> {
        // Concurrent submits share one statement and one commit; the answer comes after it.
        let bytes = job.payload.len();
        let inserted = match self.inserts.call(job, bytes).await? {
            Batched::Inserted(inserted) => inserted,
            // Its idempotency key is held (or the batch was refused): the careful way.
            Batched::OneByOne(job) => {
                let conn = self.conn("insert").await?;
                ops::insert(&conn, &job).await?
            }
        };
        if inserted == Inserted::Created {
            // This replica's own workers need not wait for the notification's round trip.
            listener::wake(&self.work);
        }
        Ok(inserted)
    }

    async fn get(&self, id: &JobId, now: DateTime<Utc>) -> Result<Option<JobRecord>, StoreError> {
        let conn = self.conn("get").await?;
        ops::get(&conn, id, now).await
    }

    async fn claim(&self, request: ClaimRequest<'_>) -> Result<Vec<ClaimedJob>, StoreError> {
        if request.limit == 0 {
            return Ok(Vec::new());
        }
        let conn = self.conn("claim").await?;
        ops::claim(&conn, &request).await
    }

    async fn heartbeat(
        &self,
        id: &JobId,
        token: &str,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let until = now
            .checked_add_signed(chrono::Duration::milliseconds(ops::duration_ms(lease)))
            .unwrap_or(now);
        let conn = self.conn("heartbeat").await?;
        ops::heartbeat(&conn, id.as_str(), token, until).await
    }

    async fn finish(
        &self,
        id: &JobId,
        token: &str,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let finish = ops::Finish {
            id: id.clone(),
            token: token.to_owned(),
            outcome,
            now,
        };
        let bytes = finish.outcome.body().len();
        let finished = self.finishes.call(finish, bytes).await?;
        if finished {
            // Waiters here need not wait for the notification's round trip either.
            self.events.job_final(id);
        }
        Ok(finished)
    }

    async fn reschedule(
        &self,
        id: &JobId,
        token: &str,
        run_after: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let conn = self.conn("reschedule").await?;
        ops::reschedule(&conn, id.as_str(), token, run_after).await
    }

    async fn cancel(
        &self,
        id: &JobId,
        principal: &str,
        kind: JobKind,
        now: DateTime<Utc>,
    ) -> Result<Cancelled, StoreError> {
        let conn = self.conn("cancel").await?;
        let cancelled = ops::cancel(&conn, id, principal, kind, now).await?;
        if matches!(cancelled, Cancelled::Cancelled(_)) {
            self.events.job_final(id);
            self.events.cancel_running(id);
        }
        Ok(cancelled)
    }

    async fn list(&self, filter: ListFilter<'_>) -> Result<Vec<JobRecord>, StoreError> {
        let conn = self.conn("list").await?;
        ops::list(&conn, &filter).await
    }

    fn events(&self) -> &Arc<JobEvents> {
        &self.events
    }

    async fn release(&self, id: &JobId, token: &str) -> Result<bool, StoreError> {
        let conn = self.conn("release").await?;
        let released = ops::release(&conn, id.as_str(), token).await?;
        if released {
            listener::wake(&self.work);
        }
        Ok(released)
    }

    async fn delete_expired(&self, now: DateTime<Utc>, limit: usize) -> Result<u64, StoreError> {
        if limit == 0 {
            return Ok(0);
        }
        let conn = self.conn("delete_expired").await?;
        ops::delete_expired(&conn, now, limit).await
    }

    async fn counts(&self) -> Result<StatusCounts, StoreError> {
        let conn = self.conn("counts").await?;
        ops::counts(&conn).await
    }

    async fn wait_for_work(&self, timeout: Duration) {
        // `notified()` registers at creation, so a wake-up between here and the await counts;
        // a permit left by an earlier one makes this return at once.
        let _ = tokio::time::timeout(timeout, self.work.notified()).await;
    }

    async fn claim_deliveries(
        &self,
        request: DeliveryClaimRequest,
    ) -> Result<DeliveryBatch, StoreError> {
        if request.limit == 0 {
            return Ok(DeliveryBatch::default());
        }
        let conn = self.conn("claim_deliveries").await?;
        deliveries::claim(&conn, &request).await
    }

    async fn finish_delivery(
        &self,
        job_id: &JobId,
        token: &str,
        update: DeliveryUpdate,
    ) -> Result<bool, StoreError> {
        let conn = self.conn("finish_delivery").await?;
        deliveries::finish(&conn, job_id.as_str(), token, &update).await
    }
}
