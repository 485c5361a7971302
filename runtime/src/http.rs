//! What every generated handler does the same way: read a body within its limit, split a
//! multipart form, read the TTL header, and turn any refusal into one error type that the
//! generated code maps onto the operation's documented responses.

use std::marker::PhantomData;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

use crate::job::Part;

/// A refusal or failure, in terms the generated code maps onto a documented status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{status} {message}")]
pub struct ApiError {
    pub status: u16,
    /// Short machine-readable class, e.g. `invalid_request_error`.
    pub kind: &'static str,
    pub message: String,
    /// The field, header or parameter at fault, when there is one.
    pub param: Option<String>,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>, param: Option<String>) -> Self {
        ApiError {
            status: 400,
            kind: "invalid_request_error",
            message: message.into(),
            param,
        }
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        ApiError {
            status: 401,
            kind: "authentication_error",
            message: message.into(),
            param: None,
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError {
            status: 404,
            kind: "not_found_error",
            message: message.into(),
            param: None,
        }
    }

    /// The request conflicts with the resource's state (a cancel of a job already final).
    pub fn conflict(message: impl Into<String>) -> Self {
        ApiError {
            status: 409,
            kind: "conflict_error",
            message: message.into(),
            param: None,
        }
    }

    /// Well-formed but not acceptable (an idempotency key reused for a different request).
    pub fn unprocessable(message: impl Into<String>, param: impl Into<String>) -> Self {
        ApiError {
            status: 422,
            kind: "unprocessable_request_error",
            message: message.into(),
            param: Some(param.into()),
        }
    }

    pub fn too_large(limit: usize) -> Self {
        ApiError {
            status: 413,
            kind: "request_too_large",
            message: format!("the request body is larger than the {limit} bytes accepted here"),
            param: None,
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        ApiError {
            status: 500,
            kind: "server_error",
            message: message.into(),
            param: None,
        }
    }

    /// The error in the `BifrostError` shape of the spec.
    pub fn to_json(&self) -> serde_json::Value {
        json!({
            "is_bifrost_error": true,
            "status_code": self.status,
            "error": {
                "type": self.kind,
                "code": self.kind,
                "message": self.message,
                "param": self.param,
            }
        })
    }

    /// Converts into the generated error type through its JSON form, so the runtime need not
    /// know the generated type. If the shapes ever disagree the body is left empty (and logged)
    /// rather than failing the response.
    pub fn into_body<T: DeserializeOwned + Default>(self) -> T {
        serde_json::from_value(self.to_json()).unwrap_or_else(|e| {
            tracing::error!("error body does not fit the spec's error schema: {e}");
            T::default()
        })
    }
}

/// A JSON document already written as text, documented to match `T`: the answer goes out as these
/// bytes, without building a `T` and serialising it again, while the typed response enums still
/// say which type each status carries. [`JsonText::decode`] reads it back as `T`, which is how
/// tests prove the text and the type agree.
pub struct JsonText<T> {
    text: Bytes,
    shape: PhantomData<fn() -> T>,
}

impl<T> JsonText<T> {
    /// Wraps JSON text that the caller guarantees has the shape of `T`.
    pub fn from_trusted(text: impl Into<Bytes>) -> Self {
        JsonText {
            text: text.into(),
            shape: PhantomData,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }

    /// Reads the text as `T`; an error means the text does not match the type it claims.
    pub fn decode(&self) -> Result<T, serde_json::Error>
    where
        T: DeserializeOwned,
    {
        serde_json::from_slice(&self.text)
    }
}

impl<T: Serialize> JsonText<T> {
    /// Writes `value` as JSON text.
    pub fn encode(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::to_vec(value).map(Self::from_trusted)
    }
}

impl<T> Clone for JsonText<T> {
    fn clone(&self) -> Self {
        Self::from_trusted(self.text.clone())
    }
}

impl<T> PartialEq for JsonText<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> std::fmt::Debug for JsonText<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("JsonText")
            .field(&String::from_utf8_lossy(&self.text))
            .finish()
    }
}

impl<T> IntoResponse for JsonText<T> {
    fn into_response(self) -> Response {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            self.text,
        )
            .into_response()
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
            ApiError::bad_request(format!("could not read the request body: {e}"), None)
        }
    })
}

fn declared_length(headers: &HeaderMap) -> Option<usize> {
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
            return ApiError::bad_request(
                format!("the request body is not valid JSON: {inner}"),
                None,
            );
        }
        field_error(&path, &inner.to_string())
    })?;
    de.end().map_err(|e| {
        ApiError::bad_request(format!("the request body is not valid JSON: {e}"), None)
    })?;
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
        return Err(ApiError::bad_request(
            format!("the request body must be a JSON object; it is {kind}"),
            None,
        ));
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
    ApiError::bad_request(text, param)
}

/// serde_json appends ` at line L column C`, which means nothing to someone who sent a form.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

/// Splits a `multipart/form-data` body into parts, refusing more than `limit` bytes with `413`
/// and a malformed form with `400`.
pub async fn read_multipart(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Vec<Part>, ApiError> {
    if declared_length(headers).is_some_and(|n| n > limit) {
        return Err(ApiError::too_large(limit));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multer::parse_boundary(content_type).map_err(|_| {
        ApiError::bad_request(
            "this operation takes a multipart/form-data body with a boundary",
            None,
        )
    })?;
    let constraints =
        multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(limit as u64));
    let mut form =
        multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);
    let mut parts = Vec::new();
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(e, limit)),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name.is_empty() {
            return Err(ApiError::bad_request("a form part has no name", None));
        }
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = field.bytes().await.map_err(|e| multipart_error(e, limit))?;
        parts.push(Part {
            name,
            file_name,
            content_type,
            data,
        });
    }
    Ok(parts)
}

fn multipart_error(e: multer::Error, limit: usize) -> ApiError {
    match e {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            ApiError::too_large(limit)
        }
        other => ApiError::bad_request(format!("malformed multipart body: {other}"), None),
    }
}

/// Reading typed fields out of multipart parts, for the generated `from_parts` constructors.
pub mod form {
    use bytes::Bytes;
    use serde::de::DeserializeOwned;

    use super::{field_error, ApiError};
    use crate::job::Part;

    /// Parts named `name`, or `name[]` as array-style clients send them.
    fn named<'a>(parts: &'a [Part], name: &'a str) -> impl Iterator<Item = &'a Part> + 'a {
        parts
            .iter()
            .filter(move |p| p.name == name || p.name.strip_suffix("[]").is_some_and(|n| n == name))
    }

    fn missing(name: &str) -> ApiError {
        ApiError::bad_request(format!("missing field `{name}`"), Some(name.to_owned()))
    }

    /// The bytes of a file part.
    pub fn file(parts: &[Part], name: &str) -> Option<Bytes> {
        named(parts, name).next().map(|p| p.data.clone())
    }

    pub fn required_file(parts: &[Part], name: &str) -> Result<Bytes, ApiError> {
        file(parts, name).ok_or_else(|| missing(name))
    }

    /// Every file part of a repeated field.
    pub fn files(parts: &[Part], name: &str) -> Vec<Bytes> {
        named(parts, name).map(|p| p.data.clone()).collect()
    }

    /// A text part read as `T`: a string as it is (or as an enum value), anything else as JSON
    /// (`5`, `true`, `{"a":1}`).
    pub fn value<T: DeserializeOwned>(parts: &[Part], name: &str) -> Result<Option<T>, ApiError> {
        let mut found = named(parts, name);
        let Some(part) = found.next() else {
            return Ok(None);
        };
        if found.next().is_some() {
            return Err(ApiError::bad_request(
                format!("field `{name}` takes one value but was sent more than once"),
                Some(name.to_owned()),
            ));
        }
        parse(part, name).map(Some)
    }

    pub fn required_value<T: DeserializeOwned>(parts: &[Part], name: &str) -> Result<T, ApiError> {
        value(parts, name)?.ok_or_else(|| missing(name))
    }

    /// Every part of a repeated field, each read as `T`.
    pub fn list<T: DeserializeOwned>(
        parts: &[Part],
        name: &str,
    ) -> Result<Option<Vec<T>>, ApiError> {
        let items: Vec<T> = named(parts, name)
            .map(|p| parse(p, name))
            .collect::<Result<_, _>>()?;
        Ok((!items.is_empty()).then_some(items))
    }

    fn parse<T: DeserializeOwned>(part: &Part, name: &str) -> Result<T, ApiError> {
        let text = std::str::from_utf8(&part.data).map_err(|_| {
            ApiError::bad_request(
                format!("field `{name}` is not UTF-8 text"),
                Some(name.to_owned()),
            )
        })?;
        if let Ok(v) = serde_json::from_value(serde_json::Value::String(text.to_owned())) {
            return Ok(v);
        }
        serde_json::from_str(text.trim()).map_err(|e| field_error(name, &e.to_string()))
    }
}

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
                assert_eq!((e.status, e.param.as_deref()), (400, Some("x-ttl")));
            }
        }
    }

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
        assert_eq!((e.status, e.param), (400, None));
        let e = parse_json::<Req>(br#"{"model": "m", "items": []} trailing"#).unwrap_err();
        assert_eq!(e.status, 400);
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
