//! Several gateway replicas on one PostgreSQL database: any replica answers for any job, every
//! job runs once however the submissions are spread, a replica killed mid-job has its jobs
//! finished by another once their leases lapse, a paused replica's late answer never replaces
//! the newer outcome, and a restart of the database loses no accepted job.
//!
//! Needs `GATEWAY_TEST_POSTGRES_URL` (each test creates its own database there); without it
//! every test prints that it was skipped. The database restart is opt-in with
//! `GATEWAY_TEST_PG_RESTART=1`, as it cuts every connection to the server.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Recorded, Reply};
use tests::harness::{compact, Api, GatewayConfig, Server, TestStore};
use tests::jobs::{JobBody, JobClient};
use tests::postgres::{skip_reason, TestDatabase};
use tokio::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

const CHAT: &str = "chat/completions";

/// The database restart cuts every test's connections, so it runs alone: the other tests hold
/// this for reading, the restart for writing, from before their database is created until
/// after it is dropped (so it is declared before the store).
/// (A tokio lock: it is held across awaits, and each test has its own runtime.)
static SERVER_IN_USE: RwLock<()> = RwLock::const_new(());

async fn shared_server() -> RwLockReadGuard<'static, ()> {
    SERVER_IN_USE.read().await
}

async fn whole_server() -> RwLockWriteGuard<'static, ()> {
    SERVER_IN_USE.write().await
}

/// A new database for a group of replicas, or `None` (after saying so) without a server.
fn replica_store(test: &str) -> Option<TestStore> {
    if let Some(why) = skip_reason() {
        eprintln!("skipped {test}: {why}");
        return None;
    }
    Some(TestStore::Postgres(Arc::new(TestDatabase::create())))
}

fn database(store: &TestStore) -> &TestDatabase {
    match store {
        TestStore::Postgres(db) => db,
        other => unreachable!("replicas share a PostgreSQL database, not {other:?}"),
    }
}

fn chat_request(model: &str, tag: &str) -> Value {
    json!({"model": model, "messages": [{"role": "user", "content": tag}]})
}

fn tag_of(request: &Recorded) -> String {
    request.json()["messages"][0]["content"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// `(status, attempts, claimed_by)` of one job, read from the database.
fn job_row(db: &TestDatabase, id: &str) -> (String, i32, String) {
    let rows = db.query(&format!(
        "SELECT status, attempts, coalesce(claimed_by, '') FROM jobs WHERE id = '{id}'"
    ));
    assert_eq!(rows.len(), 1, "job {id} is stored once");
    (rows[0].get(0), rows[0].get(1), rows[0].get(2))
}

/// Waits until the log has a line containing `needle`.
async fn wait_for_log(server: &Server, needle: &str, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    while !server.log_text().contains(needle) {
        assert!(
            Instant::now() < deadline,
            "no `{needle}` in the log within {timeout:?}:\n{}",
            server.log_text()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sends SIGCONT when dropped, so a failed assertion never leaves a process stopped.
struct Paused(u32);

impl Paused {
    fn pause(pid: u32) -> Paused {
        signal("-STOP", pid);
        Paused(pid)
    }
}

impl Drop for Paused {
    fn drop(&mut self) {
        signal("-CONT", self.0);
    }
}

fn signal(which: &str, pid: u32) {
    let status = Command::new("kill")
        .args([which, &pid.to_string()])
        .status()
        .expect("cannot run `kill`");
    assert!(status.success(), "kill {which} {pid} failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_submitted_on_one_replica_is_polled_on_another() {
    let _server = shared_server().await;
    let Some(store) = replica_store("a_job_submitted_on_one_replica_is_polled_on_another") else {
        return;
    };
    let config = GatewayConfig::default();
    let a = Server::start_on(&config, &store);
    let b = Server::start_on(&config, &store);
    for (submit, poll) in [(&a, &b), (&b, &a)] {
        let id = submit
            .client()
            .submit_ok(CHAT, &chat_request("echo/m", "across"))
            .await;
        let job = poll
            .client()
            .wait_completed(CHAT, &id, Duration::from_secs(20))
            .await;
        assert_eq!(job["id"], id.as_str());
        // And the submitting replica shows the same outcome.
        let again = submit.client().poll(CHAT, &id).await;
        again.expect_status(200);
        assert_eq!(again.json()["result"], job["result"]);
    }
    let versions = database(&store).query("SELECT version FROM gateway_schema_migrations");
    let migrations = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime/migrations/postgres"
    ))
    .expect("the migrations folder")
    .count();
    assert_eq!(
        versions.len(),
        migrations,
        "each migration was applied once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_jobs_across_two_replicas_each_run_once() {
    const JOBS: usize = 1_000;
    let _server = shared_server().await;
    let Some(store) = replica_store("a_thousand_jobs_across_two_replicas_each_run_once") else {
        return;
    };
    let fake = FakeUpstream::start();
    // Slow enough that both replicas have jobs in flight at once.
    fake.set_latency(CHAT, Duration::from_millis(20));
    let config = GatewayConfig {
        workers: 8,
        ..GatewayConfig::with_upstream(&fake)
    };
    let a = Server::start_on(&config, &store);
    let b = Server::start_on(&config, &store);
    let apis = [a.client(), b.client()];

    let started = Instant::now();
    let mut submitted: BTreeMap<String, String> = BTreeMap::new();
    for chunk in (0..JOBS).collect::<Vec<_>>().chunks(50) {
        let mut tasks = tokio::task::JoinSet::new();
        for &i in chunk {
            let api: JobClient = apis[i % 2].clone();
            tasks.spawn(async move {
                let tag = format!("job-{i}");
                let id = api
                    .submit_ok(CHAT, &chat_request("fake/gpt-4o", &tag))
                    .await;
                (tag, id)
            });
        }
        while let Some(done) = tasks.join_next().await {
            let (tag, id) = done.expect("submit task");
            submitted.insert(tag, id);
        }
    }
    eprintln!(
        "{JOBS} jobs submitted across two replicas in {} ms",
        started.elapsed().as_millis()
    );

    let db = database(&store);
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let done: i64 = db.query("SELECT count(*) FROM jobs WHERE status = 'completed'")[0].get(0);
        if done as usize == JOBS {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{done} of {JOBS} jobs completed in time"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!(
        "{JOBS} jobs completed in {} ms after the first submit",
        started.elapsed().as_millis()
    );

    let stats = &db.query(
        "SELECT count(*), count(*) FILTER (WHERE attempts = 1), count(DISTINCT claimed_by) \
         FROM jobs",
    )[0];
    let (total, once, claimers): (i64, i64, i64) = (stats.get(0), stats.get(1), stats.get(2));
    assert_eq!(total as usize, JOBS);
    assert_eq!(once as usize, JOBS, "every job was claimed exactly once");
    assert_eq!(claimers, 2, "both replicas ran jobs");

    let seen = fake.requests(CHAT);
    let tags: Vec<String> = seen.iter().map(tag_of).collect();
    let unique: HashSet<&String> = tags.iter().collect();
    assert_eq!(tags.len(), JOBS, "the upstream saw each job once");
    assert_eq!(unique.len(), JOBS);
    let want: HashSet<&String> = submitted.keys().collect();
    assert_eq!(unique, want);

    // A sample polled on the other replica than the one that took it.
    for (n, (tag, id)) in submitted.iter().enumerate().step_by(97) {
        let job = apis[(n + 1) % 2]
            .wait_completed(CHAT, id, Duration::from_secs(10))
            .await;
        let producer = seen
            .iter()
            .find(|r| r.reply_body == compact(&job["result"]).as_bytes())
            .expect("the result is an upstream answer");
        assert_eq!(&tag_of(producer), tag, "job {id} got its own answer");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_of_a_killed_replica_are_finished_by_another() {
    const JOBS: usize = 4;
    let _server = shared_server().await;
    let Some(store) = replica_store("jobs_of_a_killed_replica_are_finished_by_another") else {
        return;
    };
    let fake = FakeUpstream::start();
    // The first attempts never answer: A holds its jobs until it dies.
    fake.script(CHAT, vec![Reply::Hang; JOBS]);
    let config = GatewayConfig {
        lease_secs: 3,
        attempt_timeout_secs: 60,
        execution_timeout_secs: 120,
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut a = Server::start_on(&config, &store);
    let mut ids = Vec::new();
    for i in 0..JOBS {
        ids.push(
            a.client()
                .submit_ok(CHAT, &chat_request("fake/gpt-4o", &format!("held-{i}")))
                .await,
        );
    }
    fake.wait_for_requests(CHAT, JOBS, Duration::from_secs(15))
        .await;
    let b = Server::start_on(&config, &store);
    let db = database(&store);
    let holders: BTreeSet<String> = ids.iter().map(|id| job_row(db, id).2).collect();
    assert_eq!(holders.len(), 1, "A holds every job: {holders:?}");

    let killed_at = Instant::now();
    a.kill();
    for id in &ids {
        let job = b
            .client()
            .wait_completed(CHAT, id, Duration::from_secs(30))
            .await;
        assert_eq!(job["status_code"], 200);
    }
    eprintln!(
        "B finished A's {JOBS} jobs {} ms after A was killed (lease {} s)",
        killed_at.elapsed().as_millis(),
        config.lease_secs
    );
    for id in &ids {
        let (status, attempts, claimed_by) = job_row(db, id);
        assert_eq!(status, "completed");
        assert_eq!(attempts, 2, "claimed by A, then once by B");
        assert!(
            !holders.contains(&claimed_by),
            "the last claim is B's, not A's"
        );
    }
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2 * JOBS, "each job ran on A, then on B");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paused_replicas_late_answer_never_overwrites_the_newer_outcome() {
    let _server = shared_server().await;
    let Some(store) =
        replica_store("a_paused_replicas_late_answer_never_overwrites_the_newer_outcome")
    else {
        return;
    };
    let fake = FakeUpstream::start();
    // A's attempt answers late; by then its lease has lapsed and B has finished the job.
    fake.script(CHAT, vec![Reply::Delay(Duration::from_secs(6))]);
    let config = GatewayConfig {
        lease_secs: 3,
        attempt_timeout_secs: 30,
        ..GatewayConfig::with_upstream(&fake)
    };
    let a = Server::start_on(&config, &store);
    let id = a
        .client()
        .submit_ok(CHAT, &chat_request("fake/gpt-4o", "contested"))
        .await;
    fake.wait_for_requests(CHAT, 1, Duration::from_secs(15))
        .await;
    let b = Server::start_on(&config, &store);
    let pause = Paused::pause(a.pid());

    let job = b
        .client()
        .wait_completed(CHAT, &id, Duration::from_secs(30))
        .await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[1].reply_body,
        compact(&job["result"]).as_bytes(),
        "the result is B's attempt"
    );

    // A wakes up holding a stale lease, with its answer arriving: it must write nothing.
    drop(pause);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let log = a.log_text();
        if log.contains("outcome dropped") || log.contains("lease lost") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "A never noticed it lost the job:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let after = a.client().poll(CHAT, &id).await;
    after.expect_status(200);
    assert_eq!(after.json()["result"], job["result"], "B's outcome stands");
    let (status, attempts, _) = job_row(database(&store), &id);
    assert_eq!((status.as_str(), attempts), ("completed", 2));
}

/// The server refuses to start on a store it cannot use, and says which host and database, never
/// the password. An unreachable server needs no PostgreSQL; a missing database does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_cannot_be_used_stops_the_server_at_start() {
    // The missing-database case needs the server up, not in the middle of the restart test.
    let _server = shared_server().await;
    let config = GatewayConfig::default();
    let refused = |url: &str| match Server::try_start_on(&config, &TestStore::Url(url.to_owned())) {
        Ok(server) => panic!(
            "the server started on {url}\n--- server log ---\n{}",
            server.log_text()
        ),
        Err(failure) => {
            let status = failure.status.expect("the process exited by itself");
            assert!(!status.success(), "a refusal exits non-zero: {status}");
            assert!(
                !failure.log.contains("hunter2"),
                "the password leaked:\n{}",
                failure.log
            );
            failure.log
        }
    };
    let log = refused("postgres://gateway:hunter2@127.0.0.1:1/jobs?connect_timeout=5");
    assert!(
        log.contains("cannot connect to PostgreSQL") && log.contains("127.0.0.1:1"),
        "{log}"
    );
    let log = refused("postgres://gateway:hunter2@127.0.0.1:5432/jobs?pool_size=lots");
    assert!(log.contains("pool_size"), "{log}");
    let log = refused("mysql://gateway:hunter2@127.0.0.1/jobs");
    assert!(
        log.contains("unsupported store URL scheme `mysql`"),
        "{log}"
    );

    let Some(server) = tests::postgres::server_url() else {
        eprintln!(
            "skipped the missing-database case: {}",
            skip_reason().unwrap_or_default()
        );
        return;
    };
    let missing = tests::postgres::with_database(&server, "gateway_no_such_database");
    let log = refused(&missing);
    assert!(
        log.contains("gateway_no_such_database") && log.contains("does not exist"),
        "{log}"
    );
}

/// `pg_ctlcluster` on this machine's single cluster; `None` when it cannot be used.
fn restart_command() -> Option<Command> {
    let version = std::fs::read_dir("/etc/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .next()?;
    let mut command = Command::new("pg_ctlcluster");
    command.args(["--skip-systemctl-redirect", "-m", "fast", &version, "main"]);
    Some(command)
}

fn pg_is_ready() -> bool {
    Command::new("pg_isready")
        .args(["-q", "-h", "127.0.0.1"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Makes sure the database server is up again when the test ends, passed or failed.
struct RestartGuard;

impl Drop for RestartGuard {
    fn drop(&mut self) {
        if pg_is_ready() {
            return;
        }
        if let Some(mut start) = restart_command() {
            let _ = start.arg("start").status();
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while !pg_is_ready() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_restart_loses_no_accepted_job_and_replicas_recover() {
    const TEST: &str = "a_database_restart_loses_no_accepted_job_and_replicas_recover";
    if std::env::var("GATEWAY_TEST_PG_RESTART").as_deref() != Ok("1") {
        eprintln!(
            "skipped {TEST}: it restarts the PostgreSQL server; set GATEWAY_TEST_PG_RESTART=1 \
             where that is allowed"
        );
        return;
    }
    let Some(mut restart) = restart_command() else {
        eprintln!("skipped {TEST}: no PostgreSQL cluster under /etc/postgresql to restart");
        return;
    };
    let _alone = whole_server().await;
    let Some(store) = replica_store(TEST) else {
        return;
    };
    let _up_again = RestartGuard;
    let fake = FakeUpstream::start();
    fake.set_latency(CHAT, Duration::from_millis(100));
    let config = GatewayConfig {
        workers: 4,
        lease_secs: 3,
        ..GatewayConfig::with_upstream(&fake)
    };
    let a = Server::start_on(&config, &store);
    let b = Server::start_on(&config, &store);
    let apis = [a.client(), b.client()];

    // Submissions keep coming until the database has gone away and come back, then a few more;
    // those answered `202` must all complete, the others were refused and are not the
    // gateway's to keep. The interval paces them (one every 40 ms), so the backlog stays
    // small enough for the workers to drain; when to stop is told, not timed.
    let restart_done = Arc::new(AtomicBool::new(false));
    let submitter = {
        let apis = apis.clone();
        let restart_done = Arc::clone(&restart_done);
        tokio::spawn(async move {
            let mut accepted = Vec::new();
            let mut refused = 0;
            let mut after_restart = 0;
            let mut pace = tokio::time::interval(Duration::from_millis(40));
            let mut i = 0;
            while after_restart < 10 {
                pace.tick().await;
                if restart_done.load(Ordering::SeqCst) {
                    after_restart += 1;
                }
                let n = i;
                i += 1;
                let body = JobBody::Json(chat_request("fake/gpt-4o", &format!("r-{n}")));
                // A refusal while the database is away is a 5xx, whether or not the spec
                // documents that exact status.
                let status = match apis[n % 2].try_submit_body(CHAT, body, None).await {
                    Ok(answer) if answer.status == 202 => {
                        accepted.push(Api::accepted_id(&answer));
                        continue;
                    }
                    Ok(answer) => (answer.status, answer.text),
                    Err(e) => (e.status().unwrap_or_default(), e.to_string()),
                };
                match status {
                    (s, _) if s >= 500 => refused += 1,
                    (other, text) => panic!("unexpected answer {other}: {text}"),
                }
            }
            (accepted, refused)
        })
    };
    fake.wait_for_requests(CHAT, 10, Duration::from_secs(20))
        .await;
    let restart_began = Instant::now();
    let restarted = tokio::task::spawn_blocking(move || restart.arg("restart").status())
        .await
        .expect("restart task")
        .expect("cannot run pg_ctlcluster");
    assert!(
        restarted.success(),
        "pg_ctlcluster restart failed: {restarted}"
    );
    eprintln!(
        "the database restart took {} ms",
        restart_began.elapsed().as_millis()
    );
    restart_done.store(true, Ordering::SeqCst);
    let (accepted, refused) = submitter.await.expect("submitter");
    eprintln!(
        "{} submissions accepted, {refused} refused while the database restarted",
        accepted.len()
    );
    // Submissions kept coming through the restart, so some met the database away; had none
    // been refused, the outage was never seen and the test proved nothing.
    assert!(
        refused > 0,
        "no submission was refused while the database restarted ({} accepted)",
        accepted.len()
    );

    // Both replicas noticed, and are listening again without being restarted.
    for server in [&a, &b] {
        wait_for_log(
            server,
            "listening for new jobs again",
            Duration::from_secs(30),
        )
        .await;
    }
    eprintln!(
        "both replicas listen again {} ms after the restart began",
        restart_began.elapsed().as_millis()
    );
    for id in &accepted {
        apis[0]
            .wait_completed(CHAT, id, Duration::from_secs(60))
            .await;
    }
    eprintln!(
        "every accepted job completed {} ms after the restart began",
        restart_began.elapsed().as_millis()
    );
    // And both take new work.
    for api in &apis {
        let id = api
            .submit_ok(CHAT, &chat_request("fake/gpt-4o", "after"))
            .await;
        api.wait_completed(CHAT, &id, Duration::from_secs(30)).await;
    }
    let rows = database(&store).query("SELECT count(*) FROM jobs WHERE status <> 'completed'");
    let unfinished: i64 = rows[0].get(0);
    assert_eq!(unfinished, 0, "every stored job completed");
}

/// Two replicas with the endpoint `results` posting to `url`, signing with `secret`.
fn webhook_config(url: &str, secret: &str) -> GatewayConfig {
    GatewayConfig {
        env: vec![("GATEWAY_TEST_WEBHOOK_SECRET".into(), secret.into())],
        extra_toml: format!(
            "[[webhooks]]\nname = \"results\"\nurl = \"{url}\"\nallow_private_network = true\n\
             secret_env = \"GATEWAY_TEST_WEBHOOK_SECRET\"\ntimeout_secs = 1\n"
        ),
        ..GatewayConfig::default()
    }
}

const WEBHOOK_SECRET: &str = tests::webhook_receiver::TEST_SECRET;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_outcome_is_delivered_once_across_replicas() {
    let _server = shared_server().await;
    let Some(store) = replica_store("every_outcome_is_delivered_once_across_replicas") else {
        return;
    };
    let receiver = tests::webhook_receiver::WebhookReceiver::start();
    let config = webhook_config(&receiver.url(), WEBHOOK_SECRET);
    let a = Server::start_on(&config, &store);
    let b = Server::start_on(&config, &store);
    let (ca, cb) = (a.client(), b.client());
    let mut ids = BTreeSet::new();
    for i in 0..100 {
        let client = if i % 2 == 0 { &ca } else { &cb };
        let answer = client
            .submit_with_webhook(CHAT, &chat_request("echo/m", &format!("j{i}")), "results")
            .await;
        ids.insert(Api::accepted_id(&answer));
    }
    let deliveries = receiver.wait_for(ids.len(), Duration::from_secs(60));
    let mut seen = BTreeMap::<String, usize>::new();
    for d in &deliveries {
        d.verify(WEBHOOK_SECRET).expect("signed");
        *seen
            .entry(d.id().trim_start_matches("msg_").to_owned())
            .or_default() += 1;
    }
    assert_eq!(seen.keys().cloned().collect::<BTreeSet<_>>(), ids);
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.is_empty(),
        "delivered more than once while every receiver answered: {twice:?}"
    );
}

/// The replica sending a delivery is killed mid-attempt: the other sends it once the lease
/// lapses, never while the first still held it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivery_of_a_killed_replica_is_sent_by_another() {
    let _server = shared_server().await;
    let Some(store) = replica_store("a_delivery_of_a_killed_replica_is_sent_by_another") else {
        return;
    };
    let receiver = tests::webhook_receiver::WebhookReceiver::start();
    receiver.script(vec![tests::webhook_receiver::ReceiverReply::Hang]);
    let config = webhook_config(&receiver.url(), WEBHOOK_SECRET);
    let mut a = Server::start_on(&config, &store);
    let b = Server::start_on(&config, &store);
    let id = {
        // B is stopped, so the job and its delivery are A's.
        let _paused = Paused::pause(b.pid());
        let answer = a
            .client()
            .submit_with_webhook(CHAT, &chat_request("echo/m", "k"), "results")
            .await;
        let id = Api::accepted_id(&answer);
        receiver.wait_for(1, Duration::from_secs(20));
        id
    };
    a.kill();
    let deliveries = receiver.wait_for(2, Duration::from_secs(30));
    assert_eq!(deliveries.len(), 2, "sent once more, by B alone");
    assert_eq!(deliveries[1].id(), format!("msg_{id}"));
    deliveries[1].verify(WEBHOOK_SECRET).expect("signed");
    // The lease is twice the 1 s timeout plus 5 s: B waited for it to lapse.
    let gap = deliveries[1].received_at - deliveries[0].received_at;
    assert!(
        gap >= Duration::from_secs(6),
        "B sent while A held the delivery: {gap:?}"
    );
    // The receiver answered; B records the answer just after.
    let job = b
        .client()
        .poll_until(CHAT, &id, Duration::from_secs(10), |job| {
            job["webhook"]["status"] == "delivered"
        })
        .await;
    assert_eq!(job["webhook"]["attempts"], 2, "{job}");
}
