//! The hand-written job runtime that the generated gateway links against.
//!
//! The generated server turns each HTTP operation into one call here, knowing nothing of how jobs
//! are stored or run; the runtime knows nothing of the generated types. What crosses the line is
//! a [`kind::JobKind`], the caller's principal, the raw request [`job::Payload`] and a TTL.

pub mod executor;
pub mod job;
pub mod kind;
pub mod metrics;
pub mod store;
