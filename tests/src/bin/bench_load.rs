//! The benchmark's load generator: keep-alive connections in a closed loop (or at a fixed rate,
//! `--rate`) against one server, writing a JSON summary (throughput, latency percentiles,
//! statuses). Started by `bench`; see `tests::bench::load`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use bytes::Bytes;
use clap::Parser;
use tests::bench::body::CHAT_PATH;
use tests::bench::load::{run, Plan, Stop, Work};

/// Load generator for the benchmark.
#[derive(Debug, Parser)]
struct Args {
    /// Server to load.
    #[arg(long)]
    addr: SocketAddr,
    /// POST this JSON file to the chat submit operation.
    #[arg(long, value_name = "FILE", conflicts_with = "poll")]
    submit: Option<PathBuf>,
    /// An extra header of each submit, `name: value`; may be repeated.
    #[arg(long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// Poll the chat jobs whose ids this file lists, one per line.
    #[arg(long, value_name = "FILE")]
    poll: Option<PathBuf>,
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Threads of the load generator's runtime (1: a single-threaded runtime, as `wrk -t1`).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Send this many requests per second whatever the answers (open loop), latencies counted
    /// from each request's due time; a closed loop when not given.
    #[arg(long)]
    rate: Option<f64>,
    /// Send exactly this many requests instead of running for a time.
    #[arg(long)]
    count: Option<u64>,
    #[arg(long, default_value_t = 2.0)]
    warmup_secs: f64,
    #[arg(long, default_value_t = 10.0)]
    secs: f64,
    /// After sending, wait until the server's /metrics shows this many jobs finished.
    #[arg(long)]
    await_finished: Option<u64>,
    /// Write the ids of accepted jobs here, one per line.
    #[arg(long, value_name = "FILE")]
    ids_out: Option<PathBuf>,
    /// Write the JSON summary here instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let work = match (&args.submit, &args.poll) {
        (Some(body), None) => Work::Submit {
            path: CHAT_PATH.to_owned(),
            body: Bytes::from(
                std::fs::read(body).with_context(|| format!("cannot read {}", body.display()))?,
            ),
            headers: args.headers.clone(),
        },
        (None, Some(path)) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let ids: Vec<String> = text.lines().map(str::to_owned).collect();
            anyhow::ensure!(!ids.is_empty(), "{} lists no job ids", path.display());
            Work::Poll {
                path: CHAT_PATH.to_owned(),
                ids: Arc::new(ids),
            }
        }
        _ => anyhow::bail!("give either --submit FILE or --poll FILE"),
    };
    let stop = match args.count {
        Some(n) => Stop::Count(n),
        None => Stop::After {
            warmup: Duration::from_secs_f64(args.warmup_secs),
            measure: Duration::from_secs_f64(args.secs),
        },
    };
    let plan = Plan {
        addr: args.addr,
        connections: args.connections,
        work,
        stop,
        rate: args.rate,
        collect_ids: args.ids_out.is_some(),
        await_finished: args.await_finished,
    };
    // One thread runs everything on itself, with no hand-offs between threads.
    let runtime = if args.threads <= 1 {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(args.threads)
            .enable_all()
            .build()?
    };
    let summary = runtime.block_on(run(plan))?;
    if let Some(path) = &args.ids_out {
        let mut text = summary.ids.join("\n");
        text.push('\n');
        std::fs::write(path, text)?;
    }
    let mut summary = summary;
    summary.ids = Vec::new();
    let json = serde_json::to_string(&summary)?;
    match &args.out {
        Some(path) => std::fs::write(path, json)?,
        None => std::io::Write::write_all(&mut std::io::stdout(), format!("{json}\n").as_bytes())?,
    }
    Ok(())
}
