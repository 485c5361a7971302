//! The upstream executor against a fake provider served over real HTTP on 127.0.0.1.
//!
//! The fake records every request it gets (path, headers, body, arrival time) and answers from
//! a script; tests await the executor's outcome and then read what the fake saw. A retryable
//! failure ends a run with the delay it asks for; [`run_recording`] runs a job again at once, as
//! the workers would once the delay has passed, and hands the delays back for checking.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use bytes::Bytes;
use serde_json::{json, Value};

use runtime::executor::{
    ConfigError, Execution, Executor, ExecutorConfig, ProviderConfig, RetryPolicy, Route,
    RouteError,
};
use runtime::job::{ClaimedJob, JobId, Outcome, Part, Payload};
use runtime::kind::JobKind;
use runtime::metrics::Metrics;

// ---------------------------------------------------------------------------------------------
// The fake provider.

#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Bytes,
    delay: Duration,
}

impl Reply {
    fn json(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: vec![("content-type", "application/json".into())],
            body: Bytes::from(body.to_owned()),
            delay: Duration::ZERO,
        }
    }

    fn raw(status: u16, content_type: Option<&str>, body: &[u8]) -> Reply {
        Reply {
            status,
            headers: content_type
                .map(|ct| vec![("content-type", ct.to_owned())])
                .unwrap_or_default(),
            body: Bytes::copy_from_slice(body),
            delay: Duration::ZERO,
        }
    }

    fn header(mut self, name: &'static str, value: &str) -> Reply {
        self.headers.push((name, value.to_owned()));
        self
    }

    fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

#[derive(Debug, Clone)]
struct Received {
    path: String,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone, Default)]
struct FakeState {
    replies: Arc<Mutex<VecDeque<Reply>>>,
    received: Arc<Mutex<Vec<Received>>>,
}

struct Fake {
    url: String,
    state: FakeState,
}

const OK_BODY: &str = r#"{"id":"x","object":"chat.completion","choices":[]}"#;

impl Fake {
    /// Serves the replies in order, then `200 OK_BODY` for anything further.
    async fn start(replies: Vec<Reply>) -> Fake {
        let state = FakeState::default();
        state.replies.lock().unwrap().extend(replies);
        let app = Router::new().fallback(handle).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Fake {
            url: format!("http://{addr}/v1"),
            state,
        }
    }

    fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }
}

async fn handle(State(state): State<FakeState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    state.received.lock().unwrap().push(Received {
        path: parts.uri.path().to_owned(),
        headers: parts.headers,
        body,
    });
    let reply = state
        .replies
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| Reply::json(200, OK_BODY));
    if !reply.delay.is_zero() {
        // The fake is a slow provider here, not a way to wait for something.
        tokio::time::sleep(reply.delay).await;
    }
    let mut response = Response::builder().status(StatusCode::from_u16(reply.status).unwrap());
    for (name, value) in &reply.headers {
        response = response.header(*name, value);
    }
    response
        .body(Body::from(reply.body))
        .unwrap()
        .into_response()
}

// ---------------------------------------------------------------------------------------------
// Helpers.

fn provider(name: &str, url: &str) -> ProviderConfig {
    ProviderConfig {
        name: name.into(),
        base_url: url.into(),
        api_key_env: None,
        models: None,
        max_concurrency: None,
    }
}

fn fast_retry(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        initial_backoff_ms: 1,
        max_backoff_ms: 5,
    }
}

fn config(providers: Vec<ProviderConfig>) -> ExecutorConfig {
    ExecutorConfig {
        providers,
        default_provider: None,
        retry: fast_retry(3),
        attempt_timeout: Duration::from_secs(5),
        execution_timeout: Duration::from_secs(10),
        max_answer_bytes: 1024 * 1024,
    }
}

fn executor(config: ExecutorConfig) -> (Executor, Arc<Metrics>) {
    let metrics = Arc::new(Metrics::new());
    (Executor::new(config, metrics.clone()).unwrap(), metrics)
}

/// An executor with one provider `up` at the fake.
fn one(fake: &Fake) -> (Executor, Arc<Metrics>) {
    executor(config(vec![provider("up", &fake.url)]))
}

fn json_payload(text: &str) -> Payload {
    Payload::Json(Bytes::from(text.to_owned()))
}

fn text_part(name: &str, text: &str) -> Part {
    Part {
        name: name.into(),
        file_name: None,
        content_type: None,
        data: Bytes::from(text.to_owned()),
    }
}

fn file_part(name: &str, file_name: &str, content_type: &str, data: &[u8]) -> Part {
    Part {
        name: name.into(),
        file_name: Some(file_name.into()),
        content_type: Some(content_type.into()),
        data: Bytes::copy_from_slice(data),
    }
}

fn job(kind: JobKind, payload: Payload) -> ClaimedJob {
    ClaimedJob {
        id: JobId::new_random(),
        kind,
        principal: "tester".into(),
        provider: "up".into(),
        payload,
        ttl: Duration::from_secs(60),
        attempts: 1,
        lease_token: "lease".into(),
    }
}

/// Runs the job as the workers do, run after run until it ends, without waiting out the
/// delays between runs; returns the outcome and the delay each retry asked for.
async fn run_recording(ex: &Executor, mut job: ClaimedJob) -> (Outcome, Vec<Duration>) {
    let mut waits = Vec::new();
    loop {
        match ex.execute(&job).await {
            Execution::Finished(outcome) => return (outcome, waits),
            Execution::RetryLater { after, .. } => {
                waits.push(after);
                job.attempts += 1;
            }
        }
    }
}

async fn run_all(ex: &Executor, job: ClaimedJob) -> Outcome {
    run_recording(ex, job).await.0
}

fn chat(model: &str) -> Payload {
    json_payload(&format!(
        r#"{{"model":"{model}","messages":[{{"role":"user","content":"hi"}}]}}"#
    ))
}

fn completed(outcome: Outcome) -> (u16, Bytes) {
    match outcome {
        Outcome::Completed {
            status_code,
            result,
        } => (status_code, result),
        Outcome::Failed { status_code, error } => panic!(
            "expected completed, got failed {status_code}: {}",
            String::from_utf8_lossy(&error)
        ),
    }
}

fn failed(outcome: Outcome) -> (u16, Value) {
    match outcome {
        Outcome::Failed { status_code, error } => {
            let body: Value = serde_json::from_slice(&error).expect("error body is JSON");
            assert_eq!(body["status_code"], status_code, "{body}");
            assert!(body["error"]["message"].is_string(), "{body}");
            (status_code, body)
        }
        Outcome::Completed { result, .. } => panic!(
            "expected failed, got completed: {}",
            String::from_utf8_lossy(&result)
        ),
    }
}

fn route(provider: &str, model: &str) -> Route {
    Route {
        provider: provider.into(),
        model: model.into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Configuration and routing.

#[test]
fn config_is_checked() {
    let metrics = Arc::new(Metrics::new());
    let check = |providers: Vec<ProviderConfig>, default: Option<&str>| {
        let mut c = config(providers);
        c.default_provider = default.map(Into::into);
        Executor::new(c, metrics.clone()).map(|_| ())
    };
    let a = provider("a", "http://127.0.0.1:9/v1");
    assert!(check(vec![a.clone()], Some("a")).is_ok());
    assert!(matches!(
        check(vec![a.clone(), a.clone()], None),
        Err(ConfigError::Duplicate(n)) if n == "a"
    ));
    assert!(matches!(
        check(vec![provider("echo", "http://h/v1")], None),
        Err(ConfigError::EchoRedefined)
    ));
    assert!(matches!(
        check(vec![provider("b", "::not a url")], None),
        Err(ConfigError::BadBaseUrl { .. })
    ));
    assert!(matches!(
        check(vec![a.clone()], Some("nope")),
        Err(ConfigError::UnknownDefault { .. })
    ));
    let mut keyed = a;
    keyed.api_key_env = Some("EXECUTOR_TEST_SURELY_UNSET_KEY".into());
    let err = check(vec![keyed], None).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("`a`") && text.contains("EXECUTOR_TEST_SURELY_UNSET_KEY"),
        "{text}"
    );
}

#[test]
fn routes_by_model() {
    let mut limited = provider("openai", "http://127.0.0.1:9/v1");
    limited.models = Some(vec!["gpt-4o".into(), "gpt-4o-mini".into()]);
    limited.max_concurrency = Some(7);
    let mut c = config(vec![limited, provider("local", "http://127.0.0.1:9/v1")]);
    c.default_provider = Some("local".into());
    let (ex, _) = executor(c);
    let kind = JobKind::ChatCompletions;

    assert_eq!(
        ex.route(kind, &chat("openai/gpt-4o")).unwrap(),
        route("openai", "gpt-4o")
    );
    assert_eq!(
        ex.route(kind, &chat("llama3")).unwrap(),
        route("local", "llama3")
    );
    assert_eq!(
        ex.route(kind, &chat("local/org/model-7b")).unwrap(),
        route("local", "org/model-7b")
    );
    assert_eq!(
        ex.route(kind, &chat("echo/anything")).unwrap(),
        route("echo", "anything")
    );

    // A prefix that is no provider is part of the model name, for the default provider.
    assert_eq!(
        ex.route(kind, &chat("meta-llama/Llama-3")).unwrap(),
        route("local", "meta-llama/Llama-3")
    );
    // Without a default provider it is an unknown provider.
    let mut no_default = config(vec![provider("openai", "http://127.0.0.1:9/v1")]);
    no_default.default_provider = None;
    let (strict, _) = executor(no_default);
    let err = strict.route(kind, &chat("nope/gpt-4o")).unwrap_err();
    assert!(matches!(err, RouteError::UnknownProvider { .. }));
    let text = err.to_string();
    assert!(
        text.contains("`model`") && text.contains("`nope`") && text.contains("`openai`"),
        "{text}"
    );
    assert_eq!(err.param(), Some("model"));

    let err = ex.route(kind, &chat("openai/gpt-3")).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("`model`") && text.contains("`openai/gpt-4o-mini`"),
        "{text}"
    );

    let err = ex
        .route(kind, &json_payload(r#"{"messages":[]}"#))
        .unwrap_err();
    assert!(err.to_string().contains("`model` is required"), "{err}");
    assert!(ex.route(kind, &json_payload("not json")).is_err());
    assert!(ex.route(kind, &json_payload(r#"{"model":5}"#)).is_err());

    let err = ex
        .route(
            kind,
            &json_payload(r#"{"model":"echo/a","fallbacks":["openai/gpt-5"]}"#),
        )
        .unwrap_err();
    assert_eq!(err.param(), Some("fallbacks"));
    assert!(err.to_string().contains("`fallbacks[0]`"), "{err}");

    let multipart = Payload::Multipart(vec![
        file_part("file", "a.wav", "audio/wav", b"RIFF"),
        text_part("model", "openai/gpt-4o-mini"),
    ]);
    assert_eq!(
        ex.route(JobKind::AudioTranscriptions, &multipart).unwrap(),
        route("openai", "gpt-4o-mini")
    );
    assert!(ex.route(JobKind::ChatCompletions, &multipart).is_err());
    assert_eq!(ex.provider_limits(), vec![("openai".to_owned(), 7)]);

    // Without a default provider, a bare model is refused.
    let (ex, _) = executor(config(vec![]));
    let err = ex.route(kind, &chat("gpt-4o")).unwrap_err();
    assert!(
        matches!(err, RouteError::NoDefaultProvider { .. }),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Forwarding.

#[tokio::test]
async fn json_is_forwarded_byte_for_byte() {
    let fake = Fake::start(vec![]).await;
    let (ex, metrics) = one(&fake);
    let original = r#"{"model":"up/gpt-x" , "messages":[{"role":"user","content":"héllo \u00e9"}],
        "x_vendor": {"z": 1.000, "a": [1e2, -0.0, "\ud83d\ude00"], "nested": {"k": null}},
        "temperature": 0.70, "fallbacks": ["echo/a"], "stream": true,
        "stream_options": {"include_usage": true}, "tail": "end"}"#;
    let (status, result) =
        completed(run_all(&ex, job(JobKind::ChatCompletions, json_payload(original))).await);
    assert_eq!(status, 200);
    assert_eq!(result, OK_BODY.as_bytes());

    let seen = fake.received();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/v1/chat/completions");
    assert_eq!(seen[0].headers["content-type"], "application/json");
    assert!(seen[0].headers.get("authorization").is_none());
    let expected = r#"{"model":"gpt-x","messages":[{"role":"user","content":"héllo \u00e9"}],"x_vendor":{"z": 1.000, "a": [1e2, -0.0, "\ud83d\ude00"], "nested": {"k": null}},"temperature":0.70,"tail":"end"}"#;
    assert_eq!(std::str::from_utf8(&seen[0].body).unwrap(), expected);
    assert!(metrics
        .render(None)
        .contains("gateway_upstream_requests_total{provider=\"up\",outcome=\"200\"} 1\n"));
}

#[tokio::test]
async fn multipart_is_rebuilt_intact() {
    let fake = Fake::start(vec![Reply::json(200, r#"{"text":"hello"}"#)]).await;
    let (ex, _) = one(&fake);
    let audio: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    let payload = Payload::Multipart(vec![
        text_part("model", "up/whisper-1"),
        file_part("file", "voice memo \"1\".wav", "audio/wav", &audio),
        text_part("fallbacks", "echo/w"),
        text_part("language", "en"),
        text_part("stream", "true"),
        file_part(
            "extra",
            "notes.bin",
            "application/octet-stream",
            b"\r\n--x\r\n",
        ),
    ]);
    let (_, result) = completed(run_all(&ex, job(JobKind::AudioTranscriptions, payload)).await);
    assert_eq!(result, r#"{"text":"hello"}"#.as_bytes());

    let seen = fake.received();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/v1/audio/transcriptions");
    let request = axum::http::Request::builder()
        .header("content-type", seen[0].headers["content-type"].clone())
        .body(Body::from(seen[0].body.clone()))
        .unwrap();
    let mut multipart = Multipart::from_request(request, &()).await.unwrap();
    let mut fields = Vec::new();
    while let Some(field) = multipart.next_field().await.unwrap() {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        let data = field.bytes().await.unwrap();
        fields.push((name, file_name, content_type, data));
    }
    let names: Vec<&str> = fields.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["model", "file", "language", "extra"]);
    assert_eq!(fields[0].3, "whisper-1".as_bytes());
    assert_eq!(fields[0].1, None);
    assert_eq!(fields[1].1.as_deref(), Some("voice memo %221%22.wav"));
    assert_eq!(fields[1].2.as_deref(), Some("audio/wav"));
    assert_eq!(fields[1].3, audio);
    assert_eq!(fields[2].3, "en".as_bytes());
    assert_eq!(fields[3].1.as_deref(), Some("notes.bin"));
    assert_eq!(fields[3].2.as_deref(), Some("application/octet-stream"));
    assert_eq!(fields[3].3, b"\r\n--x\r\n".as_slice());
}

#[tokio::test]
async fn authorization_carries_the_key_from_the_environment() {
    // Cargo sets CARGO_PKG_NAME for the test process: a variable that exists without
    // touching the environment from a multi-threaded test.
    let key = std::env::var("CARGO_PKG_NAME").expect("cargo sets CARGO_PKG_NAME");
    let fake = Fake::start(vec![]).await;
    let mut p = provider("up", &fake.url);
    p.api_key_env = Some("CARGO_PKG_NAME".into());
    let (ex, _) = executor(config(vec![p]));
    completed(
        run_all(
            &ex,
            job(
                JobKind::Embeddings,
                json_payload(r#"{"model":"up/e","input":"x"}"#),
            ),
        )
        .await,
    );
    let seen = fake.received();
    assert_eq!(seen[0].path, "/v1/embeddings");
    assert_eq!(seen[0].headers["authorization"], format!("Bearer {key}"));
}

// ---------------------------------------------------------------------------------------------
// Retries.

#[tokio::test]
async fn retries_a_500_then_succeeds() {
    let fake = Fake::start(vec![Reply::json(500, r#"{"error":{"message":"oops"}}"#)]).await;
    let (ex, metrics) = one(&fake);
    let (status, _) = completed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 200);
    assert_eq!(fake.received().len(), 2);
    let text = metrics.render(None);
    assert!(text.contains("gateway_upstream_retries_total{provider=\"up\"} 1\n"));
    assert!(text.contains("gateway_upstream_requests_total{provider=\"up\",outcome=\"500\"} 1\n"));
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let fake = Fake::start(vec![Reply::json(
        429,
        r#"{"error":{"message":"slow down","type":"rate_limit"}}"#,
    )
    .header("retry-after", "1")])
    .await;
    // Backoff alone would wait at most 5 ms.
    let (ex, _) = one(&fake);
    let (outcome, waits) = run_recording(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await;
    completed(outcome);
    assert_eq!(waits, vec![Duration::from_secs(1)]);
    assert_eq!(fake.received().len(), 2);
}

#[tokio::test]
async fn backoff_without_retry_after_stays_under_its_ceilings() {
    let fake = Fake::start(vec![Reply::json(503, "{}"), Reply::json(503, "{}")]).await;
    let (ex, _) = one(&fake);
    let (outcome, waits) = run_recording(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await;
    completed(outcome);
    assert_eq!(waits.len(), 2);
    let policy = fast_retry(3);
    for (i, wait) in waits.iter().enumerate() {
        assert!(*wait <= policy.ceiling(i as u32 + 1), "{waits:?}");
    }
}

/// A long `Retry-After` no longer holds the worker: the run ends at once, asking to be run
/// again when the provider said, however far past the execution deadline that is.
#[tokio::test]
async fn a_long_retry_after_ends_the_run_at_once() {
    let fake = Fake::start(vec![Reply::json(
        429,
        r#"{"error":{"message":"quota","type":"rate_limit","code":"rate_limit_exceeded"}}"#,
    )
    .header("retry-after", "30")])
    .await;
    let mut c = config(vec![provider("up", &fake.url)]);
    c.execution_timeout = Duration::from_secs(5);
    let (ex, _) = executor(c);
    let started = Instant::now();
    let execution = ex
        .execute(&job(JobKind::ChatCompletions, chat("up/m")))
        .await;
    assert!(started.elapsed() < Duration::from_secs(2));
    let Execution::RetryLater { after, failure } = execution else {
        panic!("expected a retry, got {execution:?}");
    };
    assert_eq!(after, Duration::from_secs(30));
    let (status, body) = failed(failure);
    assert_eq!(status, 429);
    assert_eq!(body["error"]["code"], "rate_limit_exceeded");
    assert_eq!(fake.received().len(), 1);
}

/// The last run allowed does not ask for another: its failure is the outcome.
#[tokio::test]
async fn the_last_run_ends_with_the_failure() {
    let fake = Fake::start(vec![Reply::json(500, r#"{"error":{"message":"oops"}}"#)]).await;
    let (ex, _) = one(&fake);
    let mut last = job(JobKind::ChatCompletions, chat("up/m"));
    last.attempts = 3;
    let (status, _) = failed(match ex.execute(&last).await {
        Execution::Finished(outcome) => outcome,
        other => panic!("expected the end, got {other:?}"),
    });
    assert_eq!(status, 500);
}

#[tokio::test]
async fn a_400_is_not_retried_and_is_kept() {
    let fake = Fake::start(vec![Reply::json(
        400,
        r#"{"error":{"message":"temperature is too high","type":"invalid_request_error","code":"bad_value","param":"temperature"}}"#,
    )])
    .await;
    let (ex, _) = one(&fake);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 400);
    assert_eq!(fake.received().len(), 1);
    assert_eq!(body["is_bifrost_error"], false);
    assert_eq!(body["error"]["message"], "temperature is too high");
    assert_eq!(body["error"]["type"], "invalid_request_error");
    assert_eq!(body["error"]["code"], "bad_value");
    assert_eq!(body["error"]["param"], "temperature");
    assert_eq!(body["extra_fields"].get("provider"), None);
    assert_eq!(body["extra_fields"]["model_requested"], "up/m");
    assert_eq!(body["extra_fields"]["request_type"], "chat_completions");
}

#[tokio::test]
async fn exhausted_retries_keep_the_last_status() {
    let fake = Fake::start(vec![
        Reply::json(500, "{}"),
        Reply::json(502, "{}"),
        Reply::raw(503, Some("text/plain"), b"upstream overloaded"),
    ])
    .await;
    let (ex, metrics) = one(&fake);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 503);
    assert_eq!(body["is_bifrost_error"], false);
    assert_eq!(body["error"]["message"], "upstream overloaded");
    assert_eq!(fake.received().len(), 3);
    assert!(metrics
        .render(None)
        .contains("gateway_upstream_retries_total{provider=\"up\"} 2\n"));
}

#[tokio::test]
async fn attempt_timeouts_are_retried_then_fail_with_504() {
    let slow = Reply::json(200, OK_BODY).delayed(Duration::from_secs(3));
    let fake = Fake::start(vec![slow.clone(), slow]).await;
    let mut c = config(vec![provider("up", &fake.url)]);
    c.retry = fast_retry(2);
    c.attempt_timeout = Duration::from_millis(150);
    let (ex, metrics) = executor(c);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 504);
    assert_eq!(body["is_bifrost_error"], true);
    assert_eq!(body["error"]["code"], "attempt_timeout");
    assert_eq!(fake.received().len(), 2);
    assert!(metrics
        .render(None)
        .contains("gateway_upstream_requests_total{provider=\"up\",outcome=\"error\"} 2\n"));
}

#[tokio::test]
async fn connection_refused_fails_with_502() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let url = format!("http://{addr}/v1");
    let (ex, _) = executor(config(vec![provider("up", &url)]));
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 502);
    assert_eq!(body["is_bifrost_error"], true);
    assert_eq!(body["error"]["code"], "connection_failed");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("could not connect"), "{message}");
    assert!(!message.contains(&addr.to_string()), "{message}");
}

#[tokio::test]
async fn execution_timeout_bounds_the_total() {
    let slow = Reply::json(200, OK_BODY).delayed(Duration::from_secs(10));
    let fake = Fake::start(vec![slow.clone(), slow]).await;
    let mut c = config(vec![provider("up", &fake.url)]);
    c.execution_timeout = Duration::from_millis(300);
    let (ex, _) = executor(c);
    let started = Instant::now();
    let payload = json_payload(r#"{"model":"up/m","messages":[],"fallbacks":["echo/e"]}"#);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, payload)).await);
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(290), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(status, 504);
    assert_eq!(body["error"]["code"], "execution_timeout");
    assert_eq!(fake.received().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Answers.

#[tokio::test]
async fn a_malformed_200_fails_with_502() {
    let fake = Fake::start(vec![Reply::raw(
        200,
        Some("application/json"),
        b"{\"id\": ",
    )])
    .await;
    let (ex, _) = one(&fake);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 502);
    assert_eq!(body["is_bifrost_error"], true);
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("not valid JSON"), "{message}");
    assert_eq!(fake.received().len(), 1);
}

#[tokio::test]
async fn an_answer_over_the_limit_fails_with_502() {
    // The test config keeps at most 1 MiB; every attempt gets 2 MiB.
    let big = vec![b' '; 2 * 1024 * 1024];
    let fake = Fake::start(vec![
        Reply::raw(200, Some("application/json"), &big),
        Reply::raw(200, Some("application/json"), &big),
        Reply::raw(200, Some("application/json"), &big),
    ])
    .await;
    let (ex, _) = one(&fake);
    let (status, body) = failed(run_all(&ex, job(JobKind::ChatCompletions, chat("up/m"))).await);
    assert_eq!(status, 502);
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("more than 1048576 bytes"), "{message}");
}

#[tokio::test]
async fn speech_audio_is_wrapped_in_base64_json() {
    let audio = b"ID3\x00\x01\x02binary mp3\xff";
    let fake = Fake::start(vec![
        Reply::raw(200, Some("audio/ogg"), audio),
        Reply::raw(200, None, audio),
    ])
    .await;
    let (ex, _) = one(&fake);
    let payload = || json_payload(r#"{"model":"up/tts-1","input":"hi","voice":"alloy"}"#);
    for expected_type in ["audio/ogg", "audio/mpeg"] {
        let (_, result) = completed(run_all(&ex, job(JobKind::AudioSpeech, payload())).await);
        let v: Value = serde_json::from_slice(&result).unwrap();
        assert_eq!(v["content_type"], expected_type);
        let decoded = STANDARD.decode(v["audio"].as_str().unwrap()).unwrap();
        assert_eq!(decoded, audio);
    }
    assert_eq!(fake.received()[0].path, "/v1/audio/speech");
}

#[tokio::test]
async fn an_unforwardable_payload_fails_with_400() {
    let (ex, _) = executor(config(vec![]));
    for (kind, payload) in [
        (JobKind::ChatCompletions, json_payload("not json")),
        (JobKind::ChatCompletions, json_payload(r#"{"messages":[]}"#)),
        (JobKind::ImagesEdits, json_payload(r#"{"model":"echo/x"}"#)),
    ] {
        let (status, body) = failed(run_all(&ex, job(kind, payload)).await);
        assert_eq!(status, 400);
        assert_eq!(body["is_bifrost_error"], true);
    }
}

// ---------------------------------------------------------------------------------------------
// Fallbacks.

#[tokio::test]
async fn fallbacks_are_tried_in_order() {
    let primary = Fake::start(vec![
        Reply::json(503, r#"{"error":{"message":"down"}}"#),
        Reply::json(503, r#"{"error":{"message":"down"}}"#),
    ])
    .await;
    let second = Fake::start(vec![Reply::json(400, r#"{"error":{"message":"nope"}}"#)]).await;
    let third = Fake::start(vec![Reply::json(200, r#"{"from":"third"}"#)]).await;
    let mut c = config(vec![
        provider("a", &primary.url),
        provider("b", &second.url),
        provider("c", &third.url),
    ]);
    c.retry = fast_retry(2);
    let (ex, _) = executor(c);
    let payload = json_payload(
        r#"{"model":"a/m1","input":"x","fallbacks":["b/m2",{"provider":"c","model":"m3"}]}"#,
    );
    let (_, result) = completed(run_all(&ex, job(JobKind::Embeddings, payload)).await);
    assert_eq!(result, r#"{"from":"third"}"#.as_bytes());
    assert_eq!(primary.received().len(), 2);
    assert_eq!(second.received().len(), 1);
    let seen = third.received();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        std::str::from_utf8(&seen[0].body).unwrap(),
        r#"{"model":"m3","input":"x"}"#
    );
}

#[tokio::test]
async fn the_last_fallback_failure_is_the_outcome() {
    let primary = Fake::start(vec![Reply::json(401, r#"{"error":{"message":"bad key"}}"#)]).await;
    let second = Fake::start(vec![Reply::json(
        404,
        r#"{"error":{"message":"no such model"}}"#,
    )])
    .await;
    let (ex, _) = executor(config(vec![
        provider("a", &primary.url),
        provider("b", &second.url),
    ]));
    let payload = json_payload(r#"{"model":"a/m1","prompt":"x","fallbacks":["b/m2"]}"#);
    let (status, body) = failed(run_all(&ex, job(JobKind::Completions, payload)).await);
    assert_eq!(status, 404);
    assert_eq!(body["error"]["message"], "no such model");
    assert_eq!(body["extra_fields"]["model_requested"], "b/m2");
}

#[tokio::test]
async fn a_multipart_fallback_can_be_echo() {
    let fake = Fake::start(vec![Reply::json(500, "{}")]).await;
    let mut c = config(vec![provider("up", &fake.url)]);
    c.retry = fast_retry(1);
    let (ex, _) = executor(c);
    let payload = Payload::Multipart(vec![
        text_part("model", "up/dall-e-2"),
        file_part("image", "in.png", "image/png", b"\x89PNG"),
        text_part("fallbacks", r#"{"provider":"echo","model":"img"}"#),
    ]);
    let (_, result) = completed(run_all(&ex, job(JobKind::ImagesVariations, payload)).await);
    let v: Value = serde_json::from_slice(&result).unwrap();
    assert_eq!(v["data"].as_array().unwrap().len(), 1);
    assert_eq!(fake.received().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Echo.

fn echo_payload(kind: JobKind) -> Payload {
    let json = |v: Value| Payload::Json(Bytes::from(v.to_string()));
    match kind {
        JobKind::ChatCompletions => json(json!({
            "model": "echo/chat",
            "messages": [
                {"role": "system", "content": "be brief"},
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": "ok"},
                {"role": "user", "content": [{"type": "text", "text": "say hello"}]},
            ],
        })),
        JobKind::Completions => json(json!({"model": "echo/text", "prompt": "once upon"})),
        JobKind::Responses => json(json!({"model": "echo/resp", "input": "tell me"})),
        JobKind::Embeddings => json(json!({
            "model": "echo/emb", "input": ["alpha", "beta", "alpha"], "dimensions": 16,
        })),
        JobKind::AudioSpeech => {
            json(json!({"model": "echo/tts", "input": "hello world", "voice": "alloy"}))
        }
        JobKind::ImagesGenerations => json(json!({"model": "echo/img", "prompt": "a cat", "n": 2})),
        JobKind::AudioTranscriptions => Payload::Multipart(vec![
            text_part("model", "echo/whisper"),
            file_part("file", "talk.wav", "audio/wav", &[7u8; 1234]),
        ]),
        JobKind::ImagesEdits => Payload::Multipart(vec![
            text_part("model", "echo/img"),
            file_part("image", "in.png", "image/png", b"\x89PNG"),
            text_part("prompt", "add a hat"),
            text_part("n", "3"),
        ]),
        JobKind::ImagesVariations => Payload::Multipart(vec![
            text_part("model", "echo/img"),
            file_part("image", "in.png", "image/png", b"\x89PNG"),
        ]),
        JobKind::Rerank => json(json!({
            "model": "echo/rank",
            "query": "blue sky",
            "documents": [{"text": "green grass"}, {"text": "a blue sky at noon"}],
        })),
    }
}

fn check_png(item: &Value) {
    let png = STANDARD.decode(item["b64_json"].as_str().unwrap()).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

#[tokio::test]
async fn echo_answers_every_kind_deterministically() {
    let (ex, metrics) = executor(config(vec![]));
    for kind in JobKind::ALL {
        let job = job(kind, echo_payload(kind));
        let (status, first) = completed(run_all(&ex, job.clone()).await);
        assert_eq!(status, 200);
        let (_, again) = completed(run_all(&ex, job.clone()).await);
        assert_eq!(first, again, "{kind} is not deterministic");
        let v: Value = serde_json::from_slice(&first).expect("echo answers JSON");
        match kind {
            JobKind::ChatCompletions => {
                assert_eq!(v["object"], "chat.completion");
                assert_eq!(v["model"], "chat");
                assert_eq!(v["choices"][0]["message"]["role"], "assistant");
                assert_eq!(v["choices"][0]["message"]["content"], "say hello");
                assert!(v["created"].is_i64());
                // Another job gets another id.
                let other = ClaimedJob {
                    id: JobId::new_random(),
                    ..job.clone()
                };
                let (_, b) = completed(run_all(&ex, other).await);
                let b: Value = serde_json::from_slice(&b).unwrap();
                assert_ne!(v["id"], b["id"]);
            }
            JobKind::Completions => {
                assert_eq!(v["object"], "text_completion");
                assert_eq!(v["choices"][0]["text"], "once upon");
            }
            JobKind::Responses => {
                assert_eq!(v["object"], "response");
                assert_eq!(v["status"], "completed");
                assert_eq!(v["output"][0]["content"][0]["text"], "tell me");
            }
            JobKind::Embeddings => {
                let data = v["data"].as_array().unwrap();
                assert_eq!(data.len(), 3);
                let vectors: Vec<Vec<f64>> = data
                    .iter()
                    .map(|d| {
                        d["embedding"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|x| x.as_f64().unwrap())
                            .collect()
                    })
                    .collect();
                assert!(vectors.iter().all(|x| x.len() == 16));
                let norm = vectors[0].iter().map(|x| x * x).sum::<f64>().sqrt();
                assert!((norm - 1.0).abs() < 1e-3, "{norm}");
                assert_eq!(vectors[0], vectors[2]);
                assert_ne!(vectors[0], vectors[1]);
            }
            JobKind::AudioSpeech => {
                assert_eq!(v["content_type"], "audio/wav");
                let wav = STANDARD.decode(v["audio"].as_str().unwrap()).unwrap();
                assert_eq!(&wav[..4], b"RIFF");
                assert_eq!(&wav[8..12], b"WAVE");
                assert_eq!(u16::from_le_bytes([wav[20], wav[21]]), 1, "PCM");
                assert_eq!(u16::from_le_bytes([wav[34], wav[35]]), 16, "16-bit");
                let data_len = u32::from_le_bytes([wav[40], wav[41], wav[42], wav[43]]);
                assert_eq!(data_len as usize, wav.len() - 44);
                assert!(data_len > 0);
            }
            JobKind::AudioTranscriptions => {
                let text = v["text"].as_str().unwrap();
                assert!(text.contains("talk.wav") && text.contains("1234"), "{text}");
            }
            JobKind::ImagesGenerations | JobKind::ImagesEdits | JobKind::ImagesVariations => {
                let n = match kind {
                    JobKind::ImagesGenerations => 2,
                    JobKind::ImagesEdits => 3,
                    _ => 1,
                };
                assert!(v["created"].is_i64());
                let data = v["data"].as_array().unwrap();
                assert_eq!(data.len(), n, "{kind}");
                data.iter().for_each(check_png);
            }
            JobKind::Rerank => {
                assert_eq!(v["model"], "rank");
                let results = v["results"].as_array().unwrap();
                assert_eq!(results.len(), 2);
                assert_eq!(
                    results[0]["index"], 1,
                    "the document sharing the query's words first"
                );
                assert_eq!(results[0]["relevance_score"], 1.0);
            }
        }
    }
    assert!(metrics
        .render(None)
        .contains("gateway_upstream_requests_total{provider=\"echo\",outcome=\"200\"}"));
}

#[tokio::test]
async fn echo_is_the_default_when_configured_so() {
    let mut c = config(vec![]);
    c.default_provider = Some("echo".into());
    let (ex, _) = executor(c);
    let payload = json_payload(r#"{"model":"tiny","input":"x","encoding_format":"base64"}"#);
    assert_eq!(
        ex.route(JobKind::Embeddings, &payload).unwrap(),
        route("echo", "tiny")
    );
    let (_, result) = completed(run_all(&ex, job(JobKind::Embeddings, payload)).await);
    let v: Value = serde_json::from_slice(&result).unwrap();
    let raw = STANDARD
        .decode(v["data"][0]["embedding"].as_str().unwrap())
        .unwrap();
    assert_eq!(raw.len(), 8 * 4);
    let (status, body) = failed(
        run_all(
            &ex,
            job(
                JobKind::Embeddings,
                json_payload(r#"{"model":"tiny","input":"x","dimensions":100000}"#),
            ),
        )
        .await,
    );
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["message"]
            .as_str()
            .map(|m| m.contains("dimensions")),
        Some(true)
    );
}
