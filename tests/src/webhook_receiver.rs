//! A webhook receiver for end-to-end tests: an HTTP server on `127.0.0.1` that records every
//! delivery the gateway sends it and answers as the test scripts.
//!
//! Signatures are checked with the `standardwebhooks` crate, the Standard Webhooks authors'
//! own, never with the gateway's code, so a test that passes shows that an independent
//! receiver accepts what the gateway sends.
//!
//! ```no_run
//! # use tests::webhook_receiver::{ReceiverReply, WebhookReceiver};
//! # use std::time::Duration;
//! let receiver = WebhookReceiver::start();
//! receiver.script(vec![ReceiverReply::Status(500), ReceiverReply::Status(200)]);
//! // ... configure an endpoint with receiver.url(), submit a job naming it ...
//! let deliveries = receiver.wait_for(2, Duration::from_secs(10));
//! assert!(deliveries[1].verify("whsec_…").is_ok());
//! ```

use std::collections::VecDeque;
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::Value;

/// A Standard Webhooks secret (`whsec_` and 24 bytes in base64) for tests and benches.
pub const TEST_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// How the receiver answers one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiverReply {
    Status(u16),
    /// The status with a `Retry-After` of this many seconds.
    RetryAfter(u16, u64),
    /// `302` to another address (which a sender must not follow).
    Redirect(String),
    /// No answer at all, until the receiver stops.
    Hang,
}

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub headers: HeaderMap,
    pub body: Bytes,
    pub received_at: Instant,
    /// The same moment by the wall clock, to compare with times the gateway wrote.
    pub received_at_utc: chrono::DateTime<chrono::Utc>,
    /// What it was answered (a hang is recorded before it starts).
    pub reply: ReceiverReply,
}

impl Delivery {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `webhook-id`.
    pub fn id(&self) -> &str {
        self.header("webhook-id").unwrap_or("")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a delivery body is JSON")
    }

    /// Checks the signature with `secret` (`whsec_…`) as any Standard Webhooks receiver does,
    /// with the `standardwebhooks` crate.
    pub fn verify(&self, secret: &str) -> Result<(), standardwebhooks::WebhookError> {
        standardwebhooks::Webhook::new(secret)?.verify(&self.body, &self.headers)
    }
}

#[derive(Default)]
struct Shared {
    state: Mutex<Recorded>,
    arrived: Condvar,
}

#[derive(Default)]
struct Recorded {
    deliveries: Vec<Delivery>,
    script: VecDeque<ReceiverReply>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Recorded> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// See the module docs. Dropping it stops the server (hanging requests are cut).
pub struct WebhookReceiver {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for WebhookReceiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookReceiver")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl WebhookReceiver {
    /// Serves on a free port of `127.0.0.1`.
    pub fn start() -> WebhookReceiver {
        WebhookReceiver::serve(
            std::net::TcpListener::bind("127.0.0.1:0").expect("receiver: cannot bind"),
            Arc::new(Shared::default()),
        )
    }

    /// A port nothing listens on now, for a receiver that starts later
    /// ([`WebhookReceiver::start_on`]): deliveries to it fail to connect until then.
    pub fn reserve_port() -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("receiver: cannot bind");
        listener.local_addr().expect("receiver: no local address")
    }

    /// Serves on `addr` (from [`WebhookReceiver::reserve_port`] or a stopped receiver), with
    /// the deliveries and script of `previous` if given, so one record spans the restart.
    pub fn start_on(addr: SocketAddr, previous: Option<WebhookReceiver>) -> WebhookReceiver {
        let shared = match previous {
            Some(mut receiver) => {
                receiver.shutdown();
                receiver.shared.clone()
            }
            None => Arc::new(Shared::default()),
        };
        // The port was just released; binding it again can race the kernel for a moment.
        let deadline = Instant::now() + Duration::from_secs(5);
        let listener = loop {
            match std::net::TcpListener::bind(addr) {
                Ok(listener) => break listener,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    std::thread::yield_now();
                }
                Err(e) => panic!("receiver: cannot bind {addr} again: {e}"),
            }
        };
        WebhookReceiver::serve(listener, shared)
    }

    fn serve(listener: std::net::TcpListener, shared: Arc<Shared>) -> WebhookReceiver {
        listener
            .set_nonblocking(true)
            .expect("receiver: cannot make the listener non-blocking");
        let addr = listener.local_addr().expect("receiver: no local address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let state = shared.clone();
        let thread = std::thread::Builder::new()
            .name("webhook-receiver".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("receiver: cannot build a tokio runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener)
                        .expect("receiver: cannot adopt the listener");
                    let app = Router::new().fallback(receive).with_state(state);
                    tokio::select! {
                        _ = axum::serve(listener, app).into_future() => {}
                        _ = stopped => {}
                    }
                });
                drop(rt);
            })
            .expect("receiver: cannot spawn its thread");
        WebhookReceiver {
            addr,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:<port>/hooks`.
    pub fn url(&self) -> String {
        format!("http://{}/hooks", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The next answers, in order; after them every delivery gets `204`.
    pub fn script(&self, replies: Vec<ReceiverReply>) {
        self.shared.lock().script.extend(replies);
    }

    /// Every delivery so far.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.lock().deliveries.clone()
    }

    /// Waits until at least `n` deliveries have arrived and returns them all; fails the test
    /// with what did arrive after `timeout`.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = Instant::now() + timeout;
        let mut state = self.shared.lock();
        while state.deliveries.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "{} of {n} deliveries arrived within {timeout:?}: {:?}",
                state.deliveries.len(),
                state
                    .deliveries
                    .iter()
                    .map(|d| d.id().to_owned())
                    .collect::<Vec<_>>()
            );
            state = self
                .shared
                .arrived
                .wait_timeout(state, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        state.deliveries.clone()
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for WebhookReceiver {
    fn drop(&mut self) {
        self.shutdown();
    }
}

async fn receive(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let reply = {
        let mut state = shared.lock();
        let reply = state
            .script
            .pop_front()
            .unwrap_or(ReceiverReply::Status(204));
        state.deliveries.push(Delivery {
            headers,
            body,
            received_at: Instant::now(),
            received_at_utc: chrono::Utc::now(),
            reply: reply.clone(),
        });
        reply
    };
    shared.arrived.notify_all();
    let status =
        |code: u16| StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match reply {
        ReceiverReply::Status(code) => status(code).into_response(),
        ReceiverReply::RetryAfter(code, secs) => {
            (status(code), [("retry-after", secs.to_string())]).into_response()
        }
        ReceiverReply::Redirect(to) => (StatusCode::FOUND, [("location", to)]).into_response(),
        ReceiverReply::Hang => std::future::pending().await,
    }
}
