//! The delivery worker: claims due deliveries from the outbox, sends each (at most
//! `concurrency` at once), and records how every attempt ended. A delivery is held under a
//! lease longer than an attempt can take, so when this process dies mid-attempt the delivery
//! is sent again, with the same `webhook-id`, by whichever process claims it next.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;

use super::endpoints::Endpoints;
use super::payload;
use super::schedule::Schedule;
use super::send::{self, Attempt};
use crate::backoff::Backoff;
use crate::metrics::Metrics;
use crate::service::JobView;
use crate::store::{ClaimedDelivery, DeliveryClaimRequest, DeliveryUpdate, Store};

/// How deliveries are made.
#[derive(Debug, Clone)]
pub struct DeliverySettings {
    pub concurrency: usize,
    pub idle_poll: Duration,
    pub max_inline_bytes: usize,
    pub schedule: Schedule,
}

impl DeliverySettings {
    pub fn from_config(config: &super::DeliveryConfig) -> DeliverySettings {
        DeliverySettings {
            concurrency: config.concurrency.max(1),
            idle_poll: Duration::try_from_secs_f64(config.idle_poll_secs)
                .unwrap_or(Duration::from_secs(1)),
            max_inline_bytes: config.max_inline_bytes,
            schedule: Schedule::from_secs(&config.retry_schedule_secs),
        }
    }
}

/// The running delivery worker; [`Deliveries::shutdown`] stops it.
#[derive(Debug)]
pub struct Deliveries {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Deliveries {
    pub fn start(
        store: Arc<dyn Store>,
        endpoints: Arc<Endpoints>,
        metrics: Arc<Metrics>,
        settings: DeliverySettings,
    ) -> Deliveries {
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(run(store, endpoints, metrics, settings, stopped));
        Deliveries { stop, task }
    }

    /// Stops claiming and waits for the attempts under way (each bounded by its endpoint's
    /// timeout); a delivery not finished stays leased and is sent again after a restart.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        if let Err(e) = self.task.await {
            tracing::error!(error = %e, "the webhook delivery worker failed");
        }
    }
}

/// The lease of a claimed delivery: twice the longest attempt plus a margin, so that a slow
/// attempt still finishes well inside it.
fn lease(endpoints: &Endpoints) -> Duration {
    endpoints.longest_timeout() * 2 + Duration::from_secs(5)
}

async fn run(
    store: Arc<dyn Store>,
    endpoints: Arc<Endpoints>,
    metrics: Arc<Metrics>,
    settings: DeliverySettings,
    mut stopped: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(settings.concurrency));
    let mut sending = JoinSet::new();
    const BACKOFF: Backoff = Backoff::new(Duration::from_millis(100), Duration::from_secs(10));
    let mut failures = 0u32;
    let lease = lease(&endpoints);
    let settings = Arc::new(settings);
    while !*stopped.borrow() {
        while sending.try_join_next().is_some() {}
        let free = tokio::select! {
            permit = slots.clone().acquire_owned() => match permit {
                Ok(p) => { drop(p); slots.available_permits() }
                Err(_) => break,
            },
            _ = stopped.changed() => break,
        };
        let now = Utc::now();
        let batch = store
            .claim_deliveries(DeliveryClaimRequest {
                lease,
                limit: free,
                now,
            })
            .await;
        let batch = match batch {
            Ok(batch) => {
                failures = 0;
                batch
            }
            Err(e) => {
                failures = failures.saturating_add(1);
                let pause = BACKOFF.jittered(failures);
                tracing::warn!(error = %e, retry_in_ms = pause.as_millis() as u64,
                    "cannot claim webhook deliveries");
                tokio::select! {
                    () = tokio::time::sleep(pause) => {}
                    _ = stopped.changed() => {}
                }
                continue;
            }
        };
        if batch.claimed.is_empty() {
            let idle = settings.idle_poll;
            let until_due = batch
                .next_due
                .map(|at| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                .unwrap_or(idle)
                .min(idle);
            tokio::select! {
                () = tokio::time::sleep(until_due) => {}
                () = store.events().outcome_recorded() => {}
                _ = stopped.changed() => {}
            }
            continue;
        }
        for delivery in batch.claimed {
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                // Cannot happen: no more was claimed than there were free slots. Should it,
                // the lease lapses and the delivery is claimed again.
                tracing::error!(job_id = %delivery.job_id, "claimed a delivery without a free slot");
                continue;
            };
            let store = store.clone();
            let endpoints = endpoints.clone();
            let metrics = metrics.clone();
            let settings = settings.clone();
            sending.spawn(async move {
                deliver(&*store, &endpoints, &metrics, &settings, delivery).await;
                drop(permit);
            });
        }
    }
    while sending.join_next().await.is_some() {}
}

/// Makes one attempt of `delivery` and records it.
async fn deliver(
    store: &dyn Store,
    endpoints: &Endpoints,
    metrics: &Metrics,
    settings: &DeliverySettings,
    delivery: ClaimedDelivery,
) {
    let update = attempt(store, endpoints, metrics, settings, &delivery).await;
    let status = update.status();
    let latency = update
        .delivered_at()
        .and_then(|at| (at - delivery.created_at).to_std().ok());
    match store
        .finish_delivery(&delivery.job_id, &delivery.lease_token, update.clone())
        .await
    {
        Ok(true) => {
            if status.is_final() {
                metrics.webhook_finished(&delivery.endpoint, status.as_str(), latency);
            }
            log(&delivery, &update);
        }
        Ok(false) => tracing::warn!(job_id = %delivery.job_id, endpoint = %delivery.endpoint,
            "a webhook delivery's lease lapsed during its attempt; another worker sends it again"),
        Err(e) => tracing::error!(job_id = %delivery.job_id, endpoint = %delivery.endpoint,
            error = %e, "cannot record a webhook attempt; it is sent again when its lease lapses"),
    }
}

fn log(delivery: &ClaimedDelivery, update: &DeliveryUpdate) {
    let (job_id, endpoint, attempt) = (&delivery.job_id, &delivery.endpoint, delivery.attempts);
    let code = update.status_code();
    match update {
        DeliveryUpdate::Delivered { .. } => {
            tracing::info!(%job_id, %endpoint, attempt, status_code = code, event = %delivery.event,
                "webhook delivered");
        }
        DeliveryUpdate::Retry {
            error,
            next_attempt_at,
            ..
        } => {
            tracing::warn!(%job_id, %endpoint, attempt, status_code = code, %error,
                next_attempt_at = %next_attempt_at, "webhook attempt failed; it will be retried");
        }
        DeliveryUpdate::Failed { error, .. } => {
            tracing::error!(%job_id, %endpoint, attempt, status_code = code, %error,
                "webhook delivery failed for good");
        }
        DeliveryUpdate::Skipped { reason } => {
            tracing::info!(%job_id, %endpoint, %reason, "webhook delivery skipped");
        }
    }
}

async fn attempt(
    store: &dyn Store,
    endpoints: &Endpoints,
    metrics: &Metrics,
    settings: &DeliverySettings,
    delivery: &ClaimedDelivery,
) -> DeliveryUpdate {
    let Some(endpoint) = endpoints.get(&delivery.endpoint) else {
        return DeliveryUpdate::Skipped {
            reason: format!(
                "no webhook endpoint named `{}` is configured any more",
                delivery.endpoint
            ),
        };
    };
    if !endpoint.wants(&delivery.event) {
        return DeliveryUpdate::Skipped {
            reason: format!("the endpoint does not subscribe to {}", delivery.event),
        };
    }
    // The job is read whatever its expiry: the reaper keeps it until its delivery is final.
    let job = match store.get(&delivery.job_id, DateTime::UNIX_EPOCH).await {
        Ok(Some(record)) => JobView::from_record(record, Utc::now()),
        Ok(None) => {
            return DeliveryUpdate::Failed {
                status_code: None,
                error: "the job is no longer stored".into(),
            }
        }
        Err(e) => {
            return retry_or_give_up(
                settings,
                delivery,
                None,
                format!("cannot read the job: {e}"),
                None,
            )
        }
    };
    let body = payload::build(
        &delivery.event,
        delivery.created_at,
        &job,
        settings.max_inline_bytes,
    );
    let outcome = send::send(endpoint, &delivery.message_id, body, Utc::now()).await;
    metrics.webhook_attempt(&delivery.endpoint, &outcome.metric_label());
    match outcome {
        Attempt::Delivered { status_code } => DeliveryUpdate::Delivered {
            status_code,
            at: Utc::now(),
        },
        Attempt::Stopped { status_code, error } => DeliveryUpdate::Failed { status_code, error },
        Attempt::Failed {
            status_code,
            error,
            retry_after,
        } => retry_or_give_up(settings, delivery, status_code, error, retry_after),
    }
}

fn retry_or_give_up(
    settings: &DeliverySettings,
    delivery: &ClaimedDelivery,
    status_code: Option<u16>,
    error: String,
    retry_after: Option<Duration>,
) -> DeliveryUpdate {
    match settings
        .schedule
        .next(delivery.attempts, Utc::now(), retry_after)
    {
        Some(next_attempt_at) => DeliveryUpdate::Retry {
            status_code,
            error,
            next_attempt_at,
        },
        None => DeliveryUpdate::Failed {
            status_code,
            error: format!(
                "gave up after {} attempts; the last: {error}",
                delivery.attempts
            ),
        },
    }
}
