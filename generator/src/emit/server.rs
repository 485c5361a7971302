//! `server.rs`: the axum router, one handler and one typed response per operation.
//!
//! The strict-server pattern: each operation answers with an enum that has one variant per
//! documented status, so the compiler checks that every answer the handler gives is documented.
//! What is the same for every operation (credentials, the TTL header, bodies within limits and
//! validated, refusals as `BifrostError`) is a runtime extractor, so each handler is the one call
//! into the runtime that its job role ([`JobRole`], decided in the IR) makes.
//!
//! Job operations must document the statuses the runtime can answer for their role, or
//! generation stops with an error saying which is missing.

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::types::type_tokens;
use super::{EmitError, Piece};
use crate::ir::{
    status_variant, BodyKind, Field, JobHeader, JobRole, ListParam, Model, Operation,
    ParamLocation, SecurityScheme, Status, TypeDef, TypeRef,
};

/// Statuses the runtime may answer for each role.
fn required_statuses(role: &JobRole, op: &Operation) -> Vec<u16> {
    let mut codes = match role {
        JobRole::Submit { .. } => vec![202, 400, 401, 413, 500],
        JobRole::Poll { .. } => vec![200, 202, 401, 404, 500],
        JobRole::Cancel { .. } => vec![200, 401, 404, 409, 500],
        JobRole::List { .. } => vec![200, 400, 401, 500],
    };
    for header in job_headers(op).unwrap_or_default() {
        match header {
            JobHeader::Prefer => codes.push(200),
            JobHeader::IdempotencyKey => codes.extend([400, 422]),
            JobHeader::ResultTtl | JobHeader::Webhook => codes.push(400),
        }
    }
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// `server.rs`, and the pieces of `server/api.rs` when some operations are not async jobs.
pub(crate) fn emit(model: &Model) -> Result<(TokenStream, Option<Vec<Piece>>), EmitError> {
    let mut security: BTreeMap<String, TokenStream> = BTreeMap::new();
    let mut submit_routes = Vec::new();
    let mut other_routes = Vec::new();
    let mut items = Vec::new();
    let mut others = Vec::new();
    for op in &model.operations {
        let Some(role) = &op.job else {
            others.push(op);
            continue;
        };
        for code in required_statuses(role, op) {
            if !op.responses.iter().any(|r| r.status == Status::Code(code)) {
                return Err(EmitError::Contract(format!(
                    "operation `{}` ({} {}) must document status {code}, which the gateway answers",
                    op.id, op.method, op.path
                )));
            }
        }
        let security = security_type(model, op, &mut security)?;
        let handler = format_ident!("{}", op.id.to_snake_case());
        let method = format_ident!("{}", op.method);
        let path = &op.path;
        let route = quote!(.route(#path, ::axum::routing::#method(#handler)));
        match role {
            JobRole::Submit { .. } => submit_routes.push(route),
            _ => other_routes.push(route),
        }
        items.push(response_enum(op)?);
        items.push(match role {
            JobRole::Submit { kind, .. } => submit_handler(model, op, kind, &security)?,
            JobRole::Poll { kind, id_param, .. } => {
                lookup_handler(op, kind, id_param, &security, Lookup::Poll)?
            }
            JobRole::Cancel { kind, id_param, .. } => {
                lookup_handler(op, kind, id_param, &security, Lookup::Cancel)?
            }
            JobRole::List { .. } => list_handler(op, &security)?,
        });
    }
    let request_impls = request_impls(model)?;
    let security = security.values();
    // Rejected submissions are counted from their answers, whichever extractor refused them.
    let count_rejections = (!submit_routes.is_empty()).then(|| {
        quote!(.route_layer(::axum::middleware::from_fn_with_state(service.clone(), http::count_rejected_submissions)))
    });
    // Operations that are not async jobs go through a trait the user implements, in a file of
    // their own (`server/api.rs`) so its support files are spliced in at the top level.
    let api_pieces =
        (!others.is_empty()).then(|| super::api::emit(model, &others, super::api::Deps::Gateway));
    let api = api_pieces.is_some().then(|| {
        quote! {
            /// The operations that are not async jobs: implement [`api::Api`] and merge
            /// [`api::router`] into the gateway's router.
            pub mod api;
        }
    });
    let server = quote! {
        use ::axum::extract::State;
        use ::axum::response::IntoResponse;
        use ::runtime::http;
        use ::runtime::kind::JobKind;

        use crate::types::*;

        /// What every handler shares: the runtime's job service.
        pub type Service = http::Service;

        /// The spec as one document (OpenAPI 3.0 dialect), as served at `/openapi.json`.
        pub const OPENAPI_JSON: &str = include_str!("openapi.json");

        /// Every async-job operation of the spec, at its path.
        pub fn router(service: Service) -> ::axum::Router {
            ::axum::Router::new()
                #( #submit_routes )*
                #count_rejections
                #( #other_routes )*
                .with_state(service)
        }

        #( #security )*

        #request_impls

        #( #items )*

        #api
    };
    Ok((server, api_pieces))
}

/// The marker type of an operation's security alternatives, shared by every operation with the
/// same alternatives.
fn security_type(
    model: &Model,
    op: &Operation,
    types: &mut BTreeMap<String, TokenStream>,
) -> Result<Ident, EmitError> {
    let name = if op.security.is_empty() {
        "NoCredentials".to_owned()
    } else {
        op.security
            .iter()
            .map(|alt| alt.join("_and_").to_upper_camel_case())
            .collect::<Vec<_>>()
            .join("Or")
    };
    let ident = format_ident!("{}", name);
    if types.contains_key(&name) {
        return Ok(ident);
    }
    let mut alternatives = Vec::new();
    for alt in &op.security {
        let mut schemes = Vec::new();
        for scheme in alt {
            let tokens = match model.security_schemes.get(scheme) {
                Some(SecurityScheme::Bearer) => quote!(::runtime::auth::Scheme::Bearer),
                Some(SecurityScheme::Basic) => quote!(::runtime::auth::Scheme::Basic),
                Some(SecurityScheme::ApiKeyHeader(header)) => {
                    quote!(::runtime::auth::Scheme::ApiKeyHeader(#header))
                }
                Some(SecurityScheme::Unsupported(what)) => {
                    return Err(EmitError::Contract(format!(
                        "operation `{}` requires security scheme `{scheme}` ({what}), which the server cannot check",
                        op.id
                    )))
                }
                Some(SecurityScheme::ApiKeyQuery(_) | SecurityScheme::ApiKeyCookie(_)) => {
                    return Err(EmitError::Contract(format!(
                        "operation `{}` requires security scheme `{scheme}`, an API key outside a header, which the gateway's runtime cannot check",
                        op.id
                    )))
                }
                None => {
                    return Err(EmitError::Contract(format!(
                        "operation `{}` names security scheme `{scheme}`, which components.securitySchemes does not define",
                        op.id
                    )))
                }
            };
            schemes.push(tokens);
        }
        alternatives.push(quote!(&[ #( #schemes ),* ]));
    }
    let doc = format!(
        " Credentials accepted by: {}.",
        op.security
            .iter()
            .map(|a| a.join(" and "))
            .collect::<Vec<_>>()
            .join(", or ")
    );
    types.insert(
        name,
        quote! {
            #[doc = #doc]
            #[derive(Debug)]
            pub struct #ident;
            impl http::Security for #ident {
                const ALTERNATIVES: &'static [&'static [::runtime::auth::Scheme]] = &[ #( #alternatives ),* ];
            }
        },
    );
    Ok(ident)
}

fn response_enum_name(op: &Operation) -> Ident {
    format_ident!("{}", crate::ir::response_enum_name(&op.id))
}

/// `StatusCode::ACCEPTED` for 202, and so on; a status without a constant by its number.
fn status_const(code: u16) -> TokenStream {
    let known = match code {
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        204 => "NO_CONTENT",
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        409 => "CONFLICT",
        413 => "PAYLOAD_TOO_LARGE",
        422 => "UNPROCESSABLE_ENTITY",
        429 => "TOO_MANY_REQUESTS",
        500 => "INTERNAL_SERVER_ERROR",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        _ => "",
    };
    if known.is_empty() {
        quote!(::axum::http::StatusCode::from_u16(#code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR))
    } else {
        let ident = format_ident!("{}", known);
        quote!(::axum::http::StatusCode::#ident)
    }
}

/// The answers of a job operation: each JSON body is the runtime's text, typed by the spec's
/// schema, so an answer is written once rather than rebuilt as the generated type.
fn response_enum(op: &Operation) -> Result<TokenStream, EmitError> {
    let name = response_enum_name(op);
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for response in &op.responses {
        let Status::Code(code) = response.status else {
            continue;
        };
        let variant = format_ident!("{}", status_variant(response.status));
        let status = status_const(code);
        let doc = format!(
            " {code}: {}",
            response.description.lines().next().unwrap_or_default()
        );
        match &response.body {
            Some((_, ty)) if *ty != TypeRef::Binary => {
                let ty = type_tokens(ty);
                variants.push(quote! { #[doc = #doc] #variant(http::JsonText<#ty>), });
                arms.push(quote! { Self::#variant(body) => (#status, body).into_response(), });
            }
            _ => {
                variants.push(quote! { #[doc = #doc] #variant, });
                arms.push(quote! { Self::#variant => #status.into_response(), });
            }
        }
    }
    let doc = format!(" The answers of `{}`, one per documented status.", op.id);
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variants )*
        }

        impl IntoResponse for #name {
            fn into_response(self) -> ::axum::response::Response {
                match self {
                    #( #arms )*
                }
            }
        }
    })
}

/// The header parameters of a job operation, each known to the runtime.
fn job_headers(op: &Operation) -> Result<Vec<JobHeader>, EmitError> {
    op.parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
        .map(|p| {
            JobHeader::of(&p.name).ok_or_else(|| {
                EmitError::Contract(format!(
                    "operation `{}` takes header `{}`, which the job runtime does not read",
                    op.id, p.name
                ))
            })
        })
        .collect()
}

/// The summary and description of an operation as doc comments.
fn operation_doc(op: &Operation) -> TokenStream {
    let text = [op.summary.as_deref(), op.description.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n\n");
    doc_attrs(Some(&text))
}

/// The named struct a job body is, or a contract error.
fn body_struct<'a>(
    model: &'a Model,
    op: &'a Operation,
) -> Result<(&'a str, &'a crate::ir::Struct, &'a BodyKind), EmitError> {
    let body = op.body.as_ref().ok_or_else(|| {
        EmitError::Contract(format!("submit operation `{}` has no request body", op.id))
    })?;
    let not_object = || {
        EmitError::Contract(format!(
            "the body of submit operation `{}` is not an object schema",
            op.id
        ))
    };
    let TypeRef::Named(name) = &body.ty else {
        return Err(not_object());
    };
    let Some(named) = model.types.get(name) else {
        return Err(not_object());
    };
    let TypeDef::Struct(s) = &named.def else {
        return Err(not_object());
    };
    Ok((named.name.as_str(), s, &body.kind))
}

fn submit_handler(
    model: &Model,
    op: &Operation,
    kind: &str,
    security: &Ident,
) -> Result<TokenStream, EmitError> {
    let handler = format_ident!("{}", op.id.to_snake_case());
    let response = response_enum_name(op);
    let kind = format_ident!("{}", kind);
    let doc = operation_doc(op);
    let (type_name, _, body_kind) = body_struct(model, op)?;
    let request = format_ident!("{}", type_name);
    let extractor = match body_kind {
        BodyKind::Json => quote!(http::JsonJob<#request>),
        BodyKind::Multipart { .. } => quote!(http::JobForm<#request>),
        BodyKind::Raw => {
            return Err(EmitError::Contract(format!(
                "submit operation `{}` takes a body that is neither JSON nor multipart",
                op.id
            )))
        }
    };
    let headers = job_headers(op)?;
    let (ttl_arg, ttl) = if headers.contains(&JobHeader::ResultTtl) {
        (quote!(http::ResultTtl(ttl): http::ResultTtl,), quote!(ttl))
    } else {
        (TokenStream::new(), quote!(service.default_ttl()))
    };
    let (key_arg, key) = if headers.contains(&JobHeader::IdempotencyKey) {
        (
            quote!(http::IdempotencyKey(idempotency_key): http::IdempotencyKey,),
            quote!(idempotency_key),
        )
    } else {
        (
            TokenStream::new(),
            quote!(idempotency_key: ::std::option::Option::None),
        )
    };
    let (webhook_arg, webhook) = if headers.contains(&JobHeader::Webhook) {
        (
            quote!(http::WebhookName(webhook): http::WebhookName,),
            quote!(webhook),
        )
    } else {
        (
            TokenStream::new(),
            quote!(webhook: ::std::option::Option::None),
        )
    };
    let submit = quote! {
        service.submit_with(
            JobKind::#kind,
            &caller.principal,
            body.into_payload(),
            #ttl,
            ::runtime::service::SubmitOptions { #key, #webhook },
        ).await?
    };
    let (wait_arg, answer, output) = if headers.contains(&JobHeader::Prefer) {
        (
            quote!(wait: http::PreferWait,),
            quote! {
                let job = #submit;
                let settled = wait.settle(&service, JobKind::#kind, &caller.principal, job).await?;
                // Only a caller that asked to wait is answered 200; a repeated submit answers
                // 202 with its first job, final or not.
                let waited = settled.applied.is_some();
                settled.map(|job| {
                    if waited && job.status.is_terminal() {
                        #response::Ok(job.to_json_text())
                    } else {
                        #response::Accepted(job.to_json_text())
                    }
                })
            },
            quote!(http::Preferred<#response>),
        )
    } else {
        (
            TokenStream::new(),
            quote! {
                let job = #submit;
                #response::Accepted(job.to_json_text())
            },
            quote!(#response),
        )
    };
    Ok(quote! {
        #doc
        pub async fn #handler(
            State(service): State<Service>,
            caller: http::Caller<#security>,
            #ttl_arg
            #key_arg
            #webhook_arg
            #wait_arg
            body: #extractor,
        ) -> ::std::result::Result<#output, http::ApiError> {
            ::std::result::Result::Ok({ #answer })
        }
    })
}

/// The two operations that read one job by its id.
#[derive(Clone, Copy)]
enum Lookup {
    Poll,
    Cancel,
}

fn lookup_handler(
    op: &Operation,
    kind: &str,
    id_param: &str,
    security: &Ident,
    lookup: Lookup,
) -> Result<TokenStream, EmitError> {
    let handler = format_ident!("{}", op.id.to_snake_case());
    let response = response_enum_name(op);
    let kind = format_ident!("{}", kind);
    let doc = operation_doc(op);
    let body = match lookup {
        Lookup::Poll => quote! {
            ::std::option::Option::Some(job) if job.status.is_terminal() => #response::Ok(job.to_json_text()),
            ::std::option::Option::Some(job) => #response::Accepted(job.to_json_text()),
        },
        Lookup::Cancel => quote! {
            ::std::option::Option::Some(job) => #response::Ok(job.to_json_text()),
        },
    };
    let not_found = quote!(::std::option::Option::None => #response::NotFound(http::ApiError::no_such_job(#id_param).body()),);
    let waits = matches!(lookup, Lookup::Poll) && job_headers(op)?.contains(&JobHeader::Prefer);
    let (wait_arg, found, output) = match lookup {
        Lookup::Poll if waits => (
            quote!(wait: http::PreferWait,),
            quote!(wait.poll(&service, JobKind::#kind, &caller.principal, &id).await?.map(|job| match job { #body #not_found })),
            quote!(http::Preferred<#response>),
        ),
        Lookup::Poll => (
            TokenStream::new(),
            quote!(match service.poll(JobKind::#kind, &caller.principal, &id).await? { #body #not_found }),
            quote!(#response),
        ),
        Lookup::Cancel => (
            TokenStream::new(),
            quote!(match service.cancel(JobKind::#kind, &caller.principal, &id).await? { #body #not_found }),
            quote!(#response),
        ),
    };
    Ok(quote! {
        #doc
        pub async fn #handler(
            State(service): State<Service>,
            caller: http::Caller<#security>,
            http::JobIdPath(id): http::JobIdPath,
            #wait_arg
        ) -> ::std::result::Result<#output, http::ApiError> {
            ::std::result::Result::Ok(#found)
        }
    })
}

/// The caller's jobs, a page at a time; the query parameters are the runtime's.
fn list_handler(op: &Operation, security: &Ident) -> Result<TokenStream, EmitError> {
    for p in &op.parameters {
        if p.location != ParamLocation::Query || ListParam::of(&p.name).is_none() {
            return Err(EmitError::Contract(format!(
                "list operation `{}` takes parameter `{}`, which the job runtime does not read",
                op.id, p.name
            )));
        }
    }
    let handler = format_ident!("{}", op.id.to_snake_case());
    let response = response_enum_name(op);
    let doc = operation_doc(op);
    Ok(quote! {
        #doc
        pub async fn #handler(
            State(service): State<Service>,
            caller: http::Caller<#security>,
            http::ListJobs(query): http::ListJobs,
        ) -> ::std::result::Result<#response, http::ApiError> {
            let page = service.list(&caller.principal, query).await?;
            ::std::result::Result::Ok(#response::Ok(page.to_json_text()))
        }
    })
}

/// `Validate` for every job body, and `FromParts` for the multipart ones.
fn request_impls(model: &Model) -> Result<TokenStream, EmitError> {
    let validated = super::validate::types_to_validate(model);
    let mut seen = std::collections::BTreeSet::new();
    let mut impls = Vec::new();
    for op in &model.operations {
        if !matches!(op.job, Some(JobRole::Submit { .. })) {
            continue;
        }
        let (name, s, kind) = body_struct(model, op)?;
        if !seen.insert(name) {
            continue;
        }
        let ident = format_ident!("{}", name);
        impls.push(if validated.contains(name) {
            quote! {
                impl http::Validate for #ident {
                    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
                        self.validate().map_err(|e| http::ApiError::bad_request(e.to_string(), ::std::option::Option::Some(e.path)))
                    }
                }
            }
        } else {
            quote! {
                impl http::Validate for #ident {
                    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
                        ::std::result::Result::Ok(())
                    }
                }
            }
        });
        if let BodyKind::Multipart { .. } = kind {
            let fields = s.fields.iter().map(form_field);
            let extra = s
                .additional
                .as_ref()
                .map(|_| quote!(additional_properties: ::std::default::Default::default(),));
            impls.push(quote! {
                impl http::FromParts for #ident {
                    fn from_parts(parts: &[::runtime::job::Part]) -> ::std::result::Result<Self, http::ApiError> {
                        use http::form;
                        ::std::result::Result::Ok(Self {
                            #( #fields )*
                            #extra
                        })
                    }
                }
            });
        }
    }
    Ok(quote!( #( #impls )* ))
}

/// The expression filling one field from multipart parts.
fn form_field(f: &Field) -> TokenStream {
    let rust = format_ident!("{}", f.rust_name);
    let name = &f.json_name;
    let required = f.required && !f.nullable;
    let value = match (&f.ty, required) {
        // The part's bytes are shared, not copied: an upload is held once.
        (TypeRef::Binary, true) => quote!(Binary(form::required_file(parts, #name)?)),
        (TypeRef::Binary, false) => quote!(form::file(parts, #name).map(Binary)),
        (TypeRef::Array(inner), _) if **inner == TypeRef::Binary => {
            let files = if required {
                quote!(form::required_files(parts, #name)?)
            } else {
                quote!(form::files(parts, #name))
            };
            let files = quote!(#files.into_iter().map(Binary).collect::<::std::vec::Vec<_>>());
            if required {
                files
            } else {
                quote!(::std::option::Option::Some(#files).filter(|files| !files.is_empty()))
            }
        }
        (TypeRef::Array(_), true) => {
            quote!(form::list(parts, #name)?.ok_or_else(|| http::ApiError::missing_field(#name))?)
        }
        (TypeRef::Array(_), false) => quote!(form::list(parts, #name)?),
        (_, true) => quote!(form::required_value(parts, #name)?),
        (_, false) => quote!(form::value(parts, #name)?),
    };
    if f.boxed {
        if required {
            quote!(#rust: ::std::boxed::Box::new(#value),)
        } else {
            quote!(#rust: #value.map(::std::boxed::Box::new),)
        }
    } else {
        quote!(#rust: #value,)
    }
}
