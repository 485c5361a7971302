//! The command-line client: every operation of the gateway from a shell.
//!
//! ```text
//! cargo run -p generated --bin client -- chat-completions create --file req.json --wait
//! cargo run -p generated --bin client -- chat-completions get <job-id>
//! cargo run -p generated --bin client -- --help
//! ```

use std::process::ExitCode;

use clap::Parser;
use generated::cli::{run, Cli};

fn main() -> ExitCode {
    // Parsing first: a usage error exits 2 with clap's message before anything else happens.
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(run(cli))
}
