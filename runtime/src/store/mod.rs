//! Durable job storage: the trait every backend implements.
//!
//! The contract the rest of the runtime relies on:
//! - [`Store::insert`] returns only once the job and its payload are committed durably; a `202`
//!   is sent after it returns.
//! - [`Store::claim`] hands each pending job (or a job whose lease lapsed) to exactly one worker,
//!   with a fresh lease token, oldest first.
//! - [`Store::finish`], [`Store::heartbeat`] and [`Store::release`] act only while the caller's
//!   token is the job's current one, so a stale worker can never overwrite a newer outcome.
//! - Expired jobs (`expires_at <= now`) are invisible to [`Store::get`] even before the reaper
//!   deletes them.

mod columns;
pub mod postgres;
pub mod sqlite;

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::job::{ClaimedJob, JobId, JobRecord, JobStatus, NewJob, Outcome};

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
    /// Providers that are at their concurrency limit: their jobs stay queued.
    pub skip_providers: &'a [String],
    pub now: DateTime<Utc>,
}

/// Jobs by status, for metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub pending: u64,
    pub processing: u64,
    pub completed: u64,
    pub failed: u64,
}

impl StatusCounts {
    pub fn get(&self, status: JobStatus) -> u64 {
        match status {
            JobStatus::Pending => self.pending,
            JobStatus::Processing => self.processing,
            JobStatus::Completed => self.completed,
            JobStatus::Failed => self.failed,
        }
    }
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Stores a new pending job; returns once it is durable.
    async fn insert(&self, job: NewJob) -> Result<(), StoreError>;

    /// The job, unless it does not exist or has expired at `now`.
    async fn get(&self, id: &JobId, now: DateTime<Utc>) -> Result<Option<JobRecord>, StoreError>;

    /// Claims up to `limit` jobs that are pending, or processing with a lease that lapsed before
    /// `now`; each gets a new lease token, `attempts + 1`, status `processing`.
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

    /// Deletes up to `limit` jobs whose `expires_at <= now`; returns how many.
    async fn delete_expired(&self, now: DateTime<Utc>, limit: usize) -> Result<u64, StoreError>;

    /// Jobs by status (expired ones not yet deleted may be counted).
    async fn counts(&self) -> Result<StatusCounts, StoreError>;

    /// Waits until new work may be available or `timeout` passes, whichever is first. Backends
    /// that can be told about new jobs (an in-process signal, `LISTEN`) return early.
    async fn wait_for_work(&self, timeout: Duration);
}
