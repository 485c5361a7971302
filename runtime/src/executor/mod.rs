//! Runs a claimed job against its provider.
//!
//! The stored request is forwarded to the provider named by its `model` (`provider/model`, or a
//! bare model for the default provider), with that provider's key, as the client sent it (see
//! [`forward`] for the few fields the gateway changes).
//!
//! **Retries free their slot.** One run of a job asks its primary provider once. Connection
//! errors, an attempt that outlives `attempt_timeout`, `429` and `5xx` are worth asking again
//! for: while the job has runs left (`retry.max_attempts`, counting every run), the run ends
//! with [`Execution::RetryLater`] and the worker puts the job back in the queue, to be claimed
//! again after the provider's `Retry-After` or an exponential backoff with full jitter. No
//! worker, provider permit nor lease is held meanwhile. Other `4xx` are final. Once the primary
//! has had its runs (or refused the request), the request's `fallbacks` are tried in order in
//! that run, once each. One run is bounded by `execution_timeout`.
//!
//! **`Retry-After`** (seconds, an HTTP date, or OpenAI's `retry-after-ms`) is honoured as given,
//! not capped at `max_backoff_ms`: asking again sooner than the provider said only earns another
//! `429`. A wait in the queue holds nothing, so no deadline shortens it.
//!
//! The built-in `echo` provider answers in-process (see [`echo`]).

mod echo;
mod error;
mod forward;
mod provider;
mod retry;

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use bytes::Bytes;
use reqwest::header::{HeaderMap, AUTHORIZATION, CONTENT_TYPE};
use serde::de::IgnoredAny;

pub use echo::TINY_PNG_BASE64;
pub use provider::{ConfigError, ProviderConfig, Route, RouteError, ECHO};
pub use retry::RetryPolicy;

use crate::bifrost_error::ErrorType;
use crate::job::{ClaimedJob, Outcome, Payload};
use crate::kind::{JobKind, ResultFormat};
use crate::metrics::Metrics;
use error::Context;
use forward::{Outgoing, Request};
use provider::{HttpProvider, Providers};

/// Everything the executor is configured with.
#[derive(Debug, Clone)]
pub struct ExecutorConfig {
    pub providers: Vec<ProviderConfig>,
    /// Where a bare `model` (no `provider/`) goes; `None` makes the prefix mandatory.
    pub default_provider: Option<String>,
    pub retry: RetryPolicy,
    /// The longest one HTTP exchange (connect, send, full answer) may take.
    pub attempt_timeout: Duration,
    /// The longest a whole execution (every attempt, backoff and fallback) may take.
    pub execution_timeout: Duration,
    /// The largest provider answer kept; a larger one fails the attempt (a result is stored
    /// and served whole, so an endless answer must not take the gateway's memory with it).
    pub max_answer_bytes: usize,
}

impl Default for ExecutorConfig {
    /// No configured providers (only `echo`), no default provider, default retries, 60 s per
    /// attempt and 300 s in all.
    fn default() -> Self {
        ExecutorConfig {
            providers: Vec::new(),
            default_provider: None,
            retry: RetryPolicy::default(),
            attempt_timeout: Duration::from_secs(60),
            execution_timeout: Duration::from_secs(300),
            max_answer_bytes: DEFAULT_MAX_ANSWER_BYTES,
        }
    }
}

/// Runs jobs against providers. Cheap to clone: the state is shared.
#[derive(Debug, Clone)]
pub struct Executor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    providers: Providers,
    retry: RetryPolicy,
    attempt_timeout: Duration,
    execution_timeout: Duration,
    max_answer_bytes: usize,
    client: reqwest::Client,
    metrics: Arc<Metrics>,
}

/// How asking one target ended.
enum TargetResult {
    Done(Outcome),
    /// Failed; the next fallback may still be tried.
    Failed(Outcome),
    /// Failed in a way worth asking again for, after `after`.
    Retry {
        after: Duration,
        failure: Outcome,
    },
    /// The execution deadline passed: nothing more is tried.
    OutOfTime(Outcome),
}

/// How one run of a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Execution {
    /// The job's outcome.
    Finished(Outcome),
    /// The primary provider failed in a way worth asking again for (no connection, `429`,
    /// `5xx`, an attempt timeout) and the job has runs left: put it back in the queue, to be
    /// run again after `after` (the provider's `Retry-After`, else backoff with jitter).
    /// `failure` is the outcome should it not be run again.
    RetryLater { after: Duration, failure: Outcome },
}

impl Execution {
    /// The outcome to record when no further run is possible.
    pub fn into_outcome(self) -> Outcome {
        match self {
            Execution::Finished(o) | Execution::RetryLater { failure: o, .. } => o,
        }
    }
}

/// The default of [`ExecutorConfig::max_answer_bytes`].
pub const DEFAULT_MAX_ANSWER_BYTES: usize = 256 * 1024 * 1024;

/// How one HTTP attempt ended.
enum Attempt {
    Answer {
        status: u16,
        headers: HeaderMap,
        body: Bytes,
    },
    /// No (complete) answer: status to report, error code, message.
    NoAnswer {
        status: u16,
        code: &'static str,
        message: String,
    },
}

impl Executor {
    /// Checks the config: unique provider names (`echo` is reserved), usable base URLs, key
    /// variables present in the environment, a default provider that exists.
    pub fn new(config: ExecutorConfig, metrics: Arc<Metrics>) -> Result<Executor, ConfigError> {
        let providers = Providers::new(
            &config.providers,
            config.default_provider.as_deref(),
            |var| std::env::var(var).ok(),
        )?;
        if config.retry.max_attempts == 0 {
            return Err(ConfigError::ZeroAttempts);
        }
        if config.attempt_timeout.is_zero() || config.execution_timeout.is_zero() {
            return Err(ConfigError::ZeroTimeout);
        }
        let client = reqwest::Client::builder()
            .connect_timeout(config.attempt_timeout)
            // Providers answer API calls directly; a redirect would be a misconfiguration, and
            // following it could carry the key elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(Duration::from_secs(90))
            .build()
            .map_err(|e| ConfigError::HttpClient(e.without_url().to_string()))?;
        Ok(Executor {
            inner: Arc::new(Inner {
                providers,
                retry: config.retry,
                attempt_timeout: config.attempt_timeout,
                execution_timeout: config.execution_timeout,
                max_answer_bytes: config.max_answer_bytes,
                client,
                metrics,
            }),
        })
    }

    /// At submit time: which provider the request targets, from its `model` (a JSON field, or
    /// the `model` text part of a multipart body). The `fallbacks` are checked by the same rules,
    /// so a request that would fail at run time is refused up front.
    pub fn route(&self, kind: JobKind, payload: &Payload) -> Result<Route, RouteError> {
        let request = Request::parse(kind, payload)?;
        let primary = self.primary(&request)?;
        for (field, spec) in &request.fallbacks {
            self.inner.providers.resolve(field, spec)?;
        }
        Ok(primary)
    }

    /// The providers that have a `max_concurrency`, with it.
    pub fn provider_limits(&self) -> Vec<(String, usize)> {
        self.inner.providers.limits()
    }

    fn primary(&self, request: &Request<'_>) -> Result<Route, RouteError> {
        let providers = &self.inner.providers;
        let model = request
            .model
            .as_deref()
            .ok_or_else(|| RouteError::MissingModel {
                known: providers.known(),
            })?;
        providers.resolve("model", &provider::TargetSpec::Joined(model.to_owned()))
    }

    /// Runs the job once: to its outcome, or to a retryable failure of its primary provider
    /// that asks for another run later. Never panics and never fails: every failure is an
    /// [`Outcome::Failed`] with a `BifrostError` body.
    pub async fn execute(&self, job: &ClaimedJob) -> Execution {
        match self.execute_once(job).await {
            TargetResult::Retry { after, failure } => Execution::RetryLater { after, failure },
            TargetResult::Done(o) | TargetResult::Failed(o) | TargetResult::OutOfTime(o) => {
                Execution::Finished(o)
            }
        }
    }

    async fn execute_once(&self, job: &ClaimedJob) -> TargetResult {
        let inner = &self.inner;
        let started = Instant::now();
        // A timeout too large to add is as good as none: a year.
        let deadline = started
            .checked_add(inner.execution_timeout)
            .unwrap_or_else(|| started + Duration::from_secs(365 * 86_400));
        let kind = job.kind;
        let no_target = Context {
            kind,
            provider: None,
            model: None,
        };
        let request = match Request::parse(kind, &job.payload) {
            Ok(r) => r,
            Err(e) => return TargetResult::Failed(invalid_request(no_target, &e)),
        };
        let primary = match self.primary(&request) {
            Ok(r) => r,
            Err(e) => return TargetResult::Failed(invalid_request(no_target, &e)),
        };
        if primary.provider != job.provider {
            tracing::debug!(job_id = %job.id, stored = %job.provider, provider = %primary.provider,
                "job routes to a different provider than at submit time");
        }
        let mut targets = vec![primary];
        for (field, spec) in &request.fallbacks {
            match inner.providers.resolve(field, spec) {
                Ok(route) => targets.push(route),
                // Checked at submit time; only a config change since then gets here.
                Err(_) => tracing::warn!(job_id = %job.id, field = %field,
                    "skipping a fallback that names no configured provider or model"),
            }
        }
        let mut last = None;
        for (index, route) in targets.iter().enumerate() {
            if index > 0 {
                tracing::info!(job_id = %job.id, provider = %route.provider, fallback = index,
                    "trying a fallback");
            }
            match self
                .run_target(job, &request, route, deadline, index == 0)
                .await
            {
                TargetResult::Failed(outcome) => last = Some(outcome),
                ended => return ended,
            }
        }
        TargetResult::Failed(last.unwrap_or_else(|| {
            error::gateway(
                no_target,
                502,
                ErrorType::Upstream,
                "no_target",
                "no provider could be tried".into(),
                None,
            )
        }))
    }

    /// Asks one target once; a retryable failure of the primary asks for a later run.
    async fn run_target(
        &self,
        job: &ClaimedJob,
        request: &Request<'_>,
        route: &Route,
        deadline: Instant,
        primary: bool,
    ) -> TargetResult {
        let inner = &self.inner;
        let ctx = Context {
            kind: job.kind,
            provider: Some(&route.provider),
            model: Some(&route.model),
        };
        let Some(entry) = inner.providers.get(&route.provider) else {
            // `resolve` only returns configured providers.
            return TargetResult::Failed(error::gateway(
                ctx,
                400,
                ErrorType::InvalidRequest,
                "unknown_provider",
                format!("unknown provider `{}`", route.provider),
                Some("model"),
            ));
        };
        let Some(http) = &entry.http else {
            return self.run_echo(job, route, ctx);
        };
        let outgoing = match forward::build(&request.body, &route.model) {
            Ok(o) => o,
            Err(e) => {
                return TargetResult::Failed(error::gateway(
                    ctx,
                    400,
                    ErrorType::InvalidRequest,
                    "unforwardable_request",
                    e.to_string(),
                    None,
                ))
            }
        };
        let max_attempts = inner.retry.max_attempts.max(1);
        // The job's run number: the attempt of this target is the same, for the primary.
        let attempt = job.attempts.max(1);
        {
            let now = Instant::now();
            let remaining = deadline.saturating_duration_since(now);
            if remaining.is_zero() {
                return TargetResult::OutOfTime(self.execution_timeout(ctx, 0));
            }
            let budget = remaining.min(inner.attempt_timeout);
            let cut_by_deadline = budget < inner.attempt_timeout;
            let result = tokio::time::timeout(budget, self.exchange(http, job.kind, &outgoing))
                .await
                .unwrap_or_else(|_| Attempt::NoAnswer {
                    status: 504,
                    code: "attempt_timeout",
                    message: format!(
                        "provider `{}` did not answer within the attempt timeout of {} ms",
                        route.provider,
                        inner.attempt_timeout.as_millis()
                    ),
                });
            let latency = now.elapsed();
            let (failure, wait) = match result {
                Attempt::Answer {
                    status,
                    headers,
                    body,
                } => {
                    inner
                        .metrics
                        .upstream_request(&route.provider, status_label(status), latency);
                    if (200..300).contains(&status) {
                        return match success(ctx, job.kind, status, &headers, body) {
                            Ok(outcome) => {
                                tracing::debug!(job_id = %job.id, provider = %route.provider,
                                    attempt, status, "provider answered");
                                TargetResult::Done(outcome)
                            }
                            Err(outcome) => {
                                tracing::warn!(job_id = %job.id, provider = %route.provider,
                                    attempt, status, "provider answered with an unusable body");
                                TargetResult::Failed(outcome)
                            }
                        };
                    }
                    let outcome = upstream_failure(ctx, status, &body);
                    if !retry::is_retryable(status) {
                        tracing::warn!(job_id = %job.id, provider = %route.provider, attempt,
                            status, "provider refused the request");
                        return TargetResult::Failed(outcome);
                    }
                    let asked = retry::requested_wait(&headers, chrono::Utc::now());
                    tracing::warn!(job_id = %job.id, provider = %route.provider, attempt,
                        status, "provider failed");
                    (outcome, asked)
                }
                Attempt::NoAnswer {
                    status,
                    code,
                    message,
                } => {
                    inner
                        .metrics
                        .upstream_request(&route.provider, "error", latency);
                    if cut_by_deadline && Instant::now() >= deadline {
                        return TargetResult::OutOfTime(self.execution_timeout(ctx, 1));
                    }
                    tracing::warn!(job_id = %job.id, provider = %route.provider, attempt,
                        code, "provider did not answer");
                    let outcome =
                        error::gateway(ctx, status, ErrorType::Upstream, code, message, None);
                    (outcome, None)
                }
            };
            // Only the primary is asked again, in a later run of the job: a fallback is there
            // to be tried now instead of waiting, and each gets one attempt per run.
            if !primary || attempt >= max_attempts {
                return TargetResult::Failed(failure);
            }
            let after = wait.unwrap_or_else(|| inner.retry.backoff(attempt));
            inner.metrics.upstream_retry(&route.provider);
            tracing::info!(job_id = %job.id, provider = %route.provider, attempt,
                wait_ms = after.as_millis() as u64, "will retry; the job goes back to the queue");
            TargetResult::Retry { after, failure }
        }
    }

    fn run_echo(&self, job: &ClaimedJob, route: &Route, ctx: Context<'_>) -> TargetResult {
        let started = Instant::now();
        let result = echo::answer(job.kind, job.id.as_str(), &route.model, &job.payload);
        let status = match &result {
            Ok((status, _)) | Err((status, _)) => *status,
        };
        self.inner
            .metrics
            .upstream_request(ECHO, status_label(status), started.elapsed());
        match result {
            Ok((status_code, result)) => TargetResult::Done(Outcome::Completed {
                status_code,
                result,
            }),
            Err((status, message)) => TargetResult::Failed(error::failed(
                ctx,
                status,
                false,
                &error::ErrorField {
                    kind: Some(ErrorType::InvalidRequest.as_str().into()),
                    message,
                    ..Default::default()
                },
            )),
        }
    }

    fn execution_timeout(&self, ctx: Context<'_>, attempts: u32) -> Outcome {
        error::gateway(
            ctx,
            504,
            ErrorType::Upstream,
            "execution_timeout",
            format!(
                "the job did not finish within the execution timeout of {} ms ({attempts} attempt(s) to provider `{}`)",
                self.inner.execution_timeout.as_millis(),
                ctx.provider.unwrap_or("?"),
            ),
            None,
        )
    }

    /// One HTTP exchange: send, then read the whole answer.
    async fn exchange(&self, http: &HttpProvider, kind: JobKind, body: &Outgoing) -> Attempt {
        let url = format!("{}{}", http.base_url, kind.upstream_path());
        let mut request = self
            .inner
            .client
            .post(url)
            .header(CONTENT_TYPE, body.content_type.as_str())
            .body(body.bytes.clone());
        if let Some(auth) = &http.authorization {
            request = request.header(AUTHORIZATION, auth.clone());
        }
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) => return no_answer(&http.name, &e, false),
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let mut response = response;
        let mut body = bytes::BytesMut::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let limit = self.inner.max_answer_bytes;
                    if body.len() + chunk.len() > limit {
                        return Attempt::NoAnswer {
                            status: 502,
                            code: "upstream_answer_too_large",
                            message: format!(
                                "provider `{}` answered with more than {limit} bytes; the answer was dropped",
                                http.name
                            ),
                        };
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return no_answer(&http.name, &e, true),
            }
        }
        Attempt::Answer {
            status,
            headers,
            body: body.freeze(),
        }
    }
}

/// The metrics label of an answer.
fn status_label(status: u16) -> &'static str {
    match status {
        200 => "200",
        201 => "201",
        400 => "400",
        401 => "401",
        403 => "403",
        404 => "404",
        408 => "408",
        409 => "409",
        413 => "413",
        422 => "422",
        429 => "429",
        500 => "500",
        502 => "502",
        503 => "503",
        504 => "504",
        s if (200..300).contains(&s) => "2xx",
        s if (300..400).contains(&s) => "3xx",
        s if (400..500).contains(&s) => "4xx",
        _ => "5xx",
    }
}

/// A transport error, described without the URL.
fn no_answer(provider: &str, err: &reqwest::Error, reading: bool) -> Attempt {
    let timeout = err.is_timeout();
    let mut detail = String::new();
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(err);
    while let Some(s) = source {
        let text = s.to_string();
        if !text.is_empty() && !detail.contains(&text) {
            if !detail.is_empty() {
                detail.push_str(": ");
            }
            detail.push_str(&text);
        }
        source = s.source();
    }
    let what = if err.is_connect() {
        "could not connect to"
    } else if reading {
        "lost the connection while reading the answer of"
    } else if timeout {
        "timed out waiting for"
    } else {
        "failed to send the request to"
    };
    let mut message = format!("the gateway {what} provider `{provider}`");
    if !detail.is_empty() {
        message.push_str(" (");
        message.push_str(&error::bounded(&detail, 400));
        message.push(')');
    }
    Attempt::NoAnswer {
        status: if timeout { 504 } else { 502 },
        code: if err.is_connect() {
            "connection_failed"
        } else if timeout {
            "attempt_timeout"
        } else {
            "transport_error"
        },
        message,
    }
}

fn content_type(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// A 2xx answer as the job's result.
fn success(
    ctx: Context<'_>,
    kind: JobKind,
    status: u16,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Outcome, Outcome> {
    match kind.result_format() {
        ResultFormat::Audio => {
            #[derive(serde::Serialize)]
            struct Audio<'a> {
                audio: String,
                content_type: &'a str,
            }
            let audio = Audio {
                audio: STANDARD.encode(&body),
                content_type: content_type(headers).unwrap_or("audio/mpeg"),
            };
            let result = serde_json::to_vec(&audio).map_err(|e| {
                error::gateway(
                    ctx,
                    502,
                    ErrorType::Upstream,
                    "invalid_response",
                    format!("the audio answer could not be encoded: {e}"),
                    None,
                )
            })?;
            Ok(Outcome::Completed {
                status_code: status,
                result: Bytes::from(result),
            })
        }
        ResultFormat::Json => {
            if serde_json::from_slice::<IgnoredAny>(&body).is_ok() {
                return Ok(Outcome::Completed {
                    status_code: status,
                    result: body,
                });
            }
            // A transcription asked for as `text`, `srt` or `vtt` comes back as plain text;
            // keep it as `{"text": …}` so every result is JSON.
            let is_text = content_type(headers).is_some_and(|ct| ct.starts_with("text/"));
            if kind == JobKind::AudioTranscriptions && is_text {
                if let Ok(text) = std::str::from_utf8(&body) {
                    if let Ok(result) = serde_json::to_vec(&serde_json::json!({ "text": text })) {
                        return Ok(Outcome::Completed {
                            status_code: status,
                            result: Bytes::from(result),
                        });
                    }
                }
            }
            let preview = String::from_utf8_lossy(&body);
            Err(error::gateway(
                ctx,
                502,
                ErrorType::Upstream,
                "invalid_response",
                format!(
                    "provider `{}` answered {status} with a body that is not valid JSON ({} bytes{}{})",
                    ctx.provider.unwrap_or("?"),
                    body.len(),
                    if body.is_empty() { "" } else { ": " },
                    error::bounded(preview.trim(), 200),
                ),
                None,
            ))
        }
    }
}

/// A provider's non-2xx answer as a failure.
fn upstream_failure(ctx: Context<'_>, status: u16, body: &[u8]) -> Outcome {
    let field = error::from_upstream(ctx.provider.unwrap_or("?"), status, body);
    if (400..600).contains(&status) {
        error::failed(ctx, status, false, &field)
    } else {
        // 1xx and 3xx (redirects are not followed) are not answers a job can end with.
        let message = format!(
            "provider `{}` answered with unexpected status {status}: {}",
            ctx.provider.unwrap_or("?"),
            field.message
        );
        error::gateway(
            ctx,
            502,
            ErrorType::Upstream,
            "unexpected_status",
            message,
            None,
        )
    }
}

/// A stored request that cannot be routed or forwarded.
fn invalid_request(ctx: Context<'_>, err: &RouteError) -> Outcome {
    error::gateway(
        ctx,
        400,
        ErrorType::InvalidRequest,
        "invalid_request",
        err.to_string(),
        err.param(),
    )
}
