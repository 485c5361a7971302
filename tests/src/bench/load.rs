//! The load generator: a fixed number of keep-alive HTTP/1.1 connections, each sending its next
//! request as soon as the previous answer is read (closed loop), with every latency recorded.
//!
//! It runs either for a fixed time after a warm-up (throughput rows) or until a number of
//! requests is sent (filling the queue, end-to-end runs). Latencies are kept exactly, in
//! microseconds, one `u32` per request, and sorted at the end for the percentiles.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::{handshake, SendRequest};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use serde::{Deserialize, Serialize};
use tokio::net::TcpStream;

/// What each request is.
#[derive(Debug, Clone)]
pub enum Work {
    /// `POST path` with `body`.
    Submit { path: String, body: Bytes },
    /// `GET path/{id}`, going round the ids.
    Poll { path: String, ids: Arc<Vec<String>> },
}

/// When to stop.
#[derive(Debug, Clone, Copy)]
pub enum Stop {
    /// Send for `warmup` without recording, then record for `measure`.
    After { warmup: Duration, measure: Duration },
    /// Send exactly this many requests, recording all of them.
    Count(u64),
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub addr: SocketAddr,
    pub connections: usize,
    pub work: Work,
    pub stop: Stop,
    /// Keep the `id` of every `202` answer (submissions whose jobs are followed afterwards).
    pub collect_ids: bool,
    /// After the requests, wait until `/metrics` shows this many jobs finished by the server.
    pub await_finished: Option<u64>,
}

/// What a run measured; printed as one JSON line by `bench_load`.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub requests: u64,
    /// Answers by status code.
    pub statuses: BTreeMap<u16, u64>,
    /// Requests that got no answer (connection refused, reset, …).
    pub transport_errors: u64,
    /// The recording window: the measured time, or the whole run for [`Stop::Count`].
    pub seconds: f64,
    pub per_second: f64,
    pub p50_us: u32,
    pub p99_us: u32,
    pub max_us: u32,
    pub mean_answer_bytes: u64,
    /// From the first request until `/metrics` showed every awaited job finished.
    pub finished_seconds: Option<f64>,
    /// Of those, how many completed (the rest failed).
    pub completed: Option<u64>,
    #[serde(default)]
    pub ids: Vec<String>,
}

#[derive(Debug, Default)]
struct ConnectionResult {
    latencies_us: Vec<u32>,
    statuses: BTreeMap<u16, u64>,
    transport_errors: u64,
    answer_bytes: u64,
    ids: Vec<String>,
}

struct Shared {
    plan: Plan,
    host: String,
    /// Requests started so far, for [`Stop::Count`] and to spread polls over the ids.
    started: AtomicU64,
    record_from: Instant,
    record_until: Option<Instant>,
}

/// Runs the plan and returns what it measured.
pub async fn run(plan: Plan) -> anyhow::Result<Summary> {
    let start = Instant::now();
    let (record_from, record_until) = match plan.stop {
        Stop::After { warmup, measure } => (start + warmup, Some(start + warmup + measure)),
        Stop::Count(_) => (start, None),
    };
    let shared = Arc::new(Shared {
        host: plan.addr.to_string(),
        plan: plan.clone(),
        started: AtomicU64::new(0),
        record_from,
        record_until,
    });
    let tasks: Vec<_> = (0..plan.connections)
        .map(|_| tokio::spawn(connection(shared.clone())))
        .collect();
    let mut results = Vec::with_capacity(tasks.len());
    for task in tasks {
        results.push(task.await.context("a connection task failed")??);
    }
    let ended = Instant::now();
    let window = match record_until {
        Some(until) => until.saturating_duration_since(record_from),
        None => ended - start,
    };
    let mut summary = summarise(results, window);
    if let Some(total) = plan.await_finished {
        let (completed, at) = await_finished(&shared, total).await?;
        summary.finished_seconds = Some((at - start).as_secs_f64());
        summary.completed = Some(completed);
    }
    Ok(summary)
}

fn summarise(results: Vec<ConnectionResult>, window: Duration) -> Summary {
    let mut latencies: Vec<u32> = Vec::new();
    let mut summary = Summary::default();
    let mut bytes = 0u64;
    for r in results {
        latencies.extend_from_slice(&r.latencies_us);
        for (status, n) in r.statuses {
            *summary.statuses.entry(status).or_default() += n;
        }
        summary.transport_errors += r.transport_errors;
        bytes += r.answer_bytes;
        summary.ids.extend(r.ids);
    }
    latencies.sort_unstable();
    let n = latencies.len();
    let at = |q: usize| {
        latencies
            .get((n * q / 100).min(n.saturating_sub(1)))
            .copied()
    };
    summary.requests = n as u64;
    summary.seconds = window.as_secs_f64();
    summary.per_second = if summary.seconds > 0.0 {
        n as f64 / summary.seconds
    } else {
        0.0
    };
    summary.p50_us = at(50).unwrap_or(0);
    summary.p99_us = at(99).unwrap_or(0);
    summary.max_us = latencies.last().copied().unwrap_or(0);
    summary.mean_answer_bytes = if n > 0 { bytes / n as u64 } else { 0 };
    summary
}

async fn connect(addr: SocketAddr) -> anyhow::Result<SendRequest<Full<Bytes>>> {
    let stream = TcpStream::connect(addr)
        .await
        .with_context(|| format!("cannot connect to {addr}"))?;
    stream.set_nodelay(true)?;
    let (sender, conn) = handshake(TokioIo::new(stream)).await?;
    tokio::spawn(async move {
        // The connection ends when its sender is dropped or the server closes it; either way
        // the request loop notices and reconnects or stops.
        let _ = conn.await;
    });
    Ok(sender)
}

fn request(shared: &Shared, n: u64) -> anyhow::Result<Request<Full<Bytes>>> {
    let builder = Request::builder().header(hyper::header::HOST, &shared.host);
    let request = match &shared.plan.work {
        Work::Submit { path, body } => builder
            .method(Method::POST)
            .uri(path.as_str())
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .body(Full::new(body.clone()))?,
        Work::Poll { path, ids } => {
            let id = &ids[(n % ids.len() as u64) as usize];
            builder
                .method(Method::GET)
                .uri(format!("{path}/{id}"))
                .body(Full::new(Bytes::new()))?
        }
    };
    Ok(request)
}

#[derive(Deserialize)]
struct Accepted {
    id: String,
}

async fn connection(shared: Arc<Shared>) -> anyhow::Result<ConnectionResult> {
    let mut result = ConnectionResult::default();
    let mut sender = connect(shared.plan.addr).await?;
    loop {
        let n = shared.started.fetch_add(1, Ordering::Relaxed);
        match shared.plan.stop {
            Stop::Count(total) if n >= total => break,
            Stop::After { .. } if shared.record_until.is_some_and(|u| Instant::now() >= u) => break,
            _ => {}
        }
        let req = request(&shared, n)?;
        let sent = Instant::now();
        let answer = async {
            sender.ready().await?;
            let response = sender.send_request(req).await?;
            let status = response.status().as_u16();
            let body = response.into_body().collect().await?.to_bytes();
            Ok::<_, hyper::Error>((status, body))
        }
        .await;
        let done = Instant::now();
        let recording = sent >= shared.record_from && shared.record_until.is_none_or(|u| done <= u);
        match answer {
            Ok((status, body)) => {
                if recording {
                    let us =
                        u32::try_from(done.duration_since(sent).as_micros()).unwrap_or(u32::MAX);
                    result.latencies_us.push(us);
                    *result.statuses.entry(status).or_default() += 1;
                    result.answer_bytes += body.len() as u64;
                }
                if shared.plan.collect_ids && status == 202 {
                    if let Ok(accepted) = serde_json::from_slice::<Accepted>(&body) {
                        result.ids.push(accepted.id);
                    }
                }
            }
            Err(_) => {
                result.transport_errors += 1;
                sender = connect(shared.plan.addr).await?;
            }
        }
    }
    Ok(result)
}

/// Scrapes `/metrics` until the server has finished `total` jobs; returns how many of them
/// completed and when the last one was seen.
async fn await_finished(shared: &Shared, total: u64) -> anyhow::Result<(u64, Instant)> {
    const DEADLINE: Duration = Duration::from_secs(600);
    const EVERY: Duration = Duration::from_millis(10);
    let give_up = Instant::now() + DEADLINE;
    let mut sender = connect(shared.plan.addr).await?;
    loop {
        let req = Request::builder()
            .method(Method::GET)
            .uri("/metrics")
            .header(hyper::header::HOST, &shared.host)
            .body(Full::new(Bytes::new()))?;
        sender.ready().await?;
        let response = sender.send_request(req).await?;
        let text = response.into_body().collect().await?.to_bytes();
        let seen = Instant::now();
        let (completed, failed) = finished_counts(&String::from_utf8_lossy(&text));
        if completed + failed >= total {
            return Ok((completed, seen));
        }
        anyhow::ensure!(
            seen < give_up,
            "only {} of {total} jobs finished within {DEADLINE:?}",
            completed + failed
        );
        tokio::time::sleep(EVERY).await;
    }
}

/// Sums `gateway_jobs_finished_total` over kinds, split into completed and failed.
pub fn finished_counts(metrics: &str) -> (u64, u64) {
    let mut completed = 0;
    let mut failed = 0;
    for line in metrics.lines() {
        let Some(rest) = line.strip_prefix("gateway_jobs_finished_total{") else {
            continue;
        };
        let Some(n) = rest.rsplit(' ').next().and_then(|n| n.parse::<u64>().ok()) else {
            continue;
        };
        if rest.contains("status=\"completed\"") {
            completed += n;
        } else {
            failed += n;
        }
    }
    (completed, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_jobs_are_read_from_the_metrics_text() {
        let text = "# TYPE gateway_jobs_finished_total counter\n\
            gateway_jobs_finished_total{kind=\"chat_completions\",status=\"completed\"} 12\n\
            gateway_jobs_finished_total{kind=\"embeddings\",status=\"completed\"} 3\n\
            gateway_jobs_finished_total{kind=\"embeddings\",status=\"failed\"} 2\n\
            gateway_jobs{status=\"completed\"} 99\n";
        assert_eq!(finished_counts(text), (15, 2));
    }

    #[test]
    fn percentiles_come_from_the_sorted_latencies() {
        let results = vec![
            ConnectionResult {
                latencies_us: (1..=50).collect(),
                ..Default::default()
            },
            ConnectionResult {
                latencies_us: (51..=100).rev().collect(),
                statuses: BTreeMap::from([(202, 50)]),
                ..Default::default()
            },
        ];
        let s = summarise(results, Duration::from_secs(2));
        assert_eq!(
            (s.requests, s.p50_us, s.p99_us, s.max_us),
            (100, 51, 100, 100)
        );
        assert_eq!(s.per_second, 50.0);
        assert_eq!(s.statuses.get(&202), Some(&50));
    }
}
