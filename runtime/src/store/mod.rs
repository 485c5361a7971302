//! Durable job storage: the trait every backend implements.
//!
//! The contract the rest of the runtime relies on:
//! - [`Store::insert`] returns only once the job and its payload are committed durably; a `202`
//!   is sent after it returns.
//! - [`Store::claim`] hands each pending job (or a job whose lease lapsed) to exactly one worker,
//!   with a fresh lease token, oldest first, and no more of a provider's jobs than the room
//!   the worker has for that provider.
//! - [`Store::finish`], [`Store::heartbeat`] and [`Store::release`] act only while the caller's
//!   token is the job's current one, so a stale worker can never overwrite a newer outcome.
//! - Expired jobs (`expires_at <= now`) are invisible to [`Store::get`] even before the reaper
//!   deletes them.
//! - [`Store::cancel`] and [`Store::finish`] are both conditional on the job not being final, so
//!   when they race exactly one of them takes effect and the other sees the job final.
//! - After committing a final state a store tells its [`JobEvents`] (and, for PostgreSQL, every
//!   replica's, through `NOTIFY`), which wakes the job's waiters and stops a cancelled job where
//!   it runs.
//! - An insert with an idempotency key that a live job of the same principal holds creates
//!   nothing and returns that job, even when a hundred such inserts arrive at once.
//! - A job that names a webhook gets its delivery in the transaction that records its final
//!   state (a trigger in both schemas), and is kept past its expiry until that delivery is
//!   final, so the delivery can still read it; polls stop seeing it at expiry all the same.
//! - [`Store::claim_deliveries`] hands each due delivery (or one whose lease lapsed) to exactly
//!   one worker, and [`Store::finish_delivery`] acts only while the worker's token holds.

mod columns;
mod deliveries;
pub mod postgres;
pub mod sqlite;

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use std::sync::Arc;

use crate::events::JobEvents;
use crate::job::{ClaimedJob, JobId, JobRecord, JobStatus, NewJob, Outcome};
use crate::kind::JobKind;

pub use deliveries::{
    ClaimedDelivery, DeliveryBatch, DeliveryClaimRequest, DeliveryStatus, DeliveryUpdate,
    WebhookState,
};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store cannot be reached or refused the operation; the caller may retry later.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// The data read back is not what was written (a bug or a damaged database).
    #[error("store data is corrupt: {0}")]
    Corrupt(String),
    /// The store could not be opened or migrated at start.
    #[error("cannot open the store: {0}")]
    Open(String),
}

/// What a worker asks for when it wants work.
#[derive(Debug, Clone)]
pub struct ClaimRequest<'a> {
    /// Identifies the worker in the store, for operators.
    pub worker: &'a str,
    /// How long the claim holds without a heartbeat.
    pub lease: Duration,
    /// At most this many jobs.
    pub limit: usize,
    /// Providers whose concurrency limit is closer than `limit`, each with how many more of its
    /// jobs may start now (none at its limit): a claim takes no more of theirs, so a worker
    /// never holds jobs it cannot run while other providers' jobs wait. Providers not named
    /// are bound by `limit` alone.
    pub provider_room: &'a [ProviderRoom],
    pub now: DateTime<Utc>,
}

/// How many more jobs of one provider a claim may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRoom {
    pub provider: String,
    pub room: usize,
}

impl ProviderRoom {
    pub fn new(provider: impl Into<String>, room: usize) -> ProviderRoom {
        ProviderRoom {
            provider: provider.into(),
            room,
        }
    }
}

/// Jobs by status, for metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub pending: u64,
    pub processing: u64,
    pub completed: u64,
    pub failed: u64,
    pub cancelled: u64,
}

impl StatusCounts {
    pub fn get(&self, status: JobStatus) -> u64 {
        match status {
            JobStatus::Pending => self.pending,
            JobStatus::Processing => self.processing,
            JobStatus::Completed => self.completed,
            JobStatus::Failed => self.failed,
            JobStatus::Cancelled => self.cancelled,
        }
    }

    pub fn set(&mut self, status: JobStatus, n: u64) {
        match status {
            JobStatus::Pending => self.pending = n,
            JobStatus::Processing => self.processing = n,
            JobStatus::Completed => self.completed = n,
            JobStatus::Failed => self.failed = n,
            JobStatus::Cancelled => self.cancelled = n,
        }
    }
}

/// What [`Store::insert`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum Inserted {
    /// The job is stored.
    Created,
    /// Nothing was stored: a live job of the same principal holds the idempotency key. Its
    /// record as a poll reads it, and the hash of the request it was created from.
    Existing {
        record: Box<JobRecord>,
        request_hash: String,
    },
}

/// What [`Store::cancel`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum Cancelled {
    /// No such live job of that principal and kind.
    NotFound,
    /// The job was already final; nothing changed.
    AlreadyFinal(JobRecord),
    /// The job is now `cancelled`.
    Cancelled(JobRecord),
}

/// Which jobs [`Store::list`] returns: the principal's live jobs with an id below `before`,
/// newest (highest id) first, at most `limit`.
#[derive(Debug, Clone)]
pub struct ListFilter<'a> {
    pub principal: &'a str,
    pub before: Option<&'a JobId>,
    pub status: Option<JobStatus>,
    pub kind: Option<JobKind>,
    pub limit: usize,
    pub now: DateTime<Utc>,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Stores a new pending job; returns once it is durable. With an idempotency key held by a
    /// live job of the same principal created at or after the key's `not_before`, stores
    /// nothing and returns that job; an older or expired holder gives the key up to this job.
    async fn insert(&self, job: NewJob) -> Result<Inserted, StoreError>;

    /// The job, unless it does not exist or has expired at `now`.
    async fn get(&self, id: &JobId, now: DateTime<Utc>) -> Result<Option<JobRecord>, StoreError>;

    /// Claims up to `limit` jobs that are pending (and not waiting: `run_after` unset or not
    /// after `now`), or processing with a lease that lapsed before `now`; each gets a new lease
    /// token, `attempts + 1`, status `processing`.
    async fn claim(&self, request: ClaimRequest<'_>) -> Result<Vec<ClaimedJob>, StoreError>;

    /// Extends a lease; `false` when the token is no longer the job's (the job was reclaimed).
    async fn heartbeat(
        &self,
        id: &JobId,
        token: &str,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Records the outcome if `token` still holds the lease: status becomes terminal,
    /// `completed_at = now`, `expires_at = now + ttl`, the payload is dropped. `false` (and no
    /// change) otherwise.
    async fn finish(
        &self,
        id: &JobId,
        token: &str,
        outcome: Outcome,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Puts a claimed job back in the queue (at shutdown), if `token` still holds it.
    async fn release(&self, id: &JobId, token: &str) -> Result<bool, StoreError>;

    /// Puts a claimed job back in the queue to be claimed again no sooner than `run_after`
    /// (after a retryable failure), if `token` still holds it. Its attempts are kept.
    async fn reschedule(
        &self,
        id: &JobId,
        token: &str,
        run_after: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Cancels the live job `id` if it belongs to `principal` and `kind` and is not final:
    /// status `cancelled`, `completed_at = now`, `expires_at = now + ttl`, the payload and the
    /// lease dropped (so a worker's late outcome is refused). Wakes its waiters and stops it
    /// where it runs.
    async fn cancel(
        &self,
        id: &JobId,
        principal: &str,
        kind: JobKind,
        now: DateTime<Utc>,
    ) -> Result<Cancelled, StoreError>;

    /// A page of a principal's live jobs (see [`ListFilter`]), without outcomes.
    async fn list(&self, filter: ListFilter<'_>) -> Result<Vec<JobRecord>, StoreError>;

    /// The wake-ups this store sends about jobs reaching a final state or being cancelled.
    fn events(&self) -> &Arc<JobEvents>;

    /// Deletes up to `limit` jobs whose `expires_at <= now`; returns how many.
    async fn delete_expired(&self, now: DateTime<Utc>, limit: usize) -> Result<u64, StoreError>;

    /// Jobs by status (expired ones not yet deleted may be counted).
    async fn counts(&self) -> Result<StatusCounts, StoreError>;

    /// Waits until new work may be available or `timeout` passes, whichever is first. Backends
    /// that can be told about new jobs (an in-process signal, `LISTEN`) return early.
    async fn wait_for_work(&self, timeout: Duration);

    /// Claims up to `limit` webhook deliveries that are due (`pending` with `next_attempt_at`
    /// not after `now`) or whose lease lapsed; each gets a new lease token and `attempts + 1`.
    async fn claim_deliveries(
        &self,
        request: DeliveryClaimRequest,
    ) -> Result<DeliveryBatch, StoreError>;

    /// Records how an attempt ended, if `token` still holds the delivery's lease; `false` (and
    /// no change) otherwise.
    async fn finish_delivery(
        &self,
        job_id: &JobId,
        token: &str,
        update: DeliveryUpdate,
    ) -> Result<bool, StoreError>;
}
