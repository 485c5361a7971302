//! The strict-server trait and its router, for operations the job runtime does not serve.
//!
//! Every operation becomes one method of the `Api` trait: a typed request in (its parameters by
//! name, its body typed by media type), a typed response out (one variant per documented status
//! and media type), so the compiler checks that every answer the implementation gives is
//! documented. The router does what is the same for every operation: it matches the path
//! (including templates such as `/models/{model}:generate` that a router cannot express), reads
//! and converts parameters, reads the body by its content type, checks the spec's limits, and
//! hands a request the implementation cannot receive to `Api::reject` instead.
//!
//! The emitted code depends on axum, serde, serde_json and serde_path_to_error only.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::types::type_tokens_in;
use super::{support, Piece};
use crate::ir::{
    field_ident, status_variant, type_ident, unique, Body, BodyKind, Field, Model, Operation,
    ParamLocation, Parameter, SecurityScheme, Status, TypeDef, TypeRef,
};

/// Names settled for one operation.
struct OpNames {
    method: Ident,
    request: Ident,
    response: Ident,
    body: Ident,
    call: Ident,
    read: Ident,
}

/// An operation that an axum route may lead to.
struct Candidate<'o> {
    template: &'o str,
    call: Ident,
    /// How much of the template is literal text: the more, the earlier it is tried.
    literal: usize,
}

/// What the emitted code may depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deps {
    /// A crate of its own, whose manifest lists `serde_path_to_error`: JSON errors name the
    /// field.
    Standalone,
    /// Inside the gateway's `generated` crate, which does not: JSON errors carry serde's message
    /// (line and column).
    Gateway,
}

/// The trait, the router and their support code for `operations`.
pub(crate) fn emit(model: &Model, operations: &[&Operation], deps: Deps) -> Vec<Piece> {
    let types = quote!(crate::types::);
    let needs_validation = super::validate::types_to_validate(model);
    // A crate of its own checks the spec's security schemes; inside the gateway, the runtime's
    // own credentials guard the router these operations are merged into.
    let secured = deps == Deps::Standalone && operations.iter().any(|op| !op.security.is_empty());
    // The names the support files define beside the generated ones.
    let mut taken_types = BTreeSet::from(
        [
            "Api",
            "RequestError",
            "Scheme",
            "Security",
            "Credential",
            "Source",
        ]
        .map(str::to_owned),
    );
    let mut taken_methods = BTreeSet::from(["reject".to_owned()]);
    let mut items = Vec::new();
    let mut methods = Vec::new();
    let mut by_route: BTreeMap<(String, String), Vec<Candidate<'_>>> = BTreeMap::new();
    for op in operations {
        let base = type_ident(&op.id);
        let method_name = unique(field_ident(&op.id), &mut taken_methods);
        let names = OpNames {
            method: format_ident!("{}", method_name),
            request: format_ident!("{}", unique(format!("{base}Request"), &mut taken_types)),
            response: format_ident!("{}", unique(format!("{base}Response"), &mut taken_types)),
            body: format_ident!("{}", unique(format!("{base}RequestBody"), &mut taken_types)),
            call: format_ident!("call_{}", method_name.trim_end_matches('_')),
            read: format_ident!("read_{}", method_name.trim_end_matches('_')),
        };
        let bodies: Vec<&Body> = op.body.iter().chain(&op.other_bodies).collect();
        items.push(request_struct(op, &names, &bodies, model, &types, secured));
        items.push(response_enum(op, &names, &types));
        items.push(reader(
            op,
            &names,
            &bodies,
            model,
            &types,
            &needs_validation,
        ));
        let doc = operation_doc(op);
        let (method, request, response, call, read) = (
            &names.method,
            &names.request,
            &names.response,
            &names.call,
            &names.read,
        );
        methods.push(quote! {
            #doc
            fn #method(&self, request: #request) -> impl ::std::future::Future<Output = #response> + ::std::marker::Send;
        });
        let authorize = (secured && !op.security.is_empty()).then(|| {
            let alternatives = op.security.iter().map(|alternative| {
                let schemes = alternative.iter().map(|name| {
                    let v = format_ident!("{}", type_ident(name));
                    quote!(Scheme::#v)
                });
                quote!(&[ #( #schemes ),* ])
            });
            quote! {
                if !authorize(api, &parts, &[ #( #alternatives ),* ]).await {
                    return api.reject(unauthorized());
                }
            }
        });
        items.push(quote! {
            async fn #call<A: Api>(api: &A, parts: ::axum::http::request::Parts, body: ::axum::body::Body, path: ::std::vec::Vec<(&'static str, ::std::string::String)>) -> ::axum::response::Response {
                #authorize
                match #read(parts, body, path).await {
                    ::std::result::Result::Ok(request) => ::axum::response::IntoResponse::into_response(api.#method(request).await),
                    ::std::result::Result::Err(error) => api.reject(error),
                }
            }
        });
        let template = axum_path(&op.path);
        by_route
            .entry((template, op.method.clone()))
            .or_default()
            .push(Candidate {
                template: &op.path,
                call: names.call.clone(),
                literal: literal_len(&op.path),
            });
    }

    // One dispatcher per axum route and method: the templates that share it are told apart by
    // their literal parts, most specific first.
    let mut routes: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
    for (i, ((route, method), mut candidates)) in by_route.into_iter().enumerate() {
        candidates.sort_by_key(|c| std::cmp::Reverse(c.literal));
        let dispatcher = format_ident!("route_{i}");
        let tries = candidates.iter().map(|Candidate { template, call, .. }| {
            quote! {
                if let ::std::option::Option::Some(params) = support::match_path(#template, parts.uri.path()) {
                    return #call(&*api, parts, body, params).await;
                }
            }
        });
        items.push(quote! {
            async fn #dispatcher<A: Api>(::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>, request: ::axum::extract::Request) -> ::axum::response::Response {
                let (parts, body) = request.into_parts();
                #( #tries )*
                api.reject(RequestError::new(::axum::http::StatusCode::NOT_FOUND, "no operation matches this path", ::std::option::Option::None))
            }
        });
        let method = format_ident!("{}", method);
        routes
            .entry(route)
            .or_default()
            .push(quote!(#method(#dispatcher::<A>)));
    }
    let routes = routes.into_iter().map(|(path, methods)| {
        let mut methods = methods.into_iter();
        let first = methods.next().unwrap_or_default();
        quote!(.route(#path, ::axum::routing::#first #( .#methods )*))
    });
    let security_items = secured.then(|| security_schemes(model));
    let supertrait = secured.then(|| quote!(Security+));
    let mut pieces = vec![Piece::Tokens(quote! {
        #security_items

        /// The API, one method per operation. Implement it and serve [`router`].
        ///
        /// Each method receives the operation's parameters and body already read, converted and
        /// checked against the spec's limits, and answers with the operation's response enum,
        /// which has one variant per documented status (and media type).
        pub trait Api: #supertrait ::std::marker::Send + ::std::marker::Sync + 'static {
            #( #methods )*

            /// The answer to a request that cannot be handed to a method: a parameter or body that
            /// does not read as its schema says, a limit of the spec it breaks, a media type the
            /// operation does not take. By default a JSON body naming the field.
            fn reject(&self, error: RequestError) -> ::axum::response::Response {
                ::axum::response::IntoResponse::into_response(error)
            }
        }

        /// Every operation of the spec at its path, each calling its method of `api`.
        ///
        /// Bodies are read within axum's body limit (2 MiB unless the router is given a
        /// `DefaultBodyLimit` layer).
        pub fn router<A: Api>(api: ::std::sync::Arc<A>) -> ::axum::Router {
            ::axum::Router::new()
                #( #routes )*
                .with_state(api)
        }

        #( #items )*
    })];
    pieces.push(Piece::Support(support::SERVER));
    pieces.push(Piece::Support(match deps {
        Deps::Standalone => support::SERVER_JSON_FIELDS,
        Deps::Gateway => support::SERVER_JSON_PLAIN,
    }));
    if secured {
        pieces.push(Piece::Support(support::SERVER_SECURITY));
    }
    pieces
}

/// The spec's security schemes and where each is sent; `support/server/security.rs` reads them.
fn security_schemes(model: &Model) -> TokenStream {
    let variants = model.security_schemes.keys().map(|name| {
        let v = format_ident!("{}", type_ident(name));
        let doc = format!(" `{name}`.");
        quote!(#[doc = #doc] #v,)
    });
    let sources = model.security_schemes.iter().map(|(name, scheme)| {
        let v = format_ident!("{}", type_ident(name));
        let source = match scheme {
            SecurityScheme::Bearer => quote!(Source::Bearer),
            SecurityScheme::Basic => quote!(Source::Basic),
            SecurityScheme::ApiKeyHeader(header) => quote!(Source::Header(#header)),
            SecurityScheme::ApiKeyQuery(query) => quote!(Source::Query(#query)),
            SecurityScheme::ApiKeyCookie(cookie) => quote!(Source::Cookie(#cookie)),
            SecurityScheme::Unsupported(_) => quote!(Source::Other),
        };
        quote!(Self::#v => #source,)
    });
    quote! {
        /// The security schemes of the spec, as [`Security::check`] is told which one a
        /// credential was sent for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Scheme {
            #( #variants )*
        }

        impl Scheme {
            /// Where the spec says the scheme's credential is sent.
            fn source(self) -> Source {
                match self {
                    #( #sources )*
                }
            }
        }
    }
}

/// The axum route of a path template: every segment holding a parameter becomes a parameter
/// named by its position, so templates that differ only in parameter names or in literal text
/// beside a parameter (`{model}:generate`) share one route and are told apart by
/// `support::match_path`.
fn axum_path(template: &str) -> String {
    let segments: Vec<String> = template
        .trim_start_matches('/')
        .split('/')
        .enumerate()
        .map(|(i, segment)| {
            if segment.contains('{') || segment.contains('}') || segment.starts_with('*') {
                format!("{{p{i}}}")
            } else {
                segment.to_owned()
            }
        })
        .collect();
    format!("/{}", segments.join("/"))
}

/// How much of a template is literal text: more is more specific.
fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|c| match c {
            '{' => {
                depth += 1;
                false
            }
            '}' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .count()
}

fn operation_doc(op: &Operation) -> TokenStream {
    let heading = format!("`{} {}`", op.method.to_ascii_uppercase(), op.path);
    let text = [
        Some(heading.as_str()),
        op.summary.as_deref(),
        op.description.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n\n");
    doc_attrs(Some(&text))
}

/// The struct a multipart body is read into, when its schema is an object.
fn multipart_struct<'m>(
    model: &'m Model,
    body: &'m Body,
) -> Option<(&'m str, &'m crate::ir::Struct)> {
    if !matches!(body.kind, BodyKind::Multipart { .. }) {
        return None;
    }
    let TypeRef::Named(name) = &body.ty else {
        return None;
    };
    match model.types.get(name).map(|t| &t.def) {
        Some(TypeDef::Struct(s)) => Some((name.as_str(), s)),
        _ => None,
    }
}

/// The Rust type of one body media type: JSON and multipart objects are typed, anything else
/// (and a multipart body whose schema is not an object) is bytes.
fn body_type(model: &Model, body: &Body, types: &TokenStream) -> TokenStream {
    match body.kind {
        BodyKind::Json => type_tokens_in(&body.ty, types),
        BodyKind::Multipart { .. } if multipart_struct(model, body).is_some() => {
            type_tokens_in(&body.ty, types)
        }
        _ => quote!(::axum::body::Bytes),
    }
}

/// The variant of a body enum or a response enum for a media type: `Json`, `Multipart`,
/// `TextEventStream`, `AudioMpeg`.
fn media_variant(media: &str) -> String {
    match media {
        "application/json" => "Json".into(),
        "multipart/form-data" => "Multipart".into(),
        other => type_ident(other),
    }
}

fn param_type(p: &Parameter, types: &TokenStream) -> TokenStream {
    let ty = type_tokens_in(&p.ty, types);
    if p.required {
        ty
    } else {
        quote!(::std::option::Option<#ty>)
    }
}

/// The field names of a request struct: the parameters', then `body`.
fn param_fields(op: &Operation) -> Vec<(String, &Parameter)> {
    let mut taken = BTreeSet::from(["body".to_owned(), "headers".to_owned()]);
    op.parameters
        .iter()
        .map(|p| (unique(field_ident(&p.name), &mut taken), p))
        .collect()
}

fn request_struct(
    op: &Operation,
    names: &OpNames,
    bodies: &[&Body],
    model: &Model,
    types: &TokenStream,
    secured: bool,
) -> TokenStream {
    let fields = param_fields(op).into_iter().map(|(rust, p)| {
        let rust = format_ident!("{}", rust);
        let ty = param_type(p, types);
        let location = match p.location {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        };
        let doc = format!(
            "`{}` ({location}){}",
            p.name,
            p.doc
                .as_deref()
                .map(|d| format!(": {}", d.trim()))
                .unwrap_or_default()
        );
        let doc = doc_attrs(Some(&doc));
        quote! { #doc pub #rust: #ty, }
    });
    let request = &names.request;
    let doc = format!(" What `{}` receives.", op.id);
    let credentials = if op.security.is_empty() {
        " Every header of the request.".to_owned()
    } else {
        format!(
            " Every header of the request, with the credentials of one of: {} ({}).",
            op.security
                .iter()
                .map(|alternative| alternative.join(" and "))
                .collect::<Vec<_>>()
                .join(", or "),
            if secured {
                "checked by `Security::check` before the method is called"
            } else {
                "checking them is the implementation's job"
            }
        )
    };
    let (body_field, body_enum) = match bodies {
        [] => (TokenStream::new(), TokenStream::new()),
        [only] => {
            let ty = body_type(model, only, types);
            let ty = if only.required {
                ty
            } else {
                quote!(::std::option::Option<#ty>)
            };
            let doc = format!(" The request body (`{}`).", only.media_type);
            (quote! { #[doc = #doc] pub body: #ty, }, TokenStream::new())
        }
        several => {
            let name = &names.body;
            let mut taken = BTreeSet::new();
            let variants = several.iter().map(|b| {
                let variant = format_ident!("{}", unique(media_variant(&b.media_type), &mut taken));
                let ty = body_type(model, b, types);
                let doc = format!(" `{}`", b.media_type);
                quote! { #[doc = #doc] #variant(#ty), }
            });
            let required = several.iter().any(|b| b.required);
            let ty = if required {
                quote!(#name)
            } else {
                quote!(::std::option::Option<#name>)
            };
            let enum_doc = format!(
                " The body of `{}`, in each media type it is accepted in.",
                op.id
            );
            (
                quote! { /// The request body, by the media type it came in.
                pub body: #ty, },
                quote! {
                    #[doc = #enum_doc]
                    #[derive(Debug, Clone, PartialEq)]
                    pub enum #name {
                        #( #variants )*
                    }
                },
            )
        }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #request {
            #( #fields )*
            #body_field
            #[doc = #credentials]
            pub headers: ::axum::http::HeaderMap,
        }

        #body_enum
    }
}

/// One variant of a response enum.
struct ResponseVariant {
    name: Ident,
    doc: String,
    /// The status, when the variant does not carry it.
    code: Option<u16>,
    /// `(media type, is JSON, type)` of the body.
    body: Option<(String, bool, TokenStream)>,
}

fn response_enum(op: &Operation, names: &OpNames, types: &TokenStream) -> TokenStream {
    let mut taken = BTreeSet::new();
    let mut variants = Vec::new();
    for response in &op.responses {
        let base = status_variant(response.status);
        let label = match response.status {
            Status::Code(c) => c.to_string(),
            Status::Range(d) => format!("{d}XX"),
            Status::Default => "default".into(),
        };
        let summary = response
            .description
            .lines()
            .next()
            .unwrap_or_default()
            .trim();
        let code = match response.status {
            Status::Code(c) => Some(c),
            _ => None,
        };
        let mut bodies: Vec<Option<&(String, TypeRef)>> = vec![response.body.as_ref()];
        bodies.extend(response.other_bodies.iter().map(Some));
        for (i, body) in bodies.into_iter().enumerate() {
            let name = match (i, body) {
                (0, _) => base.clone(),
                (_, Some((media, _))) => format!("{base}{}", media_variant(media)),
                (_, None) => base.clone(),
            };
            let name = unique(name, &mut taken);
            let body = body.map(|(media, ty)| {
                let json = is_json(media);
                let tokens = if json {
                    type_tokens_in(ty, types)
                } else {
                    quote!(::axum::body::Bytes)
                };
                (media.clone(), json, tokens)
            });
            let media = body
                .as_ref()
                .map(|(m, _, _)| format!(" (`{m}`)"))
                .unwrap_or_default();
            variants.push(ResponseVariant {
                name: format_ident!("{}", name),
                doc: format!(" {label}{media}: {summary}"),
                code,
                body,
            });
        }
    }
    let name = &names.response;
    let defs = variants.iter().map(|v| {
        let (variant, doc) = (&v.name, &v.doc);
        let status = v.code.is_none().then(|| quote!(::axum::http::StatusCode,));
        match &v.body {
            Some((_, _, ty)) => quote! { #[doc = #doc] #variant(#status #ty), },
            None if v.code.is_none() => {
                quote! { #[doc = #doc] #variant(::axum::http::StatusCode), }
            }
            None => quote! { #[doc = #doc] #variant, },
        }
    });
    let arms = variants.iter().map(|v| {
        let variant = &v.name;
        let (pattern_status, status) = match v.code {
            Some(code) => (
                TokenStream::new(),
                quote!(::axum::http::StatusCode::from_u16(#code).unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)),
            ),
            None => (quote!(status,), quote!(status)),
        };
        match &v.body {
            Some((_, true, _)) => quote! {
                Self::#variant(#pattern_status body) => (#status, ::axum::Json(body)).into_response(),
            },
            Some((media, false, _)) => quote! {
                Self::#variant(#pattern_status body) => (#status, [(::axum::http::header::CONTENT_TYPE, #media)], body).into_response(),
            },
            None if v.code.is_none() => quote! { Self::#variant(status) => status.into_response(), },
            None => quote! { Self::#variant => #status.into_response(), },
        }
    });
    let doc = format!(
        " The answers of `{}`, one per documented status and media type.",
        op.id
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #defs )*
        }

        impl ::axum::response::IntoResponse for #name {
            fn into_response(self) -> ::axum::response::Response {
                match self {
                    #( #arms )*
                }
            }
        }
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}

/// The function that reads an operation's request from the HTTP request.
fn reader(
    op: &Operation,
    names: &OpNames,
    bodies: &[&Body],
    model: &Model,
    types: &TokenStream,
    needs_validation: &BTreeSet<String>,
) -> TokenStream {
    let fields = param_fields(op);
    let has_query = op
        .parameters
        .iter()
        .any(|p| p.location == ParamLocation::Query);
    let query = has_query.then(|| quote!(let __query = support::query_pairs(&__parts.uri)?;));
    let params = fields.iter().map(|(rust, p)| {
        let rust = format_ident!("{}", rust);
        let name = &p.name;
        let value = match (&p.ty, p.location) {
            (TypeRef::Array(inner), ParamLocation::Query) => {
                let inner = type_tokens_in(inner, types);
                quote!(support::non_empty(support::query_values(&__query, #name)).map(|raw| support::list::<#inner>(#name, raw)).transpose()?)
            }
            (ty, location) => {
                let ty = type_tokens_in(ty, types);
                let raw = match location {
                    ParamLocation::Path => quote!(support::path_value(&__path, #name)),
                    ParamLocation::Query => {
                        quote!(support::query_values(&__query, #name).into_iter().next())
                    }
                    ParamLocation::Header => quote!(support::header_value(&__parts.headers, #name)),
                    ParamLocation::Cookie => quote!(support::cookie_value(&__parts.headers, #name)),
                };
                quote!(#raw.map(|raw| support::param::<#ty>(#name, &raw)).transpose()?)
            }
        };
        let value = if p.required {
            quote!(support::required(#value, #name)?)
        } else {
            value
        };
        quote!(let #rust = #value;)
    });
    let field_names = fields.iter().map(|(rust, _)| format_ident!("{}", rust));
    let validations = fields.iter().filter_map(|(rust, p)| {
        let TypeRef::Named(n) = &p.ty else { return None };
        if !needs_validation.contains(n) {
            return None;
        }
        let rust = format_ident!("{}", rust);
        let name = &p.name;
        Some(if p.required {
            quote!(#rust.validate().map_err(|e| RequestError::bad_request(e.to_string(), #name))?;)
        } else {
            quote!(if let ::std::option::Option::Some(value) = &#rust { value.validate().map_err(|e| RequestError::bad_request(e.to_string(), #name))?; })
        })
    });
    let (body_read, body_field) = match bodies {
        [] => (TokenStream::new(), TokenStream::new()),
        [only] => {
            let read = read_body(only, model, types, needs_validation);
            let read = if only.required {
                quote! { let body = { #read }; }
            } else {
                quote! {
                    let body = if support::is_empty(&__parts, &__body) {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some({ #read })
                    };
                }
            };
            (read, quote!(body,))
        }
        several => {
            let name = &names.body;
            let mut taken = BTreeSet::new();
            let arms = several.iter().map(|b| {
                let variant = format_ident!("{}", unique(media_variant(&b.media_type), &mut taken));
                let read = read_body(b, model, types, needs_validation);
                let media = &b.media_type;
                quote! {
                    if support::media_matches(#media, &content_type) {
                        break 'read #name::#variant({ #read });
                    }
                }
            });
            let preferred = &several[0].media_type;
            let required = several.iter().any(|b| b.required);
            let read = quote! {
                'read: {
                    let content_type = support::content_type(&__parts).unwrap_or_else(|| #preferred.to_owned());
                    #( #arms )*
                    return ::std::result::Result::Err(RequestError::new(
                        ::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        ::std::format!("this operation does not take `{content_type}`"),
                        ::std::option::Option::None,
                    ));
                }
            };
            let read = if required {
                quote! { let body = #read; }
            } else {
                quote! {
                    let body = if support::is_empty(&__parts, &__body) {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(#read)
                    };
                }
            };
            (read, quote!(body,))
        }
    };
    let (request, read) = (&names.request, &names.read);
    quote! {
        #[allow(unused_variables)]
        async fn #read(
            __parts: ::axum::http::request::Parts,
            __body: ::axum::body::Body,
            __path: ::std::vec::Vec<(&'static str, ::std::string::String)>,
        ) -> ::std::result::Result<#request, RequestError> {
            #query
            #( #params )*
            #( #validations )*
            #body_read
            ::std::result::Result::Ok(#request {
                #( #field_names, )*
                #body_field
                headers: __parts.headers,
            })
        }
    }
}

/// An expression reading one media type of a body (it consumes `body`, and for multipart
/// `parts` too).
fn read_body(
    body: &Body,
    model: &Model,
    types: &TokenStream,
    needs_validation: &BTreeSet<String>,
) -> TokenStream {
    let validate = match &body.ty {
        TypeRef::Named(n) if needs_validation.contains(n) => quote! {
            value.validate().map_err(|e| RequestError::bad_request(e.message.clone(), &e.path))?;
        },
        _ => TokenStream::new(),
    };
    match body.kind {
        BodyKind::Json => {
            let ty = type_tokens_in(&body.ty, types);
            quote! {
                let bytes = support::bytes(&__parts, __body).await?;
                let value: #ty = json::read(&bytes)?;
                #validate
                value
            }
        }
        BodyKind::Multipart { .. } => match multipart_struct(model, body) {
            Some((name, s)) => {
                let ty = format_ident!("{}", name);
                let fields = s.fields.iter().map(|f| form_field(f, types));
                let extra = s
                    .additional
                    .as_ref()
                    .map(|_| quote!(additional_properties: ::std::default::Default::default(),));
                quote! {
                    let form = support::multipart(&__parts, __body).await?;
                    let value = #types #ty {
                        #( #fields )*
                        #extra
                    };
                    #validate
                    value
                }
            }
            None => quote!(support::bytes(&__parts, __body).await?),
        },
        BodyKind::Raw => quote!(support::bytes(&__parts, __body).await?),
    }
}

/// The expression filling one struct field from the parts of a multipart form.
fn form_field(f: &Field, types: &TokenStream) -> TokenStream {
    let rust = format_ident!("{}", f.rust_name);
    let name = &f.json_name;
    let value = match &f.ty {
        TypeRef::Binary => quote!(form.file(#name).map(#types Binary)),
        TypeRef::Array(inner) if **inner == TypeRef::Binary => quote! {
            {
                let files: ::std::vec::Vec<#types Binary> = form.files(#name).map(#types Binary).collect();
                (!files.is_empty()).then_some(files)
            }
        },
        TypeRef::Array(inner) => {
            let inner = type_tokens_in(inner, types);
            quote! {
                {
                    let values = form.texts(#name);
                    if values.is_empty() { ::std::option::Option::None } else { ::std::option::Option::Some(support::list::<#inner>(#name, values)?) }
                }
            }
        }
        ty => {
            let ty = type_tokens_in(ty, types);
            quote!(form.text(#name).map(|raw| support::param::<#ty>(#name, &raw)).transpose()?)
        }
    };
    let value = if f.boxed {
        quote!(#value.map(::std::boxed::Box::new))
    } else {
        value
    };
    let optional = !f.required || f.nullable;
    if optional {
        quote!(#rust: #value,)
    } else {
        quote!(#rust: support::required(#value, #name)?,)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_segment_with_a_parameter_becomes_a_positional_route_parameter() {
        assert_eq!(axum_path("/notes/{id}"), "/notes/{p1}");
        assert_eq!(axum_path("/notes/{note_id}:archive"), "/notes/{p1}");
        assert_eq!(axum_path("/a/{x}/b/{y}.json"), "/a/{p1}/b/{p3}");
        assert_eq!(axum_path("/plain/path"), "/plain/path");
    }

    #[test]
    fn literal_text_beside_a_parameter_makes_a_template_more_specific() {
        assert_eq!(literal_len("/notes/{note_id}"), "/notes/".len());
        assert!(literal_len("/notes/{note_id}:archive") > literal_len("/notes/{note_id}"));
    }

    #[test]
    fn media_types_name_their_variants() {
        assert_eq!(media_variant("application/json"), "Json");
        assert_eq!(media_variant("multipart/form-data"), "Multipart");
        assert_eq!(media_variant("text/event-stream"), "TextEventStream");
        assert_eq!(media_variant("audio/mpeg"), "AudioMpeg");
    }
}
