//! Assembling a running gateway from its configuration: store, executor, auth, workers, and the
//! operational endpoints (`/health`, `/metrics`, `/openapi.json`). The generated router adds the
//! API operations on top.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::auth::Authenticator;
use crate::config::Config;
use crate::executor::{Executor, ExecutorConfig};
use crate::metrics::Metrics;
use crate::service::{JobService, Lifecycle, Limits, TtlRules};
use crate::store::postgres::PostgresStore;
use crate::store::sqlite::SqliteStore;
use crate::store::Store;
use crate::webhooks::{Deliveries, DeliverySettings, Endpoints};
use crate::workers::{WorkerSettings, Workers};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(
        "refusing to serve on {0} without credentials: anyone who can reach it could submit jobs. \
         Configure [[principals]], listen on a loopback address, or set allow_open_non_loopback = true"
    )]
    OpenOnNetwork(std::net::SocketAddr),
}

/// A started gateway: the service the handlers call, the workers running jobs, and the
/// webhook delivery worker when endpoints are configured.
#[derive(Debug)]
pub struct Gateway {
    service: Arc<JobService>,
    workers: Workers,
    deliveries: Option<Deliveries>,
}

/// Opens the store a URL names.
pub async fn open_store(url: &str) -> Result<Arc<dyn Store>, StartError> {
    if url.starts_with("sqlite:") {
        let path = crate::store::sqlite::path_from_url(url)?;
        let store = SqliteStore::open(&path).await?;
        return Ok(Arc::new(store));
    }
    if crate::store::postgres::is_postgres_url(url) {
        let store = PostgresStore::open_url(url).await?;
        return Ok(Arc::new(store));
    }
    // The URL may hold a password: show only its scheme.
    let scheme = url.split_once("://").map_or("(none)", |(s, _)| s);
    Err(StartError::Config(format!(
        "unsupported store URL scheme `{scheme}`: use sqlite://<path> or \
         postgres://user@host:port/database"
    )))
}

impl Gateway {
    /// Checks the configuration, opens the store and starts the workers.
    pub async fn start(config: &Config) -> Result<Gateway, StartError> {
        config
            .check()
            .map_err(|e| StartError::Config(e.to_string()))?;
        let auth = Authenticator::new(&config.principals)
            .map_err(|e| StartError::Config(format!("principals: {e}")))?;
        if auth.is_open() {
            if !config.listen.ip().is_loopback() && !config.allow_open_non_loopback {
                return Err(StartError::OpenOnNetwork(config.listen));
            }
            tracing::warn!(
                "no principals configured: the gateway is open to anyone who can reach {}",
                config.listen
            );
        }
        let metrics = Arc::new(Metrics::new());
        let jobs = &config.jobs;
        // Every run counts towards `jobs.max_attempts`, retries of upstream failures included.
        let mut retry = config.retry.clone();
        retry.max_attempts = retry.max_attempts.min(jobs.max_attempts);
        let executor = Executor::new(
            ExecutorConfig {
                providers: config.providers.clone(),
                default_provider: config.default_provider.clone(),
                retry,
                attempt_timeout: Duration::from_secs(jobs.attempt_timeout_secs),
                execution_timeout: Duration::from_secs(jobs.execution_timeout_secs),
                max_answer_bytes: config.limits.upstream_answer_bytes,
            },
            metrics.clone(),
        )
        .map_err(|e| StartError::Config(format!("providers: {e}")))?;
        let executor = Arc::new(executor);
        let webhooks = Arc::new(
            Endpoints::from_config(&config.webhooks, |var| std::env::var(var).ok())
                .map_err(StartError::Config)?,
        );
        let store = open_store(&config.store).await?;
        let service = Arc::new(
            JobService::new(
                store.clone(),
                executor.clone(),
                auth,
                metrics.clone(),
                Limits {
                    json_body_bytes: config.limits.json_body_bytes,
                    multipart_body_bytes: config.limits.multipart_body_bytes,
                    max_inflight_body_bytes: config.limits.max_inflight_body_bytes,
                },
                TtlRules {
                    default: Duration::from_secs(jobs.default_ttl_secs),
                    max: Duration::from_secs(jobs.max_ttl_secs),
                },
                Lifecycle {
                    max_wait: Duration::from_secs(jobs.max_wait_secs),
                    max_waiters: jobs.max_waiters,
                    idempotency_ttl: Duration::from_secs(jobs.idempotency_ttl_secs),
                },
            )
            .with_webhooks(webhooks.clone()),
        );
        // Without endpoints no job can name one, and nothing is ever owed.
        let deliveries = (!webhooks.is_empty()).then(|| {
            for name in config.webhooks.iter().map(|w| &w.name) {
                if let Some(endpoint) = webhooks.get(name) {
                    tracing::info!(endpoint = %name, url = %endpoint.shown_url(),
                        "webhook endpoint configured");
                }
            }
            Deliveries::start(
                store.clone(),
                webhooks.clone(),
                metrics.clone(),
                DeliverySettings::from_config(&config.webhook_delivery),
            )
        });
        let workers = Workers::start(
            store,
            executor,
            metrics,
            WorkerSettings {
                concurrency: jobs.workers,
                lease: Duration::from_secs(jobs.lease_secs),
                max_attempts: jobs.max_attempts,
                reap_interval: Duration::from_secs(jobs.reap_interval_secs),
                shutdown_grace: Duration::from_secs(jobs.shutdown_grace_secs),
                idle_poll: Duration::from_secs(1),
            },
        );
        Ok(Gateway {
            service,
            workers,
            deliveries,
        })
    }

    pub fn service(&self) -> Arc<JobService> {
        self.service.clone()
    }

    /// `/health`, `/metrics` and `/openapi.json` (the bundled spec, as given).
    pub fn operations_router(&self, openapi_json: &'static str) -> Router {
        Router::new()
            .route("/health", get(health))
            .route("/metrics", get(metrics))
            .route(
                "/openapi.json",
                get(move || async move {
                    ([(header::CONTENT_TYPE, "application/json")], openapi_json)
                }),
            )
            .with_state(self.service.clone())
    }

    /// Answers every caller waiting for a job now, with the job as it is; later waits answer
    /// at once. Call it when shutdown begins, before the server drains its connections, so that
    /// long waits do not hold the drain up.
    pub fn release_waiters(&self) {
        self.service.release_waiters();
    }

    /// Releases the waiters, then stops the workers (running jobs finish or go back to the
    /// queue), then the webhook deliveries (attempts under way finish; the rest stay owed).
    pub async fn shutdown(self) {
        self.service.release_waiters();
        self.workers.shutdown().await;
        if let Some(deliveries) = self.deliveries {
            deliveries.shutdown().await;
        }
    }
}

/// Healthy when the store answers.
async fn health(State(service): State<Arc<JobService>>) -> Response {
    match service.store().counts().await {
        Ok(_) => (
            StatusCode::OK,
            axum::Json(serde_json::json!({"status": "ok"})),
        )
            .into_response(),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable", "reason": e.to_string()})),
        )
            .into_response(),
    }
}

async fn metrics(State(service): State<Arc<JobService>>) -> Response {
    let counts = service.store().counts().await.ok();
    let metrics = service.metrics();
    metrics.set_waiters(service.store().events().waiting());
    metrics.set_inflight_body_bytes(service.inflight_bodies().used());
    (
        [(header::CONTENT_TYPE, Metrics::CONTENT_TYPE)],
        metrics.render(counts),
    )
        .into_response()
}
