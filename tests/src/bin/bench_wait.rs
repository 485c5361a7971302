//! How soon a waiting caller hears of its job's outcome: the time from the provider's answer to
//! the `200` of a submit (or a poll on another replica) that asked to wait (`Prefer: wait=N`).
//!
//! ```text
//! cargo run --release -p tests --bin bench_wait
//! GATEWAY_TEST_STORE=postgres GATEWAY_TEST_POSTGRES_URL=postgres://… \
//!     cargo run --release -p tests --bin bench_wait -- --replicas 2
//! ```
//!
//! The fake provider answers every request after a fixed latency and records when each
//! arrived, so the outcome's moment is `arrival + latency`; the caller's moment is when its
//! `200` arrived. With `--replicas 2` (PostgreSQL) jobs are submitted on one replica and waited
//! for on the other, so the wake-up crosses `LISTEN/NOTIFY` whenever the other ran the job.

use std::io::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use generated::client::{
    Client, CreateAsyncChatCompletionResponse as Submit, GetAsyncChatCompletionJobResponse as Poll,
};
use generated::types::ChatCompletionRequest;
use tests::fake_upstream::FakeUpstream;
use tests::harness::{GatewayConfig, Server};

const CHAT: &str = "/v1/chat/completions";

#[derive(Debug, Parser)]
struct Args {
    #[arg(long, default_value_t = 1_000)]
    jobs: usize,
    /// Jobs in flight at once.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// The fake provider's answer time.
    #[arg(long, default_value_t = 50)]
    latency_ms: u64,
    /// 1: submit and wait on one server. 2: submit on one, wait on the other (share a store:
    /// set GATEWAY_TEST_STORE=postgres).
    #[arg(long, default_value_t = 1)]
    replicas: usize,
}

fn chat(i: usize) -> ChatCompletionRequest {
    serde_json::from_value(serde_json::json!({
        "model": "fake/m",
        "messages": [{"role": "user", "content": format!("wait-bench {i}")}],
    }))
    .expect("a chat request")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!((1..=2).contains(&args.replicas), "--replicas is 1 or 2");
    let fake = FakeUpstream::start();
    let latency = Duration::from_millis(args.latency_ms);
    fake.set_latency(CHAT, latency);
    let config = GatewayConfig {
        workers: 64,
        ..GatewayConfig::with_upstream(&fake)
    };
    let first = tokio::task::spawn_blocking({
        let config = config.clone();
        move || Server::start(&config)
    })
    .await?;
    let second = if args.replicas == 2 {
        let store = first.store().clone();
        Some(tokio::task::spawn_blocking(move || Server::start_on(&config, &store)).await?)
    } else {
        None
    };
    let submit_on = Client::new(&first.base_url())?;
    let wait_on = Client::new(&second.as_ref().unwrap_or(&first).base_url())?;
    let cross = second.is_some();

    let permits = Arc::new(tokio::sync::Semaphore::new(args.concurrency.max(1)));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(args.jobs);
    for i in 0..args.jobs {
        let permit = permits.clone().acquire_owned().await?;
        let (submit_on, wait_on) = (submit_on.clone(), wait_on.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = permit;
            let prefer = if cross { None } else { Some("wait=30") };
            let answer = submit_on
                .create_async_chat_completion(chat(i), None, prefer, None, None)
                .await?;
            let job = match answer {
                Submit::Ok(job) => return Ok::<_, anyhow::Error>((i, Instant::now(), job.id)),
                Submit::Accepted(job) => job,
                other => anyhow::bail!("submit {i} answered {other:?}"),
            };
            loop {
                match wait_on
                    .get_async_chat_completion_job(&job.id, Some("wait=30"))
                    .await?
                {
                    Poll::Ok(done) => return Ok((i, Instant::now(), done.id)),
                    Poll::Accepted(_) => continue,
                    other => anyhow::bail!("poll {i} answered {other:?}"),
                }
            }
        }));
    }
    let mut done_at = vec![None; args.jobs];
    for task in tasks {
        let (i, at, _) = task.await??;
        done_at[i] = Some(at);
    }
    let wall = started.elapsed();

    let mut gaps: Vec<Duration> = Vec::with_capacity(args.jobs);
    for request in fake.requests(CHAT) {
        let content = request.json()["messages"][0]["content"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let Some(i) = content
            .strip_prefix("wait-bench ")
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        if let Some(Some(at)) = done_at.get(i) {
            gaps.push(at.saturating_duration_since(request.received_at + latency));
        }
    }
    anyhow::ensure!(
        gaps.len() == args.jobs,
        "matched {} of {} jobs to the provider's requests",
        gaps.len(),
        args.jobs
    );
    gaps.sort();
    let at = |q: f64| gaps[((gaps.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let store = if std::env::var(tests::postgres::STORE_VAR).as_deref() == Ok("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "| store | replicas | jobs | concurrency | provider latency | answer to 200: median | p90 | p99 | max | wall |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|---|---|")?;
    writeln!(
        out,
        "| {store} | {} | {} | {} | {} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} s |",
        args.replicas,
        args.jobs,
        args.concurrency,
        args.latency_ms,
        ms(at(0.5)),
        ms(at(0.9)),
        ms(at(0.99)),
        ms(at(1.0)),
        wall.as_secs_f64()
    )?;
    Ok(())
}
