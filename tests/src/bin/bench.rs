//! The benchmark: our server against a bare axum baseline under the same load, plus the
//! end-to-end, memory and generator figures, printed as one Markdown table.
//!
//! ```text
//! cargo run --release -p tests --bin bench
//! cargo run --release -p tests --bin bench -- --runs 5 --secs 10
//! cargo run --release -p tests --bin bench -- --only open --rate 2000 --postgres-url postgres://…
//! cargo run --release -p tests --bin bench -- --only uploads --uploads 16 --upload-mb 40
//! GATEWAY_BENCH_POSTGRES_URL=postgres://… cargo run --release -p tests --bin bench
//! ```
//!
//! It builds the release `server`, `generator`, `bench_baseline` and `bench_load` first, then
//! starts every server and load run as separate processes on loopback.

use std::io::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;
use tests::bench::report::{self, Line};
use tests::bench::runs::{binaries, Bench, Options, StoreChoice};

/// Benchmark the gateway against a bare axum baseline.
#[derive(Debug, Parser)]
struct Args {
    /// Runs of each throughput and end-to-end row (the median is shown, all are listed).
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Measured seconds of each throughput run.
    #[arg(long, default_value_t = 10.0)]
    secs: f64,
    /// Unrecorded seconds before each throughput run.
    #[arg(long, default_value_t = 2.0)]
    warmup_secs: f64,
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Threads of the load generator (it shares the machine with the server); 1 runs it on a
    /// single-threaded runtime, like `wrk -t1`.
    #[arg(long, default_value_t = 1)]
    load_threads: usize,
    /// Requests per second of the open-loop rows.
    #[arg(long, default_value_t = 2_000.0)]
    rate: f64,
    /// Concurrent transcription submits of the upload row.
    #[arg(long, default_value_t = 16)]
    uploads: usize,
    /// Audio of each upload, MiB.
    #[arg(long, default_value_t = 40)]
    upload_mb: usize,
    #[arg(long, default_value_t = 20_000)]
    e2e_jobs: u64,
    #[arg(long, default_value_t = 100_000)]
    queued_jobs: u64,
    /// Completed jobs the poll rows go round.
    #[arg(long, default_value_t = 1_000)]
    poll_jobs: u64,
    #[arg(long, default_value_t = 5)]
    generator_runs: usize,
    /// PostgreSQL store URL for the PostgreSQL rows (and the open loop's PostgreSQL line);
    /// skipped when not set.
    #[arg(long, env = "GATEWAY_BENCH_POSTGRES_URL")]
    postgres_url: Option<String>,
    /// Only these rows; all when not given. `submit`: closed-loop submits, SQLite; `poll`:
    /// polls, SQLite; `open`: submits at `--rate` (open loop), SQLite and PostgreSQL; `e2e`:
    /// end to end, SQLite; `queued`: RSS with `--queued-jobs` queued; `uploads`: peak RSS
    /// during `--uploads` concurrent `--upload-mb` transcription submits; `generator`: the
    /// generator's time; `postgres`: submit, poll and end to end on PostgreSQL; `webhooks`:
    /// submit without and with a webhook named by every job (not run unless asked for).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default();
    let bins = binaries(&workspace)?;
    let options = Options {
        runs: args.runs.max(1),
        warmup: Duration::from_secs_f64(args.warmup_secs),
        duration: Duration::from_secs_f64(args.secs),
        connections: args.connections,
        load_threads: args.load_threads,
        e2e_jobs: args.e2e_jobs,
        queued_jobs: args.queued_jobs,
        poll_jobs: args.poll_jobs,
        generator_runs: args.generator_runs.max(1),
        postgres_url: args.postgres_url.clone(),
        rate: args.rate,
        uploads: args.uploads.max(1),
        upload_bytes: args.upload_mb * 1024 * 1024,
    };
    let mut bench = Bench::new(bins, options)?;
    let wanted = |row: &str| args.only.is_empty() || args.only.iter().any(|r| r == row);
    let mut lines: Vec<Line> = Vec::new();
    let sqlite = StoreChoice::Sqlite;

    if wanted("submit") {
        progress("submit, SQLite");
        match bench.submit(&sqlite, true) {
            Ok(pair) => lines.extend(report::pair_lines(
                "submit (SQLite)",
                &pair,
                Some(0.5),
                Some(10.0),
            )),
            Err(e) => lines.push(Line::failed("submit (SQLite)", &e)),
        }
    }
    if args.only.iter().any(|r| r == "webhooks") {
        progress("submit with a webhook per job, SQLite");
        match bench.submit_with_webhooks() {
            Ok(pair) => lines.extend(report::pair_lines(
                "submit (SQLite), every job with a webhook (baseline column: without)",
                &pair,
                None,
                None,
            )),
            Err(e) => lines.push(Line::failed("submit with webhooks (SQLite)", &e)),
        }
    }
    if wanted("poll") {
        progress("poll, SQLite");
        match bench.poll(&sqlite, true) {
            Ok(pair) => lines.extend(report::pair_lines("poll (SQLite)", &pair, Some(0.7), None)),
            Err(e) => lines.push(Line::failed("poll (SQLite)", &e)),
        }
    }
    if wanted("open") {
        progress("open loop, SQLite");
        match bench.open_loop(&sqlite, true) {
            Ok(pair) => lines.extend(report::open_loop_line(
                "submit (SQLite)",
                args.rate,
                &pair,
                Some(3.0),
            )),
            Err(e) => lines.push(Line::failed("submit open loop (SQLite)", &e)),
        }
        if let Some(url) = &args.postgres_url {
            progress("open loop, PostgreSQL");
            match bench.open_loop(&StoreChoice::Url(url.clone()), false) {
                Ok(pair) => lines.extend(report::open_loop_line(
                    "submit (PostgreSQL)",
                    args.rate,
                    &pair,
                    None,
                )),
                Err(e) => lines.push(Line::failed("submit open loop (PostgreSQL)", &e)),
            }
        }
    }
    if wanted("e2e") {
        progress("end to end, SQLite");
        match bench.end_to_end(&sqlite) {
            Ok(e2e) => lines.push(report::end_to_end_line(
                "end to end (SQLite, echo):",
                &e2e,
                Some(5000.0),
            )),
            Err(e) => lines.push(Line::failed("end to end (SQLite, echo)", &e)),
        }
    }
    if wanted("queued") {
        progress("memory with a queue");
        match bench.queued() {
            Ok(q) => lines.push(report::queued_line(&q, 150.0)),
            Err(e) => lines.push(Line::failed("peak RSS with jobs queued", &e)),
        }
    }
    if wanted("uploads") {
        progress("memory under uploads");
        match bench.uploads() {
            Ok(u) => {
                lines.push(report::uploads_line(&u));
                lines.push(report::uploads_storage_line(&u));
            }
            Err(e) => lines.push(Line::failed("peak RSS during uploads", &e)),
        }
    }
    if wanted("generator") {
        progress("generator");
        match bench.generator() {
            Ok(times) => lines.push(report::generator_line(&times, 300.0)),
            Err(e) => lines.push(Line::failed("generator on spec/", &e)),
        }
    }
    if wanted("postgres") {
        match &args.postgres_url {
            Some(url) => {
                let pg = StoreChoice::Url(url.clone());
                progress("PostgreSQL rows");
                match bench.submit(&pg, false) {
                    Ok(pair) => {
                        lines.extend(report::pair_lines("submit (PostgreSQL)", &pair, None, None))
                    }
                    Err(e) => lines.push(Line::failed("submit (PostgreSQL)", &e)),
                }
                match bench.poll(&pg, false) {
                    Ok(pair) => {
                        lines.extend(report::pair_lines("poll (PostgreSQL)", &pair, None, None))
                    }
                    Err(e) => lines.push(Line::failed("poll (PostgreSQL)", &e)),
                }
                match bench.end_to_end(&pg) {
                    Ok(e2e) => lines.push(report::end_to_end_line(
                        "end to end (PostgreSQL, echo):",
                        &e2e,
                        None,
                    )),
                    Err(e) => lines.push(Line::failed("end to end (PostgreSQL, echo)", &e)),
                }
            }
            None => {
                let mut line = Line::failed(
                    "PostgreSQL rows",
                    &anyhow::anyhow!("set GATEWAY_BENCH_POSTGRES_URL to measure them"),
                );
                line.ours = line.ours.replace("not measured: ", "skipped: ");
                lines.push(line);
            }
        }
    }

    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", machine())?;
    writeln!(
        out,
        "{} connections, load generator with {} threads on the same machine; {} run(s) of {} s after {} s warm-up\n",
        args.connections, args.load_threads, args.runs, args.secs, args.warmup_secs
    )?;
    write!(out, "{}", report::render(&lines))?;
    Ok(())
}

/// Where the bench is, on standard error, so the table alone goes to standard output.
fn progress(row: &str) {
    eprintln!("bench: measuring {row}…");
}

/// CPU count, model and memory, as the kernel reports them.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU", |(_, m)| m.trim())
        .to_owned();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_gib = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kib| kib / (1024.0 * 1024.0));
    format!("machine: {cpus} CPUs ({model}), {mem_gib:.1} GiB memory")
}
