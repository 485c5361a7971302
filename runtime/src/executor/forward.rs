//! The stored request as the provider gets it: the client's own bytes, with only the
//! gateway's fields changed.
//!
//! JSON: the top level is split into `(key, raw value)` pairs borrowed from the stored bytes and
//! written back in order, so every value the client sent (unknown fields and nested objects
//! included) keeps its exact bytes. `model` becomes the provider's bare model name; the
//! gateway-only `fallbacks` and the streaming switches `stream` and `stream_options` (an async job
//! never streams, and OpenAI refuses `stream_options` without `stream: true`) are dropped.
//!
//! Multipart: the parts are written back in order with their names, file names, content types
//! and bytes; the `model` part is rewritten, `fallbacks` and `stream` parts are dropped.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::provider::{RouteError, TargetSpec};
use crate::job::{Part, Payload};
use crate::kind::{BodyFormat, JobKind};

/// Top-level JSON fields the provider never sees.
const DROPPED_JSON: [&str; 3] = ["fallbacks", "stream", "stream_options"];
/// Multipart parts the provider never sees.
const DROPPED_PARTS: [&str; 3] = ["fallbacks", "fallbacks[]", "stream"];

/// The top-level members of a JSON object, in order, values unparsed.
#[derive(Debug)]
pub(crate) struct Fields<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(Key(key)) = map.next_key()? {
                    let value: &'de RawValue = map.next_value()?;
                    fields.push((key, value));
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// A key borrowed from the input when it has no escapes.
#[derive(Deserialize)]
struct Key<'a>(#[serde(borrow)] Cow<'a, str>);

/// A stored request, parsed just enough to route and forward it.
#[derive(Debug)]
pub(crate) enum Body<'a> {
    Json(Fields<'a>),
    Multipart(&'a [Part]),
}

#[derive(Debug)]
pub(crate) struct Request<'a> {
    pub body: Body<'a>,
    /// The `model` the client wrote, when there was one.
    pub model: Option<String>,
    /// The fallback targets in order, each with the field it came from (`fallbacks[i]`).
    pub fallbacks: Vec<(String, TargetSpec)>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FallbackItem {
    Text(String),
    Object { provider: String, model: String },
}

impl From<FallbackItem> for TargetSpec {
    fn from(item: FallbackItem) -> Self {
        match item {
            FallbackItem::Text(s) => TargetSpec::Joined(s),
            FallbackItem::Object { provider, model } => TargetSpec::Split { provider, model },
        }
    }
}

impl<'a> Request<'a> {
    /// Reads `model` and `fallbacks` from a stored payload.
    pub fn parse(kind: JobKind, payload: &'a Payload) -> Result<Request<'a>, RouteError> {
        match (kind.body_format(), payload) {
            (BodyFormat::Json, Payload::Json(bytes)) => Self::parse_json(bytes),
            (BodyFormat::Multipart, Payload::Multipart(parts)) => Self::parse_multipart(parts),
            (BodyFormat::Json, Payload::Multipart(_)) => {
                Err(RouteError::WrongBodyFormat { expected: "JSON" })
            }
            (BodyFormat::Multipart, Payload::Json(_)) => Err(RouteError::WrongBodyFormat {
                expected: "multipart/form-data",
            }),
        }
    }

    fn parse_json(bytes: &'a [u8]) -> Result<Request<'a>, RouteError> {
        let fields: Fields<'a> =
            serde_json::from_slice(bytes).map_err(|e| RouteError::NotJson(e.to_string()))?;
        let mut model = None;
        let mut fallbacks = Vec::new();
        // The last occurrence wins, as for any JSON reader that keeps one value per key.
        for (key, value) in &fields.0 {
            match key.as_ref() {
                "model" => {
                    model = Some(serde_json::from_str::<String>(value.get()).map_err(|_| {
                        RouteError::NotAString {
                            field: "model".into(),
                        }
                    })?);
                }
                "fallbacks" => {
                    let items: Option<Vec<FallbackItem>> =
                        serde_json::from_str(value.get()).map_err(|_| RouteError::BadFallbacks)?;
                    fallbacks = items
                        .unwrap_or_default()
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| (format!("fallbacks[{i}]"), item.into()))
                        .collect();
                }
                _ => {}
            }
        }
        Ok(Request {
            body: Body::Json(fields),
            model,
            fallbacks,
        })
    }

    fn parse_multipart(parts: &'a [Part]) -> Result<Request<'a>, RouteError> {
        let mut model = None;
        let mut items = Vec::new();
        for part in parts {
            match part.name.as_str() {
                "model" => {
                    let text =
                        std::str::from_utf8(&part.data).map_err(|_| RouteError::NotAString {
                            field: "model".into(),
                        })?;
                    model = Some(text.trim().to_owned());
                }
                "fallbacks" | "fallbacks[]" => {
                    let text = std::str::from_utf8(&part.data)
                        .map_err(|_| RouteError::BadFallbacks)?
                        .trim();
                    // A part holds one `provider/model`, one `{"provider","model"}` object, or
                    // a JSON list of either; text that reads as neither JSON shape is one
                    // `provider/model` string, as the form reader takes it.
                    if let Ok(list) = serde_json::from_str::<Vec<FallbackItem>>(text) {
                        items.extend(list.into_iter().map(TargetSpec::from));
                    } else if let Ok(item) = serde_json::from_str::<FallbackItem>(text) {
                        items.push(item.into());
                    } else if !text.is_empty() {
                        items.push(TargetSpec::Joined(text.to_owned()));
                    }
                }
                _ => {}
            }
        }
        Ok(Request {
            body: Body::Multipart(parts),
            model,
            fallbacks: items
                .into_iter()
                .enumerate()
                .map(|(i, spec)| (format!("fallbacks[{i}]"), spec))
                .collect(),
        })
    }
}

/// Why a stored request cannot be sent on.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ForwardError {
    #[error("multipart part `{0}` has a content type that cannot be sent")]
    BadContentType(String),
    #[error("cannot write the request body: {0}")]
    Encode(String),
}

/// A body ready to send, reusable across attempts.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    pub content_type: String,
    pub bytes: Bytes,
}

/// The body for one provider, with `model` set to `model`.
pub(crate) fn build(body: &Body<'_>, model: &str) -> Result<Outgoing, ForwardError> {
    match body {
        Body::Json(fields) => json(fields, model),
        Body::Multipart(parts) => multipart(parts, model),
    }
}

fn json(fields: &Fields<'_>, model: &str) -> Result<Outgoing, ForwardError> {
    let encode = |e: serde_json::Error| ForwardError::Encode(e.to_string());
    let size: usize = fields
        .0
        .iter()
        .map(|(k, v)| k.len() + v.get().len() + 4)
        .sum();
    let mut out = Vec::with_capacity(size + model.len() + 2);
    out.push(b'{');
    for (key, value) in &fields.0 {
        if DROPPED_JSON.contains(&key.as_ref()) {
            continue;
        }
        if out.len() > 1 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, key.as_ref()).map_err(encode)?;
        out.push(b':');
        if key == "model" {
            serde_json::to_writer(&mut out, model).map_err(encode)?;
        } else {
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    out.push(b'}');
    Ok(Outgoing {
        content_type: "application/json".into(),
        bytes: Bytes::from(out),
    })
}

/// Quotes a name for `Content-Disposition` as browsers do: `"`, CR and LF percent-encoded.
fn push_quoted(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    for b in text.bytes() {
        match b {
            b'"' => out.extend_from_slice(b"%22"),
            b'\r' => out.extend_from_slice(b"%0D"),
            b'\n' => out.extend_from_slice(b"%0A"),
            _ => out.push(b),
        }
    }
    out.push(b'"');
}

fn multipart(parts: &[Part], model: &str) -> Result<Outgoing, ForwardError> {
    let kept: Vec<&Part> = parts
        .iter()
        .filter(|p| !DROPPED_PARTS.contains(&p.name.as_str()))
        .collect();
    for part in &kept {
        if let Some(ct) = &part.content_type {
            if ct.bytes().any(|b| b.is_ascii_control()) {
                return Err(ForwardError::BadContentType(part.name.clone()));
            }
        }
    }
    // A random boundary; drawn again in the (astronomically unlikely) case a part contains it.
    let mut boundary = new_boundary();
    while kept.iter().any(|p| contains(&p.data, boundary.as_bytes())) {
        boundary = new_boundary();
    }
    let size: usize = kept
        .iter()
        .map(|p| {
            p.data.len()
                + p.name.len()
                + p.file_name.as_ref().map_or(0, String::len)
                + p.content_type.as_ref().map_or(0, String::len)
                + 128
        })
        .sum();
    let mut out = Vec::with_capacity(size + 64);
    for part in kept {
        out.extend_from_slice(b"--");
        out.extend_from_slice(boundary.as_bytes());
        out.extend_from_slice(b"\r\nContent-Disposition: form-data; name=");
        push_quoted(&mut out, &part.name);
        if let Some(file_name) = &part.file_name {
            out.extend_from_slice(b"; filename=");
            push_quoted(&mut out, file_name);
        }
        out.extend_from_slice(b"\r\n");
        if let Some(ct) = &part.content_type {
            out.extend_from_slice(b"Content-Type: ");
            out.extend_from_slice(ct.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"\r\n");
        if part.name == "model" && part.file_name.is_none() {
            out.extend_from_slice(model.as_bytes());
        } else {
            out.extend_from_slice(&part.data);
        }
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"--");
    out.extend_from_slice(boundary.as_bytes());
    out.extend_from_slice(b"--\r\n");
    Ok(Outgoing {
        content_type: format!("multipart/form-data; boundary={boundary}"),
        bytes: Bytes::from(out),
    })
}

fn new_boundary() -> String {
    format!("gateway-{:032x}", rand::random::<u128>())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.len() <= haystack.len() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_payload(text: &str) -> Payload {
        Payload::Json(Bytes::from(text.to_owned()))
    }

    #[test]
    fn json_keeps_bytes_and_rewrites_model() {
        let payload = json_payload(
            r#"{ "model" : "openai/gpt-4o", "x_unknown": {"b":1.50, "a":[1e3, "\u00e9"]},
                "fallbacks": ["echo/a", {"provider":"echo","model":"b"}], "stream": true,
                "stream_options": {"include_usage": true}, "n\"k": null }"#,
        );
        let req = Request::parse(JobKind::ChatCompletions, &payload).unwrap();
        assert_eq!(req.model.as_deref(), Some("openai/gpt-4o"));
        assert_eq!(
            req.fallbacks,
            vec![
                ("fallbacks[0]".into(), TargetSpec::Joined("echo/a".into())),
                (
                    "fallbacks[1]".into(),
                    TargetSpec::Split {
                        provider: "echo".into(),
                        model: "b".into()
                    }
                ),
            ]
        );
        let out = build(&req.body, "gpt-4o").unwrap();
        assert_eq!(
            std::str::from_utf8(&out.bytes).unwrap(),
            r#"{"model":"gpt-4o","x_unknown":{"b":1.50, "a":[1e3, "\u00e9"]},"n\"k":null}"#
        );
    }

    #[test]
    fn bad_json_is_refused() {
        for text in ["[1]", "nope", r#"{"model": 3}"#, r#"{"fallbacks": 1}"#] {
            assert!(Request::parse(JobKind::Embeddings, &json_payload(text)).is_err());
        }
        let empty = json_payload("{}");
        let req = Request::parse(JobKind::Embeddings, &empty).unwrap();
        assert_eq!(req.model, None);
        assert!(Request::parse(JobKind::AudioTranscriptions, &json_payload("{}")).is_err());
    }

    fn part(name: &str, file_name: Option<&str>, ct: Option<&str>, data: &[u8]) -> Part {
        Part {
            name: name.into(),
            file_name: file_name.map(Into::into),
            content_type: ct.map(Into::into),
            data: Bytes::copy_from_slice(data),
        }
    }

    #[test]
    fn multipart_is_rebuilt() {
        let payload = Payload::Multipart(vec![
            part("model", None, None, b"openai/whisper-1"),
            part("fallbacks", None, None, b"echo/w"),
            part("fallbacks", None, None, br#"["echo/x"]"#),
            part("file", Some("a \"b\".wav"), Some("audio/wav"), &[0, 1, 2]),
            part("stream", None, None, b"true"),
        ]);
        let req = Request::parse(JobKind::AudioTranscriptions, &payload).unwrap();
        assert_eq!(req.model.as_deref(), Some("openai/whisper-1"));
        assert_eq!(req.fallbacks.len(), 2);
        let out = build(&req.body, "whisper-1").unwrap();
        let boundary = out.content_type.split("boundary=").nth(1).unwrap();
        let expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a %22b%22.wav\"\r\n\
             Content-Type: audio/wav\r\n\r\n\x00\x01\x02\r\n--{boundary}--\r\n"
        );
        assert_eq!(out.bytes, expected.as_bytes());
    }
}
