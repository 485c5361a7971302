//! The job service with its workers and a SQLite store, against a fake provider over real HTTP
//! on 127.0.0.1: waits, cancels, listings, idempotency keys, and retries that give their slot up.
//!
//! The fake answers by request body (the first rule whose needle the body holds, used once),
//! records when each request arrived and whether its connection was closed before the answer.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::Router;
use bytes::Bytes;

use runtime::auth::{Authenticator, Principal, PrincipalConfig, Scheme};
use runtime::executor::{Executor, ExecutorConfig, ProviderConfig, RetryPolicy};
use runtime::http::ApiError;
use runtime::job::{JobStatus, Payload};
use runtime::kind::JobKind;
use runtime::metrics::Metrics;
use runtime::service::{JobService, Lifecycle, Limits, ListQuery, SubmitOptions, TtlRules};
use runtime::store::postgres::PostgresStore;
use runtime::store::sqlite::SqliteStore;
use runtime::store::Store;
use runtime::workers::{WorkerSettings, Workers};

// ---------------------------------------------------------------------------------------------
// The fake provider.

#[derive(Clone)]
struct Rule {
    needle: String,
    status: u16,
    headers: Vec<(&'static str, String)>,
    delay: Duration,
}

fn rule(needle: &str, status: u16) -> Rule {
    Rule {
        needle: needle.into(),
        status,
        headers: Vec::new(),
        delay: Duration::ZERO,
    }
}

#[derive(Debug, Clone)]
struct Seen {
    body: String,
    arrived: Instant,
    /// When the answer was sent, or `None` while pending.
    answered: Option<Instant>,
    /// When the connection was dropped before the answer.
    closed: Option<Instant>,
}

#[derive(Clone, Default)]
struct Fake {
    rules: Arc<Mutex<Vec<Rule>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Fake {
    async fn start(rules: Vec<Rule>) -> (Fake, String) {
        let fake = Fake::default();
        fake.rules.lock().unwrap().extend(rules);
        let app = Router::new().fallback(handle).with_state(fake.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        (fake, format!("http://{addr}/v1"))
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn requests_for(&self, needle: &str) -> Vec<Seen> {
        self.seen()
            .into_iter()
            .filter(|s| s.body.contains(needle))
            .collect()
    }
}

/// Marks the request closed when the handler is dropped before answering.
struct Pending {
    fake: Fake,
    index: usize,
    done: bool,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.done {
            self.fake.seen.lock().unwrap()[self.index].closed = Some(Instant::now());
        }
    }
}

async fn handle(State(fake): State<Fake>, request: Request) -> Response {
    let body = axum::body::to_bytes(request.into_body(), usize::MAX)
        .await
        .unwrap();
    let body = String::from_utf8_lossy(&body).into_owned();
    let chosen = {
        let mut rules = fake.rules.lock().unwrap();
        let found = rules.iter().position(|r| body.contains(&r.needle));
        found.map(|i| rules.remove(i))
    };
    let rule = chosen.unwrap_or_else(|| rule("", 200));
    let index = {
        let mut seen = fake.seen.lock().unwrap();
        seen.push(Seen {
            body: body.clone(),
            arrived: Instant::now(),
            answered: None,
            closed: None,
        });
        seen.len() - 1
    };
    let mut pending = Pending {
        fake: fake.clone(),
        index,
        done: false,
    };
    if !rule.delay.is_zero() {
        // The fake is a slow provider here, not a way to wait for something.
        tokio::time::sleep(rule.delay).await;
    }
    pending.done = true;
    fake.seen.lock().unwrap()[index].answered = Some(Instant::now());
    let mut response = Response::builder()
        .status(StatusCode::from_u16(rule.status).unwrap())
        .header("content-type", "application/json");
    for (name, value) in &rule.headers {
        response = response.header(*name, value);
    }
    let answer = if rule.status == 200 {
        r#"{"id":"x","object":"chat.completion","choices":[]}"#
    } else {
        r#"{"error":{"message":"not now"}}"#
    };
    response.body(Body::from(answer)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// A gateway without HTTP: service, workers, store.

struct Gateway {
    service: Arc<JobService>,
    store: Arc<dyn Store>,
    close: Closer,
    workers: Option<Workers>,
    _dir: Option<tempfile::TempDir>,
}

/// How the gateway's store is closed at the end.
enum Closer {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PostgresStore>),
}

struct Setup {
    max_concurrency: Option<usize>,
    lifecycle: Lifecycle,
    retry_attempts: u32,
    /// Run workers (a replica without them only serves requests).
    workers: bool,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            max_concurrency: None,
            lifecycle: Lifecycle::default(),
            retry_attempts: 3,
            workers: true,
        }
    }
}

const CHAT: JobKind = JobKind::ChatCompletions;

async fn gateway(url: &str, setup: Setup) -> Gateway {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        SqliteStore::open(&dir.path().join("jobs.sqlite3"))
            .await
            .unwrap(),
    );
    let mut gw = gateway_on(store.clone(), Closer::Sqlite(store), url, setup);
    gw._dir = Some(dir);
    gw
}

fn gateway_on(store: Arc<dyn Store>, close: Closer, url: &str, setup: Setup) -> Gateway {
    let metrics = Arc::new(Metrics::new());
    let executor = Arc::new(
        Executor::new(
            ExecutorConfig {
                providers: vec![ProviderConfig {
                    name: "up".into(),
                    base_url: url.into(),
                    api_key_env: None,
                    models: None,
                    max_concurrency: setup.max_concurrency,
                }],
                retry: RetryPolicy {
                    max_attempts: setup.retry_attempts,
                    initial_backoff_ms: 1,
                    max_backoff_ms: 5,
                },
                attempt_timeout: Duration::from_secs(30),
                execution_timeout: Duration::from_secs(60),
                ..ExecutorConfig::default()
            },
            metrics.clone(),
        )
        .unwrap(),
    );
    let principals = ["alice", "bob"].map(|name| PrincipalConfig {
        name: name.into(),
        bearer_tokens: vec![format!("{name}-token")],
        ..PrincipalConfig::default()
    });
    let dyn_store = store.clone();
    let service = Arc::new(JobService::new(
        dyn_store.clone(),
        executor.clone(),
        Authenticator::new(&principals).unwrap(),
        metrics.clone(),
        Limits {
            json_body_bytes: 1 << 20,
            multipart_body_bytes: 1 << 20,
            max_inflight_body_bytes: 1 << 24,
        },
        TtlRules {
            default: Duration::from_secs(3600),
            max: Duration::from_secs(7200),
        },
        setup.lifecycle,
    ));
    let workers = setup.workers.then(|| {
        Workers::start(
            dyn_store,
            executor,
            metrics,
            WorkerSettings {
                concurrency: 4,
                lease: Duration::from_secs(30),
                max_attempts: 5,
                reap_interval: Duration::from_secs(60),
                shutdown_grace: Duration::from_secs(5),
                idle_poll: Duration::from_millis(100),
            },
        )
    });
    Gateway {
        service,
        store,
        close,
        workers,
        _dir: None,
    }
}

impl Gateway {
    fn principal(&self, name: &str) -> Principal {
        let mut headers = HeaderMap::new();
        headers.insert(
            "authorization",
            HeaderValue::from_str(&format!("Bearer {name}-token")).unwrap(),
        );
        self.service
            .authenticate(&headers, &[&[Scheme::Bearer]])
            .unwrap()
    }

    async fn submit(&self, who: &str, tag: &str) -> String {
        self.service
            .submit(
                CHAT,
                &self.principal(who),
                chat(tag),
                Duration::from_secs(600),
            )
            .await
            .unwrap()
            .id
            .to_string()
    }

    /// Waits (up to `within`) for the job to be final; returns its status then.
    async fn final_status(&self, id: &str, within: Duration) -> JobStatus {
        let waited = self
            .service
            .wait(CHAT, &self.principal("alice"), id, within)
            .await
            .unwrap();
        let job = waited.job.expect("the job exists");
        assert!(job.status.is_terminal(), "{id} is still {}", job.status);
        job.status
    }

    async fn stop(mut self) {
        self.service.release_waiters();
        if let Some(workers) = self.workers.take() {
            workers.shutdown().await;
        }
        match &self.close {
            Closer::Sqlite(s) => s.close().await,
            Closer::Postgres(s) => s.close().await,
        }
    }
}

fn chat(tag: &str) -> Payload {
    Payload::Json(Bytes::from(format!(
        r#"{{"model":"up/m","messages":[{{"role":"user","content":"{tag}"}}]}}"#
    )))
}

/// Until `check` holds, looking each time one of the fake's requests may have changed things;
/// fails after `within`.
async fn eventually(within: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

// ---------------------------------------------------------------------------------------------
// Retries.

/// One provider slot: job A is told to come back in 2 s; job B runs and completes in that time
/// instead of queueing behind A's wait; then A runs again and completes.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_retry_gives_its_provider_slot_up() {
    let mut busy = rule("job-a", 429);
    busy.headers.push(("retry-after", "2".into()));
    let (fake, url) = Fake::start(vec![busy]).await;
    let gw = gateway(
        &url,
        Setup {
            max_concurrency: Some(1),
            ..Setup::default()
        },
    )
    .await;
    let a = gw.submit("alice", "job-a").await;
    eventually(Duration::from_secs(10), "A's first request", || {
        !fake.requests_for("job-a").is_empty()
    })
    .await;
    let b = gw.submit("alice", "job-b").await;

    assert_eq!(
        gw.final_status(&b, Duration::from_secs(10)).await,
        JobStatus::Completed
    );
    let alice = gw.principal("alice");
    let waiting = gw.service.poll(CHAT, &alice, &a).await.unwrap().unwrap();
    assert_eq!(waiting.status, JobStatus::Pending, "A waits in the queue");
    assert_eq!(waiting.attempts, 1);
    let next = waiting.next_attempt_at.expect("A shows when it runs again");
    assert!(next > chrono::Utc::now(), "{next}");

    assert_eq!(
        gw.final_status(&a, Duration::from_secs(10)).await,
        JobStatus::Completed
    );
    let a_requests = fake.requests_for("job-a");
    let b_requests = fake.requests_for("job-b");
    assert_eq!((a_requests.len(), b_requests.len()), (2, 1));
    let b_done = b_requests[0].answered.unwrap();
    assert!(
        b_done < a_requests[1].arrived,
        "B completed during A's wait"
    );
    let gap = a_requests[1].arrived - a_requests[0].arrived;
    assert!(
        gap >= Duration::from_millis(1_900),
        "Retry-After honoured: {gap:?}"
    );
    let done = gw.service.poll(CHAT, &alice, &a).await.unwrap().unwrap();
    assert_eq!(done.attempts, 2);
    assert_eq!(done.next_attempt_at, None);
    gw.stop().await;
}

/// Retries are bounded: after the last run the failure is the outcome.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn retries_end_after_the_last_run() {
    let rules = (0..3).map(|_| rule("always-busy", 503)).collect();
    let (fake, url) = Fake::start(rules).await;
    let gw = gateway(&url, Setup::default()).await;
    let id = gw.submit("alice", "always-busy").await;
    assert_eq!(
        gw.final_status(&id, Duration::from_secs(10)).await,
        JobStatus::Failed
    );
    assert_eq!(fake.requests_for("always-busy").len(), 3);
    let job = gw
        .service
        .poll(CHAT, &gw.principal("alice"), &id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(job.attempts, 3);
    gw.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Waits.

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_wait_ends_when_the_job_does() {
    let mut slow = rule("slow-300", 200);
    slow.delay = Duration::from_millis(300);
    let mut slower = rule("slow-3000", 200);
    slower.delay = Duration::from_secs(3);
    let (fake, url) = Fake::start(vec![slow, slower]).await;
    let gw = gateway(&url, Setup::default()).await;
    let alice = gw.principal("alice");

    let id = gw.submit("alice", "slow-300").await;
    let waited = gw
        .service
        .wait(CHAT, &alice, &id, Duration::from_secs(5))
        .await
        .unwrap();
    let returned = Instant::now();
    assert_eq!(waited.applied, Duration::from_secs(5));
    assert_eq!(waited.job.unwrap().status, JobStatus::Completed);
    let answered = fake.requests_for("slow-300")[0].answered.unwrap();
    let lag = returned - answered;
    assert!(
        lag < Duration::from_secs(2),
        "woken {lag:?} after the answer"
    );

    let id = gw.submit("alice", "slow-3000").await;
    let started = Instant::now();
    let waited = gw
        .service
        .wait(CHAT, &alice, &id, Duration::from_secs(1))
        .await
        .unwrap();
    let took = started.elapsed();
    assert!(!waited.job.unwrap().status.is_terminal());
    assert!(took >= Duration::from_millis(990), "{took:?}");
    assert!(took < Duration::from_millis(2_500), "{took:?}");

    // Someone else's job, or no job: not found, at once.
    let started = Instant::now();
    let theirs = gw
        .service
        .wait(CHAT, &gw.principal("bob"), &id, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(theirs.job.is_none());
    let nothing = gw
        .service
        .wait(CHAT, &alice, "not-an-id", Duration::from_secs(5))
        .await
        .unwrap();
    assert!(nothing.job.is_none());
    assert!(started.elapsed() < Duration::from_secs(1));
    gw.stop().await;
}

/// Waits are capped at `max_wait`; past `max_waiters` they answer at once; shutdown answers
/// every one of them at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn waits_are_capped_bounded_and_released_at_shutdown() {
    let mut stuck = rule("stuck", 200);
    stuck.delay = Duration::from_secs(30);
    let (_fake, url) = Fake::start(vec![stuck]).await;
    let gw = gateway(
        &url,
        Setup {
            lifecycle: Lifecycle {
                max_wait: Duration::from_secs(20),
                max_waiters: 3,
                ..Lifecycle::default()
            },
            ..Setup::default()
        },
    )
    .await;
    assert_eq!(gw.service.max_wait(), Duration::from_secs(20));
    let id = gw.submit("alice", "stuck").await;
    let events = gw.store.events().clone();
    let waiters: Vec<_> = (0..3)
        .map(|_| {
            let service = gw.service.clone();
            let alice = gw.principal("alice");
            let id = id.clone();
            tokio::spawn(async move {
                service
                    .wait(CHAT, &alice, &id, Duration::from_secs(3600))
                    .await
                    .unwrap()
            })
        })
        .collect();
    eventually(Duration::from_secs(5), "three waiters", || {
        events.waiting() == 3
    })
    .await;

    let started = Instant::now();
    let extra = gw
        .service
        .wait(CHAT, &gw.principal("alice"), &id, Duration::from_secs(10))
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(extra.applied, Duration::ZERO);
    assert!(extra.job.is_some());

    let started = Instant::now();
    gw.service.release_waiters();
    for waiter in waiters {
        let waited = tokio::time::timeout(Duration::from_secs(2), waiter)
            .await
            .expect("shutdown released the waiter")
            .unwrap();
        assert_eq!(waited.applied, Duration::from_secs(20), "capped");
        assert!(!waited.job.unwrap().status.is_terminal());
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    gw.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Cancels.

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cancels_stop_pending_and_running_jobs() {
    let mut long = rule("long-running", 200);
    long.delay = Duration::from_secs(30);
    let (fake, url) = Fake::start(vec![long]).await;
    let gw = gateway(
        &url,
        Setup {
            max_concurrency: Some(1),
            ..Setup::default()
        },
    )
    .await;
    let alice = gw.principal("alice");
    let running = gw.submit("alice", "long-running").await;
    eventually(Duration::from_secs(10), "the long request", || {
        !fake.requests_for("long-running").is_empty()
    })
    .await;
    // The provider's one slot is taken: this one stays pending.
    let queued = gw.submit("alice", "never-sent").await;

    let cancelled = gw
        .service
        .cancel(CHAT, &alice, &queued)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(cancelled.status, JobStatus::Cancelled);
    assert!(cancelled.completed_at.is_some() && cancelled.expires_at.is_some());

    // Someone else, another kind, nonsense: not found; the job runs on.
    let bob = gw.principal("bob");
    assert!(gw
        .service
        .cancel(CHAT, &bob, &running)
        .await
        .unwrap()
        .is_none());
    assert!(gw
        .service
        .cancel(JobKind::Embeddings, &alice, &running)
        .await
        .unwrap()
        .is_none());
    assert!(gw
        .service
        .cancel(CHAT, &alice, "nope")
        .await
        .unwrap()
        .is_none());

    let cancelled_at = Instant::now();
    let view = gw
        .service
        .cancel(CHAT, &alice, &running)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.status, JobStatus::Cancelled);
    eventually(
        Duration::from_secs(1),
        "the upstream request to be closed",
        || fake.requests_for("long-running")[0].closed.is_some(),
    )
    .await;
    let closed = fake.requests_for("long-running")[0].closed.unwrap();
    assert!(closed - cancelled_at < Duration::from_secs(1));

    // Final now: a second cancel is a conflict naming the state; polls show it.
    let again = gw.service.cancel(CHAT, &alice, &running).await.unwrap_err();
    assert_eq!(again.status.as_u16(), 409);
    assert!(again.message.contains("cancelled"), "{again}");
    let polled = gw
        .service
        .poll(CHAT, &alice, &running)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(polled.status, JobStatus::Cancelled);

    // A completed job: a conflict naming `completed`. The queued job never reached the fake.
    let done = gw.submit("alice", "quick").await;
    assert_eq!(
        gw.final_status(&done, Duration::from_secs(10)).await,
        JobStatus::Completed
    );
    let late: ApiError = gw.service.cancel(CHAT, &alice, &done).await.unwrap_err();
    assert_eq!(late.status.as_u16(), 409);
    assert!(late.message.contains("completed"), "{late}");
    assert!(fake.requests_for("never-sent").is_empty());
    gw.stop().await;
}

/// A cancel racing the job's completion: both answers agree on the one final state.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_cancel_racing_completion_agrees_with_it() {
    let (_fake, url) = Fake::start(Vec::new()).await;
    let gw = gateway(&url, Setup::default()).await;
    let alice = gw.principal("alice");
    for round in 0..30 {
        let id = gw.submit("alice", &format!("race-{round}")).await;
        let answer = gw.service.cancel(CHAT, &alice, &id).await;
        let status = gw.final_status(&id, Duration::from_secs(10)).await;
        match answer {
            Ok(Some(view)) => {
                assert_eq!(view.status, JobStatus::Cancelled);
                assert_eq!(status, JobStatus::Cancelled, "round {round}");
            }
            Err(e) => {
                assert_eq!(e.status.as_u16(), 409);
                assert!(e.message.contains(status.as_str()), "round {round}: {e}");
                assert_eq!(status, JobStatus::Completed);
            }
            Ok(None) => panic!("round {round}: not found"),
        }
    }
    gw.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Idempotency keys and listings.

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn idempotency_keys_replay_refuse_and_deduplicate() {
    let (_fake, url) = Fake::start(Vec::new()).await;
    let gw = gateway(&url, Setup::default()).await;
    let alice = gw.principal("alice");
    let ttl = Duration::from_secs(600);
    let keyed = |key: &str| SubmitOptions {
        idempotency_key: Some(key.into()),
        ..SubmitOptions::default()
    };
    let first = gw
        .service
        .submit_with(CHAT, &alice, chat("same"), ttl, keyed("k-1"))
        .await
        .unwrap();
    let replay = gw
        .service
        .submit_with(CHAT, &alice, chat("same"), ttl, keyed("k-1"))
        .await
        .unwrap();
    assert_eq!(replay.id, first.id);

    let other = gw
        .service
        .submit_with(CHAT, &alice, chat("different"), ttl, keyed("k-1"))
        .await
        .unwrap_err();
    assert_eq!(other.status.as_u16(), 422);
    assert_eq!(other.param.as_deref(), Some("Idempotency-Key"));

    for bad in [String::new(), "x".repeat(256)] {
        let refused = gw
            .service
            .submit_with(CHAT, &alice, chat("same"), ttl, keyed(&bad))
            .await
            .unwrap_err();
        assert_eq!(refused.status.as_u16(), 400);
        assert_eq!(refused.param.as_deref(), Some("Idempotency-Key"));
    }
    let longest = "y".repeat(255);
    gw.service
        .submit_with(CHAT, &alice, chat("same"), ttl, keyed(&longest))
        .await
        .unwrap();

    // Bob's key is his own.
    let bobs = gw
        .service
        .submit_with(CHAT, &gw.principal("bob"), chat("same"), ttl, keyed("k-1"))
        .await
        .unwrap();
    assert_ne!(bobs.id, first.id);

    let submits: Vec<_> = (0..100)
        .map(|_| {
            let service = gw.service.clone();
            let alice = alice.clone();
            tokio::spawn(async move {
                service
                    .submit_with(CHAT, &alice, chat("burst"), ttl, keyed("k-burst"))
                    .await
                    .unwrap()
                    .id
            })
        })
        .collect();
    let mut ids = std::collections::HashSet::new();
    for submit in submits {
        ids.insert(submit.await.unwrap());
    }
    assert_eq!(ids.len(), 1, "{ids:?}");
    gw.stop().await;
}

/// A key older than `idempotency_ttl` no longer holds its job: the same request makes a new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn idempotency_keys_expire() {
    let (_fake, url) = Fake::start(Vec::new()).await;
    let gw = gateway(
        &url,
        Setup {
            lifecycle: Lifecycle {
                idempotency_ttl: Duration::from_secs(2),
                ..Lifecycle::default()
            },
            ..Setup::default()
        },
    )
    .await;
    let alice = gw.principal("alice");
    let submit = || {
        gw.service.submit_with(
            CHAT,
            &alice,
            chat("again"),
            Duration::from_secs(600),
            SubmitOptions {
                idempotency_key: Some("k".into()),
                ..SubmitOptions::default()
            },
        )
    };
    let first = submit().await.unwrap();
    assert_eq!(submit().await.unwrap().id, first.id);
    let created = Instant::now();
    // The key's window is time itself: nothing to wait on but the clock.
    tokio::time::sleep(Duration::from_millis(2_200).saturating_sub(created.elapsed())).await;
    let later = submit().await.unwrap();
    assert_ne!(later.id, first.id);
    assert_eq!(submit().await.unwrap().id, later.id);
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn listings_page_through_the_callers_jobs() {
    let (_fake, url) = Fake::start(Vec::new()).await;
    let gw = gateway(&url, Setup::default()).await;
    let alice = gw.principal("alice");
    let mut mine = Vec::new();
    for i in 0..25 {
        mine.push(gw.submit("alice", &format!("list-{i}")).await);
    }
    gw.submit("bob", "not-yours").await;
    mine.reverse();

    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = gw
            .service
            .list(
                &alice,
                ListQuery {
                    limit: 10,
                    after: after.clone(),
                    ..ListQuery::default()
                },
            )
            .await
            .unwrap();
        seen.extend(page.jobs.iter().map(|j| j.id.to_string()));
        if !page.has_more {
            break;
        }
        after = page.jobs.last().map(|j| j.id.to_string());
    }
    assert_eq!(seen, mine, "newest first, every job once, only alice's");

    let default = gw.service.list(&alice, ListQuery::default()).await.unwrap();
    assert_eq!(default.jobs.len(), 20);
    assert!(default.has_more);
    let text: serde_json::Value = serde_json::from_slice(&default.to_json_bytes()).unwrap();
    assert_eq!(text["object"], "list");
    assert_eq!(text["first_id"], mine[0].as_str());
    assert_eq!(text["data"][0]["kind"], "chat_completions");

    for limit in [0, 101] {
        let bad = gw
            .service
            .list(
                &alice,
                ListQuery {
                    limit,
                    ..ListQuery::default()
                },
            )
            .await
            .unwrap_err();
        assert_eq!(bad.status.as_u16(), 400);
        assert_eq!(bad.param.as_deref(), Some("limit"));
    }
    let bad = gw
        .service
        .list(
            &alice,
            ListQuery {
                after: Some("page-2".into()),
                ..ListQuery::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(bad.status.as_u16(), 400);
    assert_eq!(bad.param.as_deref(), Some("after"));
    let embeddings = gw
        .service
        .list(
            &alice,
            ListQuery {
                kind: Some(JobKind::Embeddings),
                ..ListQuery::default()
            },
        )
        .await
        .unwrap();
    assert!(embeddings.jobs.is_empty() && !embeddings.has_more);
    gw.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Replicas on PostgreSQL (when `GATEWAY_TEST_POSTGRES_URL` is set).

/// A database of its own on the test server, dropped at the end.
struct Database {
    admin: String,
    name: String,
    url: String,
}

impl Database {
    async fn create() -> Option<Database> {
        let admin = std::env::var("GATEWAY_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())?;
        let name = format!("gateway_lifecycle_{}", uuid::Uuid::new_v4().simple());
        run_admin(&admin, &format!("CREATE DATABASE {name}")).await;
        let url = match admin.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("the test URL names no database: {admin}"),
        };
        Some(Database { admin, name, url })
    }

    async fn replica(&self, fake_url: &str, setup: Setup) -> Gateway {
        let store = Arc::new(PostgresStore::open_url(&self.url).await.unwrap());
        gateway_on(store.clone(), Closer::Postgres(store), fake_url, setup)
    }
}

async fn run_admin(admin: &str, sql: &str) {
    let (client, connection) = tokio_postgres::connect(admin, tokio_postgres::NoTls)
        .await
        .expect("connect to the test server");
    let task = tokio::spawn(connection);
    client
        .batch_execute(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    drop(client);
    let _ = task.await;
}

impl Drop for Database {
    fn drop(&mut self) {
        let admin = self.admin.clone();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let _ = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(run_admin(&admin, &sql));
        })
        .join();
    }
}

/// Replica B takes the requests and runs no workers; replica A runs every job. A caller
/// waiting on B is woken by A's finish; a cancel on B aborts the request A is making; keys
/// submitted to both at once still make one job.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn replicas_share_waits_cancels_and_keys() {
    let Some(db) = Database::create().await else {
        eprintln!(
            "skipped replicas_share_waits_cancels_and_keys: GATEWAY_TEST_POSTGRES_URL is not set"
        );
        return;
    };
    let mut slow = rule("slow-300", 200);
    slow.delay = Duration::from_millis(300);
    let mut long = rule("long-running", 200);
    long.delay = Duration::from_secs(30);
    let (fake, url) = Fake::start(vec![slow, long]).await;
    let a = db.replica(&url, Setup::default()).await;
    let b = db
        .replica(
            &url,
            Setup {
                workers: false,
                ..Setup::default()
            },
        )
        .await;
    let alice = b.principal("alice");

    let id = b.submit("alice", "slow-300").await;
    let waited = b
        .service
        .wait(CHAT, &alice, &id, Duration::from_secs(10))
        .await
        .unwrap();
    let returned = Instant::now();
    assert_eq!(waited.job.unwrap().status, JobStatus::Completed);
    let answered = fake.requests_for("slow-300")[0].answered.unwrap();
    assert!(
        returned - answered < Duration::from_secs(2),
        "{:?}",
        returned - answered
    );

    let id = b.submit("alice", "long-running").await;
    eventually(Duration::from_secs(10), "the long request on A", || {
        !fake.requests_for("long-running").is_empty()
    })
    .await;
    let cancelled_at = Instant::now();
    let view = b.service.cancel(CHAT, &alice, &id).await.unwrap().unwrap();
    assert_eq!(view.status, JobStatus::Cancelled);
    eventually(
        Duration::from_secs(1),
        "A to close the upstream request",
        || fake.requests_for("long-running")[0].closed.is_some(),
    )
    .await;
    assert!(
        fake.requests_for("long-running")[0].closed.unwrap() - cancelled_at
            < Duration::from_secs(1)
    );

    let submits: Vec<_> = (0..100)
        .map(|i| {
            let service = if i % 2 == 0 {
                a.service.clone()
            } else {
                b.service.clone()
            };
            let alice = alice.clone();
            tokio::spawn(async move {
                service
                    .submit_with(
                        CHAT,
                        &alice,
                        chat("burst"),
                        Duration::from_secs(600),
                        SubmitOptions {
                            idempotency_key: Some("k-burst".into()),
                            ..SubmitOptions::default()
                        },
                    )
                    .await
                    .unwrap()
                    .id
            })
        })
        .collect();
    let mut ids = std::collections::HashSet::new();
    for submit in submits {
        ids.insert(submit.await.unwrap());
    }
    assert_eq!(ids.len(), 1, "{ids:?}");
    let listed = b.service.list(&alice, ListQuery::default()).await.unwrap();
    assert_eq!(listed.jobs.len(), 3);
    b.stop().await;
    a.stop().await;
}
