//! Extractors for the rest of a job's life: waiting for the outcome (`Prefer: wait=N`), an
//! idempotent submit (`Idempotency-Key`), the webhook a submit names (`x-bf-async-webhook`),
//! and a page of the caller's jobs (the list query).

use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::{ApiError, Service};
use crate::auth::Principal;
use crate::kind::JobKind;
use crate::service::{JobService, JobView, ListQuery, IDEMPOTENCY_KEY_HEADER};
use crate::webhooks::{is_valid_name, MAX_NAME_BYTES, WEBHOOK_HEADER};

/// The `Prefer` preference a caller sets to hold the answer until the job is final.
const PREFER: &str = "prefer";

/// The answer header naming the wait actually applied (RFC 7240).
pub const PREFERENCE_APPLIED: HeaderName = HeaderName::from_static("preference-applied");

/// How long the caller asked to wait for the job to become final: `Prefer: wait=N` in seconds.
/// Other preferences, and a `wait` that is not a whole number, are ignored as RFC 7240 asks, so
/// this never refuses a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PreferWait(pub Option<Duration>);

impl PreferWait {
    /// Reads `wait=N` out of every `Prefer` header; the last one wins, as for repeated
    /// preferences.
    pub fn from_headers(headers: &axum::http::HeaderMap) -> Self {
        let mut wait = None;
        for value in headers.get_all(PREFER) {
            let Ok(text) = value.to_str() else { continue };
            for preference in text.split(',') {
                let Some((name, value)) = preference.split_once('=') else {
                    continue;
                };
                if name.trim().eq_ignore_ascii_case("wait") {
                    if let Ok(seconds) = value.trim().trim_matches('"').parse::<u64>() {
                        wait = Some(Duration::from_secs(seconds));
                    }
                }
            }
        }
        PreferWait(wait)
    }

    /// Waits for the submitted `job` as preferred; the job as it is then.
    pub async fn settle(
        self,
        service: &JobService,
        kind: JobKind,
        principal: &Principal,
        job: JobView,
    ) -> Result<Preferred<JobView>, ApiError> {
        let Some(requested) = self.0 else {
            return Ok(Preferred::unapplied(job));
        };
        if job.status.is_terminal() {
            return Ok(Preferred::applied(job, Duration::ZERO));
        }
        let waited = service
            .wait(kind, principal, job.id.as_str(), requested)
            .await?;
        Ok(Preferred::applied(
            waited.job.unwrap_or(job),
            waited.applied,
        ))
    }

    /// Reads the job, waiting first as preferred; `None` answers `404`.
    pub async fn poll(
        self,
        service: &JobService,
        kind: JobKind,
        principal: &Principal,
        id: &str,
    ) -> Result<Preferred<Option<JobView>>, ApiError> {
        match self.0 {
            None => Ok(Preferred::unapplied(
                service.poll(kind, principal, id).await?,
            )),
            Some(requested) => {
                let waited = service.wait(kind, principal, id, requested).await?;
                Ok(Preferred::applied(waited.job, waited.applied))
            }
        }
    }
}

impl FromRequestParts<Service> for PreferWait {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _service: &Service,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self::from_headers(&parts.headers))
    }
}

/// An answer, and the wait applied before it when the caller asked for one: the response then
/// carries `Preference-Applied: wait=N`, N being what the gateway actually waited at most.
#[derive(Debug, Clone, PartialEq)]
pub struct Preferred<T> {
    pub answer: T,
    pub applied: Option<Duration>,
}

impl<T> Preferred<T> {
    pub fn unapplied(answer: T) -> Self {
        Preferred {
            answer,
            applied: None,
        }
    }

    pub fn applied(answer: T, applied: Duration) -> Self {
        Preferred {
            answer,
            applied: Some(applied),
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Preferred<U> {
        Preferred {
            answer: f(self.answer),
            applied: self.applied,
        }
    }
}

impl<T: IntoResponse> IntoResponse for Preferred<T> {
    fn into_response(self) -> Response {
        let mut response = self.answer.into_response();
        if let Some(applied) = self.applied {
            let value = format!("wait={}", applied.as_secs());
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(PREFERENCE_APPLIED, value);
            }
        }
        response
    }
}

/// The `Idempotency-Key` of a submit, as sent; the service checks its length and what it was
/// used for before. A value that is not visible text is `400` naming the header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IdempotencyKey(pub Option<String>);

impl FromRequestParts<Service> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _service: &Service) -> Result<Self, ApiError> {
        let Some(value) = parts.headers.get(IDEMPOTENCY_KEY_HEADER) else {
            return Ok(IdempotencyKey(None));
        };
        let key = value.to_str().map_err(|_| {
            ApiError::bad_request(
                format!("the {IDEMPOTENCY_KEY_HEADER} header must be visible ASCII text"),
                Some(IDEMPOTENCY_KEY_HEADER.to_owned()),
            )
        })?;
        Ok(IdempotencyKey(Some(key.to_owned())))
    }
}

/// The `x-bf-async-webhook` of a submit: the name of a configured endpoint, checked by the
/// service against the configuration. A value that cannot be a name (not 1 to 64 of
/// `A-Z a-z 0-9 . _ -`, or sent twice) is `400` naming the header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WebhookName(pub Option<String>);

impl FromRequestParts<Service> for WebhookName {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _service: &Service) -> Result<Self, ApiError> {
        let mut values = parts.headers.get_all(WEBHOOK_HEADER).iter();
        let Some(value) = values.next() else {
            return Ok(WebhookName(None));
        };
        let bad = |what: &str| {
            ApiError::bad_request(
                format!("the {WEBHOOK_HEADER} header {what}"),
                Some(WEBHOOK_HEADER.to_owned()),
            )
        };
        if values.next().is_some() {
            return Err(bad("must be sent once, naming one endpoint"));
        }
        match value.to_str() {
            Ok(name) if is_valid_name(name) => Ok(WebhookName(Some(name.to_owned()))),
            _ => Err(bad(&format!(
                "must be the name of a configured webhook endpoint: 1 to {MAX_NAME_BYTES} of \
                 A-Z a-z 0-9 . _ -"
            ))),
        }
    }
}

/// The list operation's query: `limit`, `after`, `status` and `kind`, each `400` naming it when
/// it cannot be read; other parameters are ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListJobs(pub ListQuery);

impl FromRequestParts<Service> for ListJobs {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _service: &Service) -> Result<Self, ApiError> {
        Self::from_query(parts.uri.query().unwrap_or_default()).map(ListJobs)
    }
}

impl ListJobs {
    pub fn from_query(query: &str) -> Result<ListQuery, ApiError> {
        let mut list = ListQuery::default();
        let bad = |name: &str, what: &str| {
            ApiError::bad_request(format!("`{name}` {what}"), Some(name.to_owned()))
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value).ok_or_else(|| bad(name, "is not valid text"))?;
            match name {
                "limit" => {
                    list.limit = value
                        .parse()
                        .map_err(|_| bad("limit", "must be a whole number from 1 to 100"))?;
                }
                "after" => list.after = Some(value),
                "status" => {
                    list.status = Some(value.parse().map_err(|_| {
                        bad(
                            "status",
                            "must be pending, processing, completed, failed or cancelled",
                        )
                    })?);
                }
                "kind" => {
                    list.kind =
                        Some(value.parse().map_err(|_| {
                            bad("kind", "must name a job kind, e.g. chat_completions")
                        })?);
                }
                _ => {}
            }
        }
        Ok(list)
    }
}

/// `%XX` escapes and `+` for a space, as forms and URLs write query values.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderMap;

    use super::*;
    use crate::job::JobStatus;

    #[test]
    fn wait_is_read_from_any_prefer_header_and_the_rest_ignored() {
        let mut h = HeaderMap::new();
        assert_eq!(PreferWait::from_headers(&h), PreferWait(None));
        h.append(PREFER, HeaderValue::from_static("respond-async, wait=5"));
        assert_eq!(
            PreferWait::from_headers(&h),
            PreferWait(Some(Duration::from_secs(5)))
        );
        h.append(PREFER, HeaderValue::from_static("Wait = \"7\""));
        assert_eq!(
            PreferWait::from_headers(&h),
            PreferWait(Some(Duration::from_secs(7)))
        );
        let mut odd = HeaderMap::new();
        odd.append(
            PREFER,
            HeaderValue::from_static("wait=soon, handling=lenient"),
        );
        assert_eq!(PreferWait::from_headers(&odd), PreferWait(None));
    }

    #[test]
    fn the_list_query_names_the_parameter_it_cannot_read() {
        let q = ListJobs::from_query("limit=5&after=abc&status=cancelled&kind=rerank&x=1").unwrap();
        assert_eq!(q.limit, 5);
        assert_eq!(q.after.as_deref(), Some("abc"));
        assert_eq!(q.status, Some(JobStatus::Cancelled));
        assert_eq!(q.kind, Some(JobKind::Rerank));
        assert_eq!(ListJobs::from_query("").unwrap(), ListQuery::default());
        for (query, param) in [
            ("limit=ten", "limit"),
            ("status=done", "status"),
            ("kind=chat", "kind"),
            ("after=%zz", "after"),
        ] {
            let e = ListJobs::from_query(query).unwrap_err();
            assert_eq!(e.param.as_deref(), Some(param), "{query}");
            assert_eq!(e.status.as_u16(), 400);
        }
    }

    #[test]
    fn the_applied_wait_is_named_on_the_answer() {
        let answer = Preferred::applied("done", Duration::from_secs(3)).into_response();
        assert_eq!(answer.headers()[PREFERENCE_APPLIED], "wait=3");
        let plain = Preferred::unapplied("done").into_response();
        assert!(plain.headers().get(PREFERENCE_APPLIED).is_none());
    }
}
