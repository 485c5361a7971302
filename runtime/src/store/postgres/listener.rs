//! The `LISTEN gateway_jobs` connection: turns notifications from any replica into wake-ups of
//! this process's idle workers, and comes back on its own after the connection drops.

use std::future::poll_fn;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{oneshot, watch, Notify};
use tokio_postgres::{AsyncMessage, NoTls};

/// Subscribes to the channel the migration's trigger notifies.
const LISTEN: &str = "LISTEN gateway_jobs";

const FIRST_RETRY: Duration = Duration::from_millis(100);
const LAST_RETRY: Duration = Duration::from_secs(5);

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
    mut stop: watch::Receiver<bool>,
    ready: oneshot::Sender<()>,
) {
    let mut ready = Some(ready);
    let mut retry = FIRST_RETRY;
    let mut connected_before = false;
    loop {
        let session = listen(&config, &work, connected_before, &mut retry, &mut ready);
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
        tokio::select! {
            () = tokio::time::sleep(retry) => {}
            _ = stop.changed() => return,
        }
        retry = (retry * 2).min(LAST_RETRY);
    }
}

/// One connection's life: connect, LISTEN, then relay notifications until it ends.
async fn listen(
    config: &tokio_postgres::Config,
    work: &Notify,
    reconnected: bool,
    retry: &mut Duration,
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
                *retry = FIRST_RETRY;
                if let Some(ready) = ready.take() {
                    let _ = ready.send(());
                }
                if reconnected {
                    tracing::info!("listening for new jobs again");
                    wake(work);
                }
            }
            message = poll_fn(|cx| connection.poll_message(cx)) => match message {
                Some(Ok(AsyncMessage::Notification(_))) => wake(work),
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Ok(()),
            },
        }
    }
}
