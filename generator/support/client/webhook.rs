//! Receiving the webhooks the API sends: checking their Standard Webhooks signature with the
//! `standardwebhooks` crate (from the format's authors), then decoding the payload.

/// Why a received webhook was not accepted.
#[derive(Debug)]
pub enum WebhookError {
    /// A secret is not `whsec_` followed by base64.
    Secret(standardwebhooks::WebhookError),
    /// No secret verifies the signature, a `webhook-*` header is missing, or the timestamp is
    /// more than five minutes away from now (a replay).
    Signature(standardwebhooks::WebhookError),
    /// Signed, but not the payload the spec documents.
    Payload(serde_json::Error),
}

impl std::fmt::Display for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookError::Secret(e) => write!(f, "the webhook secret cannot be used: {e}"),
            WebhookError::Signature(e) => write!(f, "the webhook is not authentic: {e}"),
            WebhookError::Payload(e) => write!(f, "the webhook payload is not as documented: {e}"),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::Secret(e) | WebhookError::Signature(e) => Some(e),
            WebhookError::Payload(e) => Some(e),
        }
    }
}

/// Checks a webhook as received (its `webhook-id`, `webhook-timestamp` and `webhook-signature`
/// headers and its body, byte for byte) against each of `secrets`, and decodes the body into
/// `T`, the payload type the spec names for it. One secret verifying is enough: during a
/// rotation the sender signs with the old and the new one, and a receiver may hold either.
///
/// Answer 2xx once the event is handled; the same `webhook-id` may arrive more than once.
pub fn verify_webhook<T: serde::de::DeserializeOwned>(
    secrets: &[&str],
    headers: &reqwest::header::HeaderMap,
    body: &[u8],
) -> Result<T, WebhookError> {
    let mut last = None;
    for secret in secrets {
        let key = standardwebhooks::Webhook::new(secret).map_err(WebhookError::Secret)?;
        match key.verify(body, headers) {
            Ok(()) => return serde_json::from_slice(body).map_err(WebhookError::Payload),
            Err(e) => last = Some(e),
        }
    }
    Err(WebhookError::Signature(last.unwrap_or(
        standardwebhooks::WebhookError::InvalidSignature,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const OTHER: &str = "whsec_3k9mTQ8vN2xPz7LcW4yR1uB6sD0fGhJa";

    fn signed(secret: &str, body: &[u8]) -> reqwest::header::HeaderMap {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        let signature = standardwebhooks::Webhook::new(secret)
            .and_then(|w| w.sign("msg_1", now, body))
            .unwrap_or_default();
        let mut headers = reqwest::header::HeaderMap::new();
        for (name, value) in [
            ("webhook-id", "msg_1".to_owned()),
            ("webhook-timestamp", now.to_string()),
            ("webhook-signature", signature),
        ] {
            if let Ok(value) = value.parse() {
                headers.insert(name, value);
            }
        }
        headers
    }

    #[test]
    fn a_signed_payload_is_decoded() {
        let body = br#"{"type":"async_job.completed"}"#;
        let headers = signed(SECRET, body);
        let event: serde_json::Value = verify_webhook(&[OTHER, SECRET], &headers, body).unwrap();
        assert_eq!(event["type"], "async_job.completed");
    }

    #[test]
    fn forgeries_and_bad_payloads_are_refused() {
        let body = br#"{"type":"async_job.completed"}"#;
        let headers = signed(OTHER, body);
        let forged = verify_webhook::<serde_json::Value>(&[SECRET], &headers, body);
        assert!(matches!(forged, Err(WebhookError::Signature(_))));
        let altered = verify_webhook::<serde_json::Value>(&[OTHER], &headers, b"{}");
        assert!(matches!(altered, Err(WebhookError::Signature(_))));
        let not_json = signed(SECRET, b"not json");
        let bad = verify_webhook::<serde_json::Value>(&[SECRET], &not_json, b"not json");
        assert!(matches!(bad, Err(WebhookError::Payload(_))));
        let secret = verify_webhook::<serde_json::Value>(&["whsec_***"], &headers, body);
        assert!(matches!(secret, Err(WebhookError::Secret(_))));
    }
}
