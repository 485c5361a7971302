//! Jobs as the runtime keeps them.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};

use crate::kind::JobKind;

/// A job's identifier: a UUID whose 74 random bits make ids impossible to guess from one
/// another.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(String);

impl JobId {
    /// A new id: a version 7 UUID, which starts with the time in milliseconds. Ids made later
    /// sort later, so the store's id index grows at its end: each batch of inserts touches a
    /// few pages instead of one page per job, which with random (version 4) ids made every
    /// commit write several times the data it stored. The time it shows is the job's
    /// `created_at`, which its owner sees anyway.
    pub fn new_random() -> Self {
        JobId(uuid::Uuid::now_v7().to_string())
    }

    /// Accepts only the canonical UUID text, so a lookup never reaches the store with garbage.
    pub fn parse(s: &str) -> Option<Self> {
        let uuid = uuid::Uuid::try_parse(s).ok()?;
        let canonical = uuid.hyphenated().to_string();
        (canonical == s).then_some(JobId(canonical))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobStatus {
    Pending,
    Processing,
    Completed,
    Failed,
    /// Stopped by its owner before it ended: a final state, with no result and no error.
    Cancelled,
}

impl JobStatus {
    pub const ALL: [JobStatus; 5] = [
        JobStatus::Pending,
        JobStatus::Processing,
        JobStatus::Completed,
        JobStatus::Failed,
        JobStatus::Cancelled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Processing => "processing",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub const fn is_terminal(self) -> bool {
        matches!(
            self,
            JobStatus::Completed | JobStatus::Failed | JobStatus::Cancelled
        )
    }
}

impl fmt::Display for JobStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown job status `{0}`")]
pub struct UnknownStatus(pub String);

impl FromStr for JobStatus {
    type Err = UnknownStatus;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JobStatus::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

/// One part of a multipart request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub data: Bytes,
}

/// A request body as the client sent it, kept until the job has run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// The JSON bytes exactly as received.
    Json(Bytes),
    /// The parts in the order received.
    Multipart(Vec<Part>),
}

#[derive(Debug, thiserror::Error)]
#[error("stored payload is corrupt: {0}")]
pub struct CorruptPayload(&'static str);

const TAG_JSON: u8 = b'J';
const TAG_MULTIPART: u8 = b'M';
const ABSENT: u32 = u32::MAX;

impl Payload {
    /// A compact binary form for storage: a tag byte, then for multipart each part's fields as
    /// length-prefixed bytes (absent optional fields have length `u32::MAX`).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len());
        self.encode_chunks(|chunk| out.extend_from_slice(chunk));
        out
    }

    /// The length of [`Payload::encode`]'s answer, without making it.
    pub fn encoded_len(&self) -> usize {
        match self {
            Payload::Json(bytes) => 1 + bytes.len(),
            Payload::Multipart(parts) => {
                1 + parts
                    .iter()
                    .map(|p| {
                        16 + p.name.len()
                            + field_len(&p.data)
                            + p.file_name.as_ref().map_or(0, |f| field_len(f.as_bytes()))
                            + p.content_type
                                .as_ref()
                                .map_or(0, |c| field_len(c.as_bytes()))
                    })
                    .sum::<usize>()
            }
        }
    }

    /// Feeds the encoded form to `sink` piece by piece, in order, so a store's buffer or a hash
    /// takes the bytes straight from the request instead of from one more whole copy of them
    /// (an upload can be tens of megabytes).
    pub fn encode_chunks(&self, mut sink: impl FnMut(&[u8])) {
        match self {
            Payload::Json(bytes) => {
                sink(&[TAG_JSON]);
                sink(bytes);
            }
            Payload::Multipart(parts) => {
                sink(&[TAG_MULTIPART]);
                for part in parts {
                    put(&mut sink, Some(part.name.as_bytes()));
                    put(&mut sink, part.file_name.as_deref().map(str::as_bytes));
                    put(&mut sink, part.content_type.as_deref().map(str::as_bytes));
                    put(&mut sink, Some(&part.data));
                }
            }
        }
    }

    /// The payload [`Payload::encode`] wrote. Its byte strings are slices of `bytes`, not
    /// copies: a stored upload is held once.
    pub fn decode(bytes: Bytes) -> Result<Payload, CorruptPayload> {
        let (&tag, _) = bytes.split_first().ok_or(CorruptPayload("empty"))?;
        match tag {
            TAG_JSON => Ok(Payload::Json(bytes.slice(1..))),
            TAG_MULTIPART => {
                let mut parts = Vec::new();
                let mut at = 1;
                while at < bytes.len() {
                    let name =
                        take(&bytes, &mut at)?.ok_or(CorruptPayload("part without a name"))?;
                    let file_name = take(&bytes, &mut at)?;
                    let content_type = take(&bytes, &mut at)?;
                    let data = take(&bytes, &mut at)?.ok_or(CorruptPayload("part without data"))?;
                    parts.push(Part {
                        name: text(&bytes[name])?,
                        file_name: file_name.map(|r| text(&bytes[r])).transpose()?,
                        content_type: content_type.map(|r| text(&bytes[r])).transpose()?,
                        data: bytes.slice(data),
                    });
                }
                Ok(Payload::Multipart(parts))
            }
            _ => Err(CorruptPayload("unknown tag")),
        }
    }

    /// Size of the body in bytes, for limits and metrics.
    pub fn len(&self) -> usize {
        match self {
            Payload::Json(b) => b.len(),
            Payload::Multipart(parts) => parts.iter().map(|p| p.data.len()).sum(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// How much of a field [`put`] keeps: a field cannot be longer than a `u32` says.
fn field_len(bytes: &[u8]) -> usize {
    bytes.len().min(ABSENT as usize - 1)
}

fn put(sink: &mut impl FnMut(&[u8]), field: Option<&[u8]>) {
    match field {
        Some(bytes) => {
            let len = field_len(bytes);
            sink(&(len as u32).to_le_bytes());
            sink(&bytes[..len]);
        }
        None => sink(&ABSENT.to_le_bytes()),
    }
}

/// The range of the field that starts at `*at` (`None` when absent), moving `*at` past it.
fn take(bytes: &[u8], at: &mut usize) -> Result<Option<std::ops::Range<usize>>, CorruptPayload> {
    let header = bytes
        .get(*at..*at + 4)
        .ok_or(CorruptPayload("truncated length"))?;
    let len = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
    *at += 4;
    if len == ABSENT {
        return Ok(None);
    }
    let field = *at..*at + len as usize;
    if field.end > bytes.len() {
        return Err(CorruptPayload("truncated field"));
    }
    *at = field.end;
    Ok(Some(field))
}

fn text(bytes: &[u8]) -> Result<String, CorruptPayload> {
    String::from_utf8(bytes.to_vec()).map_err(|_| CorruptPayload("field is not UTF-8"))
}

/// An `Idempotency-Key` as stored with a job: a second submit by the same principal with the
/// same key gets the first job back, provided its request is the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyKey {
    pub key: String,
    /// The hash of the request (see [`request_hash`]), to tell a replay from a different
    /// request that reuses the key.
    pub request_hash: String,
    /// A job holding this key that was created before this instant no longer holds it: the
    /// key is taken over by the new job.
    pub not_before: DateTime<Utc>,
}

/// The SHA-256 (hex) of a request: its kind and its stored payload bytes, which cover every
/// part of a multipart body with its name, file name and content type, and the webhook
/// endpoint it names (a request without one hashes as it did before webhooks existed).
pub fn request_hash(kind: JobKind, payload: &Payload, webhook: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(kind.as_str().as_bytes());
    hash.update([0u8]);
    payload.encode_chunks(|chunk| hash.update(chunk));
    if let Some(name) = webhook {
        hash.update([0u8]);
        hash.update(name.as_bytes());
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What the gateway accepted: everything needed to run the job later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub id: JobId,
    pub kind: JobKind,
    /// The principal that submitted it; only that principal can see it.
    pub principal: String,
    /// The provider named by the request's `model` (`provider/model`), for per-provider limits.
    pub provider: String,
    pub payload: Payload,
    /// How long the result is kept after completion.
    pub ttl: Duration,
    pub created_at: DateTime<Utc>,
    /// The submit's `Idempotency-Key`, when it had one.
    pub idempotency: Option<IdempotencyKey>,
    /// The configured webhook endpoint told of the outcome, when the submit named one.
    pub webhook: Option<String>,
}

/// A job as polling sees it (no payload).
#[derive(Debug, Clone, PartialEq)]
pub struct JobRecord {
    pub id: JobId,
    pub kind: JobKind,
    pub principal: String,
    pub provider: String,
    pub status: JobStatus,
    pub ttl: Duration,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    /// How many times a worker has claimed it.
    pub attempts: u32,
    /// While pending after a retryable failure: not claimed before this instant.
    pub run_after: Option<DateTime<Utc>>,
    /// The final outcome, once completed or failed (a cancelled job has none). Left out by
    /// listings, which never read result bodies.
    pub outcome: Option<Outcome>,
    /// The job's webhook delivery, when its submit named an endpoint. Left out by listings.
    pub webhook: Option<crate::store::WebhookState>,
}

/// A job handed to a worker, with the lease that proves the worker still owns it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedJob {
    pub id: JobId,
    pub kind: JobKind,
    pub principal: String,
    pub provider: String,
    pub payload: Payload,
    pub ttl: Duration,
    pub attempts: u32,
    /// Changes with every claim: a worker whose lease lapsed and was reclaimed by another holds
    /// an old token, and its late writes are refused.
    pub lease_token: String,
}

/// How a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The upstream's status code and result body (JSON).
    Completed { status_code: u16, result: Bytes },
    /// The status code to report and an error body in the `BifrostError` shape (JSON).
    Failed { status_code: u16, error: Bytes },
}

impl Outcome {
    pub fn status(&self) -> JobStatus {
        match self {
            Outcome::Completed { .. } => JobStatus::Completed,
            Outcome::Failed { .. } => JobStatus::Failed,
        }
    }

    pub fn status_code(&self) -> u16 {
        match self {
            Outcome::Completed { status_code, .. } | Outcome::Failed { status_code, .. } => {
                *status_code
            }
        }
    }

    /// The result or the error body, whichever it has.
    pub fn body(&self) -> &Bytes {
        match self {
            Outcome::Completed { result, .. } => result,
            Outcome::Failed { error, .. } => error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_survive_encoding() {
        let cases = [
            Payload::Json(Bytes::from_static(br#"{"model":"echo/x"}"#)),
            Payload::Multipart(vec![
                Part {
                    name: "model".into(),
                    file_name: None,
                    content_type: None,
                    data: Bytes::from_static(b"echo/whisper"),
                },
                Part {
                    name: "file".into(),
                    file_name: Some("a.wav".into()),
                    content_type: Some("audio/wav".into()),
                    data: Bytes::from(vec![0u8, 1, 2, 255]),
                },
                Part {
                    name: "empty".into(),
                    file_name: Some(String::new()),
                    content_type: None,
                    data: Bytes::new(),
                },
            ]),
            Payload::Multipart(Vec::new()),
        ];
        for payload in cases {
            let encoded = payload.encode();
            assert_eq!(encoded.len(), payload.encoded_len(), "{payload:?}");
            assert_eq!(Payload::decode(Bytes::from(encoded)).unwrap(), payload);
        }
    }

    #[test]
    fn corrupt_payloads_are_errors() {
        let decode = |bytes: &'static [u8]| Payload::decode(Bytes::from_static(bytes));
        assert!(decode(b"").is_err());
        assert!(decode(b"X{}").is_err());
        assert!(decode(&[TAG_MULTIPART, 5, 0, 0, 0, b'a']).is_err());
        assert!(decode(&[TAG_MULTIPART, 255, 255, 255, 255]).is_err());
        assert!(decode(&[TAG_MULTIPART, 1, 0, 0]).is_err());
    }

    #[test]
    fn job_ids_are_canonical_uuids() {
        let id = JobId::new_random();
        assert_eq!(JobId::parse(id.as_str()), Some(id.clone()));
        assert_eq!(JobId::parse(&id.as_str().to_uppercase()), None);
        assert_eq!(JobId::parse("not-an-id"), None);
        assert_eq!(JobId::parse("'; drop table jobs; --"), None);
    }
}
