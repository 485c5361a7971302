//! The gateway server: the generated router on top of the job runtime.
//!
//! ```text
//! cargo run --release -p generated --bin server                 # SQLite under ./data, 127.0.0.1:8080
//! cargo run --release -p generated --bin server -- --config gateway.toml
//! echo -n 'secret' | cargo run -p generated --bin server -- hash-password
//! ```

use std::io::{IsTerminal, Read};
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use runtime::app::Gateway;
use runtime::config::{Config, Flags};

/// An HTTP gateway for asynchronous AI inference jobs.
///
/// Clients submit an inference request and get `202` with a job id at once; they poll the job
/// until it is done. Jobs are stored durably (SQLite by default) and run by workers against
/// OpenAI-compatible providers; the built-in `echo` provider answers without any network.
///
/// Every key of the config file except the `providers` and `principals` lists can also be set by
/// an environment variable, `GATEWAY_<KEY>` (`GATEWAY_<SECTION>__<KEY>` inside a section, such
/// as `GATEWAY_JOBS__WORKERS`), or by a flag (`--set jobs.workers=8`). A flag wins over the
/// environment, which wins over the file.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// TOML config file (providers, principals, limits, timeouts). Without one, the defaults
    /// serve the `echo` provider to anyone on loopback.
    #[arg(long, value_name = "FILE", env = "GATEWAY_CONFIG")]
    config: Option<PathBuf>,

    /// Address to listen on, also `GATEWAY_LISTEN` [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR")]
    listen: Option<SocketAddr>,

    /// Where jobs are stored, also `GATEWAY_STORE`: sqlite://<path>, or
    /// postgres://user@host:port/database for several replicas sharing one queue
    /// [default: sqlite://./data/jobs.sqlite3].
    #[arg(long, value_name = "URL")]
    store: Option<String>,

    /// Serve without credentials on a non-loopback address (refused otherwise), also
    /// `GATEWAY_ALLOW_OPEN_NON_LOOPBACK=true`.
    #[arg(long)]
    allow_open_non_loopback: bool,

    /// Sets any config key, such as `jobs.workers=8` or `limits.json_body_bytes=1048576`;
    /// repeatable. Wins over the file and the environment.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Reads a password on standard input and prints its Argon2 hash, for `password_hash` in
    /// the config file.
    HashPassword,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    if let Some(Command::HashPassword) = args.command {
        let mut password = String::new();
        std::io::stdin()
            .read_to_string(&mut password)
            .context("cannot read the password from standard input")?;
        let password = password.trim_end_matches(['\r', '\n']);
        anyhow::ensure!(
            !password.is_empty(),
            "the password on standard input is empty"
        );
        let hash = runtime::auth::hash_password(password).map_err(anyhow::Error::msg)?;
        std::io::Write::write_all(&mut std::io::stdout(), format!("{hash}\n").as_bytes())?;
        return Ok(());
    }
    let config = config(&args)?;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?
        .block_on(serve(config))
}

fn config(args: &Args) -> anyhow::Result<Config> {
    let mut flags = Flags::new();
    for assignment in &args.set {
        flags.assign(assignment)?;
    }
    // Pushed after `--set`, so a named flag wins over a `--set` of the same key.
    if let Some(listen) = args.listen {
        flags.set("listen", listen.to_string())?;
    }
    if let Some(store) = &args.store {
        flags.set("store", store.clone())?;
    }
    if args.allow_open_non_loopback {
        flags.set("allow_open_non_loopback", true)?;
    }
    Ok(Config::load(args.config.as_deref(), &flags)?)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let gateway = Gateway::start(&config).await?;
    let app = generated::server::router(gateway.service())
        .merge(gateway.operations_router(generated::server::OPENAPI_JSON));
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    tracing::info!(store = %config.store, "listening on http://{addr}");
    // Callers holding a wait (`Prefer: wait=N`) are answered as soon as shutdown begins, so
    // their connections do not hold the drain up.
    let service = gateway.service();
    let stopping = async move {
        shutdown_signal().await;
        service.release_waiters();
    };
    axum::serve(listener, app)
        .with_graceful_shutdown(stopping)
        .await
        .context("the server stopped with an error")?;
    tracing::info!("no longer accepting requests; stopping workers");
    gateway.shutdown().await;
    tracing::info!("stopped");
    Ok(())
}

/// SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
