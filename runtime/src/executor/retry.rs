//! When to try a provider again, and how long to wait first.

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use reqwest::header::HeaderMap;
use serde::Deserialize;

use crate::backoff::Backoff;

/// How often and how patiently one provider is asked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetryPolicy {
    /// Runs of a job that may end in a retryable failure of its primary provider, the first
    /// included (at least 1); between two, the job waits in the queue, holding no worker. Also
    /// bounded by `jobs.max_attempts`.
    pub max_attempts: u32,
    /// The ceiling of the first backoff; each further retry doubles it.
    pub initial_backoff_ms: u64,
    /// The largest backoff ceiling.
    pub max_backoff_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff_ms: 200,
            max_backoff_ms: 10_000,
        }
    }
}

impl RetryPolicy {
    /// The ceiling of the wait after failed attempt number `attempt` (1-based):
    /// `min(max_backoff, initial_backoff * 2^(attempt-1))`.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        self.schedule().ceiling(attempt)
    }

    /// Exponential backoff with full jitter: uniform in `[0, ceiling(attempt)]`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        self.schedule().jittered(attempt)
    }

    fn schedule(&self) -> Backoff {
        Backoff::new(
            Duration::from_millis(self.initial_backoff_ms),
            Duration::from_millis(self.max_backoff_ms),
        )
    }
}

/// Whether an answer with this status is worth asking again for.
pub(crate) fn is_retryable(status: u16) -> bool {
    status == 429 || (500..600).contains(&status)
}

/// The wait a provider asked for: `retry-after-ms` (milliseconds, sent by OpenAI), else
/// `Retry-After` as delay-seconds or an HTTP date.
pub(crate) fn requested_wait(headers: &HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        if ms.is_finite() && ms >= 0.0 {
            return Some(Duration::from_secs_f64((ms / 1000.0).min(86_400.0)));
        }
    }
    parse_retry_after(text("retry-after")?, now)
}

/// `Retry-After` (RFC 9110 §10.2.3): a number of seconds, or an HTTP date (IMF-fixdate, or the
/// obsolete RFC 850 and asctime forms). A date in the past means no wait.
pub(crate) fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        let seconds = value.parse::<u64>().unwrap_or(u64::MAX).min(86_400);
        return Some(Duration::from_secs(seconds));
    }
    let at = DateTime::parse_from_rfc2822(value)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            ["%A, %d-%b-%y %H:%M:%S GMT", "%a %b %e %H:%M:%S %Y"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(value, f).ok())
                .map(|n| n.and_utc())
        })?;
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn ceilings_double_up_to_the_cap() {
        let p = RetryPolicy::default();
        assert_eq!(p.ceiling(1), Duration::from_millis(200));
        assert_eq!(p.ceiling(2), Duration::from_millis(400));
        assert_eq!(p.ceiling(3), Duration::from_millis(800));
        assert_eq!(p.ceiling(10), Duration::from_millis(10_000));
        assert_eq!(p.ceiling(1000), Duration::from_millis(10_000));
        for attempt in 1..8 {
            assert!(p.backoff(attempt) <= p.ceiling(attempt));
        }
    }

    #[test]
    fn retry_after_forms() {
        let n = now();
        assert_eq!(parse_retry_after("3", n), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after(" 0 ", n), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("99999999999999999999999", n),
            Some(Duration::from_secs(86_400))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT", n),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_retry_after("Wednesday, 21-Oct-15 07:28:07 GMT", n),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after("Wed Oct 21 07:28:09 2015", n),
            Some(Duration::from_secs(9))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", n),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", n), None);
        assert_eq!(parse_retry_after("-1", n), None);
    }

    #[test]
    fn retry_after_ms_wins() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("5"));
        assert_eq!(requested_wait(&h, now()), Some(Duration::from_secs(5)));
        h.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(requested_wait(&h, now()), Some(Duration::from_millis(250)));
    }

    #[test]
    fn retryable_statuses() {
        assert!(is_retryable(429));
        assert!(is_retryable(500));
        assert!(is_retryable(503));
        assert!(!is_retryable(400));
        assert!(!is_retryable(404));
        assert!(!is_retryable(200));
    }
}
