//! What every generated handler does the same way, as axum extractors and one error type:
//! the caller ([`Caller`]), the TTL header ([`ResultTtl`]), the job id in the URL
//! ([`JobIdPath`]), a validated JSON body ([`JsonJob`]) or multipart form ([`JobForm`]) within
//! the service's limits, and any refusal as an [`ApiError`] that answers with a `BifrostError`.
//!
//! | module | duty |
//! |---|---|
//! | `error` | [`ApiError`]: a status and a `BifrostError` body |
//! | `extract` | the extractors and the submission-rejection counter |
//! | `body` | reading a body within a limit, decoding JSON naming the field at fault |
//! | `multipart` | splitting a form, and [`form`]: typed fields out of its parts |
//! | `ttl` | the result-TTL header's rules |
//! | `lifecycle` | waiting (`Prefer: wait=N`), idempotency keys, the webhook name, the list query |
//! | `json_text` | [`JsonText`]: JSON written once, typed by the spec's schema |

mod body;
mod error;
mod extract;
mod json_text;
mod lifecycle;
mod multipart;
mod ttl;

pub use body::{
    field_error, parse_json, parse_json_object, read_body, InflightBodies, InflightLimit,
    Reservation, DEFAULT_MAX_INFLIGHT_BODY_BYTES,
};
pub use error::ApiError;
pub use extract::{
    count_rejected_submissions, Caller, FromParts, JobForm, JobIdPath, JsonJob, ResultTtl,
    Security, Service, Validate, RESULT_TTL_HEADER,
};
pub use json_text::JsonText;
pub use lifecycle::{
    IdempotencyKey, ListJobs, PreferWait, Preferred, WebhookName, PREFERENCE_APPLIED,
};
pub use multipart::{form, read_multipart};
pub use ttl::ttl;
