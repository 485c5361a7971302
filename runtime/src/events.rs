//! In-process wake-ups about jobs: callers waiting for a job's outcome, and the workers of this
//! process running jobs that may be cancelled.
//!
//! A store owns one [`JobEvents`] and feeds it: after it commits an outcome (finish, cancel,
//! failure) it calls [`JobEvents::job_final`], and after a cancel [`JobEvents::cancel_running`].
//! The PostgreSQL store also turns the notifications other replicas send into the same calls,
//! so a waiter or a running job is reached wherever the change was made. Nothing here touches
//! the database: a waiter costs a map entry and a channel, never a connection.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{oneshot, watch, Notify};

use crate::job::JobId;

/// The default of [`JobEvents::max_waiters`].
pub const DEFAULT_MAX_WAITERS: usize = 10_000;

/// See the module docs.
#[derive(Debug)]
pub struct JobEvents {
    /// Per waited-for job: the channel its outcome is announced on, and how many wait on it.
    waiters: Mutex<HashMap<JobId, (watch::Sender<u64>, usize)>>,
    waiting: AtomicUsize,
    max_waiters: AtomicUsize,
    /// Per job running in this process: its registration number and how to stop it.
    running: Mutex<HashMap<JobId, (u64, oneshot::Sender<()>)>>,
    registrations: AtomicU64,
    /// `true` once the process is shutting down; every waiter answers at once.
    closing: watch::Sender<bool>,
    /// Signalled at every outcome, for the webhook delivery worker: a permit is kept when it
    /// is busy, so an outcome recorded meanwhile still makes it look again.
    outcomes: Notify,
}

impl Default for JobEvents {
    fn default() -> Self {
        JobEvents {
            waiters: Mutex::new(HashMap::new()),
            waiting: AtomicUsize::new(0),
            max_waiters: AtomicUsize::new(DEFAULT_MAX_WAITERS),
            running: Mutex::new(HashMap::new()),
            registrations: AtomicU64::new(0),
            closing: watch::channel(false).0,
            outcomes: Notify::new(),
        }
    }
}

/// A registered waiter of one job; dropping it unregisters.
#[derive(Debug)]
pub struct Waiter {
    events: Arc<JobEvents>,
    id: JobId,
    outcome: watch::Receiver<u64>,
    closing: watch::Receiver<bool>,
}

/// Why [`Waiter::woken`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// Something happened to the job (or may have: see [`JobEvents::wake_all`]).
    Changed,
    /// The process is shutting down.
    Closing,
}

impl Waiter {
    /// Returns once the job's outcome is announced or shutdown begins. A change announced
    /// after [`JobEvents::subscribe`] and before this call is not missed.
    pub async fn woken(&mut self) -> Wake {
        if *self.closing.borrow() {
            return Wake::Closing;
        }
        tokio::select! {
            changed = self.outcome.changed() => match changed {
                Ok(()) => Wake::Changed,
                // Cannot happen while this waiter keeps the entry; treat it as a change.
                Err(_) => Wake::Changed,
            },
            _ = self.closing.wait_for(|closing| *closing) => Wake::Closing,
        }
    }
}

impl Drop for Waiter {
    fn drop(&mut self) {
        self.events.waiting.fetch_sub(1, Ordering::AcqRel);
        let mut waiters = self.events.lock_waiters();
        if let Some((_, count)) = waiters.get_mut(&self.id) {
            *count -= 1;
            if *count == 0 {
                waiters.remove(&self.id);
            }
        }
    }
}

/// A job registered as running here; dropping it unregisters.
#[derive(Debug)]
pub struct Running {
    events: Arc<JobEvents>,
    id: JobId,
    registration: u64,
    cancelled: Option<oneshot::Receiver<()>>,
}

impl Running {
    /// Returns once the job is cancelled (never, if it is not).
    pub async fn cancelled(&mut self) {
        match self.cancelled.as_mut() {
            Some(rx) => {
                if rx.await.is_err() {
                    // The sender went without a cancel (replaced): wait forever.
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let mut running = self
            .events
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // Only this registration's entry: a later claim of the same job may have replaced it.
        if running
            .get(&self.id)
            .is_some_and(|(n, _)| *n == self.registration)
        {
            running.remove(&self.id);
        }
    }
}

impl JobEvents {
    pub fn new() -> Arc<JobEvents> {
        Arc::new(JobEvents::default())
    }

    fn lock_waiters(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<JobId, (watch::Sender<u64>, usize)>> {
        self.waiters.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sets how many callers may wait at once.
    pub fn set_max_waiters(&self, max: usize) {
        self.max_waiters.store(max, Ordering::Release);
    }

    pub fn max_waiters(&self) -> usize {
        self.max_waiters.load(Ordering::Acquire)
    }

    /// Callers waiting now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Acquire)
    }

    /// Registers a waiter of `id`, to be done before reading the job so that no outcome falls
    /// between the read and the wait. `None` when [`JobEvents::max_waiters`] wait already, or
    /// the process is shutting down: the caller answers at once.
    pub fn subscribe(self: &Arc<Self>, id: &JobId) -> Option<Waiter> {
        if *self.closing.borrow() {
            return None;
        }
        let max = self.max_waiters();
        let taken = self
            .waiting
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < max).then_some(n + 1)
            });
        if taken.is_err() {
            return None;
        }
        let outcome = {
            let mut waiters = self.lock_waiters();
            let (tx, count) = waiters
                .entry(id.clone())
                .or_insert_with(|| (watch::channel(0).0, 0));
            *count += 1;
            tx.subscribe()
        };
        Some(Waiter {
            events: Arc::clone(self),
            id: id.clone(),
            outcome,
            closing: self.closing.subscribe(),
        })
    }

    /// The job reached a final state: wakes its waiters.
    pub fn job_final(&self, id: &JobId) {
        if let Some((tx, _)) = self.lock_waiters().get(id) {
            tx.send_modify(|n| *n = n.wrapping_add(1));
        }
        self.outcomes.notify_one();
    }

    /// Returns after the next outcome (at once if one was recorded since the last call).
    pub async fn outcome_recorded(&self) {
        self.outcomes.notified().await;
    }

    /// Wakes every waiter, which reads its job again: outcomes may have been missed (a lost
    /// connection to the database's notifications).
    pub fn wake_all(&self) {
        for (tx, _) in self.lock_waiters().values() {
            tx.send_modify(|n| *n = n.wrapping_add(1));
        }
        self.outcomes.notify_one();
    }

    /// Shutdown: every waiter answers now with the job as it is, and later waits answer at once.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Registers a job this process is about to run.
    pub fn register_running(self: &Arc<Self>, id: &JobId) -> Running {
        let (tx, rx) = oneshot::channel();
        let registration = self.registrations.fetch_add(1, Ordering::Relaxed);
        self.running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id.clone(), (registration, tx));
        Running {
            events: Arc::clone(self),
            id: id.clone(),
            registration,
            cancelled: Some(rx),
        }
    }

    /// The job was cancelled: if it runs here, stop it. `true` when it did run here.
    pub fn cancel_running(&self, id: &JobId) -> bool {
        let tx = self
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(id);
        match tx {
            Some((_, tx)) => tx.send(()).is_ok(),
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn an_outcome_between_subscribe_and_wait_is_not_missed() {
        let events = JobEvents::new();
        let id = JobId::new_random();
        let mut waiter = events.subscribe(&id).unwrap();
        events.job_final(&id);
        let woke = tokio::time::timeout(Duration::from_secs(5), waiter.woken()).await;
        assert_eq!(woke.unwrap(), Wake::Changed);
    }

    #[tokio::test]
    async fn waiters_are_bounded_and_counted() {
        let events = JobEvents::new();
        events.set_max_waiters(2);
        let id = JobId::new_random();
        let a = events.subscribe(&id).unwrap();
        let b = events.subscribe(&JobId::new_random()).unwrap();
        assert!(events.subscribe(&id).is_none());
        assert_eq!(events.waiting(), 2);
        drop(a);
        assert_eq!(events.waiting(), 1);
        assert!(events.subscribe(&id).is_some());
        drop(b);
        assert!(events.lock_waiters().is_empty());
    }

    #[tokio::test]
    async fn close_wakes_every_waiter_and_refuses_new_ones() {
        let events = JobEvents::new();
        let mut waiters: Vec<Waiter> = (0..50)
            .map(|_| events.subscribe(&JobId::new_random()).unwrap())
            .collect();
        events.close();
        for w in &mut waiters {
            let woke = tokio::time::timeout(Duration::from_secs(5), w.woken()).await;
            assert_eq!(woke.unwrap(), Wake::Closing);
        }
        assert!(events.subscribe(&JobId::new_random()).is_none());
    }

    #[tokio::test]
    async fn a_cancel_reaches_the_running_job_once() {
        let events = JobEvents::new();
        let id = JobId::new_random();
        let mut running = events.register_running(&id);
        assert!(events.cancel_running(&id));
        tokio::time::timeout(Duration::from_secs(5), running.cancelled())
            .await
            .unwrap();
        assert!(!events.cancel_running(&id));
        drop(running);
        assert!(events.running.lock().unwrap().is_empty());
    }
}
