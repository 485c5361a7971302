//! The result-TTL header of a submission.

use std::time::Duration;

use axum::http::HeaderMap;

use super::ApiError;

/// Reads a TTL header: absent means `default`; otherwise a whole number of seconds from 1 to
/// `max`, else `400` naming the header.
pub fn ttl(
    headers: &HeaderMap,
    name: &str,
    default: Duration,
    max: Duration,
) -> Result<Duration, ApiError> {
    let Some(value) = headers.get(name) else {
        return Ok(default);
    };
    let bad = || {
        ApiError::bad_request(
            format!(
                "header `{name}` must be a whole number of seconds from 1 to {}",
                max.as_secs()
            ),
            Some(name.to_owned()),
        )
    };
    let seconds: u64 = value
        .to_str()
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .ok_or_else(bad)?;
    if seconds == 0 || seconds > max.as_secs() {
        return Err(bad());
    }
    Ok(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    #[test]
    fn ttl_accepts_whole_positive_seconds_up_to_the_maximum() {
        let max = Duration::from_secs(100);
        let default = Duration::from_secs(7);
        let mut h = HeaderMap::new();
        assert_eq!(ttl(&h, "x-ttl", default, max), Ok(default));
        for (raw, ok) in [
            ("1", true),
            ("100", true),
            ("0", false),
            ("101", false),
            ("-5", false),
            ("1.5", false),
            ("soon", false),
        ] {
            h.insert("x-ttl", HeaderValue::from_static(raw));
            let got = ttl(&h, "x-ttl", default, max);
            assert_eq!(got.is_ok(), ok, "{raw}");
            if let Err(e) = got {
                assert_eq!(
                    (e.status.as_u16(), e.param.as_deref()),
                    (400, Some("x-ttl"))
                );
            }
        }
    }
}
