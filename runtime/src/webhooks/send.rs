//! One attempt: the signed POST and what the receiver's answer means for the delivery.

use std::error::Error as _;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::address::{self, TargetRefused};
use super::endpoints::Endpoint;

/// How one attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// A 2xx.
    Delivered { status_code: u16 },
    /// Worth trying again: no answer (connect error, timeout), or an answer other than 2xx
    /// and 410. `retry_after` is the receiver's `Retry-After`, if it sent one.
    Failed {
        status_code: Option<u16>,
        error: String,
        retry_after: Option<Duration>,
    },
    /// Not worth trying again: 410 Gone, or a target refused by the address policy.
    Stopped {
        status_code: Option<u16>,
        error: String,
    },
}

impl Attempt {
    /// The label of the attempts metric: the status code, or what stopped the attempt.
    pub fn metric_label(&self) -> String {
        match self {
            Attempt::Delivered { status_code }
            | Attempt::Failed {
                status_code: Some(status_code),
                ..
            }
            | Attempt::Stopped {
                status_code: Some(status_code),
                ..
            } => status_code.to_string(),
            Attempt::Failed { error, .. } if error.starts_with("timed out") => "timeout".into(),
            Attempt::Failed { .. } => "connect".into(),
            Attempt::Stopped { .. } => "refused".into(),
        }
    }
}

/// The `webhook-signature` value: one `v1,<base64>` per secret, space-separated, so a
/// receiver holding any one of them verifies it (secret rotation).
pub fn signature(endpoint: &Endpoint, message_id: &str, timestamp: i64, body: &[u8]) -> String {
    endpoint
        .secrets
        .iter()
        .filter_map(|secret| secret.0.sign(message_id, timestamp, body).ok())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sends `body` to the endpoint, signed for `message_id` at `now`.
pub async fn send(
    endpoint: &Endpoint,
    message_id: &str,
    body: Vec<u8>,
    now: DateTime<Utc>,
) -> Attempt {
    if let Some(refused) = literal_refused(endpoint) {
        return refused;
    }
    let timestamp = now.timestamp();
    let signature = signature(endpoint, message_id, timestamp, &body);
    let request = endpoint
        .client
        .post(endpoint.url.clone())
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(standardwebhooks::HEADER_WEBHOOK_ID, message_id)
        .header(
            standardwebhooks::HEADER_WEBHOOK_TIMESTAMP,
            timestamp.to_string(),
        )
        .header(standardwebhooks::HEADER_WEBHOOK_SIGNATURE, signature)
        .body(body);
    match request.send().await {
        Ok(answer) => judge(answer.status().as_u16(), answer.headers(), now),
        Err(e) => no_answer(endpoint, &e),
    }
}

/// The URL's host is an address literal that the policy refuses (the resolver is not asked
/// for literals, so they are checked here).
fn literal_refused(endpoint: &Endpoint) -> Option<Attempt> {
    if endpoint.allow_private_network {
        return None;
    }
    let ip: std::net::IpAddr = endpoint
        .url
        .host_str()?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse()
        .ok()?;
    address::non_public(ip).map(|why| Attempt::Stopped {
        status_code: None,
        error: format!("{ip} is a {why} address and the endpoint does not allow private networks"),
    })
}

fn judge(status: u16, headers: &reqwest::header::HeaderMap, now: DateTime<Utc>) -> Attempt {
    match status {
        200..=299 => Attempt::Delivered {
            status_code: status,
        },
        410 => Attempt::Stopped {
            status_code: Some(status),
            error: "the receiver answered 410 Gone: it wants no more deliveries".into(),
        },
        300..=399 => Attempt::Failed {
            status_code: Some(status),
            error: format!("the receiver answered {status}, a redirect, which is not followed"),
            retry_after: None,
        },
        _ => Attempt::Failed {
            status_code: Some(status),
            error: format!("the receiver answered {status}"),
            retry_after: headers
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry_after(v, now)),
        },
    }
}

/// `Retry-After` as seconds or as an HTTP date.
pub fn retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = DateTime::parse_from_rfc2822(value)
        .ok()?
        .with_timezone(&Utc);
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

fn no_answer(endpoint: &Endpoint, e: &reqwest::Error) -> Attempt {
    let mut source = e.source();
    while let Some(err) = source {
        if let Some(refused) = err.downcast_ref::<TargetRefused>() {
            return Attempt::Stopped {
                status_code: None,
                error: refused.to_string(),
            };
        }
        source = err.source();
    }
    let error = if e.is_timeout() {
        format!("timed out after {} s", endpoint.timeout.as_secs())
    } else if e.is_connect() {
        format!(
            "cannot connect to {}: {}",
            endpoint.shown_url(),
            root_cause(e)
        )
    } else {
        format!(
            "the request to {} failed: {}",
            endpoint.shown_url(),
            root_cause(e)
        )
    };
    Attempt::Failed {
        status_code: None,
        error,
        retry_after: None,
    }
}

fn root_cause(e: &reqwest::Error) -> String {
    let mut last: &dyn std::error::Error = e;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_judged() {
        let now = Utc::now();
        let none = reqwest::header::HeaderMap::new();
        assert_eq!(
            judge(204, &none, now),
            Attempt::Delivered { status_code: 204 }
        );
        assert!(matches!(
            judge(410, &none, now),
            Attempt::Stopped {
                status_code: Some(410),
                ..
            }
        ));
        assert!(matches!(
            judge(302, &none, now),
            Attempt::Failed {
                status_code: Some(302),
                ..
            }
        ));
        assert!(matches!(
            judge(500, &none, now),
            Attempt::Failed {
                status_code: Some(500),
                ..
            }
        ));
        let mut later = reqwest::header::HeaderMap::new();
        later.insert(reqwest::header::RETRY_AFTER, "120".parse().unwrap());
        assert!(matches!(
            judge(429, &later, now),
            Attempt::Failed { retry_after: Some(d), .. } if d == Duration::from_secs(120)
        ));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(retry_after("30", now), Some(Duration::from_secs(30)));
        assert_eq!(
            retry_after("Thu, 01 Jan 2026 00:01:00 GMT", now),
            Some(Duration::from_secs(60))
        );
        assert_eq!(retry_after("soon", now), None);
    }
}
