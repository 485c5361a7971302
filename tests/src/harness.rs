//! Runs the real `server` binary as a child process for end-to-end tests.
//!
//! The binary is built once per test executable (`$CARGO build -q -p generated --bin server`)
//! and found next to the test executable (`target/<profile>/server`). Each [`Server`] gets its own
//! temporary directory holding its TOML config and its SQLite store (or, with
//! `GATEWAY_TEST_STORE=postgres`, a fresh PostgreSQL database: see [`crate::postgres`]; replicas
//! share one with [`Server::start_on`]), listens on `127.0.0.1:0`
//! (the address is read from the `listening on http://…` log line), and keeps its whole stderr
//! log for failure messages. It can be killed (`SIGKILL`), stopped (`SIGTERM`, graceful) and
//! started again on the same store; dropping it kills the process.
//!
//! Tests drive the API through the generated client ([`Server::client`], see [`crate::jobs`]).
//! [`Api`] is a small reqwest wrapper for what that client cannot express: raw bodies, broken
//! forms, odd headers, and the endpoints outside the spec's operations.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::Value;

use crate::fake_upstream::FakeUpstream;
use crate::postgres::TestDatabase;

/// The provider name the fake upstream is configured under (`fake/<model>`).
pub const FAKE_PROVIDER: &str = "fake";
/// The environment variable holding the fake provider's key (set on the server process).
pub const FAKE_KEY_ENV: &str = "E2E_FAKE_UPSTREAM_KEY";
/// The key the gateway must send to the fake provider as `Authorization: Bearer …`.
pub const FAKE_KEY: &str = "sk-e2e-fake-upstream-key";
/// The TTL header of submissions.
pub const TTL_HEADER: &str = "x-bf-async-job-result-ttl";

/// The nine job kinds, as their path under `/v1/async/`.
pub const KINDS: [&str; 9] = [
    "chat/completions",
    "completions",
    "responses",
    "embeddings",
    "audio/speech",
    "audio/transcriptions",
    "images/generations",
    "images/edits",
    "images/variations",
];

/// How long a server may take to print its listening line.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Builds the server binary once per test executable and returns its path.
pub fn server_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| build_binary("server"))
}

/// Builds the command-line client once per test executable and returns its path.
pub fn client_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| build_binary("client"))
}

/// Builds one of the `generated` crate's binaries with the profile the running test was built
/// with, so a `--release` test run drives release binaries.
fn build_binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("cannot locate the test executable");
    // target/<profile>/deps/<test>-<hash> for a test, target/<profile>/<bin> for a binary
    // of this crate (the benchmarks).
    let dir = exe.parent().expect("the executable is in a folder");
    let profile_dir = if dir.file_name().is_some_and(|n| n == "deps") {
        dir.parent()
            .expect("the test executable is not under target/<profile>/deps")
    } else {
        dir
    }
    .to_path_buf();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace");
    let mut command = Command::new(cargo);
    command
        .args(["build", "-q", "-p", "generated", "--bin", name])
        .current_dir(workspace);
    match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            command.arg("--release");
        }
        Some(other) => {
            command.args(["--profile", other]);
        }
    }
    let status = command
        .status()
        .unwrap_or_else(|e| panic!("cannot run cargo to build the {name} binary: {e}"));
    assert!(
        status.success(),
        "building the {name} binary failed ({status})"
    );
    let binary = profile_dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.is_file(),
        "the {name} binary is not at {} after building it",
        binary.display()
    );
    binary
}

/// An Argon2 hash of `password` from `runtime::auth::hash_password`, computed once per test
/// executable (Argon2 is slow in a debug build).
pub fn password_hash(password: &str) -> String {
    static HASHES: OnceLock<Mutex<std::collections::HashMap<String, String>>> = OnceLock::new();
    let mut hashes = HASHES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    hashes
        .entry(password.to_owned())
        .or_insert_with(|| runtime::auth::hash_password(password).expect("hashing a password"))
        .clone()
}

/// Credentials of one principal, for the config file.
#[derive(Debug, Clone, Default)]
pub struct PrincipalSpec {
    pub name: String,
    pub bearer_tokens: Vec<String>,
    /// `(user, password_hash)`.
    pub basic: Vec<(String, String)>,
    pub virtual_keys: Vec<String>,
    pub api_keys: Vec<String>,
}

impl PrincipalSpec {
    pub fn new(name: &str) -> Self {
        PrincipalSpec {
            name: name.to_owned(),
            ..Default::default()
        }
    }

    pub fn bearer(mut self, token: &str) -> Self {
        self.bearer_tokens.push(token.to_owned());
        self
    }

    /// A Basic user; the password is hashed with `runtime::auth::hash_password`.
    pub fn basic(mut self, user: &str, password: &str) -> Self {
        self.basic.push((user.to_owned(), password_hash(password)));
        self
    }

    pub fn virtual_key(mut self, key: &str) -> Self {
        self.virtual_keys.push(key.to_owned());
        self
    }

    pub fn api_key(mut self, key: &str) -> Self {
        self.api_keys.push(key.to_owned());
        self
    }
}

/// What a test server is configured with; [`GatewayConfig::toml`] writes the config file.
#[derive(Debug, Clone)]
pub struct GatewayConfig {
    pub listen: String,
    pub allow_open_non_loopback: bool,
    /// Base URL of the `fake` provider (ends in `/v1`), when there is one.
    pub upstream: Option<String>,
    pub upstream_max_concurrency: Option<usize>,
    pub principals: Vec<PrincipalSpec>,
    pub json_body_bytes: Option<usize>,
    pub multipart_body_bytes: Option<usize>,
    pub workers: usize,
    pub lease_secs: u64,
    pub max_attempts: u32,
    pub attempt_timeout_secs: u64,
    pub execution_timeout_secs: u64,
    pub reap_interval_secs: u64,
    pub shutdown_grace_secs: u64,
    pub retry_max_attempts: u32,
    pub initial_backoff_ms: u64,
    pub max_backoff_ms: u64,
    /// Appended to the file as it is (top-level keys must come first in TOML, so only tables).
    pub extra_toml: String,
    /// Environment variables the server process gets (secrets that the file names).
    pub env: Vec<(String, String)>,
}

impl Default for GatewayConfig {
    /// Loopback, no principals (open), only `echo`, a short lease and fast retries.
    fn default() -> Self {
        GatewayConfig {
            listen: "127.0.0.1:0".into(),
            allow_open_non_loopback: false,
            upstream: None,
            upstream_max_concurrency: None,
            principals: Vec::new(),
            json_body_bytes: None,
            multipart_body_bytes: None,
            workers: 16,
            lease_secs: 3,
            max_attempts: 5,
            attempt_timeout_secs: 5,
            execution_timeout_secs: 30,
            reap_interval_secs: 1,
            shutdown_grace_secs: 5,
            retry_max_attempts: 3,
            initial_backoff_ms: 10,
            max_backoff_ms: 50,
            extra_toml: String::new(),
            env: Vec::new(),
        }
    }
}

/// A TOML basic string (JSON string escapes are valid TOML).
fn toml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn toml_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| toml_str(s)).collect();
    format!("[{}]", quoted.join(", "))
}

impl GatewayConfig {
    /// The default config with the fake as provider `fake`.
    pub fn with_upstream(fake: &FakeUpstream) -> Self {
        GatewayConfig {
            upstream: Some(fake.base_url()),
            ..Default::default()
        }
    }

    pub fn principal(mut self, principal: PrincipalSpec) -> Self {
        self.principals.push(principal);
        self
    }

    /// The config file for a store URL.
    pub fn toml(&self, store: &str) -> String {
        let mut t = String::new();
        t.push_str(&format!("listen = {}\n", toml_str(&self.listen)));
        t.push_str(&format!("store = {}\n", toml_str(store)));
        if self.allow_open_non_loopback {
            t.push_str("allow_open_non_loopback = true\n");
        }
        t.push_str("\n[jobs]\n");
        t.push_str(&format!("workers = {}\n", self.workers));
        t.push_str(&format!("lease_secs = {}\n", self.lease_secs));
        t.push_str(&format!("max_attempts = {}\n", self.max_attempts));
        t.push_str(&format!(
            "attempt_timeout_secs = {}\n",
            self.attempt_timeout_secs
        ));
        t.push_str(&format!(
            "execution_timeout_secs = {}\n",
            self.execution_timeout_secs
        ));
        t.push_str(&format!(
            "reap_interval_secs = {}\n",
            self.reap_interval_secs
        ));
        t.push_str(&format!(
            "shutdown_grace_secs = {}\n",
            self.shutdown_grace_secs
        ));
        if self.json_body_bytes.is_some() || self.multipart_body_bytes.is_some() {
            t.push_str("\n[limits]\n");
            if let Some(n) = self.json_body_bytes {
                t.push_str(&format!("json_body_bytes = {n}\n"));
            }
            if let Some(n) = self.multipart_body_bytes {
                t.push_str(&format!("multipart_body_bytes = {n}\n"));
            }
        }
        t.push_str("\n[retry]\n");
        t.push_str(&format!("max_attempts = {}\n", self.retry_max_attempts));
        t.push_str(&format!(
            "initial_backoff_ms = {}\n",
            self.initial_backoff_ms
        ));
        t.push_str(&format!("max_backoff_ms = {}\n", self.max_backoff_ms));
        if let Some(url) = &self.upstream {
            t.push_str("\n[[providers]]\n");
            t.push_str(&format!("name = {}\n", toml_str(FAKE_PROVIDER)));
            t.push_str(&format!("base_url = {}\n", toml_str(url)));
            t.push_str(&format!("api_key_env = {}\n", toml_str(FAKE_KEY_ENV)));
            if let Some(n) = self.upstream_max_concurrency {
                t.push_str(&format!("max_concurrency = {n}\n"));
            }
        }
        for p in &self.principals {
            t.push_str("\n[[principals]]\n");
            t.push_str(&format!("name = {}\n", toml_str(&p.name)));
            if !p.bearer_tokens.is_empty() {
                t.push_str(&format!(
                    "bearer_tokens = {}\n",
                    toml_list(&p.bearer_tokens)
                ));
            }
            if !p.virtual_keys.is_empty() {
                t.push_str(&format!("virtual_keys = {}\n", toml_list(&p.virtual_keys)));
            }
            if !p.api_keys.is_empty() {
                t.push_str(&format!("api_keys = {}\n", toml_list(&p.api_keys)));
            }
            for (user, hash) in &p.basic {
                t.push_str("[[principals.basic]]\n");
                t.push_str(&format!("user = {}\n", toml_str(user)));
                t.push_str(&format!("password_hash = {}\n", toml_str(hash)));
            }
        }
        if !self.extra_toml.is_empty() {
            t.push('\n');
            t.push_str(&self.extra_toml);
            t.push('\n');
        }
        t
    }
}

/// A server that did not come up.
#[derive(Debug)]
pub struct StartFailure {
    pub reason: String,
    /// The exit status, when the process exited.
    pub status: Option<ExitStatus>,
    /// Everything it wrote to stderr.
    pub log: String,
}

impl std::fmt::Display for StartFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the server did not start: {} (exit status {:?})\n--- server log ---\n{}",
            self.reason, self.status, self.log
        )
    }
}

/// Where a test server keeps its jobs.
#[derive(Debug, Clone)]
pub enum TestStore {
    /// A SQLite file in the server's directory.
    Sqlite(PathBuf),
    /// A PostgreSQL database, possibly shared by several servers (replicas).
    Postgres(Arc<TestDatabase>),
    /// A store URL as it is, for tests of what the server makes of it (one it cannot reach, one
    /// that is wrong); it cannot be read directly.
    Url(String),
}

impl TestStore {
    /// What the environment asks for: a new PostgreSQL database with
    /// `GATEWAY_TEST_STORE=postgres`, else a SQLite file at `sqlite_path`.
    fn from_env(sqlite_path: PathBuf) -> TestStore {
        if crate::postgres::servers_use_postgres() {
            TestStore::Postgres(Arc::new(TestDatabase::create()))
        } else {
            TestStore::Sqlite(sqlite_path)
        }
    }

    fn url(&self) -> String {
        match self {
            TestStore::Sqlite(path) => format!("sqlite://{}", path.display()),
            TestStore::Postgres(db) => db.url().to_owned(),
            TestStore::Url(url) => url.clone(),
        }
    }

    /// How many jobs the store holds, read directly.
    pub fn stored_jobs(&self) -> i64 {
        match self {
            TestStore::Sqlite(path) => open_sqlite(path)
                .query_row("SELECT count(*) FROM jobs", [], |row| row.get(0))
                .expect("counting jobs"),
            TestStore::Postgres(db) => db.query("SELECT count(*) FROM jobs")[0].get(0),
            TestStore::Url(url) => panic!("the store {url} cannot be read directly"),
        }
    }

    /// `(id, kind, principal, status)` of every stored job, oldest first, read directly.
    pub fn stored_job_rows(&self) -> Vec<(String, String, String, String)> {
        const SQL: &str = "SELECT id, kind, principal, status FROM jobs ORDER BY created_at, id";
        match self {
            TestStore::Sqlite(path) => {
                let conn = open_sqlite(path);
                let mut stmt = conn.prepare(SQL).expect("preparing a query");
                let rows = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                    .expect("listing jobs");
                rows.collect::<Result<_, _>>().expect("reading jobs")
            }
            TestStore::Postgres(db) => db
                .query(SQL)
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
                .collect(),
            TestStore::Url(url) => panic!("the store {url} cannot be read directly"),
        }
    }
}

impl TestStore {
    /// `(attempts, lease expiry in Unix milliseconds)` of one job, read directly; `None` when
    /// no such job is stored.
    pub fn stored_lease(&self, id: &str) -> Option<(i64, Option<i64>)> {
        // The id goes into the SQL text, so only a UUID is accepted.
        let id = uuid::Uuid::parse_str(id).expect("a job id is a UUID");
        match self {
            TestStore::Sqlite(path) => {
                let conn = open_sqlite(path);
                let mut stmt = conn
                    .prepare("SELECT attempts, lease_expires_at FROM jobs WHERE id = ?1")
                    .expect("preparing a query");
                let mut rows = stmt
                    .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
                    .expect("reading a job");
                rows.next().map(|row| row.expect("reading a job"))
            }
            TestStore::Postgres(db) => db
                .query(&format!(
                    "SELECT attempts::bigint, \
                     (extract(epoch FROM lease_expires_at) * 1000)::bigint \
                     FROM jobs WHERE id = '{id}'"
                ))
                .first()
                .map(|r| (r.get(0), r.get(1))),
            TestStore::Url(url) => panic!("the store {url} cannot be read directly"),
        }
    }
}

fn open_sqlite(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    conn.busy_timeout(Duration::from_secs(5))
        .expect("setting a busy timeout");
    conn
}

/// A running (or stopped) server process, with its directory, config and store.
#[derive(Debug)]
pub struct Server {
    dir: tempfile::TempDir,
    config_path: PathBuf,
    /// What [`GatewayConfig::env`] gives the process, at every start.
    env: Vec<(String, String)>,
    store_path: PathBuf,
    store: TestStore,
    child: Option<Child>,
    drain: Option<JoinHandle<()>>,
    addr: Option<SocketAddr>,
    log: Arc<Mutex<Vec<String>>>,
    runs: u32,
}

/// The address in a `… listening on http://127.0.0.1:1234 …` line.
fn listening_addr(line: &str) -> Option<SocketAddr> {
    let (_, rest) = line.split_once("listening on http://")?;
    let addr: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '[' | ']' | '%'))
        .collect();
    addr.parse().ok()
}

impl Server {
    /// Starts a server with this config; panics (showing the log) when it does not come up.
    pub fn start(config: &GatewayConfig) -> Server {
        Server::try_start(config).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Starts a server with this config, or says why it did not come up.
    pub fn try_start(config: &GatewayConfig) -> Result<Server, StartFailure> {
        Server::try_start_with(config, None)
    }

    /// Starts a server on this store (several servers on one PostgreSQL database are replicas
    /// of one gateway); panics, showing the log, when it does not come up.
    pub fn start_on(config: &GatewayConfig, store: &TestStore) -> Server {
        Server::try_start_with(config, Some(store.clone())).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Starts a server on this store, or says why it did not come up.
    pub fn try_start_on(config: &GatewayConfig, store: &TestStore) -> Result<Server, StartFailure> {
        Server::try_start_with(config, Some(store.clone()))
    }

    fn try_start_with(
        config: &GatewayConfig,
        store: Option<TestStore>,
    ) -> Result<Server, StartFailure> {
        let dir = tempfile::Builder::new()
            .prefix("gateway-e2e-")
            .tempdir()
            .expect("cannot create a temporary directory");
        let store_path = dir.path().join("jobs.sqlite3");
        let config_path = dir.path().join("gateway.toml");
        let store = store.unwrap_or_else(|| TestStore::from_env(store_path.clone()));
        std::fs::write(&config_path, config.toml(&store.url())).expect("cannot write the config");
        let mut server = Server {
            dir,
            config_path,
            env: config.env.clone(),
            store_path,
            store,
            child: None,
            drain: None,
            addr: None,
            log: Arc::new(Mutex::new(Vec::new())),
            runs: 0,
        };
        server.spawn()?;
        Ok(server)
    }

    fn spawn(&mut self) -> Result<(), StartFailure> {
        assert!(self.child.is_none(), "the server is already running");
        let binary = server_binary();
        self.runs += 1;
        self.log_line(format!("=== harness: start #{} ===", self.runs));
        let mut command = Command::new(binary);
        command
            .arg("--config")
            .arg(&self.config_path)
            .current_dir(self.dir.path())
            .env("RUST_LOG", "info")
            .env(FAKE_KEY_ENV, FAKE_KEY)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (var, value) in &self.env {
            command.env(var, value);
        }
        for var in [
            "GATEWAY_CONFIG",
            "GATEWAY_LISTEN",
            "GATEWAY_STORE",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "http_proxy",
            "https_proxy",
            "all_proxy",
        ] {
            command.env_remove(var);
        }
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the server {}: {e}", binary.display()));
        let stderr = child.stderr.take().expect("stderr is piped");
        let (lines_tx, lines_rx) = mpsc::channel::<String>();
        let log = self.log.clone();
        // Drains stderr for the life of the process, so the pipe never fills.
        let drain = std::thread::spawn(move || {
            let mut reader = BufReader::new(stderr);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        let line = String::from_utf8_lossy(&buf).trim_end().to_owned();
                        log.lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .push(line.clone());
                        let _ = lines_tx.send(line);
                    }
                }
            }
        });
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines_rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(addr) = listening_addr(&line) {
                        self.child = Some(child);
                        self.drain = Some(drain);
                        self.addr = Some(addr);
                        return Ok(());
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    let status = child.wait().ok();
                    let _ = drain.join();
                    return Err(StartFailure {
                        reason: format!("no `listening on http://` line within {START_TIMEOUT:?}"),
                        status,
                        log: self.log_text(),
                    });
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    // stderr closed: the process is exiting.
                    let status = wait_with_deadline(&mut child, Duration::from_secs(10));
                    let _ = drain.join();
                    return Err(StartFailure {
                        reason: "the process closed stderr before listening".into(),
                        status,
                        log: self.log_text(),
                    });
                }
            }
        }
    }

    fn log_line(&self, line: String) {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line);
    }

    /// The address it listens on; panics when it is not running.
    pub fn addr(&self) -> SocketAddr {
        self.addr.expect("the server is not running")
    }

    /// `http://<addr>` (loopback when it listens on every interface).
    pub fn base_url(&self) -> String {
        let mut addr = self.addr();
        if addr.ip().is_unspecified() {
            addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        format!("http://{addr}")
    }

    /// `http://<addr><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url())
    }

    /// The hand-written HTTP client without credentials, for what the generated client cannot
    /// send (raw bodies, broken forms, odd headers) and for the non-API endpoints.
    pub fn api(&self) -> Api {
        Api::new(self.base_url())
    }

    /// The generated client without credentials.
    pub fn client(&self) -> crate::jobs::JobClient {
        crate::jobs::JobClient::new(self.base_url())
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("the server is not running").id()
    }

    /// Every line the server wrote to stderr, over all its runs.
    pub fn log_text(&self) -> String {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .join("\n")
    }

    /// Where the SQLite file is, or would be when the server runs on PostgreSQL.
    pub fn store_path(&self) -> &Path {
        &self.store_path
    }

    /// The store the server runs on.
    pub fn store(&self) -> &TestStore {
        &self.store
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `kill -9`: the process dies at once, mid-whatever.
    pub fn kill(&mut self) {
        let mut child = self.child.take().expect("the server is not running");
        child.kill().expect("cannot kill the server");
        let _ = child.wait();
        if let Some(drain) = self.drain.take() {
            let _ = drain.join();
        }
        self.addr = None;
        self.log_line("=== harness: killed with SIGKILL ===".into());
    }

    /// `kill -TERM` and waits for the process to exit (at most `timeout`, then it is killed and
    /// the test fails). Returns its exit status.
    pub fn stop_within(&mut self, timeout: Duration) -> ExitStatus {
        let mut child = self.child.take().expect("the server is not running");
        let pid = child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("cannot run `kill`");
        assert!(sent.success(), "`kill -TERM {pid}` failed");
        let status = wait_with_deadline(&mut child, timeout);
        if let Some(drain) = self.drain.take() {
            let _ = drain.join();
        }
        self.addr = None;
        self.log_line("=== harness: stopped with SIGTERM ===".into());
        status.unwrap_or_else(|| {
            panic!(
                "the server did not exit within {timeout:?} of SIGTERM\n--- server log ---\n{}",
                self.log_text()
            )
        })
    }

    /// Graceful stop with a generous deadline.
    pub fn stop(&mut self) -> ExitStatus {
        self.stop_within(Duration::from_secs(30))
    }

    /// Starts the process again with the same config and store (on a new port).
    pub fn restart(&mut self) {
        if let Err(e) = self.spawn() {
            panic!("{e}");
        }
    }

    /// How many jobs the store holds, read directly (the file, or the database).
    pub fn stored_jobs(&self) -> i64 {
        self.store.stored_jobs()
    }

    /// `(attempts, lease expiry in Unix milliseconds)` of one stored job, read directly.
    pub fn stored_lease(&self, id: &str) -> Option<(i64, Option<i64>)> {
        self.store.stored_lease(id)
    }

    /// `(id, kind, principal, status)` of every stored job, read directly.
    pub fn stored_job_rows(&self) -> Vec<(String, String, String, String)> {
        self.store.stored_job_rows()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(drain) = self.drain.take() {
            let _ = drain.join();
        }
    }
}

/// Waits for the child to exit, at most `timeout`; kills it when the time is up (`None`).
fn wait_with_deadline(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// Starts a server with this config and asserts it refuses to: returns the failure.
pub fn start_refused(config: &GatewayConfig) -> StartFailure {
    match Server::try_start(config) {
        Ok(server) => panic!(
            "the server started on {} although it should have refused\n--- server log ---\n{}",
            server.addr(),
            server.log_text()
        ),
        Err(failure) => failure,
    }
}

/// Credentials sent with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    Bearer(String),
    Basic { user: String, password: String },
    VirtualKey(String),
    ApiKey(String),
}

impl Auth {
    pub fn bearer(token: &str) -> Auth {
        Auth::Bearer(token.to_owned())
    }

    pub fn basic(user: &str, password: &str) -> Auth {
        Auth::Basic {
            user: user.to_owned(),
            password: password.to_owned(),
        }
    }

    pub fn virtual_key(key: &str) -> Auth {
        Auth::VirtualKey(key.to_owned())
    }

    pub fn api_key(key: &str) -> Auth {
        Auth::ApiKey(key.to_owned())
    }

    pub fn apply(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self {
            Auth::None => request,
            Auth::Bearer(token) => request.header("authorization", format!("Bearer {token}")),
            Auth::Basic { user, password } => request.header(
                "authorization",
                format!("Basic {}", STANDARD.encode(format!("{user}:{password}"))),
            ),
            Auth::VirtualKey(key) => request.header("x-bf-vk", key),
            Auth::ApiKey(key) => request.header("x-api-key", key),
        }
    }
}

/// An HTTP answer, read whole.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Answer {
    /// The body as JSON; panics (showing it) when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| {
            panic!(
                "the body of a {} answer is not JSON ({e}): {}",
                self.status, self.text
            )
        })
    }

    /// Asserts the status, showing the body when it differs.
    pub fn expect_status(&self, status: u16) -> &Self {
        assert_eq!(
            self.status, status,
            "want HTTP {status}, got {} with body {}",
            self.status, self.text
        );
        self
    }

    /// Asserts a `BifrostError` body with this status and `error.param`; returns the body.
    pub fn expect_error(&self, status: u16, param: Option<&str>) -> Value {
        self.expect_status(status);
        let body = self.json();
        assert_bifrost_error(&body, status);
        assert_eq!(
            body["error"]["param"].as_str(),
            param,
            "error.param of {}",
            self.text
        );
        body
    }
}

/// Asserts the `BifrostError` shape: `is_bifrost_error`, `status_code`, and an `error` object
/// with a non-empty `message`.
pub fn assert_bifrost_error(body: &Value, status: u16) {
    assert!(
        body["is_bifrost_error"].is_boolean(),
        "no boolean is_bifrost_error in {body}"
    );
    assert_eq!(
        body["status_code"].as_u64(),
        Some(u64::from(status)),
        "status_code in {body}"
    );
    assert!(body["error"].is_object(), "no error object in {body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "no error.message in {body}"
    );
}

/// A plain HTTP client of one server, with one set of credentials: for what the generated
/// client cannot send (raw bodies, broken forms, odd headers), for the text of answers as
/// sent, and for the endpoints outside the spec's operations.
#[derive(Debug, Clone)]
pub struct Api {
    base: String,
    http: reqwest::Client,
    auth: Auth,
}

/// The shared HTTP client: no proxy, a bound on every request.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()
        .expect("cannot build an HTTP client")
}

impl Api {
    pub fn new(base: impl Into<String>) -> Api {
        Api {
            base: base.into(),
            http: http_client(),
            auth: Auth::None,
        }
    }

    /// The same client with other credentials.
    pub fn with_auth(&self, auth: Auth) -> Api {
        Api {
            auth,
            ..self.clone()
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request with this client's credentials.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.auth.apply(self.http.request(method, self.url(path)))
    }

    /// Sends a request and reads the whole answer.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.expect("the request failed");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.expect("cannot read the answer");
        Answer {
            status,
            headers,
            text,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.request(reqwest::Method::GET, path)).await
    }

    /// `POST /v1/async/<kind>` with a JSON body.
    pub async fn submit(&self, kind: &str, body: &Value) -> Answer {
        self.submit_bytes(kind, serde_json::to_vec(body).expect("JSON"), &[])
            .await
    }

    /// `POST /v1/async/<kind>` with these bytes as `application/json` and extra headers.
    pub async fn submit_bytes(
        &self,
        kind: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self
            .request(reqwest::Method::POST, &format!("/v1/async/{kind}"))
            .header("content-type", "application/json")
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request).await
    }

    /// `POST /v1/async/<kind>` with a multipart form.
    pub async fn submit_form(&self, kind: &str, form: reqwest::multipart::Form) -> Answer {
        self.send(
            self.request(reqwest::Method::POST, &format!("/v1/async/{kind}"))
                .multipart(form),
        )
        .await
    }

    /// Asserts a `202` with a pending job and returns its id.
    pub fn accepted_id(answer: &Answer) -> String {
        answer.expect_status(202);
        let body = answer.json();
        assert_eq!(body["status"], "pending", "a new job is pending: {body}");
        assert!(body["created_at"].is_string(), "created_at in {body}");
        body["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no job id in {body}"))
            .to_owned()
    }

    /// `GET /v1/async/<kind>/<id>`.
    pub async fn poll(&self, kind: &str, id: &str) -> Answer {
        self.get(&format!("/v1/async/{kind}/{id}")).await
    }
}

/// The JSON `result` of a completed job, written compactly (as the fake writes its bodies), for
/// byte-for-byte comparison with what the upstream sent.
pub fn compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON")
}
