//! Workers: claim jobs from the store, run them, record the outcome; and the reaper that deletes
//! expired results.
//!
//! Memory stays bounded whatever the backlog: only claimed jobs are in memory, and at most
//! `concurrency` are claimed at once, none of them beyond its provider's limit (so every
//! claimed job runs at once, and a provider at its limit does not hold slots that others' jobs
//! could use). A job is held under a lease that a heartbeat extends; if
//! this process dies the lease lapses and any worker (here after a restart, or another replica)
//! claims it again. A worker that loses its lease stops and writes nothing, since the store
//! refuses its stale token anyway.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::{watch, Mutex, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

use crate::events::Running as Registered;
use crate::executor::{Execution, Executor};
use crate::job::{ClaimedJob, JobId, JobStatus, Outcome};
use crate::metrics::Metrics;
use crate::store::{ClaimRequest, ProviderRoom, Store};

#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Jobs run at once, over all providers.
    pub concurrency: usize,
    /// How long a claim holds without a heartbeat.
    pub lease: Duration,
    /// A job claimed more often than this (its workers keep dying, or its provider keeps
    /// failing) fails instead of looping.
    pub max_attempts: u32,
    /// How often expired results are deleted.
    pub reap_interval: Duration,
    /// At shutdown, how long running jobs may take to finish before they go back to the queue.
    pub shutdown_grace: Duration,
    /// How long an idle worker waits before looking again when nothing wakes it.
    pub idle_poll: Duration,
}

/// Running workers and reaper; [`Workers::shutdown`] stops them.
#[derive(Debug)]
pub struct Workers {
    stop: watch::Sender<bool>,
    tasks: JoinSet<()>,
}

/// Jobs this process runs now, with their lease tokens, so they can be released at shutdown.
type Running = Arc<Mutex<HashMap<JobId, String>>>;

impl Workers {
    pub fn start(
        store: Arc<dyn Store>,
        executor: Arc<Executor>,
        metrics: Arc<Metrics>,
        settings: WorkerSettings,
    ) -> Workers {
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        tasks.spawn(claim_loop(
            store.clone(),
            executor,
            metrics,
            settings.clone(),
            stopped.clone(),
        ));
        tasks.spawn(reap_loop(store, settings.reap_interval, stopped));
        Workers { stop, tasks }
    }

    /// Stops claiming, lets running jobs finish within the grace period, puts the rest back in
    /// the queue, and returns when all is done.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        while self.tasks.join_next().await.is_some() {}
    }
}

async fn claim_loop(
    store: Arc<dyn Store>,
    executor: Arc<Executor>,
    metrics: Arc<Metrics>,
    settings: WorkerSettings,
    mut stopped: watch::Receiver<bool>,
) {
    let worker_id = format!("worker-{}", uuid::Uuid::new_v4());
    let slots = Arc::new(Semaphore::new(settings.concurrency.max(1)));
    let provider_slots: HashMap<String, Arc<Semaphore>> = executor
        .provider_limits()
        .into_iter()
        .map(|(name, limit)| (name, Arc::new(Semaphore::new(limit.max(1)))))
        .collect();
    let running: Running = Arc::new(Mutex::new(HashMap::new()));
    let mut jobs = JoinSet::new();

    while !*stopped.borrow() {
        // Wait for a free slot, so no more is claimed than can run.
        let free = tokio::select! {
            permit = slots.clone().acquire_owned() => match permit {
                Ok(p) => { drop(p); slots.available_permits() }
                Err(_) => break,
            },
            _ = stopped.changed() => break,
        };
        while jobs.try_join_next().is_some() {}
        // A provider at or near its limit gets no more jobs than it can start now: a job
        // claimed only to wait for its provider would hold a slot (and its payload) that
        // another provider's job could use.
        let provider_room: Vec<ProviderRoom> = provider_slots
            .iter()
            .map(|(name, s)| (name, s.available_permits()))
            .filter(|&(_, room)| room < free)
            .map(|(name, room)| ProviderRoom::new(name.clone(), room))
            .collect();
        let claimed = store
            .claim(ClaimRequest {
                worker: &worker_id,
                lease: settings.lease,
                limit: free,
                provider_room: &provider_room,
                now: Utc::now(),
            })
            .await;
        let claimed = match claimed {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("claiming jobs failed, retrying: {e}");
                tokio::select! {
                    _ = tokio::time::sleep(settings.idle_poll) => {}
                    _ = stopped.changed() => {}
                }
                continue;
            }
        };
        if claimed.is_empty() {
            tokio::select! {
                _ = store.wait_for_work(settings.idle_poll) => {}
                _ = stopped.changed() => {}
            }
            continue;
        }
        for job in claimed {
            // Both permits are free: claims stay within the free slots and each provider's
            // room. Were one not, the job goes back to the queue rather than wait here.
            let slot = slots.clone().try_acquire_owned().ok();
            let provider_permit = match provider_slots.get(&job.provider) {
                Some(s) => s.clone().try_acquire_owned().ok().map(Some),
                None => Some(None),
            };
            let (Some(slot), Some(provider_permit)) = (slot, provider_permit) else {
                tracing::error!(job_id = %job.id, provider = %job.provider, "claimed a job with no free slot; returning it to the queue");
                if let Err(e) = store.release(&job.id, &job.lease_token).await {
                    tracing::warn!(job_id = %job.id, "could not return the job to the queue ({e}); its lease will lapse");
                }
                continue;
            };
            // At once, so a cancel arriving from now on reaches the job.
            let registered = store.events().register_running(&job.id);
            running
                .lock()
                .await
                .insert(job.id.clone(), job.lease_token.clone());
            jobs.spawn(run_job(
                store.clone(),
                executor.clone(),
                metrics.clone(),
                settings.clone(),
                job,
                Permits {
                    _slot: slot,
                    _provider: provider_permit,
                },
                running.clone(),
                registered,
            ));
        }
    }

    // Shutdown: give running jobs their grace period, then hand the rest back to the queue.
    let drained = tokio::time::timeout(settings.shutdown_grace, async {
        while jobs.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        jobs.abort_all();
        while jobs.join_next().await.is_some() {}
        let left: Vec<(JobId, String)> = running.lock().await.drain().collect();
        for (id, token) in left {
            match store.release(&id, &token).await {
                Ok(_) => tracing::info!(job_id = %id, "job returned to the queue at shutdown"),
                Err(e) => {
                    tracing::warn!(job_id = %id, "could not return the job to the queue ({e}); its lease will lapse")
                }
            }
        }
    }
}

/// How a run of a job ended, for the worker.
enum Ran {
    Finished(Outcome),
    /// Back to the queue until `after` has passed.
    Retry {
        after: Duration,
    },
    LeaseLost,
    Cancelled,
}

/// What a running job holds until it ends: its slot among the worker's, and one of its
/// provider's when the provider has a limit.
struct Permits {
    _slot: OwnedSemaphorePermit,
    _provider: Option<OwnedSemaphorePermit>,
}

#[allow(clippy::too_many_arguments)]
async fn run_job(
    store: Arc<dyn Store>,
    executor: Arc<Executor>,
    metrics: Arc<Metrics>,
    settings: WorkerSettings,
    job: ClaimedJob,
    _permits: Permits,
    running: Running,
    mut registered: Registered,
) {
    let id = job.id.clone();
    let token = job.lease_token.clone();
    let ran = if job.attempts > settings.max_attempts {
        Ran::Finished(interrupted(&job))
    } else {
        let work = async {
            // Debug, not info: "job accepted" and "job finished" already frame every job at
            // info, and a third line per job was a measurable share of the bench's CPU.
            tracing::debug!(job_id = %id, kind = %job.kind, provider = %job.provider, attempt = job.attempts, "running job");
            executor.execute(&job).await
        };
        // Losing the race drops `work`, and with it the upstream request and its connection.
        tokio::select! {
            execution = work => match execution {
                Execution::Finished(outcome) => Ran::Finished(outcome),
                Execution::RetryLater { failure, .. } if job.attempts >= settings.max_attempts => {
                    Ran::Finished(failure)
                }
                Execution::RetryLater { after, .. } => Ran::Retry { after },
            },
            () = keep_lease(store.as_ref(), &id, &token, settings.lease) => Ran::LeaseLost,
            () = registered.cancelled() => Ran::Cancelled,
        }
    };
    match ran {
        Ran::Finished(outcome) => {
            let status = outcome.status();
            match store.finish(&id, &token, outcome, Utc::now()).await {
                Ok(true) => {
                    metrics.job_finished(job.kind, status);
                    tracing::info!(job_id = %id, %status, "job finished");
                }
                Ok(false) => {
                    tracing::warn!(job_id = %id, "job was cancelled or reclaimed by another worker; outcome dropped")
                }
                Err(e) => {
                    tracing::warn!(job_id = %id, "could not record the outcome ({e}); the job will run again")
                }
            }
        }
        Ran::Retry { after } => {
            let at = chrono::Duration::from_std(after)
                .ok()
                .and_then(|d| Utc::now().checked_add_signed(d))
                .unwrap_or_else(Utc::now);
            match store.reschedule(&id, &token, at).await {
                Ok(true) => {
                    tracing::info!(job_id = %id, attempt = job.attempts, next_attempt_at = %at, "job back in the queue until its retry")
                }
                Ok(false) => {
                    tracing::warn!(job_id = %id, "job was cancelled or reclaimed by another worker; retry dropped")
                }
                Err(e) => {
                    tracing::warn!(job_id = %id, "could not put the job back ({e}); its lease will lapse and it runs again")
                }
            }
        }
        Ran::LeaseLost => tracing::warn!(job_id = %id, "lease lost; stopped running the job"),
        Ran::Cancelled => {
            tracing::info!(job_id = %id, status = %JobStatus::Cancelled, "job cancelled while running; upstream request aborted")
        }
    }
    running.lock().await.remove(&id);
}

/// Extends the lease every third of its length; returns only when the lease is lost.
async fn keep_lease(store: &dyn Store, id: &JobId, token: &str, lease: Duration) {
    let mut tick = tokio::time::interval(lease / 3);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tick.tick().await;
        match store.heartbeat(id, token, lease, Utc::now()).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => tracing::warn!(job_id = %id, "heartbeat failed ({e}); retrying"),
        }
    }
}

fn interrupted(job: &ClaimedJob) -> Outcome {
    use crate::bifrost_error::{code, BifrostError, ErrorField, ErrorType};
    let field = ErrorField::gateway(
        ErrorType::Server,
        code::JOB_INTERRUPTED,
        format!(
            "the job was interrupted {} times while running and was given up",
            job.attempts - 1
        ),
    );
    Outcome::Failed {
        status_code: 500,
        error: BifrostError::gateway(500, field).to_bytes(),
    }
}

async fn reap_loop(store: Arc<dyn Store>, every: Duration, mut stopped: watch::Receiver<bool>) {
    const BATCH: usize = 1000;
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stopped.changed() => return,
        }
        loop {
            match store.delete_expired(Utc::now(), BATCH).await {
                Ok(n) if n as usize == BATCH => continue,
                Ok(n) => {
                    if n > 0 {
                        tracing::info!(deleted = n, "expired job results deleted");
                    }
                    break;
                }
                Err(e) => {
                    tracing::warn!("deleting expired jobs failed: {e}");
                    break;
                }
            }
        }
    }
}
