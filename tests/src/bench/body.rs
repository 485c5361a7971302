//! The requests the load generator sends and the fixed answers of the baseline.

use serde_json::{json, Value};

/// The operation every row measures.
pub const CHAT_PATH: &str = "/v1/async/chat/completions";

/// A chat completion request of about 1 KB, as a client would send it: a system prompt, a
/// short conversation and the usual sampling options.
pub fn chat_body(model: &str) -> Vec<u8> {
    let request = json!({
        "model": model,
        "messages": [
            {
                "role": "system",
                "content": "You are a careful assistant for a logistics company. Answer in plain \
                    English, keep every answer under one hundred words, and when a question is \
                    about a shipment, ask for its tracking number before you guess anything."
            },
            {
                "role": "user",
                "content": "Our container left Rotterdam on Monday and should reach Montreal \
                    within twelve days. The carrier's site has shown the same position for two \
                    days. Is that normal, and what should we ask the carrier?"
            },
            {
                "role": "assistant",
                "content": "A position that does not change for two days usually means the \
                    vessel is outside receiver range, not that it stopped. Please share the \
                    tracking number so I can check the last reported port call."
            },
            {
                "role": "user",
                "content": "The tracking number is MSCU 481 552 7. Please also tell us whether \
                    the customs declaration was filed."
            }
        ],
        "temperature": 0.2,
        "top_p": 0.9,
        "max_completion_tokens": 256,
        "user": "bench-client-0001"
    });
    request.to_string().into_bytes()
}

/// The baseline's answer to a poll: a completed chat job shaped like ours, so both servers
/// send bodies of about the same size.
pub fn baseline_poll_answer() -> Value {
    json!({
        "id": "6f1c2b8e-1d4f-4a35-9a57-3f0c9d1e2b7a",
        "status": "completed",
        "created_at": "2026-01-01T00:00:00.000Z",
        "completed_at": "2026-01-01T00:00:00.004Z",
        "expires_at": "2026-01-01T01:00:00.004Z",
        "status_code": 200,
        "result": {
            "id": "chatcmpl-echo-5d1f0a3c9b7e2a41",
            "object": "chat.completion",
            "created": 1767225600,
            "model": "bench-model",
            "choices": [{
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "The tracking number is MSCU 481 552 7. Please also tell us \
                        whether the customs declaration was filed."
                },
                "finish_reason": "stop"
            }],
            "usage": {"prompt_tokens": 141, "completion_tokens": 19, "total_tokens": 160}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chat_body_is_about_one_kilobyte_and_a_valid_request() {
        let body = chat_body("echo/bench-model");
        assert!((900..=1300).contains(&body.len()), "{} bytes", body.len());
        let request: generated::types::ChatCompletionRequest =
            serde_json::from_slice(&body).unwrap();
        request.validate().unwrap();
    }
}
