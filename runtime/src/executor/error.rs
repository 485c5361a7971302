//! Failed-job bodies in the `BifrostError` shape.
//!
//! Two sources: the gateway itself (`is_bifrost_error: true`: no answer, a timeout, a request that
//! cannot be forwarded, an unusable answer) and the provider (`is_bifrost_error: false`: its status
//! and, when it sent the OpenAI error shape, its `type`, `code`, `message` and `param`).

use serde::Deserialize;
use serde_json::Value;

pub(crate) use crate::bifrost_error::ErrorField;
use crate::bifrost_error::{BifrostError, ErrorType, ExtraFields};
use crate::job::Outcome;
use crate::kind::JobKind;

/// Longest stretch of a provider's non-JSON error body kept in `message`, in bytes.
pub(crate) const MAX_MESSAGE_BYTES: usize = 2048;

/// Who and what a failure concerns, for `extra_fields`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    pub kind: JobKind,
    pub provider: Option<&'a str>,
    pub model: Option<&'a str>,
}

/// A failed outcome with a body built from its parts.
pub(crate) fn failed(
    ctx: Context<'_>,
    status_code: u16,
    is_bifrost_error: bool,
    error: &ErrorField,
) -> Outcome {
    let body = BifrostError {
        is_bifrost_error,
        status_code,
        error: error.clone(),
        extra_fields: Some(ExtraFields {
            model_requested: match (ctx.provider, ctx.model) {
                (Some(p), Some(m)) => Some(format!("{p}/{m}")),
                (None, Some(m)) => Some(m.to_owned()),
                _ => None,
            },
            request_type: ctx.kind.as_str(),
        }),
    };
    Outcome::Failed {
        status_code,
        error: body.to_bytes(),
    }
}

/// A failure raised by the gateway itself.
pub(crate) fn gateway(
    ctx: Context<'_>,
    status_code: u16,
    kind: ErrorType,
    code: &str,
    message: String,
    param: Option<&str>,
) -> Outcome {
    let field = ErrorField::gateway(kind, code, message).with_param(param);
    failed(ctx, status_code, true, &field)
}

/// The OpenAI error envelope, leniently: `error` an object (every member optional, `code` a
/// string or a number) or a string, or a top-level `message`.
#[derive(Debug, Deserialize)]
struct OpenAiEnvelope {
    #[serde(default)]
    error: Option<Value>,
    #[serde(default)]
    message: Option<Value>,
}

/// A JSON scalar as text; `null`, objects and arrays give nothing.
fn scalar(value: Option<Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// At most `max` bytes of `text`, cut on a character boundary, with a marker when cut.
pub(crate) fn bounded(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes in all)", &text[..end], text.len())
}

/// The `error` member for a provider's non-2xx answer: the OpenAI fields when the body has
/// them, otherwise a bounded prefix of the body text.
pub(crate) fn from_upstream(provider: &str, status: u16, body: &[u8]) -> ErrorField {
    if let Ok(envelope) = serde_json::from_slice::<OpenAiEnvelope>(body) {
        match envelope.error {
            Some(Value::Object(mut error)) => {
                if let Some(message) = scalar(error.remove("message")) {
                    return ErrorField {
                        kind: scalar(error.remove("type")),
                        code: scalar(error.remove("code")),
                        message,
                        param: scalar(error.remove("param")),
                    };
                }
            }
            Some(Value::String(message)) => {
                return ErrorField {
                    message,
                    ..ErrorField::default()
                }
            }
            _ => {}
        }
        if let Some(message) = scalar(envelope.message) {
            return ErrorField {
                message,
                ..ErrorField::default()
            };
        }
    }
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let message = if text.is_empty() {
        format!("provider `{provider}` answered HTTP {status} with an empty body")
    } else {
        bounded(text, MAX_MESSAGE_BYTES)
    };
    ErrorField {
        message,
        ..ErrorField::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(outcome: &Outcome) -> Value {
        match outcome {
            Outcome::Failed { error, .. } => serde_json::from_slice(error).unwrap(),
            Outcome::Completed { .. } => panic!("not a failure"),
        }
    }

    #[test]
    fn copies_openai_error_fields() {
        let field = from_upstream(
            "openai",
            400,
            br#"{"error":{"message":"bad temp","type":"invalid_request_error","code":null,"param":"temperature"}}"#,
        );
        assert_eq!(field.message, "bad temp");
        assert_eq!(field.kind.as_deref(), Some("invalid_request_error"));
        assert_eq!(field.code, None);
        assert_eq!(field.param.as_deref(), Some("temperature"));
        let ctx = Context {
            kind: JobKind::ChatCompletions,
            provider: Some("openai"),
            model: Some("gpt-4o"),
        };
        let v = body(&failed(ctx, 400, false, &field));
        assert_eq!(v["is_bifrost_error"], false);
        assert_eq!(v["status_code"], 400);
        assert_eq!(v["error"]["param"], "temperature");
        assert_eq!(v["extra_fields"]["request_type"], "chat_completions");
        assert_eq!(v["extra_fields"]["model_requested"], "openai/gpt-4o");
        assert!(v["extra_fields"].get("provider").is_none());
    }

    #[test]
    fn other_bodies_become_the_message() {
        assert_eq!(
            from_upstream("p", 503, b"  overloaded \n").message,
            "overloaded"
        );
        assert_eq!(
            from_upstream("p", 500, br#"{"error":"boom"}"#).message,
            "boom"
        );
        assert_eq!(from_upstream("p", 500, br#"{"message":"m"}"#).message, "m");
        assert!(from_upstream("p", 502, b"").message.contains("empty body"));
        let long = "é".repeat(5000);
        let m = from_upstream("p", 500, long.as_bytes()).message;
        assert!(m.len() < MAX_MESSAGE_BYTES + 64);
        assert!(m.contains("bytes in all"));
    }
}
