//! `client.rs`: a typed `reqwest` client with one method per operation.
//!
//! Written from the model alone, the same for every operation: path, query, header and cookie
//! parameters, JSON, multipart or raw bodies, answers decoded by documented status into an enum
//! named like the server's, credentials for every security scheme. Nothing here knows the job
//! runtime: the file needs only `reqwest`, `serde`, `serde_json`, `tokio` and the sibling
//! `types` module, so it can be generated for any spec.
//!
//! Operations that look like an async job (a `POST` answering `202` with a job document, and a
//! `GET` at the same path plus `/{id}` answering `200` or `202` with that document) also get a
//! `wait_*` method that polls until the job is final.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::client_support::{self, SchemeSpec};
use super::docs::doc_attrs;
use super::types::type_tokens;
use super::{support, EmitError, Piece};
use crate::ir::{
    field_ident, job_id_field, named_body, status_variant, type_ident, BodyKind, Field, JobHeader,
    JobRole, Model, NamedType, Operation, ParamLocation, Parameter, Status, Struct, TypeDef,
    TypeRef,
};

/// Job statuses that mean "final, and it did not work".
const FAILED_STATUSES: [&str; 6] = [
    "failed",
    "error",
    "errored",
    "cancelled",
    "canceled",
    "expired",
];

/// The operations' methods and answers, the spec's credentials, and the support files: the
/// `Client` itself and, with async-job pairs, the wait loop.
pub(crate) fn emit(model: &Model) -> Result<Vec<Piece>, EmitError> {
    let schemes = schemes(model);
    let credentials = client_support::credentials(&schemes);
    let pairs = job_pairs(model);

    let mut methods = Vec::new();
    let mut items = Vec::new();
    let mut forms = BTreeSet::new();
    for op in &model.operations {
        let (method, enum_def) = operation(model, op, &schemes)?;
        methods.push(method);
        items.push(enum_def);
        if let Some(body) = &op.body {
            if let (BodyKind::Multipart { file_fields }, TypeRef::Named(name)) =
                (&body.kind, &body.ty)
            {
                if let Some(s) = struct_of(model, name) {
                    if forms.insert(name.clone()) {
                        items.push(form_struct(name, s, file_fields));
                    }
                }
            }
        }
    }
    let mut job_types = BTreeSet::new();
    for pair in &pairs {
        methods.push(wait_methods(pair));
        if job_types.insert(pair.job.clone()) {
            items.push(job_state_impl(model, &pair.job));
        }
    }
    let mut pieces = vec![
        Piece::Tokens(quote! {
            #credentials

            impl Client {
                #( #methods )*
            }

            #( #items )*
        }),
        Piece::Support(support::CLIENT),
    ];
    if !pairs.is_empty() {
        pieces.push(Piece::Support(support::CLIENT_WAITING));
    }
    if model.has_webhooks() {
        pieces.push(Piece::Support(support::CLIENT_WEBHOOK));
    }
    Ok(pieces)
}

/// A type as the client module spells it: named types live in the sibling `types` module.
fn ty(t: &TypeRef) -> TokenStream {
    match t {
        TypeRef::Named(n) => {
            let n = format_ident!("{}", n);
            quote!(super::types::#n)
        }
        TypeRef::Binary => quote!(super::types::Binary),
        TypeRef::Array(inner) => {
            let inner = ty(inner);
            quote!(::std::vec::Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = ty(inner);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
        other => type_tokens(other),
    }
}

fn struct_of<'a>(model: &'a Model, name: &str) -> Option<&'a Struct> {
    match model.types.get(name).map(|t| &t.def) {
        Some(TypeDef::Struct(s)) => Some(s),
        _ => None,
    }
}

fn schemes(model: &Model) -> Vec<SchemeSpec> {
    model
        .security_schemes
        .iter()
        .map(|(name, scheme)| SchemeSpec {
            variant: format_ident!("{}", type_ident(name)),
            setter: format_ident!("{}", client_support::setter_name(name)),
            scheme: scheme.clone(),
            name: name.clone(),
        })
        .collect()
}

fn response_enum_name(op: &Operation) -> Ident {
    format_ident!("{}", crate::ir::response_enum_name(&op.id))
}

fn method_name(op: &Operation) -> Ident {
    format_ident!("{}", field_ident(&op.id))
}

/// Names a method's body uses for itself, which a parameter must not shadow.
const METHOD_LOCALS: &[&str] = &[
    "request",
    "url",
    "request_builder",
    "query",
    "body",
    "raw",
    "answer",
    "decoded",
    "value",
    "text",
];

fn param_ident(p: &Parameter) -> Ident {
    if METHOD_LOCALS.contains(&p.rust_name.as_str()) {
        format_ident!("{}_", p.rust_name)
    } else {
        format_ident!("{}", p.rust_name)
    }
}

/// How a parameter is taken: strings borrowed, everything else by value.
fn param_type(p: &Parameter) -> TokenStream {
    let inner = match &p.ty {
        TypeRef::String => quote!(&str),
        other => ty(other),
    };
    if p.required {
        inner
    } else {
        quote!(::std::option::Option<#inner>)
    }
}

fn operation_doc(op: &Operation) -> TokenStream {
    let mut text = [op.summary.as_deref(), op.description.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n\n");
    let params: Vec<String> = op
        .parameters
        .iter()
        .map(|p| {
            let doc = p.doc.as_deref().unwrap_or("").trim().replace('\n', " ");
            format!(
                "- `{}`: {} `{}`. {doc}",
                p.rust_name,
                location_word(p.location),
                p.name
            )
        })
        .collect();
    if !params.is_empty() {
        text.push_str("\n\n# Parameters\n\n");
        text.push_str(&params.join("\n"));
    }
    text.push_str(&format!(
        "\n\n`{} {}` (`{}`)",
        op.method.to_uppercase(),
        op.path,
        op.id
    ));
    doc_attrs(Some(&text))
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path parameter",
        ParamLocation::Query => "query parameter",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// The method of one operation and its response enum.
fn operation(
    model: &Model,
    op: &Operation,
    schemes: &[SchemeSpec],
) -> Result<(TokenStream, TokenStream), EmitError> {
    let name = method_name(op);
    let response = response_enum_name(op);
    let doc = operation_doc(op);
    let http_method = format_ident!("{}", op.method.to_uppercase());

    let path_params: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Path)
        .collect();
    let other_params: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
        .collect();

    // Path parameters in the order the path names them.
    let mut ordered_path = Vec::new();
    let mut segments = Vec::new();
    for segment in op.path.split('/').filter(|s| !s.is_empty()) {
        if !segment.contains('{') {
            segments.push(quote!(#segment));
            continue;
        }
        if let Some(p) = path_params
            .iter()
            .find(|p| segment == format!("{{{}}}", p.name))
        {
            let ident = param_ident(p);
            segments.push(quote!(segment_of(&#ident)?.as_str()));
            if !ordered_path.iter().any(|q: &&Parameter| q.name == p.name) {
                ordered_path.push(*p);
            }
            continue;
        }
        let mut expr = quote!(::std::string::String::from(#segment));
        for p in &path_params {
            let placeholder = format!("{{{}}}", p.name);
            if segment.contains(&placeholder) {
                let ident = param_ident(p);
                expr = quote!(#expr.replace(#placeholder, &segment_of(&#ident)?));
                if !ordered_path.iter().any(|q: &&Parameter| q.name == p.name) {
                    ordered_path.push(*p);
                }
            }
        }
        segments.push(quote!(#expr.as_str()));
    }
    for p in &path_params {
        if !ordered_path.iter().any(|q| q.name == p.name) {
            return Err(EmitError::Contract(format!(
                "operation `{}` declares path parameter `{}` that its path `{}` does not use",
                op.id, p.name, op.path
            )));
        }
    }

    let mut args = Vec::new();
    for p in &ordered_path {
        let ident = param_ident(p);
        let t = param_type(p);
        args.push(quote!(#ident: #t));
    }

    let mut body_code = TokenStream::new();
    if let Some(body) = &op.body {
        let (typed, encode) = body_encoding(model, body);
        let media = &body.media_type;
        let send = quote! {
            let raw = body.encode(#encode)?;
            request_builder = with_body(request_builder, raw, #media)?;
        };
        body_code = if body.required {
            args.push(quote!(request: impl ::std::convert::Into<RequestBody<#typed>>));
            quote! {
                let body = request.into();
                #send
            }
        } else {
            args.push(quote!(request: ::std::option::Option<RequestBody<#typed>>));
            quote! {
                if let ::std::option::Option::Some(body) = request {
                    #send
                }
            }
        };
    }

    let mut query = Vec::new();
    let mut headers = Vec::new();
    for p in &other_params {
        let ident = param_ident(p);
        let t = param_type(p);
        args.push(quote!(#ident: #t));
        let wire = &p.name;
        let value = if p.required {
            quote!(::std::option::Option::Some(&#ident))
        } else {
            quote!(#ident.as_ref())
        };
        let code = match p.location {
            ParamLocation::Query => quote! {
                if let ::std::option::Option::Some(value) = #value {
                    for text in text_of(value)? {
                        query.push((#wire, text));
                    }
                }
            },
            ParamLocation::Header => quote! {
                if let ::std::option::Option::Some(value) = #value {
                    request_builder = with_header(request_builder, #wire, text_of(value)?)?;
                }
            },
            ParamLocation::Cookie => quote! {
                if let ::std::option::Option::Some(value) = #value {
                    let text = text_of(value)?.join(",");
                    request_builder = with_header(request_builder, "cookie", ::std::vec![::std::format!("{}={}", #wire, text)])?;
                }
            },
            ParamLocation::Path => unreachable!("path parameters are handled above"),
        };
        match p.location {
            ParamLocation::Query => query.push(code),
            _ => headers.push(code),
        }
    }
    let query_code = (!query.is_empty()).then(|| {
        quote! {
            let mut query: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
            #( #query )*
            request_builder = request_builder.query(&query);
        }
    });

    let security = security_tokens(op, schemes)?;
    let many_args = (args.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let (enum_def, decode) = response_enum(op);
    let mutable =
        (query_code.is_some() || !headers.is_empty() || op.body.is_some()).then(|| quote!(mut));
    let method = quote! {
        #doc
        #many_args
        pub async fn #name(&self, #( #args ),*) -> ::std::result::Result<#response, Error> {
            let url = self.url(&[ #( #segments ),* ]);
            let #mutable request_builder = self.request(::reqwest::Method::#http_method, url, #security);
            #query_code
            #( #headers )*
            #body_code
            let answer = self.send(request_builder).await?;
            #decode
        }
    };
    Ok((method, enum_def))
}

/// The `&[&[Scheme]]` of an operation's alternatives.
fn security_tokens(op: &Operation, schemes: &[SchemeSpec]) -> Result<TokenStream, EmitError> {
    let mut alternatives = Vec::new();
    for alt in &op.security {
        let mut variants = Vec::new();
        for name in alt {
            let Some(spec) = schemes.iter().find(|s| s.name == *name) else {
                return Err(EmitError::Contract(format!(
                    "operation `{}` names security scheme `{name}`, which components.securitySchemes does not define",
                    op.id
                )));
            };
            let v = &spec.variant;
            variants.push(quote!(Scheme::#v));
        }
        alternatives.push(quote!(&[ #( #variants ),* ]));
    }
    Ok(quote!(&[ #( #alternatives ),* ]))
}

/// The typed body an operation takes and how it is encoded.
fn body_encoding(model: &Model, body: &crate::ir::Body) -> (TokenStream, TokenStream) {
    match &body.kind {
        BodyKind::Json => (ty(&body.ty), quote!(json_body)),
        BodyKind::Multipart { .. } => match &body.ty {
            TypeRef::Named(name) if struct_of(model, name).is_some() => {
                let form = form_name(name);
                (
                    quote!(#form),
                    quote!(|form: #form| form.into_parts().map(RawBody::Multipart)),
                )
            }
            _ => (
                quote!(::std::vec::Vec<FormPart>),
                quote!(|parts| ::std::result::Result::Ok(RawBody::Multipart(parts))),
            ),
        },
        BodyKind::Raw => {
            let media = &body.media_type;
            (
                quote!(::std::vec::Vec<u8>),
                quote!(|data| ::std::result::Result::Ok(RawBody::Bytes { content_type: #media.to_owned(), data })),
            )
        }
    }
}

/// The response enum of an operation, and the code decoding an answer into it.
fn response_enum(op: &Operation) -> (TokenStream, TokenStream) {
    let name = response_enum_name(op);
    let mut variants = Vec::new();
    let mut status_arms = Vec::new();
    let mut body_arms = Vec::new();
    let mut decode_arms = Vec::new();
    let mut responses: Vec<_> = op.responses.iter().collect();
    // Exact codes before ranges before `default`, as a reader of the spec would match them.
    responses.sort_by_key(|r| match r.status {
        Status::Code(c) => (0, c),
        Status::Range(d) => (1, d),
        Status::Default => (2, 0),
    });
    let mut has_default = false;
    for response in responses {
        let variant = format_ident!("{}", status_variant(response.status));
        let label = match response.status {
            Status::Code(c) => c.to_string(),
            Status::Range(d) => format!("{d}XX"),
            Status::Default => "Any other status".to_owned(),
        };
        let doc = format!(
            " {label}: {}",
            response
                .description
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
        );
        let body = response.body.as_ref().map(|(_, t)| match t {
            TypeRef::Binary => (
                quote!(::std::vec::Vec<u8>),
                quote!(answer.body.clone()),
                true,
            ),
            other => (ty(other), quote!(answer.json()?), false),
        });
        let (pattern, status_code) = match response.status {
            Status::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(c);
                (quote!(#c), quote!(#c))
            }
            Status::Range(d) => {
                let d = proc_macro2::Literal::u16_unsuffixed(d);
                (quote!(s if s / 100 == #d), quote!(*status))
            }
            Status::Default => {
                has_default = true;
                (quote!(_), quote!(*status))
            }
        };
        let carries_status = !matches!(response.status, Status::Code(_));
        // The same status in another media type (an event stream beside JSON, another audio
        // format): a variant of its own, chosen by the answer's `Content-Type`.
        if let Status::Code(c) = response.status {
            let c = proc_macro2::Literal::u16_unsuffixed(c);
            for (media, t) in &response.other_bodies {
                let other = format_ident!("{}{}", variant, type_ident(media));
                let doc = format!("{doc} (`{media}`)");
                let (t, read, raw) = match t {
                    TypeRef::Binary => (
                        quote!(::std::vec::Vec<u8>),
                        quote!(answer.body.clone()),
                        true,
                    ),
                    other => (ty(other), quote!(answer.json()?), false),
                };
                variants.push(quote!(#[doc = #doc] #other(#t),));
                decode_arms.push(quote! {
                    #c if answer
                        .headers
                        .get(::reqwest::header::CONTENT_TYPE)
                        .and_then(|v| v.to_str().ok())
                        .is_some_and(|v| v.split(';').next().unwrap_or_default().trim().eq_ignore_ascii_case(#media))
                        => #name::#other(#read),
                });
                status_arms.push(quote!(Self::#other(_) => #c,));
                body_arms.push(body_arm(quote!(Self::#other(body)), raw));
            }
        }
        match (body, carries_status) {
            (Some((t, read, raw)), false) => {
                variants.push(quote!(#[doc = #doc] #variant(#t),));
                decode_arms.push(quote!(#pattern => #name::#variant(#read),));
                status_arms.push(quote!(Self::#variant(_) => #status_code,));
                body_arms.push(body_arm(quote!(Self::#variant(body)), raw));
            }
            (Some((t, read, raw)), true) => {
                variants.push(quote!(#[doc = #doc] #variant(u16, #t),));
                decode_arms.push(quote!(#pattern => #name::#variant(answer.status, #read),));
                status_arms.push(quote!(Self::#variant(status, _) => #status_code,));
                body_arms.push(body_arm(quote!(Self::#variant(_, body)), raw));
            }
            (None, false) => {
                variants.push(quote!(#[doc = #doc] #variant,));
                decode_arms.push(quote!(#pattern => #name::#variant,));
                status_arms.push(quote!(Self::#variant => #status_code,));
                body_arms.push(quote!(Self::#variant => AnswerBody::Empty,));
            }
            (None, true) => {
                variants.push(quote!(#[doc = #doc] #variant(u16),));
                decode_arms.push(quote!(#pattern => #name::#variant(answer.status),));
                status_arms.push(quote!(Self::#variant(status) => #status_code,));
                body_arms.push(quote!(Self::#variant(_) => AnswerBody::Empty,));
            }
        }
    }
    let fallback = (!has_default)
        .then(|| quote!(_ => return ::std::result::Result::Err(answer.unexpected()),));
    let enum_doc = format!(
        " The answers of `{}`, one variant per documented status.",
        op.id
    );
    let def = quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variants )*
        }

        impl #name {
            /// The HTTP status of the answer.
            pub fn status(&self) -> u16 {
                match self {
                    #( #status_arms )*
                }
            }

            /// The body, for code that handles every operation alike.
            pub fn body(&self) -> AnswerBody<'_> {
                match self {
                    #( #body_arms )*
                }
            }
        }

        impl Answered for #name {
            fn status(&self) -> u16 {
                #name::status(self)
            }

            fn body(&self) -> AnswerBody<'_> {
                #name::body(self)
            }
        }
    };
    let decode = quote! {
        let decoded = match answer.status {
            #( #decode_arms )*
            #fallback
        };
        ::std::result::Result::Ok(decoded)
    };
    (def, decode)
}

fn body_arm(pattern: TokenStream, raw: bool) -> TokenStream {
    if raw {
        quote!(#pattern => AnswerBody::Bytes(body),)
    } else {
        quote!(#pattern => AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default()),)
    }
}

fn form_name(type_name: &str) -> Ident {
    format_ident!("{}Form", type_name)
}

fn is_optional(f: &Field) -> bool {
    !f.required || f.nullable
}

/// A multipart body as the client sends it: the request's fields, with files as [`FilePart`]s
/// (bytes with a name and media type) instead of bare bytes.
fn form_struct(type_name: &str, s: &Struct, file_fields: &[String]) -> TokenStream {
    let form = form_name(type_name);
    let typed = format_ident!("{}", type_name);
    let mut fields = Vec::new();
    let mut from = Vec::new();
    let mut parts = Vec::new();
    for f in &s.fields {
        let rust = format_ident!("{}", f.rust_name);
        let wire = &f.json_name;
        let doc = doc_attrs(f.doc.as_deref());
        let is_file = file_fields.contains(&f.json_name);
        let optional = is_optional(f);
        let list = matches!(&f.ty, TypeRef::Array(_));
        if is_file {
            let one = if list {
                quote!(::std::vec::Vec<FilePart>)
            } else {
                quote!(FilePart)
            };
            let field_ty = if optional {
                quote!(::std::option::Option<#one>)
            } else {
                one
            };
            fields.push(quote!(#doc pub #rust: #field_ty,));
            let convert_one =
                quote!(|b: super::types::Binary| FilePart::from_bytes(b.0).file_name(#wire));
            let convert = match (list, optional) {
                (false, false) => quote!(FilePart::from_bytes(typed.#rust.0).file_name(#wire)),
                (false, true) => quote!(typed.#rust.map(#convert_one)),
                (true, false) => quote!(typed.#rust.into_iter().map(#convert_one).collect()),
                (true, true) => {
                    quote!(typed.#rust.map(|files| files.into_iter().map(#convert_one).collect()))
                }
            };
            from.push(quote!(#rust: #convert,));
            let push = if list {
                quote!(for file in files { parts.push(FormPart::file(#wire, file)); })
            } else {
                quote!(parts.push(FormPart::file(#wire, files));)
            };
            parts.push(if optional {
                quote!(if let ::std::option::Option::Some(files) = self.#rust { #push })
            } else {
                quote!({ let files = self.#rust; #push })
            });
        } else {
            let mut field_ty = ty(&f.ty);
            if f.boxed {
                field_ty = quote!(::std::boxed::Box<#field_ty>);
            }
            if optional {
                field_ty = quote!(::std::option::Option<#field_ty>);
            }
            fields.push(quote!(#doc pub #rust: #field_ty,));
            from.push(quote!(#rust: typed.#rust,));
            parts.push(quote!(parts.extend(FormPart::values(#wire, &self.#rust)?);));
        }
    }
    if let Some(extra) = &s.additional {
        let extra = ty(extra);
        fields.push(quote! {
            /// Fields beyond the ones named above, each sent as its own part.
            pub additional_properties: ::std::collections::BTreeMap<::std::string::String, #extra>,
        });
        from.push(quote!(additional_properties: typed.additional_properties,));
        parts.push(quote! {
            for (name, value) in &self.additional_properties {
                parts.extend(FormPart::values(name, value)?);
            }
        });
    }
    let doc = format!(
        " [`{type_name}`](super::types::{type_name}) as a multipart form: files carry a name and a media type."
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #form {
            #( #fields )*
        }

        impl #form {
            /// The parts of the form, in the order of the schema's properties.
            pub fn into_parts(self) -> ::std::result::Result<::std::vec::Vec<FormPart>, Error> {
                let mut parts = ::std::vec::Vec::new();
                #( #parts )*
                ::std::result::Result::Ok(parts)
            }
        }

        /// Files sent with their field's name and no media type.
        impl ::std::convert::From<super::types::#typed> for #form {
            fn from(typed: super::types::#typed) -> Self {
                Self { #( #from )* }
            }
        }

        impl ::std::convert::From<super::types::#typed> for RequestBody<#form> {
            fn from(typed: super::types::#typed) -> Self {
                Self::Typed(typed.into())
            }
        }
    }
}

/// A submit operation and the operation that polls the jobs it creates.
pub struct JobPair<'a> {
    pub submit: &'a Operation,
    pub poll: &'a Operation,
    /// The job document's type name.
    pub job: String,
}

impl JobPair<'_> {
    /// `getAsyncChatCompletionJob` -> `wait_async_chat_completion_job`.
    pub fn wait_method(&self) -> String {
        let snake = self.poll.id.to_snake_case();
        match snake.strip_prefix("get_") {
            Some(rest) => format!("wait_{rest}"),
            None => format!("wait_for_{snake}"),
        }
    }
}

/// Submit operations and the operations that poll the jobs they create, as the IR paired them.
pub fn job_pairs(model: &Model) -> Vec<JobPair<'_>> {
    model
        .operations
        .iter()
        .filter_map(|submit| match &submit.job {
            Some(JobRole::Submit { job, poll, .. }) => Some(JobPair {
                submit,
                poll: model.operations.iter().find(|op| op.id == *poll)?,
                job: job.clone(),
            }),
            _ => None,
        })
        .collect()
}

fn wait_methods(pair: &JobPair<'_>) -> TokenStream {
    let wait = format_ident!("{}", pair.wait_method());
    let wait_progress = format_ident!("{}_with_progress", pair.wait_method());
    let poll = method_name(pair.poll);
    let response = response_enum_name(pair.poll);
    let job = ty(&TypeRef::Named(pair.job.clone()));
    let pending = named_body(pair.poll, 202) == Some(pair.job.as_str());
    let pending_arm = pending.then(|| quote!(#response::Accepted(job) => Step::Pending(job),));
    // The poll's `Prefer` header carries the wait loop's hold; its other optional parameters
    // stay unset.
    let extra_args = pair
        .poll
        .parameters
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
        .map(|p| match JobHeader::of(&p.name) {
            Some(JobHeader::Prefer) => quote!(, prefer.as_deref()),
            _ => quote!(, ::std::option::Option::None),
        });
    let doc = format!(
        " Polls `{}` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.\n\n\
         Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` \
         header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; \
         after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops \
         polling; the job itself goes on. Submit with [`Client::{}`].",
        pair.poll.id,
        method_name(pair.submit)
    );
    let doc = doc_attrs(Some(&doc));
    let doc_progress = format!(
        " As [`Client::{}`], calling `progress` with every state the job is seen in.",
        pair.wait_method()
    );
    quote! {
        #doc
        pub async fn #wait(&self, job_id: &str, options: &WaitOptions) -> ::std::result::Result<#job, WaitError<#job, #response>> {
            self.#wait_progress(job_id, options, |_| {}).await
        }

        #[doc = #doc_progress]
        pub async fn #wait_progress(
            &self,
            job_id: &str,
            options: &WaitOptions,
            mut progress: impl ::std::ops::FnMut(&#job),
        ) -> ::std::result::Result<#job, WaitError<#job, #response>> {
            wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.#poll(job_id #( #extra_args )*).await
                },
                |answer| match answer {
                    #response::Ok(job) => Step::Done(job),
                    #pending_arm
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
        }
    }
}

/// `JobState` for a job document: its id, and its `status` (or `state`) property when it has one.
fn job_state_impl(model: &Model, job: &str) -> TokenStream {
    let job_ty = ty(&TypeRef::Named(job.to_owned()));
    let id = job_id_field(&model.types, job).map(|f| format_ident!("{}", f.rust_name));
    let status = struct_of(model, job).and_then(|s| {
        ["status", "state"]
            .iter()
            .find_map(|name| s.fields.iter().find(|f| f.json_name == *name))
    });
    let (text, failed) = match status {
        Some(f) => {
            let field = format_ident!("{}", f.rust_name);
            let optional = is_optional(f);
            match &f.ty {
                TypeRef::Named(n) => match model.types.get(n) {
                    Some(NamedType {
                        def: TypeDef::StringEnum(values),
                        ..
                    }) => {
                        let enum_ty = ty(&f.ty);
                        let failed: Vec<Ident> = values
                            .iter()
                            .filter(|v| FAILED_STATUSES.contains(&v.value.as_str()))
                            .map(|v| format_ident!("{}", v.variant))
                            .collect();
                        let pattern = if failed.is_empty() {
                            quote!(false)
                        } else if optional {
                            quote!(
                                matches!(self.#field, #( ::std::option::Option::Some(#enum_ty::#failed) )|*)
                            )
                        } else {
                            quote!(matches!(self.#field, #( #enum_ty::#failed )|*))
                        };
                        let text = if optional {
                            quote!(self.#field.map(|s| s.as_str()).unwrap_or(""))
                        } else {
                            quote!(self.#field.as_str())
                        };
                        (text, pattern)
                    }
                    _ => (quote!(""), quote!(false)),
                },
                TypeRef::String => {
                    let text = if optional {
                        quote!(self.#field.as_deref().unwrap_or(""))
                    } else {
                        quote!(self.#field.as_str())
                    };
                    let failed = FAILED_STATUSES;
                    (text.clone(), quote!(matches!(#text, #( #failed )|*)))
                }
                _ => (quote!(""), quote!(false)),
            }
        }
        None => (quote!(""), quote!(false)),
    };
    quote! {
        impl JobState for #job_ty {
            fn job_id(&self) -> &str {
                &self.#id
            }

            fn status_text(&self) -> &str {
                #text
            }

            fn is_failed(&self) -> bool {
                #failed
            }
        }
    }
}
