//! The built-in `echo` provider: deterministic OpenAI-shaped answers made from the request
//! alone, with no network and no key. It is what the gateway runs against in benchmarks and
//! demos, so it does a little work per job and nothing slow.
//!
//! Ids and `created` values come from a hash of the job id, so the same job always gets the
//! same answer; embedding vectors come from a hash of the input text alone.

use std::sync::OnceLock;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use bytes::Bytes;
use serde_json::{json, Map, Value};

use crate::job::{Part, Payload};
use crate::kind::JobKind;

/// A 1×1 transparent PNG (valid signature, IHDR, IDAT and IEND chunks with their CRCs).
pub const TINY_PNG_BASE64: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/// Embedding size when the request does not name `dimensions`.
pub const DEFAULT_DIMENSIONS: usize = 8;
/// The largest `dimensions` echo accepts.
pub const MAX_DIMENSIONS: usize = 4096;
/// WAV tone: sample rate, length per input character, and bounds.
pub const SAMPLE_RATE: u32 = 8_000;
const MS_PER_CHAR: usize = 10;
const MIN_MS: usize = 100;
pub const MAX_MS: usize = 2_000;
/// The tone is 400 Hz: one period is 20 samples at 8 kHz.
const PERIOD: usize = 20;

/// An answer, or the status and message of a refused request.
pub(crate) type EchoResult = Result<(u16, Bytes), (u16, String)>;

/// FNV-1a, 64 bits.
fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// SplitMix64: a well-mixed stream from one seed.
fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// What is the same for every answer to one job.
struct Ids {
    hash: u64,
    created: i64,
}

impl Ids {
    fn new(job_id: &str) -> Ids {
        let hash = fnv1a(0, job_id.as_bytes());
        // A fixed epoch (2023-11-14) plus up to ~3 years, from the hash.
        let created = 1_700_000_000 + (hash % 100_000_000) as i64;
        Ids { hash, created }
    }

    fn id(&self, prefix: &str) -> String {
        format!("{prefix}{:016x}", self.hash)
    }
}

fn words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

/// Answers one request. `model` is the bare model name the route chose.
pub(crate) fn answer(kind: JobKind, job_id: &str, model: &str, payload: &Payload) -> EchoResult {
    let ids = Ids::new(job_id);
    let value = match payload {
        Payload::Json(bytes) => match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(map)) => Some(map),
            _ => return Err((400, "the request body is not a JSON object".into())),
        },
        Payload::Multipart(_) => None,
    };
    let empty = Map::new();
    let req = value.as_ref().unwrap_or(&empty);
    let parts: &[Part] = match payload {
        Payload::Multipart(parts) => parts,
        Payload::Json(_) => &[],
    };
    let body = match kind {
        JobKind::ChatCompletions => chat(&ids, model, req),
        JobKind::Completions => completions(&ids, model, req),
        JobKind::Responses => responses(&ids, model, req),
        JobKind::Embeddings => embeddings(model, req)?,
        JobKind::Rerank => rerank(&ids, model, req)?,
        JobKind::AudioSpeech => return Ok((200, speech(req))),
        JobKind::AudioTranscriptions => transcription(parts),
        JobKind::ImagesGenerations => images(&ids, count(req.get("n"))),
        JobKind::ImagesEdits | JobKind::ImagesVariations => {
            let n = parts
                .iter()
                .find(|p| p.name == "n")
                .and_then(|p| std::str::from_utf8(&p.data).ok())
                .and_then(|t| t.trim().parse::<u64>().ok())
                .map(Value::from);
            images(&ids, count(n.as_ref()))
        }
    };
    serde_json::to_vec(&body)
        .map(|b| (200, Bytes::from(b)))
        .map_err(|e| (500, format!("echo could not encode its answer: {e}")))
}

/// `n`, from 1 to 10, default 1.
fn count(n: Option<&Value>) -> u64 {
    n.and_then(Value::as_u64).unwrap_or(1).clamp(1, 10)
}

/// The text of a message `content`: a string, or the `text` of its text parts.
fn content_text(content: Option<&Value>) -> String {
    match content {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// The last item of `messages` with role `user`.
fn last_user_text(messages: Option<&Value>) -> String {
    messages
        .and_then(Value::as_array)
        .and_then(|m| {
            m.iter()
                .rev()
                .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
        })
        .map(|m| content_text(m.get("content")))
        .unwrap_or_default()
}

fn chat(ids: &Ids, model: &str, req: &Map<String, Value>) -> Value {
    let text = last_user_text(req.get("messages"));
    let tokens = words(&text);
    let choices: Vec<Value> = (0..count(req.get("n")))
        .map(|i| {
            json!({
                "index": i,
                "message": {"role": "assistant", "content": text, "refusal": null},
                "logprobs": null,
                "finish_reason": "stop",
            })
        })
        .collect();
    json!({
        "id": ids.id("chatcmpl-echo-"),
        "object": "chat.completion",
        "created": ids.created,
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": tokens, "completion_tokens": tokens, "total_tokens": 2 * tokens},
        "system_fingerprint": "echo",
    })
}

/// The texts of `prompt` or `input`: a string, a list of strings, a token list, or a list of
/// token lists (tokens are written back as numbers separated by spaces).
fn texts(value: Option<&Value>) -> Vec<String> {
    fn tokens(list: &[Value]) -> String {
        list.iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) if items.iter().all(Value::is_number) => vec![tokens(items)],
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => s.clone(),
                Value::Array(list) => tokens(list),
                other => other.to_string(),
            })
            .collect(),
        Some(other) => vec![other.to_string()],
    }
}

fn completions(ids: &Ids, model: &str, req: &Map<String, Value>) -> Value {
    let mut prompts = texts(req.get("prompt"));
    if prompts.is_empty() {
        prompts.push(String::new());
    }
    let tokens: u64 = prompts.iter().map(|p| words(p)).sum();
    let choices: Vec<Value> = prompts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            json!({"text": text, "index": i, "logprobs": null, "finish_reason": "stop"})
        })
        .collect();
    json!({
        "id": ids.id("cmpl-echo-"),
        "object": "text_completion",
        "created": ids.created,
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": tokens, "completion_tokens": tokens, "total_tokens": 2 * tokens},
    })
}

fn responses(ids: &Ids, model: &str, req: &Map<String, Value>) -> Value {
    let text = match req.get("input") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .rev()
            .find(|i| i.get("role").and_then(Value::as_str) == Some("user"))
            .or_else(|| items.last())
            .map(|i| content_text(i.get("content")))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let tokens = words(&text);
    json!({
        "id": ids.id("resp_echo"),
        "object": "response",
        "created_at": ids.created,
        "status": "completed",
        "model": model,
        "output": [{
            "type": "message",
            "id": ids.id("msg_echo"),
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }],
        "usage": {"input_tokens": tokens, "output_tokens": tokens, "total_tokens": 2 * tokens},
    })
}

/// A unit vector derived from the text alone.
pub(crate) fn vector(text: &str, dimensions: usize) -> Vec<f32> {
    let seed = fnv1a(0, text.as_bytes());
    let mut v: Vec<f32> = (0..dimensions as u64)
        .map(|j| {
            let x = splitmix(seed ^ j.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            // 24 random bits to [-1, 1).
            ((x >> 40) as f32 / (1u64 << 23) as f32) - 1.0
        })
        .collect();
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
    v
}

fn embeddings(model: &str, req: &Map<String, Value>) -> Result<Value, (u16, String)> {
    let dimensions = match req.get("dimensions") {
        None | Some(Value::Null) => DEFAULT_DIMENSIONS,
        Some(d) => match d.as_u64() {
            Some(d) if (1..=MAX_DIMENSIONS as u64).contains(&d) => d as usize,
            _ => {
                return Err((
                    400,
                    format!("`dimensions` must be an integer from 1 to {MAX_DIMENSIONS}"),
                ))
            }
        },
    };
    let base64 = req.get("encoding_format").and_then(Value::as_str) == Some("base64");
    let inputs = texts(req.get("input"));
    let tokens: u64 = inputs.iter().map(|t| words(t)).sum();
    let data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let v = vector(text, dimensions);
            let embedding = if base64 {
                let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_le_bytes()).collect();
                Value::from(STANDARD.encode(bytes))
            } else {
                Value::from(v)
            };
            json!({"object": "embedding", "index": i, "embedding": embedding})
        })
        .collect();
    Ok(json!({
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }))
}

/// Documents ordered by the share of the query's words they contain (ties keep their order),
/// scored in `[0, 1]`: a ranking anyone can check by hand.
fn rerank(ids: &Ids, model: &str, req: &Map<String, Value>) -> Result<Value, (u16, String)> {
    let lower = |t: &str| t.to_lowercase();
    let query = lower(req.get("query").and_then(Value::as_str).unwrap_or_default());
    let query_words: Vec<&str> = query.split_whitespace().collect();
    let Some(documents) = req.get("documents").and_then(Value::as_array) else {
        return Err((400, "`documents` must be a list of documents".into()));
    };
    let mut scored: Vec<(usize, f64, &Value)> = documents
        .iter()
        .enumerate()
        .map(|(i, document)| {
            let text = lower(
                document
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            );
            let words: Vec<&str> = text.split_whitespace().collect();
            let hits = query_words.iter().filter(|w| words.contains(w)).count();
            let score = if query_words.is_empty() {
                0.0
            } else {
                hits as f64 / query_words.len() as f64
            };
            (i, score, document)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top_n = req
        .get("top_n")
        .and_then(Value::as_u64)
        .map_or(scored.len(), |n| n as usize);
    let with_documents = req.get("return_documents").and_then(Value::as_bool) == Some(true);
    let results: Vec<Value> = scored
        .into_iter()
        .take(top_n)
        .map(|(index, score, document)| {
            let mut result = json!({"index": index, "relevance_score": score});
            if with_documents {
                result["document"] = document.clone();
            }
            result
        })
        .collect();
    let tokens = words(&query)
        + documents
            .iter()
            .filter_map(|d| d.get("text").and_then(Value::as_str))
            .map(words)
            .sum::<u64>();
    Ok(json!({
        "id": ids.id("rerank-"),
        "model": model,
        "results": results,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }))
}

/// One period of the tone, 16-bit.
fn period() -> &'static [i16; PERIOD] {
    static TABLE: OnceLock<[i16; PERIOD]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0i16; PERIOD];
        for (i, s) in t.iter_mut().enumerate() {
            let phase = i as f64 / PERIOD as f64 * std::f64::consts::TAU;
            *s = (phase.sin() * 8_000.0).round() as i16;
        }
        t
    })
}

/// A mono 16-bit PCM WAV tone, 10 ms per character of `chars`, from 100 ms to 2 s.
pub(crate) fn wav(chars: usize) -> Vec<u8> {
    let ms = chars.saturating_mul(MS_PER_CHAR).clamp(MIN_MS, MAX_MS);
    let samples = SAMPLE_RATE as usize * ms / 1000;
    let data_len = (samples * 2) as u32;
    let mut out = Vec::with_capacity(44 + samples * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    out.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // byte rate
    out.extend_from_slice(&2u16.to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    let table = period();
    for i in 0..samples {
        out.extend_from_slice(&table[i % PERIOD].to_le_bytes());
    }
    out
}

/// The speech result as the job keeps it (`ResultFormat::Audio`).
fn speech(req: &Map<String, Value>) -> Bytes {
    let chars = req
        .get("input")
        .and_then(Value::as_str)
        .map_or(0, |s| s.chars().count());
    let audio = STANDARD.encode(wav(chars));
    let mut out = Vec::with_capacity(audio.len() + 48);
    out.extend_from_slice(b"{\"audio\":\"");
    out.extend_from_slice(audio.as_bytes());
    out.extend_from_slice(b"\",\"content_type\":\"audio/wav\"}");
    Bytes::from(out)
}

fn transcription(parts: &[Part]) -> Value {
    let file = parts
        .iter()
        .find(|p| p.name == "file")
        .or_else(|| parts.iter().find(|p| p.file_name.is_some()));
    let text = match file {
        Some(p) => format!(
            "echo transcription of {} ({} bytes)",
            p.file_name.as_deref().unwrap_or("an unnamed file"),
            p.data.len()
        ),
        None => "echo transcription of no file".to_owned(),
    };
    json!({"text": text})
}

fn images(ids: &Ids, n: u64) -> Value {
    let data: Vec<Value> = (0..n)
        .map(|_| json!({"b64_json": TINY_PNG_BASE64}))
        .collect();
    json!({"created": ids.created, "data": data})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_header_is_valid() {
        let w = wav(30);
        assert_eq!(&w[0..4], b"RIFF");
        assert_eq!(&w[8..16], b"WAVEfmt ");
        assert_eq!(
            u32::from_le_bytes([w[4], w[5], w[6], w[7]]) as usize,
            w.len() - 8
        );
        assert_eq!(w.len(), 44 + 2 * 8_000 * 300 / 1000);
        assert_eq!(wav(0).len(), 44 + 2 * 800);
        assert_eq!(wav(1_000_000).len(), 44 + 2 * 16_000);
    }

    #[test]
    fn vectors_are_unit_and_deterministic() {
        let a = vector("hello", 16);
        assert_eq!(a, vector("hello", 16));
        assert_ne!(a, vector("hellp", 16));
        let norm: f32 = a.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4);
    }

    #[test]
    fn rerank_orders_by_shared_words_and_keeps_top_n() {
        let req = json!({
            "query": "red apple",
            "documents": [{"text": "a green pear"}, {"text": "Red apple pie"}, {"text": "red car"}],
            "top_n": 2,
            "return_documents": true,
        });
        let Value::Object(req) = req else {
            unreachable!()
        };
        let answer = rerank(&Ids::new("job"), "m", &req).unwrap();
        let results = answer["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(
            (
                results[0]["index"].as_u64(),
                results[0]["relevance_score"].as_f64()
            ),
            (Some(1), Some(1.0))
        );
        assert_eq!(
            (
                results[1]["index"].as_u64(),
                results[1]["relevance_score"].as_f64()
            ),
            (Some(2), Some(0.5))
        );
        assert_eq!(results[0]["document"]["text"], "Red apple pie");
        assert_eq!(answer, rerank(&Ids::new("job"), "m", &req).unwrap());
    }

    #[test]
    fn png_is_a_png() {
        let png = STANDARD.decode(TINY_PNG_BASE64).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
    }
}
