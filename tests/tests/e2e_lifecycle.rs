//! The rest of a job's life over real HTTP, through the generated client: waiting for the
//! outcome (`Prefer: wait=N`), cancelling, listing, idempotent submits and the rerank kind.

use std::time::{Duration, Instant};

use generated::client::{
    CancelAsyncChatCompletionJobResponse as Cancel, CancelAsyncEmbeddingJobResponse, Client,
    CreateAsyncChatCompletionResponse as Submit, CreateAsyncRerankResponse,
    GetAsyncChatCompletionJobResponse as Poll, GetAsyncRerankJobResponse,
    ListAsyncJobsResponse as List, WaitOptions,
};
use generated::types::{
    AsyncJobKind, AsyncJobResponse, AsyncJobStatus, ChatCompletionRequest, RerankRequest,
};
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Reply};
use tests::harness::{GatewayConfig, PrincipalSpec, Server};

const CHAT: &str = "/v1/chat/completions";
const JOB_TIMEOUT: Duration = Duration::from_secs(20);

fn chat(model: &str, text: &str) -> ChatCompletionRequest {
    serde_json::from_value(json!({"model": model, "messages": [{"role": "user", "content": text}]}))
        .expect("a chat request")
}

async fn submit(client: &Client, request: ChatCompletionRequest) -> AsyncJobResponse {
    match client
        .create_async_chat_completion(request, None, None, None, None)
        .await
        .expect("the submit is answered")
    {
        Submit::Accepted(job) => job,
        other => panic!("submit answered {other:?}"),
    }
}

/// Polls until `done` holds for the job, or fails after [`JOB_TIMEOUT`].
async fn poll_until(
    client: &Client,
    id: &str,
    done: impl Fn(&AsyncJobResponse) -> bool,
) -> AsyncJobResponse {
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        let job = match client
            .get_async_chat_completion_job(id, None)
            .await
            .unwrap()
        {
            Poll::Ok(job) | Poll::Accepted(job) => job,
            other => panic!("poll answered {other:?}"),
        };
        if done(&job) {
            return job;
        }
        assert!(
            Instant::now() < deadline,
            "job {id} stayed {:?}",
            job.status
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_submit_that_waits_answers_200_once_the_job_is_final_and_202_when_it_is_not() {
    let fake = FakeUpstream::start();
    fake.set_latency(CHAT, Duration::from_millis(300));
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();

    let answer = client
        .create_async_chat_completion(chat("fake/m", "quick"), None, Some("wait=5"), None, None)
        .await
        .unwrap();
    let Submit::Ok(job) = answer else {
        panic!("a job final within the wait answers 200: {answer:?}");
    };
    assert_eq!(job.status, AsyncJobStatus::Completed);
    assert!(
        job.result.is_some(),
        "the 200 is the job as a poll shows it"
    );

    // The preference applied is named on the answer.
    let raw = tests::harness::http_client()
        .post(server.url("/v1/async/chat/completions"))
        .header("Prefer", "respond-async, wait=5")
        .json(&json!({"model": "fake/m", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 200);
    assert_eq!(raw.headers()["preference-applied"], "wait=5");

    // A wait shorter than the job: the usual 202, after the wait and not before.
    fake.script(CHAT, vec![Reply::Delay(Duration::from_secs(3))]);
    let started = Instant::now();
    let answer = client
        .create_async_chat_completion(chat("fake/m", "slow"), None, Some("wait=1"), None, None)
        .await
        .unwrap();
    let Submit::Accepted(pending) = answer else {
        panic!("a job still running after the wait answers 202: {answer:?}");
    };
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the answer was held for the wait"
    );
    assert!(matches!(
        pending.status,
        AsyncJobStatus::Pending | AsyncJobStatus::Processing
    ));

    // A poll waits the same way.
    let answer = client
        .get_async_chat_completion_job(&pending.id, Some("wait=10"))
        .await
        .unwrap();
    let Poll::Ok(done) = answer else {
        panic!("the poll's wait outlasts the job: {answer:?}");
    };
    assert_eq!(done.status, AsyncJobStatus::Completed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clients_wait_is_held_by_the_server_instead_of_polling_in_a_loop() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Delay(Duration::from_millis(1500))]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let job = submit(&client, chat("fake/m", "held")).await;
    let mut seen = 0;
    let done = client
        .wait_async_chat_completion_job_with_progress(
            &job.id,
            &WaitOptions::default().timeout(JOB_TIMEOUT),
            |_| seen += 1,
        )
        .await
        .expect("the job completes");
    assert_eq!(done.status, AsyncJobStatus::Completed);
    // Polling with backoff from 100 ms would see the job four or more times in 1.5 s; a held
    // poll sees it once or twice (a first answer may come before the job was claimed).
    assert!(seen <= 2, "the wait polled {seen} times");
}

async fn metrics(server: &Server) -> String {
    tests::harness::http_client()
        .get(server.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_answers_every_waiting_caller_at_once() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Hang]);
    let mut server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let job = submit(&client, chat("fake/m", "hangs")).await;
    fake.wait_for_requests(CHAT, 1, JOB_TIMEOUT).await;
    let waiting = {
        let client = client.clone();
        let id = job.id.clone();
        tokio::spawn(async move {
            let started = Instant::now();
            let answer = client
                .get_async_chat_completion_job(&id, Some("wait=60"))
                .await;
            (answer, started.elapsed())
        })
    };
    // Stop only once the server holds the poll (a stop before would test nothing).
    let deadline = Instant::now() + JOB_TIMEOUT;
    while !metrics(&server).await.contains("gateway_waiters 1\n") {
        assert!(Instant::now() < deadline, "the poll never waited");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::task::spawn_blocking(move || server.stop())
        .await
        .unwrap();
    let (answer, took) = waiting.await.unwrap();
    let answer = answer.expect("the waiting poll is answered, not cut off");
    assert!(
        matches!(answer, Poll::Accepted(_)),
        "the job is still running when its waiter is let go: {answer:?}"
    );
    assert!(
        took < Duration::from_secs(30),
        "the waiter was answered at shutdown, not at the end of its wait ({took:?})"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_job_never_runs_or_stops_running_and_stays_cancelled() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Hang]);
    let server = Server::start(&GatewayConfig {
        upstream_max_concurrency: Some(1),
        ..GatewayConfig::with_upstream(&fake)
    });
    let client = Client::new(&server.base_url()).unwrap();

    // A runs (and hangs upstream); B waits behind it for the provider's only slot.
    let running = submit(&client, chat("fake/m", "first")).await;
    fake.wait_for_requests(CHAT, 1, JOB_TIMEOUT).await;
    let queued = submit(&client, chat("fake/m", "second")).await;

    let Cancel::Ok(cancelled) = client
        .cancel_async_chat_completion_job(&queued.id)
        .await
        .unwrap()
    else {
        panic!("a pending job can be cancelled");
    };
    assert_eq!(cancelled.status, AsyncJobStatus::Cancelled);

    let started = Instant::now();
    let Cancel::Ok(stopped) = client
        .cancel_async_chat_completion_job(&running.id)
        .await
        .unwrap()
    else {
        panic!("a running job can be cancelled");
    };
    assert_eq!(stopped.status, AsyncJobStatus::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(1));

    // Polls answer 200 with the final state; the freed slot never ran the cancelled job.
    for id in [&running.id, &queued.id] {
        let Poll::Ok(job) = client
            .get_async_chat_completion_job(id, None)
            .await
            .unwrap()
        else {
            panic!("a cancelled job is final");
        };
        assert_eq!(job.status, AsyncJobStatus::Cancelled);
    }
    let later = submit(&client, chat("fake/m", "third")).await;
    poll_until(&client, &later.id, |j| {
        j.status == AsyncJobStatus::Completed
    })
    .await;
    let texts: Vec<String> = fake
        .requests(CHAT)
        .iter()
        .map(|r| r.json()["messages"][0]["content"].to_string())
        .collect();
    assert!(
        !texts.iter().any(|t| t.contains("second")),
        "the cancelled pending job reached the provider: {texts:?}"
    );

    // A final job cannot be cancelled again: 409 naming its state.
    let answer = client
        .cancel_async_chat_completion_job(&later.id)
        .await
        .unwrap();
    let Cancel::Conflict(error) = answer else {
        panic!("a completed job answers 409: {answer:?}");
    };
    let error = error.error.expect("the error member");
    assert_eq!(error.code.as_deref(), Some("job_already_final"));
    let message = error.message.unwrap_or_default();
    assert!(message.contains("completed"), "{message}");
}

/// A server with two callers, and a client for each.
fn two_callers() -> (Server, Client, Client) {
    let server = Server::start(
        &GatewayConfig::default()
            .principal(PrincipalSpec::new("alice").bearer("alice-token"))
            .principal(PrincipalSpec::new("bob").bearer("bob-token")),
    );
    let client = |token: &str| Client::new(&server.base_url()).unwrap().bearer(token);
    let (alice, bob) = (client("alice-token"), client("bob-token"));
    (server, alice, bob)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancel_of_an_unknown_another_callers_or_another_kinds_job_is_404() {
    let (_server, alice, bob) = two_callers();
    let job = submit(&alice, chat("echo/m", "mine")).await;
    assert!(matches!(
        bob.cancel_async_chat_completion_job(&job.id).await.unwrap(),
        Cancel::NotFound(_)
    ));
    assert!(matches!(
        alice.cancel_async_embedding_job(&job.id).await.unwrap(),
        CancelAsyncEmbeddingJobResponse::NotFound(_)
    ));
    assert!(matches!(
        alice
            .cancel_async_chat_completion_job("0190b3c4-0000-7000-8000-000000000000")
            .await
            .unwrap(),
        Cancel::NotFound(_)
    ));
    assert!(matches!(
        alice
            .cancel_async_chat_completion_job("not-an-id")
            .await
            .unwrap(),
        Cancel::NotFound(_)
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_racing_completion_ends_in_the_one_state_both_answers_report() {
    let server = Server::start(&GatewayConfig::default());
    let client = Client::new(&server.base_url()).unwrap();
    for round in 0..30 {
        let job = submit(&client, chat("echo/m", &format!("race {round}"))).await;
        let cancel = client
            .cancel_async_chat_completion_job(&job.id)
            .await
            .unwrap();
        let final_state = poll_until(&client, &job.id, |j| {
            matches!(
                j.status,
                AsyncJobStatus::Completed | AsyncJobStatus::Cancelled
            )
        })
        .await
        .status;
        match cancel {
            Cancel::Ok(cancelled) => {
                assert_eq!(cancelled.status, AsyncJobStatus::Cancelled);
                assert_eq!(final_state, AsyncJobStatus::Cancelled, "round {round}");
            }
            Cancel::Conflict(_) => {
                assert_eq!(final_state, AsyncJobStatus::Completed, "round {round}")
            }
            other => panic!("round {round}: cancel answered {other:?}"),
        }
    }
}

async fn page(client: &Client, limit: i64, after: Option<&str>) -> generated::types::AsyncJobList {
    match client
        .list_async_jobs(Some(limit), after, None, None)
        .await
        .unwrap()
    {
        List::Ok(page) => page,
        other => panic!("the list answered {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_pages_through_a_callers_jobs_newest_first_while_more_arrive() {
    let (server, alice, bob) = two_callers();
    let mut submitted = Vec::new();
    for i in 0..60 {
        submitted.push(submit(&alice, chat("echo/m", &format!("job {i}"))).await.id);
    }
    let bobs = submit(&bob, chat("echo/m", "bob's")).await.id;

    // Page through 10 at a time while new jobs keep arriving: none of the first 60 is skipped
    // or seen twice, and every page is newest first.
    let mut seen: Vec<String> = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let list = page(&alice, 10, after.as_deref()).await;
        submit(&alice, chat("echo/m", "arrives meanwhile")).await;
        let ids: Vec<String> = list.data.iter().map(|j| j.id.clone()).collect();
        let mut sorted = ids.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(ids, sorted, "a page is newest first");
        assert!(
            list.data.iter().all(|j| j.result.is_none()),
            "pages leave results out"
        );
        assert_eq!(list.first_id.as_ref(), ids.first());
        assert_eq!(list.last_id.as_ref(), ids.last());
        seen.extend(ids);
        if !list.has_more {
            break;
        }
        after = list.last_id;
    }
    for id in &submitted {
        assert_eq!(
            seen.iter().filter(|s| *s == id).count(),
            1,
            "job {id} in the pages"
        );
    }
    assert!(
        !seen.contains(&bobs),
        "another caller's job is never listed"
    );

    // Filters.
    let List::Ok(chats) = alice
        .list_async_jobs(Some(100), None, None, Some(AsyncJobKind::Embeddings))
        .await
        .unwrap()
    else {
        panic!("filtered list");
    };
    assert!(chats.data.is_empty(), "alice submitted no embeddings");
    let last = submitted.last().unwrap();
    poll_until(&alice, last, |j| j.status == AsyncJobStatus::Completed).await;
    let List::Ok(done) = alice
        .list_async_jobs(Some(100), None, Some(AsyncJobStatus::Completed), None)
        .await
        .unwrap()
    else {
        panic!("filtered list");
    };
    assert!(done.data.iter().any(|j| j.id == *last));
    assert!(done
        .data
        .iter()
        .all(|j| j.status == AsyncJobStatus::Completed));

    // Bad paging parameters are refused naming the parameter.
    for (query, param) in [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("after=xyz", "after"),
    ] {
        let answer = tests::harness::http_client()
            .get(server.url(&format!("/v1/async/jobs?{query}")))
            .bearer_auth("alice-token")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{query}");
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["error"]["param"], param, "{query}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idempotency_key_returns_the_first_job_and_refuses_another_body() {
    let server = Server::start(&GatewayConfig::default());
    let client = Client::new(&server.base_url()).unwrap();
    let first = match client
        .create_async_chat_completion(chat("echo/m", "once"), None, None, Some("order-17"), None)
        .await
        .unwrap()
    {
        Submit::Accepted(job) => job,
        other => panic!("{other:?}"),
    };
    let again = match client
        .create_async_chat_completion(chat("echo/m", "once"), None, None, Some("order-17"), None)
        .await
        .unwrap()
    {
        Submit::Accepted(job) => job,
        other => panic!("a repeated submit answers 202 with the first job: {other:?}"),
    };
    assert_eq!(again.id, first.id);

    let answer = client
        .create_async_chat_completion(chat("echo/m", "other"), None, None, Some("order-17"), None)
        .await
        .unwrap();
    let Submit::UnprocessableEntity(error) = answer else {
        panic!("the same key with another body is 422: {answer:?}");
    };
    let error = error.error.expect("the error member");
    assert_eq!(error.param.as_deref(), Some("Idempotency-Key"));
    assert_eq!(error.code.as_deref(), Some("idempotency_key_reused"));

    // Many at once make one job.
    let mut tasks = Vec::new();
    for _ in 0..40 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            match client
                .create_async_chat_completion(
                    chat("echo/m", "burst"),
                    None,
                    None,
                    Some("burst-1"),
                    None,
                )
                .await
                .unwrap()
            {
                Submit::Accepted(job) => job.id,
                other => panic!("{other:?}"),
            }
        }));
    }
    let mut ids = Vec::new();
    for task in tasks {
        ids.push(task.await.unwrap());
    }
    ids.dedup();
    assert_eq!(
        ids.len(),
        1,
        "concurrent duplicates made {} jobs",
        ids.len()
    );

    let long = "k".repeat(256);
    let answer = tests::harness::http_client()
        .post(server.url("/v1/async/chat/completions"))
        .header("Idempotency-Key", long)
        .json(&json!({"model": "echo/m", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["error"]["param"], "Idempotency-Key");
}

fn rerank(model: &str) -> RerankRequest {
    serde_json::from_value(json!({
        "model": model,
        "query": "red apple",
        "documents": [{"text": "a green pear"}, {"text": "red apple pie"}],
        "top_n": 1
    }))
    .expect("a rerank request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rerank_runs_through_echo_and_a_provider() {
    let fake = FakeUpstream::start();
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    for model in ["echo/rank", "fake/rank"] {
        let CreateAsyncRerankResponse::Accepted(job) = client
            .create_async_rerank(rerank(model), None, None, None, None)
            .await
            .unwrap()
        else {
            panic!("rerank submit");
        };
        let done = client
            .wait_async_rerank_job(&job.id, &WaitOptions::default().timeout(JOB_TIMEOUT))
            .await
            .unwrap_or_else(|e| panic!("{model}: {e:?}"));
        let result = done.result.expect("a completed rerank has a result");
        assert!(result["results"].is_array(), "{model}: {result}");
        if model.starts_with("echo") {
            assert_eq!(
                result["results"][0]["index"], 1,
                "the matching document first"
            );
        }
        assert!(matches!(
            client.get_async_rerank_job(&job.id, None).await.unwrap(),
            GetAsyncRerankJobResponse::Ok(_)
        ));
    }
    let forwarded = fake.requests("/v1/rerank");
    assert_eq!(forwarded.len(), 1);
    assert_eq!(forwarded[0].json()["model"], "rank");
    assert_eq!(forwarded[0].json()["query"], "red apple");
}
