//! How soon a webhook reaches its receiver: the time from a job's outcome (the payload's
//! `timestamp`, taken when the outcome is recorded) to the receiver getting the signed POST,
//! which it answers `204` at once.
//!
//! ```text
//! cargo run --release -p tests --bin bench_webhooks
//! GATEWAY_TEST_STORE=postgres GATEWAY_TEST_POSTGRES_URL=postgres://… \
//!     cargo run --release -p tests --bin bench_webhooks
//! ```
//!
//! With `--provider-latency-ms 0` jobs run on the built-in `echo` provider: outcomes come as
//! fast as submits are accepted, so deliveries queue and the figure includes that queue. With
//! a latency (50 ms by default) a fake provider answers each job after it, which paces the
//! outcomes (16 in flight: about 320 a second) and leaves the gateway's own time per delivery:
//! committing the outcome with its delivery, waking the delivery worker, claiming, reading the
//! job, signing and sending.

use std::io::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use generated::client::{Client, CreateAsyncChatCompletionResponse as Submit};
use generated::types::ChatCompletionRequest;
use tests::harness::{GatewayConfig, Server};
use tests::webhook_receiver::WebhookReceiver;

const SECRET: &str = tests::webhook_receiver::TEST_SECRET;

#[derive(Debug, Parser)]
struct Args {
    #[arg(long, default_value_t = 1_000)]
    jobs: usize,
    /// Jobs in flight at once (each submit waits for its job's outcome, `Prefer: wait`).
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// The fake provider's answer time; 0 runs the jobs on `echo` and submits without waiting.
    #[arg(long, default_value_t = 50)]
    provider_latency_ms: u64,
    /// `webhook_delivery.concurrency` of the server; its default when not given.
    #[arg(long)]
    delivery_concurrency: Option<usize>,
}

fn chat(model: &str, i: usize) -> ChatCompletionRequest {
    serde_json::from_value(serde_json::json!({
        "model": model,
        "messages": [{"role": "user", "content": format!("webhook-bench {i}")}],
    }))
    .expect("a chat request")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let receiver = WebhookReceiver::start();
    let fake = (args.provider_latency_ms > 0).then(|| {
        let fake = tests::fake_upstream::FakeUpstream::start();
        fake.set_latency(
            "/v1/chat/completions",
            Duration::from_millis(args.provider_latency_ms),
        );
        fake
    });
    let (model, prefer) = match &fake {
        Some(_) => ("fake/m", Some("wait=30")),
        None => ("echo/m", None),
    };
    let base = match &fake {
        Some(fake) => GatewayConfig::with_upstream(fake),
        None => GatewayConfig::default(),
    };
    let config = GatewayConfig {
        workers: 64,
        env: vec![("BENCH_WEBHOOK_SECRET".into(), SECRET.into())],
        extra_toml: format!(
            "{}[[webhooks]]\nname = \"bench\"\nurl = \"{}\"\nallow_private_network = true\n\
             secret_env = \"BENCH_WEBHOOK_SECRET\"\n",
            args.delivery_concurrency
                .map(|n| format!("[webhook_delivery]\nconcurrency = {n}\n"))
                .unwrap_or_default(),
            receiver.url()
        ),
        ..base
    };
    let server = tokio::task::spawn_blocking(move || Server::start(&config)).await?;
    let client = Client::new(&server.base_url())?;
    let permits = Arc::new(tokio::sync::Semaphore::new(args.concurrency.max(1)));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(args.jobs);
    for i in 0..args.jobs {
        let permit = permits.clone().acquire_owned().await?;
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let _permit = permit;
            match client
                .create_async_chat_completion(chat(model, i), None, prefer, None, Some("bench"))
                .await?
            {
                Submit::Accepted(_) | Submit::Ok(_) => Ok::<_, anyhow::Error>(()),
                other => anyhow::bail!("submit {i} answered {other:?}"),
            }
        }));
    }
    for task in tasks {
        task.await??;
    }
    let deliveries =
        tokio::task::spawn_blocking(move || receiver.wait_for(args.jobs, Duration::from_secs(300)))
            .await?;
    let wall = started.elapsed();
    let mut gaps: Vec<Duration> = Vec::with_capacity(deliveries.len());
    for d in &deliveries {
        d.verify(SECRET)
            .map_err(|e| anyhow::anyhow!("a delivery does not verify: {e}"))?;
        let outcome =
            chrono::DateTime::parse_from_rfc3339(d.json()["timestamp"].as_str().unwrap_or(""))?
                .with_timezone(&chrono::Utc);
        gaps.push(
            (d.received_at_utc - outcome)
                .to_std()
                .unwrap_or(Duration::ZERO),
        );
    }
    anyhow::ensure!(
        gaps.len() == args.jobs,
        "{} deliveries for {} jobs",
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
        "| store | jobs | in flight | provider latency | outcome to receiver: median | p90 | p99 | max | wall |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|---|")?;
    writeln!(
        out,
        "| {store} | {} | {} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} s |",
        args.jobs,
        args.concurrency,
        if fake.is_some() {
            format!("{} ms", args.provider_latency_ms)
        } else {
            "echo".into()
        },
        ms(at(0.5)),
        ms(at(0.9)),
        ms(at(0.99)),
        ms(at(1.0)),
        wall.as_secs_f64()
    )?;
    drop(server);
    Ok(())
}
