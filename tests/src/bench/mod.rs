//! The benchmark: our server side by side with a bare axum baseline, driven by the same load.
//!
//! Three binaries share these modules:
//! - `bench` runs everything and prints one table (see [`runs`] and [`report`]);
//! - `bench_baseline` is the baseline server ([`baseline`]);
//! - `bench_load` is the load generator ([`load`]), a separate process so the servers are
//!   measured from outside, over real TCP.
//!
//! ```text
//! cargo run --release -p tests --bin bench
//! cargo run --release -p tests --bin bench -- --duration 10 --runs 3
//! ```

pub mod baseline;
pub mod body;
pub mod load;
pub mod process;
pub mod report;
pub mod runs;
