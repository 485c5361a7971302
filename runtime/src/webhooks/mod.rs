//! Signed webhooks: a job submitted with `x-bf-async-webhook: <name>` is reported, once final,
//! to the configured endpoint of that name, in the Standard Webhooks format.
//!
//! - **Endpoints come from config** ([`EndpointConfig`], `[[webhooks]]`), never from a request,
//!   so the API cannot be used to make the gateway call an address of a caller's choosing.
//!   Loopback, private and link-local targets are refused unless an endpoint allows them: at
//!   start for literal addresses, and at every connection for the addresses a name resolves
//!   to ([`address`]).
//! - **An outbox in the job store.** The delivery is written by a trigger in the transaction
//!   that records the job's final state, so no outcome is committed without it, whatever
//!   crashes when. Delivery workers ([`dispatcher`]) claim due deliveries under a lease, as
//!   job workers claim jobs, so one process at a time sends a delivery; one that dies
//!   mid-attempt loses its lease and the delivery is sent again.
//! - **At least once, with a stable `webhook-id`** (`msg_<job id>`) on every attempt, so a
//!   receiver drops repeats. Retries follow `webhook_delivery.retry_schedule_secs` (Standard
//!   Webhooks' schedule by default) and honour `Retry-After`; 410 stops a delivery for good;
//!   redirects are never followed.
//! - **Signed with the `standardwebhooks` crate**, with every configured secret of the
//!   endpoint at once (`webhook-signature: v1,<a> v1,<b>`), so secrets can be rotated. Secrets
//!   and signatures are never logged.

pub mod address;
mod config;
pub mod dispatcher;
mod endpoints;
pub mod payload;
pub mod schedule;
pub mod send;

pub use config::{DeliveryConfig, EndpointConfig, EVENTS};
pub use dispatcher::{Deliveries, DeliverySettings};
pub use endpoints::{
    is_valid_name, redacted_url, Endpoint, Endpoints, MAX_NAME_BYTES, WEBHOOK_HEADER,
};
