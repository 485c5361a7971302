//! `server.rs`: the axum router, one handler and one typed response per operation.
//!
//! The strict-server pattern: each operation answers with an enum that has one variant per
//! documented status, so the compiler checks that every answer the handler gives is documented.
//! What is the same for every operation (credentials, bodies within limits, the TTL header,
//! storing and reading jobs) is one call into the runtime.
//!
//! An operation is an async-job operation when its path is `/v1/async/<kind…>` (submit, `POST`)
//! or `/v1/async/<kind…>/{id}` (poll, `GET`); `<kind…>` names the runtime's `JobKind`
//! (`chat/completions` -> `ChatCompletions`). Those operations must document the statuses the
//! runtime can answer, or generation stops with an error saying which is missing.

use std::collections::BTreeMap;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::types::type_tokens;
use super::EmitError;
use crate::ir::{
    BodyKind, Field, Model, Operation, ParamLocation, SecurityScheme, Status, TypeDef, TypeRef,
};

const ASYNC_PREFIX: &str = "/v1/async/";

/// What an operation does in the job runtime.
enum Role {
    Submit { kind: String },
    Poll { kind: String, id_param: String },
}

fn role_of(op: &Operation) -> Option<Role> {
    let rest = op.path.strip_prefix(ASYNC_PREFIX)?;
    let kind_of = |p: &str| {
        p.split('/')
            .map(|s| s.to_upper_camel_case())
            .collect::<String>()
    };
    match op.method.as_str() {
        "post" if !rest.contains('{') => Some(Role::Submit {
            kind: kind_of(rest),
        }),
        "get" => {
            let (kind, last) = rest.rsplit_once('/')?;
            let id_param = last.strip_prefix('{')?.strip_suffix('}')?;
            (!kind.contains('{')).then(|| Role::Poll {
                kind: kind_of(kind),
                id_param: id_param.to_owned(),
            })
        }
        _ => None,
    }
}

/// The variant name for a status: its reason phrase.
pub(super) fn status_variant(status: Status) -> String {
    match status {
        Status::Code(code) => match code {
            200 => "Ok".into(),
            201 => "Created".into(),
            202 => "Accepted".into(),
            204 => "NoContent".into(),
            400 => "BadRequest".into(),
            401 => "Unauthorized".into(),
            403 => "Forbidden".into(),
            404 => "NotFound".into(),
            409 => "Conflict".into(),
            413 => "PayloadTooLarge".into(),
            422 => "UnprocessableEntity".into(),
            429 => "TooManyRequests".into(),
            500 => "InternalServerError".into(),
            502 => "BadGateway".into(),
            503 => "ServiceUnavailable".into(),
            504 => "GatewayTimeout".into(),
            other => format!("Status{other}"),
        },
        Status::Range(first) => format!("Status{first}XX"),
        Status::Default => "Default".into(),
    }
}

/// Statuses the runtime may answer for each role, besides the success ones.
const SUBMIT_STATUSES: [u16; 5] = [202, 400, 401, 413, 500];
const POLL_STATUSES: [u16; 5] = [200, 202, 401, 404, 500];

pub fn emit(model: &Model) -> Result<TokenStream, EmitError> {
    let mut security_consts: BTreeMap<String, TokenStream> = BTreeMap::new();
    let mut routes = Vec::new();
    let mut items = Vec::new();
    let mut others = Vec::new();
    for op in &model.operations {
        let Some(role) = role_of(op) else {
            others.push(op);
            continue;
        };
        let required: &[u16] = match role {
            Role::Submit { .. } => &SUBMIT_STATUSES,
            Role::Poll { .. } => &POLL_STATUSES,
        };
        for code in required {
            if !op.responses.iter().any(|r| r.status == Status::Code(*code)) {
                return Err(EmitError::Contract(format!(
                    "operation `{}` ({} {}) must document status {code}, which the gateway answers",
                    op.id, op.method, op.path
                )));
            }
        }
        let security = security_const(model, op, &mut security_consts)?;
        let handler = format_ident!("{}", op.id.to_snake_case());
        let method = format_ident!("{}", op.method);
        let path = &op.path;
        routes.push(quote!(.route(#path, ::axum::routing::#method(#handler))));
        // The job statuses carry the runtime's JSON text of the job, typed by the spec's job
        // schema, so the answer is written once rather than rebuilt as the generated type.
        let job_statuses: &[u16] = match role {
            Role::Submit { .. } => &[202],
            Role::Poll { .. } => &[200, 202],
        };
        items.push(response_enum(model, op, job_statuses)?);
        items.push(match role {
            Role::Submit { kind } => submit_handler(model, op, &kind, &security)?,
            Role::Poll { kind, id_param } => poll_handler(op, &kind, &id_param, &security)?,
        });
    }
    let consts = security_consts.values();
    // Operations that are not async jobs go through a trait the user implements.
    let api = (!others.is_empty()).then(|| {
        let api = super::api::emit(model, &others, super::api::Deps::Gateway);
        quote! {
            /// The operations that are not async jobs: implement [`api::Api`] and merge
            /// [`api::router`] into the gateway's router.
            pub mod api {
                #api
            }
        }
    });
    Ok(quote! {
        use crate::types::*;

        /// What every handler shares: the runtime's job service.
        pub type Service = ::std::sync::Arc<::runtime::service::JobService>;

        /// The spec as one document (OpenAPI 3.0 dialect), as served at `/openapi.json`.
        pub const OPENAPI_JSON: &str = include_str!("openapi.json");

        /// Every async-job operation of the spec, at its path.
        pub fn router(service: Service) -> ::axum::Router {
            ::axum::Router::new()
                #( #routes )*
                .with_state(service)
        }

        #( #consts )*

        #( #items )*

        #api
    })
}

/// The `&[&[Scheme]]` constant of an operation's security alternatives, shared by every
/// operation with the same alternatives.
fn security_const(
    model: &Model,
    op: &Operation,
    consts: &mut BTreeMap<String, TokenStream>,
) -> Result<proc_macro2::Ident, EmitError> {
    let name = if op.security.is_empty() {
        "NO_CREDENTIALS".to_owned()
    } else {
        op.security
            .iter()
            .map(|alt| alt.join("_AND_").to_shouty_snake_case())
            .collect::<Vec<_>>()
            .join("_OR_")
    };
    let ident = format_ident!("{}", name);
    if consts.contains_key(&name) {
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
    consts.insert(
        name,
        quote! {
            #[doc = #doc]
            const #ident: &[&[::runtime::auth::Scheme]] = &[ #( #alternatives ),* ];
        },
    );
    Ok(ident)
}

fn response_enum_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Response", op.id.to_upper_camel_case())
}

fn response_enum(
    model: &Model,
    op: &Operation,
    job_statuses: &[u16],
) -> Result<TokenStream, EmitError> {
    let name = response_enum_name(op);
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut error_arms = Vec::new();
    let mut fallback = None;
    for response in &op.responses {
        let Status::Code(code) = response.status else {
            continue;
        };
        let variant = format_ident!("{}", status_variant(response.status));
        let doc = format!(
            " {code}: {}",
            response.description.lines().next().unwrap_or_default()
        );
        match &response.body {
            Some((_, ty)) if job_statuses.contains(&code) => {
                let ty_tokens = type_tokens(ty);
                variants.push(
                    quote! { #[doc = #doc] #variant(::runtime::http::JsonText<#ty_tokens>), },
                );
                arms.push(quote! {
                    Self::#variant(body) => (::axum::http::StatusCode::from_u16(#code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR), body).into_response(),
                });
            }
            Some((_, ty)) if *ty != TypeRef::Binary => {
                let ty_tokens = type_tokens(ty);
                variants.push(quote! { #[doc = #doc] #variant(#ty_tokens), });
                arms.push(quote! {
                    Self::#variant(body) => (::axum::http::StatusCode::from_u16(#code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR), ::axum::Json(body)).into_response(),
                });
                if code >= 400 && is_error_body(model, ty) {
                    error_arms.push(quote!(#code => Self::#variant(error.into_body()),));
                    if code == 500 {
                        fallback = Some(quote!(_ => Self::#variant(error.into_body()),));
                    }
                }
            }
            _ => {
                variants.push(quote! { #[doc = #doc] #variant, });
                arms.push(quote! {
                    Self::#variant => ::axum::http::StatusCode::from_u16(#code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR).into_response(),
                });
            }
        }
    }
    let Some(fallback) = fallback else {
        return Err(EmitError::Contract(format!(
            "operation `{}` must document status 500 with an error body",
            op.id
        )));
    };
    let doc = format!(" The answers of `{}`, one per documented status.", op.id);
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variants )*
        }

        impl ::axum::response::IntoResponse for #name {
            fn into_response(self) -> ::axum::response::Response {
                match self {
                    #( #arms )*
                }
            }
        }

        impl ::std::convert::From<::runtime::http::ApiError> for #name {
            fn from(error: ::runtime::http::ApiError) -> Self {
                match error.status {
                    #( #error_arms )*
                    #fallback
                }
            }
        }
    })
}

/// Error bodies are built from the runtime's error through JSON, which needs a type that can
/// be empty: a struct of optional fields.
fn is_error_body(model: &Model, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(n) => matches!(
            model.types.get(n).map(|t| &t.def),
            Some(TypeDef::Struct(s)) if s.fields.iter().all(|f| !f.required || f.nullable)
        ),
        _ => false,
    }
}

fn ttl_header(op: &Operation) -> Result<Option<&str>, EmitError> {
    let headers: Vec<&str> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
        .map(|p| p.name.as_str())
        .collect();
    match headers.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        _ => Err(EmitError::Contract(format!(
            "operation `{}` takes several headers ({}); an async submit takes at most one, the result TTL",
            op.id,
            headers.join(", ")
        ))),
    }
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

/// The body type of a documented success status.
fn success_type(op: &Operation, code: u16) -> Result<TokenStream, EmitError> {
    op.responses
        .iter()
        .find(|r| r.status == Status::Code(code))
        .and_then(|r| r.body.as_ref())
        .map(|(_, ty)| type_tokens(ty))
        .ok_or_else(|| {
            EmitError::Contract(format!(
                "operation `{}` must document a JSON body for status {code}",
                op.id
            ))
        })
}

fn submit_handler(
    model: &Model,
    op: &Operation,
    kind: &str,
    security: &proc_macro2::Ident,
) -> Result<TokenStream, EmitError> {
    let job_type = success_type(op, 202)?;
    let handler = format_ident!("{}", op.id.to_snake_case());
    let inner = format_ident!("{}_job", op.id.to_snake_case());
    let response = response_enum_name(op);
    let kind = format_ident!("{}", kind);
    let doc = operation_doc(op);
    let ttl = match ttl_header(op)? {
        Some(name) => quote!(service.ttl(headers, #name)?),
        None => quote!(service.ttl(&::axum::http::HeaderMap::new(), "")?),
    };
    let Some(body) = &op.body else {
        return Err(EmitError::Contract(format!(
            "submit operation `{}` has no request body",
            op.id
        )));
    };
    let ty = type_tokens(&body.ty);
    let validate = match &body.ty {
        TypeRef::Named(n) if super::validate::types_to_validate(model).contains(n) => quote! {
            request.validate().map_err(|e| ::runtime::http::ApiError::bad_request(e.to_string(), ::std::option::Option::Some(e.path)))?;
        },
        _ => quote!(let _ = &request;),
    };
    let (read, payload, from_parts) = match &body.kind {
        BodyKind::Json => {
            let is_object = matches!(&body.ty, TypeRef::Named(n) if matches!(model.types.get(n).map(|t| &t.def), Some(TypeDef::Struct(_))));
            let parse = if is_object {
                quote!(parse_json_object)
            } else {
                quote!(parse_json)
            };
            (
                quote! {
                    let body = ::runtime::http::read_body(headers, body, service.limits().json_body_bytes).await?;
                    let request: #ty = ::runtime::http::#parse(&body)?;
                },
                quote!(::runtime::job::Payload::Json(body)),
                TokenStream::new(),
            )
        }
        BodyKind::Multipart { .. } => {
            let TypeRef::Named(type_name) = &body.ty else {
                return Err(EmitError::Contract(format!(
                    "multipart body of `{}` is not an object schema",
                    op.id
                )));
            };
            let Some(TypeDef::Struct(s)) = model.types.get(type_name).map(|t| &t.def) else {
                return Err(EmitError::Contract(format!(
                    "multipart body of `{}` is not an object schema",
                    op.id
                )));
            };
            let from_parts = format_ident!("{}_from_parts", type_name.to_snake_case());
            let fields = s.fields.iter().map(form_field);
            let type_ident = format_ident!("{}", type_name);
            let extra = s
                .additional
                .as_ref()
                .map(|_| quote!(additional_properties: ::std::default::Default::default(),));
            let doc = format!(" Reads a `{type_name}` from the parts of a multipart form.");
            (
                quote! {
                    let parts = ::runtime::http::read_multipart(headers, body, service.limits().multipart_body_bytes).await?;
                    let request = #from_parts(&parts)?;
                },
                quote!(::runtime::job::Payload::Multipart(parts)),
                quote! {
                    #[doc = #doc]
                    fn #from_parts(parts: &[::runtime::job::Part]) -> ::std::result::Result<#type_ident, ::runtime::http::ApiError> {
                        use ::runtime::http::form;
                        ::std::result::Result::Ok(#type_ident {
                            #( #fields )*
                            #extra
                        })
                    }
                },
            )
        }
        BodyKind::Raw => {
            return Err(EmitError::Contract(format!(
                "submit operation `{}` takes `{}`, but async jobs take JSON or multipart bodies",
                op.id, body.media_type
            )))
        }
    };
    Ok(quote! {
        #doc
        pub async fn #handler(
            ::axum::extract::State(service): ::axum::extract::State<Service>,
            headers: ::axum::http::HeaderMap,
            body: ::axum::body::Body,
        ) -> #response {
            match #inner(&service, &headers, body).await {
                ::std::result::Result::Ok(job) => #response::Accepted(job),
                ::std::result::Result::Err(error) => {
                    service.metrics().submission_rejected();
                    error.into()
                }
            }
        }

        async fn #inner(
            service: &::runtime::service::JobService,
            headers: &::axum::http::HeaderMap,
            body: ::axum::body::Body,
        ) -> ::std::result::Result<::runtime::http::JsonText<#job_type>, ::runtime::http::ApiError> {
            let principal = service.authenticate(headers, #security)?;
            let ttl = #ttl;
            #read
            #validate
            let job = service
                .submit(::runtime::kind::JobKind::#kind, &principal, #payload, ttl)
                .await?;
            ::std::result::Result::Ok(job.to_json_text())
        }

        #from_parts
    })
}

/// The expression filling one field from multipart parts.
fn form_field(f: &Field) -> TokenStream {
    let rust = format_ident!("{}", f.rust_name);
    let name = &f.json_name;
    let optional = !f.required || f.nullable;
    let missing = quote!(::runtime::http::ApiError::bad_request(::std::format!("missing field `{}`", #name), ::std::option::Option::Some(#name.to_owned())));
    let value = match &f.ty {
        TypeRef::Binary => quote!(form::file(parts, #name).map(|b| Binary(b.to_vec()))),
        TypeRef::Array(inner) if **inner == TypeRef::Binary => quote! {
            {
                let files: ::std::vec::Vec<Binary> = form::files(parts, #name).into_iter().map(|b| Binary(b.to_vec())).collect();
                (!files.is_empty()).then_some(files)
            }
        },
        TypeRef::Array(_) => quote!(form::list(parts, #name)?),
        _ => quote!(form::value(parts, #name)?),
    };
    let value = if f.boxed {
        quote!(#value.map(::std::boxed::Box::new))
    } else {
        value
    };
    if optional {
        quote!(#rust: #value,)
    } else {
        quote!(#rust: #value.ok_or_else(|| #missing)?,)
    }
}

fn poll_handler(
    op: &Operation,
    kind: &str,
    id_param: &str,
    security: &proc_macro2::Ident,
) -> Result<TokenStream, EmitError> {
    let job_type = success_type(op, 200)?;
    if job_type.to_string() != success_type(op, 202)?.to_string() {
        return Err(EmitError::Contract(format!(
            "operation `{}` must answer 200 and 202 with the same job type",
            op.id
        )));
    }
    let handler = format_ident!("{}", op.id.to_snake_case());
    let inner = format_ident!("{}_lookup", op.id.to_snake_case());
    let response = response_enum_name(op);
    let kind = format_ident!("{}", kind);
    let doc = operation_doc(op);
    let not_found = format!("no job with this `{id_param}` on this operation (unknown, someone else's, or its result expired)");
    Ok(quote! {
        #doc
        pub async fn #handler(
            ::axum::extract::State(service): ::axum::extract::State<Service>,
            headers: ::axum::http::HeaderMap,
            path: ::std::result::Result<::axum::extract::Path<::std::string::String>, ::axum::extract::rejection::PathRejection>,
        ) -> #response {
            // An id that cannot even be read names no job.
            let id = path.map(|p| p.0).unwrap_or_default();
            match #inner(&service, &headers, &id).await {
                ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => #response::Ok(job),
                ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => #response::Accepted(job),
                ::std::result::Result::Ok(::std::option::Option::None) => {
                    #response::NotFound(::runtime::http::ApiError::not_found(#not_found).into_body())
                }
                ::std::result::Result::Err(error) => error.into(),
            }
        }

        /// The job and whether it is final, if the caller may see it.
        async fn #inner(
            service: &::runtime::service::JobService,
            headers: &::axum::http::HeaderMap,
            id: &str,
        ) -> ::std::result::Result<::std::option::Option<(::runtime::http::JsonText<#job_type>, bool)>, ::runtime::http::ApiError> {
            let principal = service.authenticate(headers, #security)?;
            match service.poll(::runtime::kind::JobKind::#kind, &principal, id).await? {
                ::std::option::Option::Some(job) => {
                    let done = job.status.is_terminal();
                    ::std::result::Result::Ok(::std::option::Option::Some((job.to_json_text(), done)))
                }
                ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
            }
        }
    })
}
