//! The rows of the table: which servers are started, with what configuration, and which load
//! each one gets. Every throughput row starts fresh servers for each run and alternates
//! baseline and ours, so background noise on a shared machine falls on both alike.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context as _};

use super::body::chat_body;
use super::load::Summary;
use super::process::Server;
use crate::postgres::TestDatabase;

/// What to run; see `bench --help`.
#[derive(Debug, Clone)]
pub struct Options {
    pub runs: usize,
    pub warmup: Duration,
    pub duration: Duration,
    pub connections: usize,
    pub load_threads: usize,
    pub e2e_jobs: u64,
    pub queued_jobs: u64,
    pub poll_jobs: u64,
    pub generator_runs: usize,
    pub postgres_url: Option<String>,
    /// Requests per second of the open-loop rows.
    pub rate: f64,
    /// Concurrent transcription submits of the upload row, and the audio bytes of each.
    pub uploads: usize,
    pub upload_bytes: usize,
}

/// The programs the bench starts, all from one release build.
#[derive(Debug, Clone)]
pub struct Binaries {
    pub server: PathBuf,
    pub baseline: PathBuf,
    pub load: PathBuf,
    pub generator: PathBuf,
    pub workspace: PathBuf,
}

/// One measured load run against one server.
#[derive(Debug, Clone)]
pub struct Measured {
    pub load: Summary,
    /// Server CPU time per answered request, in microseconds.
    pub cpu_us_per_request: f64,
}

/// A run of the load generator against the baseline and ours.
#[derive(Debug, Clone)]
pub struct Pair {
    pub baseline: Vec<Measured>,
    pub ours: Vec<Measured>,
}

#[derive(Debug, Clone)]
pub struct EndToEnd {
    pub jobs: u64,
    /// Seconds from the first submission until the last job finished, per run.
    pub seconds: Vec<f64>,
    /// Seconds the submissions alone took, per run.
    pub submit_seconds: Vec<f64>,
}

/// The server's memory during a burst of large uploads.
#[derive(Debug, Clone)]
pub struct Uploads {
    pub uploads: usize,
    pub upload_bytes: usize,
    /// Peak RSS once started and idle, and after the burst.
    pub idle_rss_bytes: u64,
    pub peak_rss_bytes: u64,
    /// Answers by status code.
    pub statuses: std::collections::BTreeMap<u16, u64>,
    pub seconds: f64,
    /// Then, with the uploads queued and one of them running: milliseconds each poll of one of
    /// them took.
    pub poll_ms: Vec<f64>,
    /// Then the bytes the server wrote to storage for each of `echo_uploads` more uploads of
    /// the same size, one after the other, from submit until the `echo` provider's answer is
    /// stored and the writes have settled (the WAL copied into the database included).
    pub echo_uploads: usize,
    pub written_per_upload_bytes: u64,
}

#[derive(Debug, Clone)]
pub struct Queued {
    pub jobs: u64,
    pub peak_rss_bytes: u64,
    pub submit_seconds: f64,
}

/// Where the rows' servers keep their files, and the programs.
#[derive(Debug)]
pub struct Bench {
    pub bins: Binaries,
    pub options: Options,
    dir: tempfile::TempDir,
    next: usize,
    databases: Vec<TestDatabase>,
}

/// The store a row runs on.
#[derive(Debug, Clone)]
pub enum StoreChoice {
    /// A fresh SQLite file per server.
    Sqlite,
    /// A fresh database on the PostgreSQL server this URL names, per server started (dropped
    /// when the bench ends), so each row counts only its own jobs.
    Url(String),
}

impl Bench {
    pub fn new(bins: Binaries, options: Options) -> anyhow::Result<Bench> {
        Ok(Bench {
            bins,
            options,
            dir: tempfile::tempdir()?,
            next: 0,
            databases: Vec::new(),
        })
    }

    fn fresh_dir(&mut self, what: &str) -> anyhow::Result<PathBuf> {
        self.next += 1;
        let dir = self.dir.path().join(format!("{:03}-{what}", self.next));
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// Our server, open on loopback, with the echo provider and `extra` TOML appended.
    fn start_ours(&mut self, store: &StoreChoice, extra: &str) -> anyhow::Result<Server> {
        self.start_ours_with_env(store, extra, &[])
    }

    /// [`Bench::start_ours`] with these environment variables.
    fn start_ours_with_env(
        &mut self,
        store: &StoreChoice,
        extra: &str,
        env: &[(&str, &str)],
    ) -> anyhow::Result<Server> {
        let dir = self.fresh_dir("ours")?;
        let store = match store {
            StoreChoice::Sqlite => format!("sqlite://{}", dir.join("jobs.sqlite3").display()),
            StoreChoice::Url(server) => {
                let database = TestDatabase::create_on(server);
                let url = database.url().to_owned();
                self.databases.push(database);
                url
            }
        };
        let config = dir.join("gateway.toml");
        std::fs::write(
            &config,
            format!("listen = \"127.0.0.1:0\"\nstore = \"{store}\"\n{extra}"),
        )?;
        Server::start(
            &self.bins.server,
            &["--config".into(), config.display().to_string()],
            env,
            dir.join("server.log"),
        )
    }

    fn start_baseline(&mut self) -> anyhow::Result<Server> {
        let dir = self.fresh_dir("baseline")?;
        Server::start(
            &self.bins.baseline,
            &["--listen".into(), "127.0.0.1:0".into()],
            &[],
            dir.join("baseline.log"),
        )
    }

    /// Runs `bench_load` against `addr` and reads its summary.
    fn load(&mut self, addr: SocketAddr, args: &[String]) -> anyhow::Result<Summary> {
        let dir = self.fresh_dir("load")?;
        let out = dir.join("summary.json");
        let status = Command::new(&self.bins.load)
            .arg("--addr")
            .arg(addr.to_string())
            .arg("--connections")
            .arg(self.options.connections.to_string())
            .arg("--threads")
            .arg(self.options.load_threads.to_string())
            .arg("--out")
            .arg(&out)
            .args(args)
            .stdin(Stdio::null())
            .status()
            .context("cannot run the load generator")?;
        ensure!(status.success(), "the load generator failed ({status})");
        let text = std::fs::read_to_string(&out)?;
        Ok(serde_json::from_str(&text)?)
    }

    fn body_file(&mut self, model: &str) -> anyhow::Result<PathBuf> {
        let path = self.fresh_dir("body")?.join("chat.json");
        std::fs::write(&path, chat_body(model))?;
        Ok(path)
    }

    fn timed_args(&self) -> Vec<String> {
        vec![
            "--warmup-secs".into(),
            self.options.warmup.as_secs_f64().to_string(),
            "--secs".into(),
            self.options.duration.as_secs_f64().to_string(),
        ]
    }

    /// Measures one timed load against a server, with the server's CPU time over the whole
    /// load run (warm-up included, so it is divided by every request sent, not only recorded).
    fn measure(&mut self, server: &Server, args: &[String]) -> anyhow::Result<Measured> {
        let cpu_before = server.cpu_seconds()?;
        let load = self.load(server.addr, args)?;
        let cpu = server.cpu_seconds()? - cpu_before;
        ensure!(load.requests > 0, "no request was answered");
        let window = self.options.warmup + self.options.duration;
        // Requests over the whole run, estimated from the recorded rate.
        let all = load.per_second * window.as_secs_f64();
        Ok(Measured {
            cpu_us_per_request: cpu * 1e6 / all.max(1.0),
            load,
        })
    }

    /// Submit throughput and latency: the chat body, timed, on fresh servers.
    pub fn submit(&mut self, store: &StoreChoice, with_baseline: bool) -> anyhow::Result<Pair> {
        let body = self.body_file("echo/bench-model")?;
        let mut args = vec!["--submit".into(), body.display().to_string()];
        args.extend(self.timed_args());
        let mut pair = Pair {
            baseline: Vec::new(),
            ours: Vec::new(),
        };
        for _ in 0..self.options.runs {
            if with_baseline {
                let baseline = self.start_baseline()?;
                pair.baseline.push(self.measure(&baseline, &args)?);
            }
            let ours = self.start_ours(store, "")?;
            pair.ours.push(self.measure(&ours, &args)?);
        }
        Ok(pair)
    }

    /// What delivering a webhook for every job costs the submit row: our server without
    /// webhooks (as `baseline`) and with every submit naming an endpoint that answers `204` at
    /// once (as `ours`), on fresh SQLite servers in turn. The deliveries run during the load.
    pub fn submit_with_webhooks(&mut self) -> anyhow::Result<Pair> {
        let body = self.body_file("echo/bench-model")?;
        let (receiver, delivered) = counting_receiver()?;
        let plain: Vec<String> = [
            vec!["--submit".to_owned(), body.display().to_string()],
            self.timed_args(),
        ]
        .concat();
        let mut named = plain.clone();
        named.extend([
            "--header".to_owned(),
            "x-bf-async-webhook: bench".to_owned(),
        ]);
        let endpoint = format!(
            "[[webhooks]]\nname = \"bench\"\nurl = \"http://{receiver}/hooks\"\n\
             allow_private_network = true\nsecret_env = \"BENCH_WEBHOOK_SECRET\"\n"
        );
        let mut pair = Pair {
            baseline: Vec::new(),
            ours: Vec::new(),
        };
        for _ in 0..self.options.runs {
            let without = self.start_ours(&StoreChoice::Sqlite, "")?;
            pair.baseline.push(self.measure(&without, &plain)?);
            let before = delivered.load(std::sync::atomic::Ordering::Relaxed);
            let with = self.start_ours_with_env(
                &StoreChoice::Sqlite,
                &endpoint,
                &[("BENCH_WEBHOOK_SECRET", BENCH_WEBHOOK_SECRET)],
            )?;
            pair.ours.push(self.measure(&with, &named)?);
            let sent = delivered.load(std::sync::atomic::Ordering::Relaxed) - before;
            ensure!(sent > 0, "no webhook was delivered during the run");
        }
        Ok(pair)
    }

    /// Submit latency at a fixed rate (open loop, counted from each request's due time), on
    /// fresh servers; see `load`.
    pub fn open_loop(&mut self, store: &StoreChoice, with_baseline: bool) -> anyhow::Result<Pair> {
        let body = self.body_file("echo/bench-model")?;
        let mut args = vec![
            "--submit".into(),
            body.display().to_string(),
            "--rate".into(),
            self.options.rate.to_string(),
        ];
        args.extend(self.timed_args());
        let mut pair = Pair {
            baseline: Vec::new(),
            ours: Vec::new(),
        };
        for _ in 0..self.options.runs {
            if with_baseline {
                let baseline = self.start_baseline()?;
                pair.baseline.push(self.measure(&baseline, &args)?);
            }
            let ours = self.start_ours(store, "")?;
            let measured = self.measure(&ours, &args)?;
            ensure!(
                measured.load.statuses.get(&202) == Some(&measured.load.requests),
                "not every submission was accepted: {:?}",
                measured.load.statuses
            );
            pair.ours.push(measured);
        }
        Ok(pair)
    }

    /// Peak RSS of our server (SQLite) while `uploads` transcription submits of `upload_bytes`
    /// of audio each arrive at once. Their provider runs one job at a time and never answers,
    /// so the figure is the submit path's and one claim's. Then what the queued uploads cost
    /// at rest: polls of them, and the server's writes while it only keeps one job's lease.
    pub fn uploads(&mut self) -> anyhow::Result<Uploads> {
        const ECHO_UPLOADS: usize = 4;
        let stall_addr = stalled_provider()?;
        // Room for every upload at once: the row measures what holding them costs, not the
        // refusal past `limits.max_inflight_body_bytes` (512 MiB by default, less than 16 x 40).
        let in_flight = self.options.uploads * (self.options.upload_bytes + 64 * 1024);
        let extra = format!(
            "[limits]\nmax_inflight_body_bytes = {in_flight}\n\
             [[providers]]\nname = \"stalled\"\nbase_url = \"http://{stall_addr}/v1\"\n\
             max_concurrency = 1\n"
        );
        let server = self.start_ours(&StoreChoice::Sqlite, &extra)?;
        let idle_rss_bytes = server.peak_rss_bytes()?;
        let request = transcription_request(server.addr, "stalled", self.options.upload_bytes);
        let uploads = self.options.uploads;
        let addr = server.addr;
        let started = Instant::now();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (statuses, ids) = runtime.block_on(async move {
            let mut tasks = tokio::task::JoinSet::new();
            for _ in 0..uploads {
                let request = request.clone();
                tasks.spawn(async move {
                    let mut conn = super::load::Connection::open(addr).await?;
                    conn.exchange(&request).await
                });
            }
            let mut statuses = std::collections::BTreeMap::new();
            let mut ids = Vec::new();
            while let Some(done) = tasks.join_next().await {
                let (status, body) = done??;
                *statuses.entry(status).or_insert(0u64) += 1;
                let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                ids.extend(answer["id"].as_str().map(str::to_owned));
            }
            anyhow::Ok((statuses, ids))
        })?;
        let seconds = started.elapsed().as_secs_f64();
        let peak_rss_bytes = server.peak_rss_bytes()?;

        let poll_ms = runtime.block_on(async move {
            let mut conn = super::load::Connection::open(addr).await?;
            let mut took = Vec::new();
            for id in ids.iter().cycle().take(ids.len() * 5) {
                let poll = format!(
                    "GET /v1/async/audio/transcriptions/{id} HTTP/1.1\r\nhost: {addr}\r\n\r\n"
                );
                let sent = Instant::now();
                let (status, _) = conn.exchange(poll.as_bytes()).await?;
                took.push(sent.elapsed().as_secs_f64() * 1000.0);
                ensure!(status == 202, "a poll of a queued upload answered {status}");
            }
            anyhow::Ok(took)
        })?;
        settle_writes(&server)?;
        let before = server.written_bytes()?;
        let echo = transcription_request(addr, "echo", self.options.upload_bytes);
        runtime.block_on(async move {
            let mut conn = super::load::Connection::open(addr).await?;
            for _ in 0..ECHO_UPLOADS {
                let (status, body) = conn.exchange(&echo).await?;
                ensure!(status == 202, "an echo upload answered {status}");
                let answer: serde_json::Value = serde_json::from_slice(&body)?;
                let id = answer["id"].as_str().context("an echo upload got no id")?;
                let poll = format!(
                    "GET /v1/async/audio/transcriptions/{id} HTTP/1.1\r\nhost: {addr}\r\n\
                     prefer: wait=30\r\n\r\n"
                );
                let (status, _) = conn.exchange(poll.as_bytes()).await?;
                ensure!(
                    status == 200,
                    "an echo upload was not done in 30 s ({status})"
                );
            }
            anyhow::Ok(())
        })?;
        settle_writes(&server)?;
        let written = server.written_bytes()?.saturating_sub(before);
        Ok(Uploads {
            uploads,
            upload_bytes: self.options.upload_bytes,
            idle_rss_bytes,
            peak_rss_bytes,
            statuses,
            seconds,
            poll_ms,
            echo_uploads: ECHO_UPLOADS,
            written_per_upload_bytes: written / ECHO_UPLOADS as u64,
        })
    }

    /// Poll throughput and latency over completed jobs.
    pub fn poll(&mut self, store: &StoreChoice, with_baseline: bool) -> anyhow::Result<Pair> {
        let mut pair = Pair {
            baseline: Vec::new(),
            ours: Vec::new(),
        };
        for _ in 0..self.options.runs {
            let ours = self.start_ours(store, "")?;
            let ids = self.completed_jobs(&ours, self.options.poll_jobs)?;
            let mut args = vec!["--poll".into(), ids.display().to_string()];
            args.extend(self.timed_args());
            if with_baseline {
                let baseline = self.start_baseline()?;
                pair.baseline.push(self.measure(&baseline, &args)?);
            }
            let measured = self.measure(&ours, &args)?;
            let answered: u64 = measured.load.statuses.get(&200).copied().unwrap_or(0);
            ensure!(
                answered == measured.load.requests,
                "polls of completed jobs were not all 200: {:?}",
                measured.load.statuses
            );
            pair.ours.push(measured);
        }
        Ok(pair)
    }

    /// Submits `jobs` echo jobs, waits until all are finished, and returns the file of their ids.
    fn completed_jobs(&mut self, server: &Server, jobs: u64) -> anyhow::Result<PathBuf> {
        let body = self.body_file("echo/bench-model")?;
        let ids = self.fresh_dir("ids")?.join("ids.txt");
        let summary = self.load(
            server.addr,
            &[
                "--submit".into(),
                body.display().to_string(),
                "--count".into(),
                jobs.to_string(),
                "--await-finished".into(),
                jobs.to_string(),
                "--ids-out".into(),
                ids.display().to_string(),
            ],
        )?;
        ensure!(
            summary.completed == Some(jobs),
            "of {jobs} jobs {:?} completed",
            summary.completed
        );
        Ok(ids)
    }

    /// Time for `e2e_jobs` submissions to all reach `completed`, each run on a fresh server;
    /// afterwards every job is polled once to check it answers `200`.
    pub fn end_to_end(&mut self, store: &StoreChoice) -> anyhow::Result<EndToEnd> {
        let jobs = self.options.e2e_jobs;
        let mut result = EndToEnd {
            jobs,
            seconds: Vec::new(),
            submit_seconds: Vec::new(),
        };
        for _ in 0..self.options.runs {
            let server = self.start_ours(store, "")?;
            let body = self.body_file("echo/bench-model")?;
            let ids = self.fresh_dir("ids")?.join("ids.txt");
            let summary = self.load(
                server.addr,
                &[
                    "--submit".into(),
                    body.display().to_string(),
                    "--count".into(),
                    jobs.to_string(),
                    "--await-finished".into(),
                    jobs.to_string(),
                    "--ids-out".into(),
                    ids.display().to_string(),
                ],
            )?;
            ensure!(
                summary.statuses.get(&202) == Some(&jobs),
                "not every submission was accepted: {:?}",
                summary.statuses
            );
            ensure!(
                summary.completed == Some(jobs),
                "of {jobs} jobs {:?} completed",
                summary.completed
            );
            let check = self.load(
                server.addr,
                &[
                    "--poll".into(),
                    ids.display().to_string(),
                    "--count".into(),
                    jobs.to_string(),
                ],
            )?;
            ensure!(
                check.statuses.get(&200) == Some(&jobs),
                "polling the finished jobs answered {:?}",
                check.statuses
            );
            result
                .seconds
                .push(summary.finished_seconds.context("no finish time")?);
            result.submit_seconds.push(summary.seconds);
        }
        Ok(result)
    }

    /// Peak RSS of our server once `queued_jobs` are accepted and none can run: their provider
    /// accepts connections and never answers, and runs one job at a time.
    pub fn queued(&mut self) -> anyhow::Result<Queued> {
        let stall_addr = stalled_provider()?;
        let extra = format!(
            "[[providers]]\nname = \"stalled\"\nbase_url = \"http://{stall_addr}/v1\"\n\
             max_concurrency = 1\n"
        );
        let server = self.start_ours(&StoreChoice::Sqlite, &extra)?;
        let body = self.body_file("stalled/bench-model")?;
        let jobs = self.options.queued_jobs;
        let summary = self.load(
            server.addr,
            &[
                "--submit".into(),
                body.display().to_string(),
                "--count".into(),
                jobs.to_string(),
            ],
        )?;
        ensure!(
            summary.statuses.get(&202) == Some(&jobs),
            "not every submission was accepted: {:?}",
            summary.statuses
        );
        Ok(Queued {
            jobs,
            peak_rss_bytes: server.peak_rss_bytes()?,
            submit_seconds: summary.seconds,
        })
    }

    /// Wall time of the release generator on `spec/`, checking the committed code (it runs
    /// every stage and compares, writing nothing), once per run.
    pub fn generator(&mut self) -> anyhow::Result<Vec<Duration>> {
        let mut times = Vec::new();
        for _ in 0..self.options.generator_runs {
            let started = Instant::now();
            let status = Command::new(&self.bins.generator)
                .arg("--check")
                .arg("--spec")
                .arg(self.bins.workspace.join("spec/openapi.yaml"))
                .arg("--out")
                .arg(self.bins.workspace.join("generated/src"))
                .current_dir(&self.bins.workspace)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()?;
            let took = started.elapsed();
            if !status.success() {
                bail!("the generator failed ({status}); is generated/ up to date?");
            }
            times.push(took);
        }
        Ok(times)
    }
}

/// The secret of the webhook row's endpoint.
const BENCH_WEBHOOK_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// A webhook receiver that answers every request `204` at once and counts them; it runs on a
/// thread of its own for the rest of the bench.
fn counting_receiver() -> anyhow::Result<(SocketAddr, Arc<std::sync::atomic::AtomicU64>)> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let count = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counted = count.clone();
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                return;
            };
            let app = axum::Router::new().fallback(move || {
                let counted = counted.clone();
                async move {
                    counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    axum::http::StatusCode::NO_CONTENT
                }
            });
            let _ = axum::serve(listener, app).await;
        });
    });
    Ok((addr, count))
}

/// A provider that accepts connections and holds them without reading or answering; it lives
/// as long as the process, which ends soon after the row.
fn stalled_provider() -> anyhow::Result<SocketAddr> {
    let stall = TcpListener::bind("127.0.0.1:0")?;
    let addr = stall.local_addr()?;
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in stall.incoming().flatten() {
            held.push(conn);
        }
    });
    Ok(addr)
}

/// Waits until the server's writes have settled (the checkpointer copying the WAL into the
/// database, the kernel flushing them): a second with less than 1 MiB written, 30 s at most.
fn settle_writes(server: &Server) -> anyhow::Result<()> {
    for _ in 0..30 {
        let before = server.written_bytes()?;
        std::thread::sleep(Duration::from_secs(1));
        if server.written_bytes()?.saturating_sub(before) < 1 << 20 {
            break;
        }
    }
    Ok(())
}

/// A transcription submit with `audio` bytes of file for `provider`, as the bytes that go on
/// the wire.
fn transcription_request(addr: SocketAddr, provider: &str, audio: usize) -> bytes::Bytes {
    const BOUNDARY: &str = "bench-upload-boundary";
    let mut body = format!(
        "--{BOUNDARY}\r\ncontent-disposition: form-data; name=\"model\"\r\n\r\n\
         {provider}/whisper-1\r\n--{BOUNDARY}\r\ncontent-disposition: form-data; name=\"file\"; \
         filename=\"speech.wav\"\r\ncontent-type: audio/wav\r\n\r\n"
    )
    .into_bytes();
    // Not silence: bytes that no layer could share or compress away.
    body.extend((0..audio).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let mut request = format!(
        "POST /v1/async/audio/transcriptions HTTP/1.1\r\nhost: {addr}\r\n\
         content-type: multipart/form-data; boundary={BOUNDARY}\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(&body);
    bytes::Bytes::from(request)
}

/// The programs next to this one (`target/release/`), after building them in release mode
/// when run through cargo.
pub fn binaries(workspace: &Path) -> anyhow::Result<Binaries> {
    if let Some(cargo) = std::env::var_os("CARGO") {
        let status = Command::new(cargo)
            .current_dir(workspace)
            .args([
                "build",
                "--release",
                "-p",
                "generated",
                "--bin",
                "server",
                "-p",
                "generator",
                "--bin",
                "generator",
                "-p",
                "tests",
                "--bin",
                "bench_baseline",
                "--bin",
                "bench_load",
            ])
            .status()
            .context("cannot run cargo build")?;
        ensure!(status.success(), "cargo build failed ({status})");
    }
    let exe = std::env::current_exe()?;
    let dir = exe.parent().context("the bench binary has no folder")?;
    let find = |name: &str| -> anyhow::Result<PathBuf> {
        let path = dir.join(name);
        ensure!(
            path.exists(),
            "{} is missing; build it in release mode",
            path.display()
        );
        Ok(path)
    };
    Ok(Binaries {
        server: find("server")?,
        baseline: find("bench_baseline")?,
        load: find("bench_load")?,
        generator: dir.join("generator"),
        workspace: workspace.to_path_buf(),
    })
}
