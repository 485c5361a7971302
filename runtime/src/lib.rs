//! The hand-written job runtime that the generated gateway links against.
//!
//! The generated server turns each HTTP operation into one call here, knowing nothing of how jobs
//! are stored or run; the runtime knows nothing of the generated types. What crosses the line is
//! a [`kind::JobKind`], the caller's [`auth::Principal`], the raw request [`job::Payload`] and a
//! TTL, and what comes back is a [`service::JobView`] or an [`http::ApiError`].
//!
//! | module | duty |
//! |---|---|
//! | [`app`] | assembles a gateway from its [`config`] and serves `/health`, `/metrics`, `/openapi.json` |
//! | [`service`] | submit, poll, wait, cancel, list |
//! | [`events`] | in-process wake-ups: waiters of a job's outcome, cancels of running jobs |
//! | [`store`] | durable jobs (SQLite; PostgreSQL for several replicas) |
//! | [`workers`] | claim, lease, run, record; reap expired results |
//! | [`executor`] | forward a job to its provider, with retries; the built-in `echo` provider |
//! | [`auth`] | principals and their credentials |
//! | [`bifrost_error`] | the one writer of `BifrostError` bodies |
//! | [`http`] | extractors for generated handlers: caller, headers, bodies, forms; errors |
//! | [`backoff`] | exponential backoff with jitter, for everything that tries again |
//! | [`metrics`] | Prometheus counters |

pub mod app;
pub mod auth;
pub mod backoff;
pub mod bifrost_error;
pub mod config;
pub mod events;
pub mod executor;
pub mod http;
pub mod job;
pub mod kind;
pub mod metrics;
pub mod service;
pub mod store;
pub mod webhooks;
pub mod workers;
