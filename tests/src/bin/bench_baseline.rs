//! The benchmark's baseline server: a bare axum server answering the chat submit and poll
//! operations with no store, no auth and no logging. Started by `bench`; see `tests::bench`.

use std::net::SocketAddr;

use anyhow::Context as _;
use clap::Parser;

/// Bare axum baseline for the benchmark.
#[derive(Debug, Parser)]
struct Args {
    /// Address to listen on; port 0 picks a free one (printed on stderr).
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    eprintln!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, tests::bench::baseline::router())
        .await
        .context("the baseline server stopped")
}
