//! Nothing accepted is lost: a graceful stop (SIGTERM) lets running jobs finish or puts them back
//! in the queue, a `kill -9` in the middle of work loses nothing, and after a restart on the same
//! store every accepted job reaches a terminal state once, and stays there.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use generated::client::Error;
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Gate, Recorded, Reply};
use tests::harness::{compact, GatewayConfig, Server};
use tests::jobs::JobClient;

const CHAT: &str = "chat/completions";

fn chat_request(tag: &str) -> Value {
    json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": tag}]})
}

/// The user message of a recorded upstream chat request.
fn tag_of(request: &Recorded) -> String {
    request.json()["messages"][0]["content"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The upstream request whose answer became this job's result.
fn producer<'a>(requests: &'a [Recorded], job: &Value) -> &'a Recorded {
    let result = compact(&job["result"]);
    requests
        .iter()
        .find(|r| r.reply_status == Some(200) && r.reply_body == result.as_bytes())
        .unwrap_or_else(|| panic!("no upstream answer matches the result of {job}"))
}

/// SIGTERM while a job runs, with no grace: the job goes back to the queue, the server exits
/// cleanly, and after a restart on the same store it runs again and completes. A job still
/// pending at the stop completes too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_stop_requeues_running_jobs_and_a_restart_finishes_them() {
    let fake = FakeUpstream::start();
    // The first attempt is held for good; later ones answer at once.
    fake.script(CHAT, vec![Reply::Held(Gate::new())]);
    let config = GatewayConfig {
        shutdown_grace_secs: 0,
        attempt_timeout_secs: 20,
        upstream_max_concurrency: Some(1),
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut server = Server::start(&config);
    let api = server.client();
    let running = api.submit_ok(CHAT, &chat_request("running")).await;
    // The second job is submitted once the first holds the provider's only slot, so which of
    // the two is running is not left to the order the workers claim them in.
    let first = fake
        .wait_for_requests(CHAT, 1, Duration::from_secs(10))
        .await;
    assert_eq!(tag_of(&first[0]), "running");
    let waiting = api.submit_ok(CHAT, &chat_request("waiting")).await;
    assert_eq!(
        api.poll(CHAT, &running).await.json()["status"],
        "processing"
    );
    api.poll(CHAT, &waiting).await.expect_status(202);

    let stopped_at = Instant::now();
    let status = server.stop_within(Duration::from_secs(6));
    assert!(
        status.success(),
        "a graceful stop exits with success, got {status}\n{}",
        server.log_text()
    );
    assert!(
        stopped_at.elapsed() < Duration::from_secs(6),
        "with no grace the stop does not wait for the held answer"
    );
    let rows = server.stored_job_rows();
    assert!(
        rows.iter().all(|(_, _, _, status)| status == "pending"),
        "after a graceful stop both jobs are back in the queue: {rows:?}"
    );

    server.restart();
    let api = server.client();
    for id in [&running, &waiting] {
        api.wait_completed(CHAT, id, Duration::from_secs(15)).await;
    }
    let seen = fake.requests(CHAT);
    let tags: Vec<String> = seen.iter().map(tag_of).collect();
    let count = |tag: &str| tags.iter().filter(|t| *t == tag).count();
    assert_eq!(tags[0], "running", "{tags:?}");
    assert_eq!(
        (count("running"), count("waiting"), tags.len()),
        (2, 1, 3),
        "the interrupted job ran again, the waiting one once: {tags:?}"
    );
    let job = api.poll(CHAT, &running).await.json();
    let origin = producer(&seen, &job);
    assert!(
        origin.seq > seen[0].seq && tag_of(origin) == "running",
        "the result is the second attempt's"
    );
}

/// SIGTERM with a grace period: the running job finishes before the process exits, and is not
/// run again after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_stop_lets_running_jobs_finish() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Delay(Duration::from_millis(1500))]);
    let config = GatewayConfig {
        shutdown_grace_secs: 20,
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut server = Server::start(&config);
    let id = server
        .client()
        .submit_ok(CHAT, &chat_request("finish me"))
        .await;
    fake.wait_for_requests(CHAT, 1, Duration::from_secs(10))
        .await;
    let status = server.stop();
    assert!(
        status.success(),
        "exit status {status}\n{}",
        server.log_text()
    );
    let rows = server.stored_job_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].3, "completed",
        "the job finished during the grace period: {rows:?}"
    );

    server.restart();
    let job = server
        .client()
        .wait_completed(CHAT, &id, Duration::from_secs(10))
        .await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 1, "a finished job is not run again");
    assert_eq!(producer(&seen, &job).seq, seen[0].seq);
}

/// One job's answers as a poller saw them: `(HTTP status, body text)`.
type Observations = Arc<Mutex<HashMap<String, Vec<(u16, String)>>>>;

/// Polls every job over and over, through restarts (it follows `base`), recording every answer.
fn spawn_poller(
    base: Arc<Mutex<String>>,
    ids: Vec<String>,
    seen: Observations,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut current = base.lock().unwrap().clone();
        let mut client = JobClient::new(current.clone());
        while !stop.load(std::sync::atomic::Ordering::SeqCst) {
            let now = base.lock().unwrap().clone();
            if now != current {
                client = JobClient::new(now.clone());
                current = now;
            }
            for id in &ids {
                let answer = match client.try_poll(CHAT, id).await {
                    Ok(answer) => answer,
                    // While the server is down the request fails: that is no observation.
                    Err(Error::Transport(_)) => continue,
                    Err(e) => panic!("polling {id}: no documented answer: {e}"),
                };
                seen.lock()
                    .unwrap()
                    .entry(id.clone())
                    .or_default()
                    .push((answer.status, answer.text));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
}

/// `kill -9` twice while jobs are processing: after each restart on the same store the work
/// goes on, every accepted job completes with an answer the upstream gave for that very job, and
/// a poller that never stopped polling saw each job turn terminal once and never change after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_work_loses_no_accepted_job() {
    const JOBS: usize = 20;
    let fake = FakeUpstream::start();
    fake.set_latency(CHAT, Duration::from_millis(300));
    let config = GatewayConfig {
        upstream_max_concurrency: Some(4),
        lease_secs: 3,
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut server = Server::start(&config);
    let api = server.client();
    let mut ids = Vec::new();
    for i in 0..JOBS {
        ids.push(
            api.submit_ok(CHAT, &chat_request(&format!("job-{i}")))
                .await,
        );
    }
    let tags: HashMap<String, String> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.clone(), format!("job-{i}")))
        .collect();

    let base = Arc::new(Mutex::new(server.base_url()));
    let seen: Observations = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let poller = spawn_poller(base.clone(), ids.clone(), seen.clone(), stop.clone());

    for (round, wait_for) in [(1, 6), (2, 3)] {
        let before = fake.requests(CHAT).len();
        fake.wait_for_requests(CHAT, before + wait_for, Duration::from_secs(20))
            .await;
        server.kill();
        let rows = server.stored_job_rows();
        assert_eq!(
            rows.len(),
            JOBS,
            "every accepted job is in the store: {rows:?}"
        );
        let unfinished = rows
            .iter()
            .filter(|r| r.3 == "processing" || r.3 == "pending")
            .count();
        assert!(
            rows.iter().any(|r| r.3 == "processing") && unfinished > 0,
            "kill #{round} must hit jobs mid-processing: {rows:?}"
        );
        server.restart();
        *base.lock().unwrap() = server.base_url();
    }

    let api = server.client();
    let mut finals = HashMap::new();
    for id in &ids {
        let job = api.wait_completed(CHAT, id, Duration::from_secs(30)).await;
        finals.insert(id.clone(), job);
    }
    // Let the poller see every job terminal a few more times.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let enough = {
            let seen = seen.lock().unwrap();
            ids.iter().all(|id| {
                seen.get(id)
                    .is_some_and(|obs| obs.iter().filter(|(s, _)| *s == 200).count() >= 3)
            })
        };
        if enough {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the poller did not see every job terminal 3 times"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    poller.await.unwrap();

    let requests = fake.requests(CHAT);
    for id in &ids {
        let job = &finals[id];
        // The result is an answer the upstream gave to this job's own request.
        let origin = producer(&requests, job);
        assert_eq!(
            tag_of(origin),
            tags[id],
            "job {id} got another job's answer"
        );

        let observations = &seen.lock().unwrap()[id];
        let first_final = observations
            .iter()
            .position(|(status, _)| *status == 200)
            .expect("the poller saw the job terminal");
        for (status, text) in &observations[..first_final] {
            assert_eq!(*status, 202, "before completion only 202: {text}");
        }
        let terminal = &observations[first_final].1;
        for (status, text) in &observations[first_final..] {
            assert_eq!(
                (*status, text),
                (200, terminal),
                "job {id} changed after it became terminal"
            );
        }
        assert_eq!(
            serde_json::from_str::<Value>(terminal).unwrap(),
            *job,
            "the poller and the final poll agree"
        );
    }
    // Repeated polls give the same answer.
    for id in &ids {
        let a = api.poll(CHAT, id).await;
        let b = api.poll(CHAT, id).await;
        assert_eq!((a.status, &a.text), (200, &b.text));
    }
}

/// SIGTERM while a job runs, with a grace period the job outlasts: the stop waits out the grace,
/// then puts the job back in the queue and exits cleanly; after a restart it runs again and
/// completes with the second attempt's answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grace_period_that_expires_requeues_the_running_job() {
    const GRACE: Duration = Duration::from_secs(1);
    let fake = FakeUpstream::start();
    // The first attempt is held for good; the one after the restart answers at once.
    let never = Gate::new();
    fake.script(CHAT, vec![Reply::Held(never)]);
    let config = GatewayConfig {
        shutdown_grace_secs: GRACE.as_secs(),
        attempt_timeout_secs: 60,
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut server = Server::start(&config);
    let id = server
        .client()
        .submit_ok(CHAT, &chat_request("outlasts the grace"))
        .await;
    fake.wait_for_requests(CHAT, 1, Duration::from_secs(10))
        .await;
    assert_eq!(
        server.client().poll(CHAT, &id).await.json()["status"],
        "processing"
    );

    let stopped_at = Instant::now();
    let status = server.stop_within(Duration::from_secs(20));
    let took = stopped_at.elapsed();
    assert!(
        status.success(),
        "a stop whose grace expired still exits with success, got {status}\n{}",
        server.log_text()
    );
    assert!(
        took >= GRACE,
        "the stop waited {took:?}, less than the {GRACE:?} grace"
    );
    let rows = server.stored_job_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].3, "pending",
        "the job the grace did not cover is back in the queue: {rows:?}"
    );

    server.restart();
    let job = server
        .client()
        .wait_completed(CHAT, &id, Duration::from_secs(15))
        .await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2, "the job ran again after the restart");
    // The held first answer was never sent; the result is the second attempt's.
    assert_eq!(producer(&seen, &job).seq, seen[1].seq);
}

/// `jobs.max_attempts`: a job whose run is interrupted (the process killed mid-request) that
/// many times is failed on its next claim, without asking the provider again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_interrupted_max_attempts_times_fails() {
    const MAX_ATTEMPTS: u32 = 2;
    let fake = FakeUpstream::start();
    let never = Gate::new();
    fake.script(CHAT, vec![Reply::Held(never); MAX_ATTEMPTS as usize + 1]);
    let config = GatewayConfig {
        max_attempts: MAX_ATTEMPTS,
        attempt_timeout_secs: 60,
        ..GatewayConfig::with_upstream(&fake)
    };
    let mut server = Server::start(&config);
    let id = server
        .client()
        .submit_ok(CHAT, &chat_request("interrupted"))
        .await;
    for attempt in 1..=MAX_ATTEMPTS {
        // The lease of the killed run has to lapse before the restarted server claims it again.
        fake.wait_for_requests(CHAT, attempt as usize, Duration::from_secs(30))
            .await;
        assert_eq!(
            server.stored_lease(&id).map(|(attempts, _)| attempts),
            Some(i64::from(attempt)),
            "claim #{attempt} is counted"
        );
        server.kill();
        server.restart();
    }
    let job = server
        .client()
        .wait_terminal(CHAT, &id, Duration::from_secs(30))
        .await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["status_code"], 500, "{job}");
    assert_eq!(job["error"]["is_bifrost_error"], true, "{job}");
    assert!(
        job["error"]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("interrupted")),
        "the error says why: {job}"
    );
    assert_eq!(
        fake.requests(CHAT).len(),
        MAX_ATTEMPTS as usize,
        "the claim past the limit does not call the provider"
    );
    assert_eq!(
        server.stored_lease(&id).map(|(attempts, _)| attempts),
        Some(i64::from(MAX_ATTEMPTS) + 1)
    );
}
