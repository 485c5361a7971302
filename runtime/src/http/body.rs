//! Request bodies: read within a limit, parsed into a typed request naming the field at fault.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::http::{header, HeaderMap};
use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use serde::de::DeserializeOwned;

use super::ApiError;

/// The default of `limits.max_inflight_body_bytes`: room for ten uploads at the default
/// multipart limit at once.
pub const DEFAULT_MAX_INFLIGHT_BODY_BYTES: usize = 512 * 1024 * 1024;

/// The seconds a submit refused for want of room is told to wait (`Retry-After`): about how
/// long a large upload takes to be stored and let go.
pub const INFLIGHT_RETRY_AFTER_SECS: u64 = 1;

/// The bytes of submit bodies the gateway holds at once, received but not yet stored, so a
/// burst of large uploads cannot exhaust its memory: past the limit a submit is refused with
/// `503` and `Retry-After` before anything of it is stored. A body is counted from its
/// `Content-Length` before it is read, or chunk by chunk as it arrives when it has none, and
/// until its answer is written (by then the job is committed or refused).
#[derive(Debug)]
pub struct InflightBodies {
    limit: usize,
    used: AtomicUsize,
}

impl InflightBodies {
    pub fn new(limit: usize) -> Arc<InflightBodies> {
        Arc::new(InflightBodies {
            limit,
            used: AtomicUsize::new(0),
        })
    }

    /// The bytes held now.
    pub fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }

    fn take(&self, n: usize) -> bool {
        self.used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                used.checked_add(n).filter(|&total| total <= self.limit)
            })
            .is_ok()
    }

    fn give_back(&self, n: usize) {
        self.used.fetch_sub(n, Ordering::AcqRel);
    }

    /// An empty reservation, grown as a body's bytes are admitted.
    pub fn reservation(self: &Arc<Self>) -> Arc<Reservation> {
        Arc::new(Reservation {
            budget: Arc::clone(self),
            held: AtomicUsize::new(0),
            refused: AtomicBool::new(false),
        })
    }
}

/// Bytes of one request counted against [`InflightBodies`]; given back when dropped.
#[derive(Debug)]
pub struct Reservation {
    budget: Arc<InflightBodies>,
    held: AtomicUsize,
    refused: AtomicBool,
}

impl Reservation {
    /// Counts `n` more bytes; `false` (and remembered) when they do not fit.
    pub fn grow(&self, n: usize) -> bool {
        if n == 0 {
            return true;
        }
        if self.budget.take(n) {
            self.held.fetch_add(n, Ordering::AcqRel);
            true
        } else {
            self.refused.store(true, Ordering::Release);
            false
        }
    }

    /// Whether some bytes of this request did not fit.
    pub fn refused(&self) -> bool {
        self.refused.load(Ordering::Acquire)
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        self.budget.give_back(*self.held.get_mut());
    }
}

/// The error a body counted chunk by chunk fails with when a chunk does not fit.
#[derive(Debug, thiserror::Error)]
#[error("too many request bodies are in flight; try again shortly")]
pub struct InflightLimit;

/// A body without a declared length, counting each chunk against a [`Reservation`] as it
/// arrives and failing (with [`InflightLimit`]) at the first that does not fit.
pub(super) struct CountedBody {
    inner: Body,
    reservation: Arc<Reservation>,
}

impl CountedBody {
    pub(super) fn new(inner: Body, reservation: Arc<Reservation>) -> CountedBody {
        CountedBody { inner, reservation }
    }
}

impl HttpBody for CountedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let frame = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(Some(Ok(frame))) = &frame {
            let n = frame.data_ref().map_or(0, Bytes::len);
            if !self.reservation.grow(n) {
                return Poll::Ready(Some(Err(axum::Error::new(InflightLimit))));
            }
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Reads a whole body, refusing more than `limit` bytes with `413`.
pub async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    if declared_length(headers).is_some_and(|n| n > limit) {
        return Err(ApiError::too_large(limit));
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let too_long = std::error::Error::source(&e)
            .is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
            || e.to_string().contains("length limit");
        if too_long {
            ApiError::too_large(limit)
        } else {
            ApiError::invalid_body(format!("could not read the request body: {e}"))
        }
    })
}

pub(super) fn declared_length(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// Parses a JSON body into a typed request, naming the offending field on failure.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            return ApiError::invalid_body(format!("the request body is not valid JSON: {inner}"));
        }
        field_error(&path, &inner.to_string())
    })?;
    de.end()
        .map_err(|e| ApiError::invalid_body(format!("the request body is not valid JSON: {e}")))?;
    Ok(value)
}

/// Parses a body that must be a JSON object, saying so plainly when it is something else
/// (`[1, 2]`, `"text"`), rather than naming whatever the first value failed on.
pub fn parse_json_object<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        let kind = match first {
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => "not JSON",
        };
        return Err(ApiError::invalid_body(format!(
            "the request body must be a JSON object; it is {kind}"
        )));
    }
    parse_json(body)
}

/// An error about a field: `param` is its path, also when serde names a missing field only in
/// the message (`missing field `model``).
pub fn field_error(path: &str, message: &str) -> ApiError {
    let message = strip_position(message);
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next());
    let param = match (missing, path) {
        (Some(field), "." | "") => field.to_owned(),
        (Some(field), path) => format!("{path}.{field}"),
        (None, path) => path.to_owned(),
    };
    let param = (!param.is_empty() && param != ".").then_some(param);
    let text = match &param {
        Some(p) if missing.is_none() => format!("invalid value for `{p}`: {message}"),
        _ => message.to_owned(),
    };
    let error = ApiError::bad_request(text, param);
    match missing {
        Some(_) => ApiError {
            code: crate::bifrost_error::code::MISSING_FIELD,
            ..error
        },
        None => error,
    }
}

/// serde_json appends ` at line L column C`, which means nothing to someone who sent a form.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Req {
        model: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        n: u8,
    }

    #[test]
    fn json_errors_name_the_field() {
        let e = parse_json::<Req>(br#"{"items": []}"#).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("model"));
        assert_eq!(e.message, "missing field `model`");
        let e = parse_json::<Req>(br#"{"model": "m", "items": [{"n": "x"}]}"#).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("items[0].n"));
        assert!(
            e.message
                .starts_with("invalid value for `items[0].n`: invalid type"),
            "{}",
            e.message
        );
        let e = parse_json::<Req>(br#"{"model": "m", "items": [{}]}"#).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("items[0].n"));
        let e = parse_json::<Req>(b"{not json").unwrap_err();
        assert_eq!((e.status.as_u16(), e.param), (400, None));
        let e = parse_json::<Req>(br#"{"model": "m", "items": []} trailing"#).unwrap_err();
        assert_eq!(e.status.as_u16(), 400);
        let e = parse_json_object::<Req>(b" [1, 2]").unwrap_err();
        assert_eq!(
            (e.message.as_str(), e.param),
            (
                "the request body must be a JSON object; it is an array",
                None
            )
        );
        assert!(parse_json_object::<Req>(br#" {"model": "m", "items": []}"#).is_ok());
    }
}
