//! Which operations are async jobs, decided once, from their shape, for every emitter.
//!
//! A **submit** is a `POST` whose `202` body is a named object with a required string `id` (the
//! job). Its **poll** is the `GET` at the submit's path plus `/{param}` whose `200` body is the
//! same job type. A **cancel** is a `POST` at the poll's path plus `/cancel` answering `200`
//! with the job. The job's **kind** is named by the submit path with its version and `async`
//! segments left out (`/v1/async/chat/completions` -> `ChatCompletions`), which is how the
//! runtime's `JobKind` names it.
//!
//! Header parameters of job operations are read by the runtime, each by its own extractor; a
//! header the runtime does not know makes the operation's contract unimplementable, which the
//! server emitter reports.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;

use super::{Field, NamedType, Operation, ParamLocation, Status, TypeDef, TypeRef};

/// What an operation does in the job runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobRole {
    Submit {
        kind: String,
        /// The job document's type name.
        job: String,
        /// The `operationId` of the operation that polls the jobs this one creates.
        poll: String,
    },
    Poll {
        kind: String,
        job: String,
        /// The path parameter holding the job id.
        id_param: String,
    },
    Cancel {
        kind: String,
        job: String,
        id_param: String,
    },
    /// Every job of the caller, a page at a time, of any kind.
    List {
        /// The page document's type name.
        page: String,
        job: String,
    },
}

impl JobRole {
    /// The job kind, for the roles that have one.
    pub fn kind(&self) -> Option<&str> {
        match self {
            JobRole::Submit { kind, .. }
            | JobRole::Poll { kind, .. }
            | JobRole::Cancel { kind, .. } => Some(kind),
            JobRole::List { .. } => None,
        }
    }

    pub fn job(&self) -> &str {
        match self {
            JobRole::Submit { job, .. }
            | JobRole::Poll { job, .. }
            | JobRole::Cancel { job, .. }
            | JobRole::List { job, .. } => job,
        }
    }
}

/// A header a job operation may take, each read by the runtime in its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum JobHeader {
    /// `x-bf-async-job-result-ttl`: how long the result is kept.
    ResultTtl,
    /// `Idempotency-Key`: a retried submit returns the first job.
    IdempotencyKey,
    /// `Prefer: wait=N`: hold the answer until the job is final.
    Prefer,
    /// `x-bf-async-webhook`: the configured endpoint told of the outcome.
    Webhook,
}

impl JobHeader {
    pub fn of(name: &str) -> Option<JobHeader> {
        match name.to_ascii_lowercase().as_str() {
            "x-bf-async-job-result-ttl" => Some(JobHeader::ResultTtl),
            "idempotency-key" => Some(JobHeader::IdempotencyKey),
            "prefer" => Some(JobHeader::Prefer),
            "x-bf-async-webhook" => Some(JobHeader::Webhook),
            _ => None,
        }
    }
}

/// Sets [`Operation::job`] on every operation that is part of an async job.
pub(super) fn classify(operations: &mut [Operation], types: &BTreeMap<String, NamedType>) {
    let mut roles: Vec<(usize, JobRole)> = Vec::new();
    for (s, submit) in operations.iter().enumerate() {
        if submit.method != "post" || submit.path.contains('{') {
            continue;
        }
        let Some(job) = named_body(submit, 202).filter(|job| has_job_id(types, job)) else {
            continue;
        };
        let Some((p, poll, id_param)) = operations.iter().enumerate().find_map(|(p, poll)| {
            let param = child_param(&submit.path, &poll.path)?;
            let fits = poll.method == "get"
                && named_body(poll, 200) == Some(job)
                && takes_only(poll, param);
            fits.then(|| (p, poll, param.to_owned()))
        }) else {
            continue;
        };
        let kind = kind_of(&submit.path);
        roles.push((
            s,
            JobRole::Submit {
                kind: kind.clone(),
                job: job.to_owned(),
                poll: poll.id.clone(),
            },
        ));
        let cancel_path = format!("{}/cancel", poll.path);
        if let Some(c) = operations.iter().position(|op| {
            op.method == "post"
                && op.path == cancel_path
                && named_body(op, 200) == Some(job)
                && takes_only(op, &id_param)
        }) {
            roles.push((
                c,
                JobRole::Cancel {
                    kind: kind.clone(),
                    job: job.to_owned(),
                    id_param: id_param.clone(),
                },
            ));
        }
        roles.push((
            p,
            JobRole::Poll {
                kind,
                job: job.to_owned(),
                id_param,
            },
        ));
    }
    let jobs: Vec<String> = roles.iter().map(|(_, r)| r.job().to_owned()).collect();
    for (l, op) in operations.iter().enumerate() {
        let Some(page) = named_body(op, 200) else {
            continue;
        };
        let Some(job) = list_item(types, page).filter(|job| jobs.iter().any(|j| j == job)) else {
            continue;
        };
        let reads_list = op.method == "get"
            && !op.path.contains('{')
            && op.parameters.iter().all(|p| !p.required);
        if reads_list {
            roles.push((
                l,
                JobRole::List {
                    page: page.to_owned(),
                    job: job.to_owned(),
                },
            ));
        }
    }
    for (i, role) in roles {
        operations[i].job = Some(role);
    }
}

/// The job type a page document lists: an object with `data`, an array of a named type, and a
/// boolean `has_more` (OpenAI's list shape).
fn list_item<'a>(types: &'a BTreeMap<String, NamedType>, page: &str) -> Option<&'a str> {
    let TypeDef::Struct(s) = &types.get(page)?.def else {
        return None;
    };
    let has_more = s
        .fields
        .iter()
        .any(|f| f.json_name == "has_more" && f.ty == TypeRef::Bool);
    let data = s.fields.iter().find(|f| f.json_name == "data")?;
    match (&data.ty, has_more) {
        (TypeRef::Array(item), true) => match &**item {
            TypeRef::Named(job) => Some(job),
            _ => None,
        },
        _ => None,
    }
}

/// A query parameter of the list operation, each read by the runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ListParam {
    Limit,
    After,
    Status,
    Kind,
}

impl ListParam {
    pub fn of(name: &str) -> Option<ListParam> {
        match name {
            "limit" => Some(ListParam::Limit),
            "after" => Some(ListParam::After),
            "status" => Some(ListParam::Status),
            "kind" => Some(ListParam::Kind),
            _ => None,
        }
    }
}

/// `/v1/async/chat/completions` -> `ChatCompletions`: the path's words, without a leading
/// version segment (`v1`) or `async`.
fn kind_of(path: &str) -> String {
    let is_version = |s: &str| {
        s.strip_prefix('v')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    path.split('/')
        .filter(|s| !s.is_empty())
        .skip_while(|s| is_version(s) || *s == "async")
        .map(|s| s.to_upper_camel_case())
        .collect()
}

/// `parent/{param}` -> `param`.
fn child_param<'a>(parent: &str, child: &'a str) -> Option<&'a str> {
    child
        .strip_prefix(parent.trim_end_matches('/'))?
        .strip_prefix("/{")?
        .strip_suffix('}')
        .filter(|p| !p.contains(['/', '{']))
}

/// The operation's only required parameter is the job id in its path.
fn takes_only(op: &Operation, id_param: &str) -> bool {
    op.parameters.iter().all(|p| {
        (p.location == ParamLocation::Path && p.name == id_param && p.ty == TypeRef::String)
            || (p.location != ParamLocation::Path && !p.required)
    })
}

/// The body type a response of `op` with `code` carries, when it is a named type.
pub fn named_body(op: &Operation, code: u16) -> Option<&str> {
    op.responses
        .iter()
        .find(|r| r.status == Status::Code(code))
        .and_then(|r| match &r.body {
            Some((_, TypeRef::Named(n))) => Some(n.as_str()),
            _ => None,
        })
}

fn has_job_id(types: &BTreeMap<String, NamedType>, job: &str) -> bool {
    job_id_field(types, job).is_some()
}

/// The job document's required string `id`.
pub fn job_id_field<'a>(types: &'a BTreeMap<String, NamedType>, job: &str) -> Option<&'a Field> {
    let TypeDef::Struct(s) = &types.get(job)?.def else {
        return None;
    };
    s.fields
        .iter()
        .find(|f| f.json_name == "id" && f.ty == TypeRef::String && f.required && !f.nullable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_leave_out_version_and_async() {
        assert_eq!(kind_of("/v1/async/chat/completions"), "ChatCompletions");
        assert_eq!(kind_of("/v1/async/audio/speech"), "AudioSpeech");
        assert_eq!(kind_of("/jobs/render"), "JobsRender");
        assert_eq!(kind_of("/v2/async-things"), "AsyncThings");
    }

    #[test]
    fn a_poll_path_is_one_parameter_below_its_submit() {
        assert_eq!(child_param("/v1/a", "/v1/a/{id}"), Some("id"));
        assert_eq!(child_param("/v1/a/", "/v1/a/{id}"), Some("id"));
        assert_eq!(child_param("/v1/a", "/v1/a/{id}/cancel"), None);
        assert_eq!(child_param("/v1/a", "/v1/ab/{id}"), None);
    }

    #[test]
    fn job_headers_are_known_by_name_in_any_case() {
        assert_eq!(
            JobHeader::of("Idempotency-Key"),
            Some(JobHeader::IdempotencyKey)
        );
        assert_eq!(
            JobHeader::of("x-bf-async-job-result-ttl"),
            Some(JobHeader::ResultTtl)
        );
        assert_eq!(JobHeader::of("x-other"), None);
    }
}
