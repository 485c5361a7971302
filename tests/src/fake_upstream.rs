//! A fake OpenAI-compatible provider for end-to-end tests.
//!
//! It serves the nine upstream endpoints the gateway calls (`/v1/chat/completions`,
//! `/v1/completions`, `/v1/responses`, `/v1/embeddings`, `/v1/audio/speech`,
//! `/v1/audio/transcriptions`, `/v1/images/generations`, `/v1/images/edits`,
//! `/v1/images/variations`) on `127.0.0.1:0`, from its own thread and tokio runtime, so it works
//! the same under any test runtime (or none).
//!
//! Every request is recorded (path, headers, body bytes, multipart parts, and the answer it was
//! given). By default each path answers `200` with a fixed OpenAI-shaped body whose id carries
//! the request's sequence number (`chatcmpl-fake-7`), so a job's result can be traced to the
//! exact upstream exchange that produced it. A test can script the next answers of a path
//! ([`Reply`]): latency, `429` with `Retry-After`, `5xx`, a hang, a malformed body, a `400` with
//! an OpenAI error body, or anything else.
//!
//! ```no_run
//! # use tests::fake_upstream::{FakeUpstream, Reply};
//! let fake = FakeUpstream::start();
//! fake.script("/v1/chat/completions", vec![Reply::Status(500), Reply::Ok]);
//! // ... point the gateway at fake.base_url() and submit a job ...
//! let seen = fake.requests("/v1/chat/completions");
//! ```

use std::collections::{HashMap, VecDeque};
use std::future::IntoFuture;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use bytes::Bytes;
use serde_json::{json, Value};

/// The upstream paths of the ten job kinds, as the gateway calls them.
pub const PATHS: [&str; 10] = [
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/responses",
    "/v1/embeddings",
    "/v1/audio/speech",
    "/v1/audio/transcriptions",
    "/v1/images/generations",
    "/v1/images/edits",
    "/v1/images/variations",
    "/v1/rerank",
];

/// The content type of the fake's speech answers.
pub const SPEECH_CONTENT_TYPE: &str = "audio/mpeg";

/// A 1×1 PNG, returned as `b64_json` by the image endpoints.
pub const PNG_BASE64: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/// How the fake answers one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// `200` with the path's default body (after the path's default latency, if any).
    Ok,
    /// `200` with the path's default body after this delay.
    Delay(Duration),
    /// This status with an OpenAI error body (`{"error": {"message", "type", "code", "param"}}`).
    Status(u16),
    /// `429` with `Retry-After: <secs>` and an OpenAI rate-limit error body.
    RateLimited { retry_after_secs: u64 },
    /// `400` with an OpenAI `invalid_request_error` body carrying this message.
    BadRequest(String),
    /// Never answers (holds the connection for an hour): longer than any attempt timeout.
    Hang,
    /// `200` with a body that is not JSON (`content-type: application/json` all the same).
    Malformed,
    /// `200` with the path's default body once the gate is opened ([`Gate::open`]): the test
    /// decides when the upstream answers, instead of a delay guessing how long it needs.
    Held(Gate),
    /// Exactly this answer.
    Custom {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
}

/// Holds the answers scripted with [`Reply::Held`] until opened; clones share one gate.
#[derive(Debug, Clone, Default)]
pub struct Gate(Arc<GateState>);

#[derive(Debug, Default)]
struct GateState {
    open: std::sync::atomic::AtomicBool,
    opened: tokio::sync::Notify,
}

impl Gate {
    pub fn new() -> Gate {
        Gate::default()
    }

    /// Lets every held answer go, now and later.
    pub fn open(&self) {
        self.0.open.store(true, Ordering::SeqCst);
        self.0.opened.notify_waiters();
    }

    async fn wait(&self) {
        loop {
            let opened = self.0.opened.notified();
            if self.0.open.load(Ordering::SeqCst) {
                return;
            }
            opened.await;
        }
    }
}

/// One part of a multipart request, as the fake received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedPart {
    pub name: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub data: Bytes,
}

impl RecordedPart {
    /// The part's data as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

/// One request the fake received, with the answer it chose for it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// 1 for the first request the fake saw (over all paths), 2 for the next, ...
    pub seq: u64,
    pub method: String,
    pub path: String,
    /// Header names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    /// The parts, when the body is `multipart/form-data` and parses.
    pub parts: Option<Vec<RecordedPart>>,
    /// Why a multipart body did not parse.
    pub multipart_error: Option<String>,
    pub received_at: Instant,
    /// The status the fake answers with; `None` for [`Reply::Hang`].
    pub reply_status: Option<u16>,
    /// The body the fake answers with (empty for a hang).
    pub reply_body: Bytes,
}

impl Recorded {
    /// The first value of a header (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON; panics (showing the body) when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "request {} to {} is not JSON ({e}): {}",
                self.seq,
                self.path,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The multipart parts; panics when the body was not a valid multipart form.
    pub fn parts(&self) -> &[RecordedPart] {
        self.parts.as_deref().unwrap_or_else(|| {
            panic!(
                "request {} to {} is not a valid multipart body ({:?}); content-type {:?}",
                self.seq,
                self.path,
                self.multipart_error,
                self.header("content-type")
            )
        })
    }

    /// Every part with this name, in order.
    pub fn parts_named(&self, name: &str) -> Vec<&RecordedPart> {
        self.parts().iter().filter(|p| p.name == name).collect()
    }

    /// The only part with this name; panics when there is none or several.
    pub fn part(&self, name: &str) -> &RecordedPart {
        let found = self.parts_named(name);
        assert_eq!(
            found.len(),
            1,
            "request {} to {}: want exactly one part `{name}`, parts are {:?}",
            self.seq,
            self.path,
            self.parts()
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
        );
        found[0]
    }

    /// The answer's body as JSON, when it is.
    pub fn reply_json(&self) -> Option<Value> {
        serde_json::from_slice(&self.reply_body).ok()
    }
}

#[derive(Debug, Default)]
struct FakeState {
    seq: u64,
    scripts: HashMap<String, VecDeque<Reply>>,
    latency: HashMap<String, Duration>,
    requests: Vec<Recorded>,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<FakeState>,
    /// Requests being answered now, and the most there ever were at once.
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// Counts a request as in flight until dropped.
struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn enter(shared: &'a Shared) -> Self {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(shared)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running fake provider; stops when dropped.
#[derive(Debug)]
pub struct FakeUpstream {
    addr: std::net::SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// `/v1/chat/completions` from `chat/completions`, `/chat/completions` or itself.
pub fn normalize_path(path: &str) -> String {
    let path = path.trim();
    if path.starts_with("/v1/") {
        path.to_owned()
    } else {
        format!("/v1/{}", path.trim_start_matches('/'))
    }
}

impl FakeUpstream {
    /// Binds `127.0.0.1:0` and serves from a background thread.
    pub fn start() -> FakeUpstream {
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("fake upstream: cannot bind");
        listener
            .set_nonblocking(true)
            .expect("fake upstream: cannot make the listener non-blocking");
        let addr = listener
            .local_addr()
            .expect("fake upstream: no local address");
        let shared = Arc::new(Shared::default());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app_state = shared.clone();
        let thread = std::thread::Builder::new()
            .name("fake-upstream".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("fake upstream: cannot build a tokio runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener)
                        .expect("fake upstream: cannot adopt the listener");
                    let app = Router::new()
                        .fallback(handle)
                        .layer(DefaultBodyLimit::disable())
                        .with_state(app_state);
                    let serve = axum::serve(listener, app).into_future();
                    tokio::select! {
                        _ = serve => {}
                        _ = stopped => {}
                    }
                });
                // Dropping the runtime cancels every connection still open (hangs included).
                drop(rt);
            })
            .expect("fake upstream: cannot spawn its thread");
        FakeUpstream {
            addr,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:<port>/v1`, as a provider's `base_url`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    pub fn addr(&self) -> std::net::SocketAddr {
        self.addr
    }

    /// Queues answers for the next requests to `path`, after any already queued; once the queue
    /// is empty the path answers [`Reply::Ok`] again.
    pub fn script(&self, path: &str, replies: Vec<Reply>) {
        self.shared
            .lock()
            .scripts
            .entry(normalize_path(path))
            .or_default()
            .extend(replies);
    }

    /// Delays every unscripted (and [`Reply::Ok`]) answer of `path` by `latency`.
    pub fn set_latency(&self, path: &str, latency: Duration) {
        self.shared
            .lock()
            .latency
            .insert(normalize_path(path), latency);
    }

    /// The requests `path` received so far, oldest first.
    pub fn requests(&self, path: &str) -> Vec<Recorded> {
        let path = normalize_path(path);
        self.shared
            .lock()
            .requests
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    /// The most requests this fake was answering at one time.
    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// Every request received so far, oldest first.
    pub fn all_requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    /// Waits until `path` has received at least `n` requests and returns them; panics when
    /// `timeout` passes first.
    pub async fn wait_for_requests(
        &self,
        path: &str,
        n: usize,
        timeout: Duration,
    ) -> Vec<Recorded> {
        let deadline = Instant::now() + timeout;
        loop {
            let seen = self.requests(path);
            if seen.len() >= n {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "the fake upstream saw {} request(s) on {} within {timeout:?}, wanted {n}",
                seen.len(),
                normalize_path(path)
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

impl Drop for FakeUpstream {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What the handler will send.
struct Planned {
    delay: Duration,
    /// Answer only once this gate is open.
    gate: Option<Gate>,
    hang: bool,
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
}

fn json_bytes(value: &Value) -> Bytes {
    Bytes::from(serde_json::to_vec(value).unwrap_or_default())
}

fn openai_error(message: &str, kind: &str, code: Value, param: Value) -> Bytes {
    json_bytes(&json!({
        "error": {"message": message, "type": kind, "param": param, "code": code}
    }))
}

/// The answer a path gives by default: OpenAI-shaped, compact JSON (audio bytes for speech), with
/// `seq` in its id so each answer is distinct.
pub fn default_body(path: &str, seq: u64) -> (String, Bytes) {
    let usage = json!({"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12});
    let created = 1_700_000_000 + seq;
    let body = match path {
        "/v1/chat/completions" => json!({
            "id": format!("chatcmpl-fake-{seq}"),
            "object": "chat.completion",
            "created": created,
            "model": "fake-model",
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": format!("fake answer {seq}"), "refusal": null},
                "logprobs": null,
                "finish_reason": "stop"
            }],
            "usage": usage,
            "system_fingerprint": "fp_fake",
            "x_fake_extension": {"kept": [1, 2.5, "three", null, true]}
        }),
        "/v1/completions" => json!({
            "id": format!("cmpl-fake-{seq}"),
            "object": "text_completion",
            "created": created,
            "model": "fake-instruct",
            "choices": [{"text": format!(" fake completion {seq}"), "index": 0, "logprobs": null, "finish_reason": "length"}],
            "usage": usage
        }),
        "/v1/responses" => json!({
            "id": format!("resp_fake_{seq}"),
            "object": "response",
            "created_at": created,
            "status": "completed",
            "model": "fake-model",
            "output": [{
                "type": "message",
                "id": format!("msg_fake_{seq}"),
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": format!("fake response {seq}"), "annotations": []}]
            }],
            "usage": {"input_tokens": 5, "output_tokens": 7, "total_tokens": 12}
        }),
        "/v1/embeddings" => json!({
            "object": "list",
            "data": [
                {"object": "embedding", "index": 0, "embedding": [0.125, -0.5, 0.25, 1.0, -0.0625]},
                {"object": "embedding", "index": 1, "embedding": [-1.0, 0.5, 0.0, 0.75, 0.375]}
            ],
            "model": format!("fake-embedding-{seq}"),
            "usage": {"prompt_tokens": 4, "total_tokens": 4}
        }),
        "/v1/audio/speech" => {
            // Bytes that are not text: ID3 tag, NUL, CR LF, a multipart-looking dash run, all
            // 256 byte values, and the sequence number.
            let mut audio = b"ID3\x04\x00\x00\r\n--fake\xff\xfb\x90\x00".to_vec();
            audio.extend(0u8..=255);
            audio.extend_from_slice(format!("seq={seq}").as_bytes());
            return (SPEECH_CONTENT_TYPE.to_owned(), Bytes::from(audio));
        }
        "/v1/audio/transcriptions" => json!({
            "text": format!("fake transcription {seq}"),
            "usage": {"type": "duration", "seconds": 3}
        }),
        "/v1/rerank" => json!({
            "id": format!("rerank-fake-{seq}"),
            "model": "fake-rerank",
            "results": [{"index": 0, "relevance_score": 0.5}]
        }),
        "/v1/images/generations" | "/v1/images/edits" | "/v1/images/variations" => json!({
            "created": created,
            "data": [{"b64_json": PNG_BASE64, "revised_prompt": format!("fake image {seq}")}],
            "usage": {"total_tokens": 10, "input_tokens": 4, "output_tokens": 6}
        }),
        _ => {
            return (
                "application/json".to_owned(),
                openai_error(
                    &format!("fake upstream: no endpoint {path}"),
                    "invalid_request_error",
                    json!("unknown_url"),
                    Value::Null,
                ),
            )
        }
    };
    ("application/json".to_owned(), json_bytes(&body))
}

fn plan(reply: Reply, path: &str, seq: u64, latency: Duration) -> Planned {
    let json_headers = || vec![("content-type".to_owned(), "application/json".to_owned())];
    let ok = |delay: Duration| {
        let (content_type, body) = default_body(path, seq);
        let known = PATHS.contains(&path);
        Planned {
            delay,
            gate: None,
            hang: false,
            status: if known { 200 } else { 404 },
            headers: vec![("content-type".to_owned(), content_type)],
            body,
        }
    };
    match reply {
        Reply::Ok => ok(latency),
        Reply::Delay(d) => ok(d),
        Reply::Held(gate) => Planned {
            gate: Some(gate),
            ..ok(Duration::ZERO)
        },
        Reply::Status(status) => {
            let (kind, code) = if status >= 500 {
                ("server_error", json!("server_error"))
            } else {
                ("invalid_request_error", Value::Null)
            };
            Planned {
                delay: Duration::ZERO,
                gate: None,
                hang: false,
                status,
                headers: json_headers(),
                body: openai_error(
                    &format!("fake upstream scripted status {status}"),
                    kind,
                    code,
                    Value::Null,
                ),
            }
        }
        Reply::RateLimited { retry_after_secs } => {
            let mut headers = json_headers();
            headers.push(("retry-after".to_owned(), retry_after_secs.to_string()));
            Planned {
                delay: Duration::ZERO,
                gate: None,
                hang: false,
                status: 429,
                headers,
                body: openai_error(
                    "Rate limit reached for requests",
                    "requests",
                    json!("rate_limit_exceeded"),
                    Value::Null,
                ),
            }
        }
        Reply::BadRequest(message) => Planned {
            delay: Duration::ZERO,
            gate: None,
            hang: false,
            status: 400,
            headers: json_headers(),
            body: openai_error(
                &message,
                "invalid_request_error",
                json!("invalid_value"),
                json!("temperature"),
            ),
        },
        Reply::Hang => Planned {
            delay: Duration::from_secs(3600),
            gate: None,
            hang: true,
            status: 504,
            headers: Vec::new(),
            body: Bytes::new(),
        },
        Reply::Malformed => Planned {
            delay: Duration::ZERO,
            gate: None,
            hang: false,
            status: 200,
            headers: json_headers(),
            body: Bytes::from_static(b"<html>upstream proxy error: this is not JSON {"),
        },
        Reply::Custom {
            status,
            headers,
            body,
        } => Planned {
            delay: Duration::ZERO,
            gate: None,
            hang: false,
            status,
            headers,
            body: Bytes::from(body),
        },
    }
}

async fn parse_multipart(
    headers: &HeaderMap,
    body: &Bytes,
) -> (Option<Vec<RecordedPart>>, Option<String>) {
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return (None, None);
    };
    if !content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return (None, None);
    }
    let boundary = match multer::parse_boundary(content_type) {
        Ok(b) => b,
        Err(e) => return (None, Some(e.to_string())),
    };
    let stream = Body::from(body.clone()).into_data_stream();
    let mut form = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().map(str::to_owned);
                let content_type = field.content_type().map(|m| m.to_string());
                match field.bytes().await {
                    Ok(data) => parts.push(RecordedPart {
                        name,
                        file_name,
                        content_type,
                        data,
                    }),
                    Err(e) => return (None, Some(e.to_string())),
                }
            }
            Ok(None) => return (Some(parts), None),
            Err(e) => return (None, Some(e.to_string())),
        }
    }
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: axum::http::Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let _in_flight = InFlight::enter(&shared);
    let path = uri.path().to_owned();
    let (parts, multipart_error) = parse_multipart(&headers, &body).await;
    let planned = {
        let mut state = shared.lock();
        state.seq += 1;
        let seq = state.seq;
        let latency = state.latency.get(&path).copied().unwrap_or_default();
        let reply = state
            .scripts
            .get_mut(&path)
            .and_then(VecDeque::pop_front)
            .unwrap_or(Reply::Ok);
        let planned = plan(reply, &path, seq, latency);
        state.requests.push(Recorded {
            seq,
            method: method.to_string(),
            path: path.clone(),
            headers: headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_ascii_lowercase(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
            parts,
            multipart_error,
            received_at: Instant::now(),
            reply_status: (!planned.hang).then_some(planned.status),
            reply_body: planned.body.clone(),
        });
        planned
    };
    if let Some(gate) = &planned.gate {
        gate.wait().await;
    }
    if !planned.delay.is_zero() {
        tokio::time::sleep(planned.delay).await;
    }
    let mut response = Response::new(Body::from(planned.body));
    *response.status_mut() =
        StatusCode::from_u16(planned.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in planned.headers {
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response.into_response()
}
