//! The `LISTEN` connection: turns notifications from any replica into wake-ups of this process's
//! idle workers, of the callers waiting for a job's outcome, and of the worker running a job
//! that was cancelled; and comes back on its own after the connection drops.

use std::future::poll_fn;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{oneshot, watch, Notify};
use tokio_postgres::{AsyncMessage, NoTls};

use crate::backoff::Backoff;
use crate::events::JobEvents;
use crate::job::JobId;

/// Subscribes to the channels the migrations' triggers notify: new work, a job's final state
/// (payload: its id), a running job's cancel (payload: its id).
const LISTEN: &str = "LISTEN gateway_jobs; LISTEN gateway_job_final; LISTEN gateway_job_cancel";
const FINAL: &str = "gateway_job_final";
const CANCEL: &str = "gateway_job_cancel";

const RECONNECT: Backoff = Backoff::new(Duration::from_millis(100), Duration::from_secs(5));

/// Wakes every worker waiting now, and leaves one permit for a worker that is between its last
/// claim and its next wait, so it does not sleep through the new work.
pub(super) fn wake(work: &Notify) {
    work.notify_waiters();
    work.notify_one();
}

/// Runs until `stop` says so: listens, and after a lost connection reconnects with backoff.
/// After a reconnect it wakes the workers once, since notifications sent while it was away are
/// lost and there may be work nobody was told about. `ready` hears once the first `LISTEN`
/// is in place.
pub(super) async fn run(
    config: tokio_postgres::Config,
    target: String,
    work: Arc<Notify>,
    events: Arc<JobEvents>,
    mut stop: watch::Receiver<bool>,
    ready: oneshot::Sender<()>,
) {
    let mut ready = Some(ready);
    // Failed connections in a row; a session that got as far as LISTEN resets it.
    let mut failures = 0u32;
    let mut connected_before = false;
    loop {
        let session = listen(
            &config,
            &work,
            &events,
            connected_before,
            &mut failures,
            &mut ready,
        );
        tokio::select! {
            ended = session => {
                match ended {
                    Ok(()) => tracing::warn!(%target, "the LISTEN connection closed; reconnecting"),
                    Err(e) => tracing::warn!(%target, error = %e, "the LISTEN connection failed; reconnecting"),
                }
            }
            _ = stop.changed() => return,
        }
        connected_before = true;
        failures = failures.saturating_add(1);
        tokio::select! {
            () = tokio::time::sleep(RECONNECT.ceiling(failures)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// One connection's life: connect, LISTEN, then relay notifications until it ends.
async fn listen(
    config: &tokio_postgres::Config,
    work: &Notify,
    events: &JobEvents,
    reconnected: bool,
    failures: &mut u32,
    ready: &mut Option<oneshot::Sender<()>>,
) -> Result<(), tokio_postgres::Error> {
    let (client, mut connection) = config.connect(NoTls).await?;
    let subscribe = client.batch_execute(LISTEN);
    tokio::pin!(subscribe);
    let mut subscribed = false;
    loop {
        tokio::select! {
            done = &mut subscribe, if !subscribed => {
                done?;
                subscribed = true;
                *failures = 0;
                if let Some(ready) = ready.take() {
                    let _ = ready.send(());
                }
                if reconnected {
                    tracing::info!("listening for new jobs again");
                    wake(work);
                    // Outcomes announced while away were missed: let every waiter look again.
                    events.wake_all();
                }
            }
            message = poll_fn(|cx| connection.poll_message(cx)) => match message {
                Some(Ok(AsyncMessage::Notification(n))) => match n.channel() {
                    FINAL => {
                        if let Some(id) = JobId::parse(n.payload()) {
                            events.job_final(&id);
                        }
                    }
                    CANCEL => {
                        if let Some(id) = JobId::parse(n.payload()) {
                            events.cancel_running(&id);
                        }
                    }
                    _ => wake(work),
                },
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Ok(()),
            },
        }
    }
}
