//! The body of a delivery: `{"type", "timestamp", "data"}`, where `data` is the job as a poll
//! shows it. The body is built from the stored job, which no longer changes once final, so
//! every attempt of a delivery sends the same bytes.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::job::Outcome;
use crate::service::JobView;

/// The payload of `event` about `job`, whose outcome was recorded `at`. A result larger than
/// `max_inline_bytes` is left out (`data.result_omitted: true`): the receiver polls for it.
/// The job's own delivery state is left out too, as it changes with every attempt.
pub fn build(event: &str, at: DateTime<Utc>, job: &JobView, max_inline_bytes: usize) -> Vec<u8> {
    let mut data = job.to_json();
    let too_large = matches!(&job.outcome, Some(Outcome::Completed { result, .. }) if result.len() > max_inline_bytes);
    if let Value::Object(map) = &mut data {
        map.shift_remove("webhook");
        if too_large {
            map.shift_remove("result");
            map.insert("result_omitted".into(), Value::Bool(true));
        }
    }
    let body = json!({
        "type": event,
        "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "data": data,
    });
    // Serialising a tree of JSON values into a Vec cannot fail.
    serde_json::to_vec(&body).unwrap_or_default()
}
