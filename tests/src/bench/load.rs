//! The load generator: a fixed number of keep-alive HTTP/1.1 connections, each sending its next
//! request as soon as the previous answer is read (closed loop), or at a fixed rate (open loop),
//! with every latency recorded.
//!
//! It runs either for a fixed time after a warm-up (throughput rows) or until a number of
//! requests is sent (filling the queue, end-to-end runs). Latencies are kept exactly, in
//! microseconds, one `u32` per request, and sorted at the end for the percentiles.
//!
//! **Open loop** ([`Plan::rate`]): request `n` is due at `start + n / rate`, whether or not the
//! answers before it came back, and its latency counts from that due time, not from when it
//! went out. A stalled server thus shows in the latencies of every request that had to wait
//! for a free connection, instead of slowing the sender down and hiding (coordinated omission).
//! How late the generator itself sent each request is reported too (`send_lag_p99_us`), so its
//! own share (timer granularity, a busy machine) can be told apart.
//!
//! **Light on purpose.** The generator shares the machine with the server, so each request
//! costs it little: requests are written as prepared bytes straight to the socket and answers
//! are read by one small parser (status line and `Content-Length`), one task per connection,
//! with no HTTP client library's per-request channels, header maps and task hand-offs.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::{Bytes, BytesMut};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What each request is.
#[derive(Debug, Clone)]
pub enum Work {
    /// `POST path` with `body` and these extra header lines (`name: value`).
    Submit {
        path: String,
        body: Bytes,
        headers: Vec<String>,
    },
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
    /// Requests per second to send at (open loop); `None` for a closed loop.
    pub rate: Option<f64>,
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
    #[serde(default)]
    pub p999_us: u32,
    pub max_us: u32,
    /// Open loop: how late the generator sent requests after their due time, p99.
    #[serde(default)]
    pub send_lag_p99_us: u32,
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
    send_lags_us: Vec<u32>,
    statuses: BTreeMap<u16, u64>,
    transport_errors: u64,
    answer_bytes: u64,
    ids: Vec<String>,
}

struct Shared {
    plan: Plan,
    /// Every request as it goes on the wire: one for submits, one per id for polls.
    requests: Vec<Bytes>,
    /// Requests started so far, for [`Stop::Count`], the open loop's due times and to spread
    /// polls over the ids.
    started: AtomicU64,
    start: Instant,
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
    if let Some(rate) = plan.rate {
        anyhow::ensure!(rate > 0.0, "the rate must be above 0 requests per second");
    }
    let host = plan.addr.to_string();
    let shared = Arc::new(Shared {
        requests: wire_requests(&plan.work, &host),
        plan: plan.clone(),
        started: AtomicU64::new(0),
        start,
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

/// The value at permille `q` of sorted values.
fn permille(sorted: &[u32], q: usize) -> u32 {
    let n = sorted.len();
    sorted
        .get((n * q / 1000).min(n.saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

fn summarise(results: Vec<ConnectionResult>, window: Duration) -> Summary {
    let mut latencies: Vec<u32> = Vec::new();
    let mut lags: Vec<u32> = Vec::new();
    let mut summary = Summary::default();
    let mut bytes = 0u64;
    for r in results {
        latencies.extend_from_slice(&r.latencies_us);
        lags.extend_from_slice(&r.send_lags_us);
        for (status, n) in r.statuses {
            *summary.statuses.entry(status).or_default() += n;
        }
        summary.transport_errors += r.transport_errors;
        bytes += r.answer_bytes;
        summary.ids.extend(r.ids);
    }
    latencies.sort_unstable();
    lags.sort_unstable();
    let n = latencies.len();
    summary.requests = n as u64;
    summary.seconds = window.as_secs_f64();
    summary.per_second = if summary.seconds > 0.0 {
        n as f64 / summary.seconds
    } else {
        0.0
    };
    summary.p50_us = permille(&latencies, 500);
    summary.p99_us = permille(&latencies, 990);
    summary.p999_us = permille(&latencies, 999);
    summary.max_us = latencies.last().copied().unwrap_or(0);
    summary.send_lag_p99_us = permille(&lags, 990);
    summary.mean_answer_bytes = if n > 0 { bytes / n as u64 } else { 0 };
    summary
}

/// The bytes of each request, prepared once.
fn wire_requests(work: &Work, host: &str) -> Vec<Bytes> {
    match work {
        Work::Submit {
            path,
            body,
            headers,
        } => {
            let extra: String = headers.iter().map(|h| format!("{h}\r\n")).collect();
            let mut request = format!(
                "POST {path} HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n\
                 {extra}content-length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            request.extend_from_slice(body);
            vec![Bytes::from(request)]
        }
        Work::Poll { path, ids } => ids
            .iter()
            .map(|id| Bytes::from(get_request(&format!("{path}/{id}"), host)))
            .collect(),
    }
}

fn get_request(path: &str, host: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nhost: {host}\r\n\r\n")
}

/// One keep-alive HTTP/1.1 connection, a request at a time.
#[derive(Debug)]
pub struct Connection {
    stream: TcpStream,
    buf: BytesMut,
}

impl Connection {
    pub async fn open(addr: SocketAddr) -> anyhow::Result<Connection> {
        let stream = TcpStream::connect(addr)
            .await
            .with_context(|| format!("cannot connect to {addr}"))?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream,
            buf: BytesMut::with_capacity(16 * 1024),
        })
    }

    /// Sends `request` (complete bytes) and reads the answer: its status and body.
    pub async fn exchange(&mut self, request: &[u8]) -> anyhow::Result<(u16, Bytes)> {
        self.stream.write_all(request).await?;
        loop {
            if let Some(head) = parse_head(&self.buf)? {
                let total = head.length + head.body;
                while self.buf.len() < total {
                    self.buf.reserve(total - self.buf.len());
                    if self.stream.read_buf(&mut self.buf).await? == 0 {
                        anyhow::bail!("the server closed the connection mid-answer");
                    }
                }
                let answer = self.buf.split_to(total).freeze();
                return Ok((head.status, answer.slice(head.length..)));
            }
            if self.stream.read_buf(&mut self.buf).await? == 0 {
                anyhow::bail!("the server closed the connection");
            }
        }
    }
}

/// What an answer's head says.
#[derive(Debug, PartialEq, Eq)]
struct Head {
    status: u16,
    /// Bytes of the head, blank line included.
    length: usize,
    /// Bytes of the body (`Content-Length`).
    body: usize,
}

/// The head at the start of `buf`, once it is all there.
fn parse_head(buf: &[u8]) -> anyhow::Result<Option<Head>> {
    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Ok(None);
    };
    let head = std::str::from_utf8(&buf[..end]).context("an answer head that is not text")?;
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .context("an answer without a status line")?;
    let mut body = 0;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if name.eq_ignore_ascii_case("content-length") {
            body = value.trim().parse().context("a bad Content-Length")?;
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            anyhow::bail!("a chunked answer; the load generator reads Content-Length only");
        }
    }
    Ok(Some(Head {
        status,
        length: end + 4,
        body,
    }))
}

#[derive(Deserialize)]
struct Accepted {
    id: String,
}

fn micros(d: Duration) -> u32 {
    u32::try_from(d.as_micros()).unwrap_or(u32::MAX)
}

async fn connection(shared: Arc<Shared>) -> anyhow::Result<ConnectionResult> {
    let mut result = ConnectionResult::default();
    let mut conn = Connection::open(shared.plan.addr).await?;
    loop {
        let n = shared.started.fetch_add(1, Ordering::Relaxed);
        let due = shared
            .plan
            .rate
            .map(|rate| shared.start + Duration::from_secs_f64(n as f64 / rate));
        match shared.plan.stop {
            Stop::Count(total) if n >= total => break,
            Stop::After { .. }
                if shared
                    .record_until
                    .is_some_and(|u| due.unwrap_or_else(Instant::now) >= u) =>
            {
                break
            }
            _ => {}
        }
        if let Some(due) = due {
            tokio::time::sleep_until(due.into()).await;
        }
        let request = &shared.requests[(n % shared.requests.len() as u64) as usize];
        let sent = Instant::now();
        let answer = conn.exchange(request).await;
        let done = Instant::now();
        // Open loop: from the due time, and recorded by it; closed loop: from the send.
        let from = due.unwrap_or(sent);
        let recording = from >= shared.record_from
            && match (due, shared.record_until) {
                (_, None) => true,
                (Some(_), Some(until)) => from < until,
                (None, Some(until)) => done <= until,
            };
        match answer {
            Ok((status, body)) => {
                if recording {
                    result.latencies_us.push(micros(done.duration_since(from)));
                    if due.is_some() {
                        result.send_lags_us.push(micros(sent.duration_since(from)));
                    }
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
                conn = Connection::open(shared.plan.addr).await?;
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
    let mut conn = Connection::open(shared.plan.addr).await?;
    let request = get_request("/metrics", &shared.plan.addr.to_string());
    loop {
        let (_, text) = conn.exchange(request.as_bytes()).await?;
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
    fn answer_heads_are_read_once_complete() {
        assert_eq!(
            parse_head(b"HTTP/1.1 202 Accepted\r\ncontent-le").unwrap(),
            None
        );
        let answer = b"HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n\
            Content-Length: 2\r\n\r\n{}";
        assert_eq!(
            parse_head(answer).unwrap(),
            Some(Head {
                status: 202,
                length: answer.len() - 2,
                body: 2
            })
        );
        assert!(parse_head(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n").is_err());
    }

    #[test]
    fn percentiles_come_from_the_sorted_latencies() {
        let results = vec![
            ConnectionResult {
                latencies_us: (1..=50).collect(),
                send_lags_us: vec![7; 50],
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
            (s.requests, s.p50_us, s.p99_us, s.p999_us, s.max_us),
            (100, 51, 100, 100, 100)
        );
        assert_eq!(s.send_lag_p99_us, 7);
        assert_eq!(s.per_second, 50.0);
        assert_eq!(s.statuses.get(&202), Some(&50));
    }
}
