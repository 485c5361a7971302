//! Paths and operations to the model's operations, building the types they reach on the way.

use heck::ToUpperCamelCase;
use openapiv3::{
    MediaType, Parameter as ApiParameter, ParameterSchemaOrContent, PathItem, ReferenceOr,
    RequestBody, Response as ApiResponse, StatusCode,
};

use super::naming::{field_ident, type_ident, unique};
use super::schema::{child, SchemaRef, TypeBuilder};
use super::{Body, BodyKind, Operation, ParamLocation, Parameter, Response, Status, TypeRef};
use crate::bundle::Bundle;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

pub fn build(bundle: &Bundle, types: &mut TypeBuilder<'_>) -> Vec<Operation> {
    let api = &bundle.openapi;
    let mut operations = Vec::new();
    for (path, item) in &api.paths.paths {
        let ReferenceOr::Item(item) = item else {
            types.warn(
                format!("#/paths/{path}"),
                "path item reference left after bundling; skipped",
            );
            continue;
        };
        for (method, op) in operations_of(item) {
            let at = format!(
                "#/paths/{}/{method}",
                path.replace('~', "~0").replace('/', "~1")
            );
            let id = match &op.operation_id {
                Some(id) => id.clone(),
                None => {
                    let id = format!("{method} {path}").to_upper_camel_case();
                    types.warn(&at, format!("no operationId; named `{id}`"));
                    id
                }
            };
            let type_prefix = type_ident(&id);
            let parameters = item
                .parameters
                .iter()
                .chain(&op.parameters)
                .filter_map(|p| resolve_parameter(bundle, p))
                .map(|p| parameter(p, &type_prefix, &at, types))
                .collect::<Vec<_>>();
            // Operation parameters override path-level ones with the same name and place.
            let mut parameters = parameters;
            dedup_parameters(&mut parameters);
            match_path_parameters(path, &mut parameters, &at, types);
            // A query and a header parameter may share a name; their Rust names must differ.
            let mut rust_names = std::collections::BTreeSet::new();
            for p in &mut parameters {
                p.rust_name = unique(std::mem::take(&mut p.rust_name), &mut rust_names);
            }
            let (body, other_bodies) = op
                .request_body
                .as_ref()
                .and_then(|b| resolve_body(bundle, b))
                .map(|b| bodies(b, &type_prefix, &at, types))
                .unwrap_or_default();
            let responses = op
                .responses
                .default
                .iter()
                .map(|r| (Status::Default, r))
                .chain(op.responses.responses.iter().map(|(code, r)| {
                    let status = match code {
                        StatusCode::Code(c) => Status::Code(*c),
                        StatusCode::Range(r) => Status::Range(*r),
                    };
                    (status, r)
                }))
                .filter_map(|(status, r)| {
                    resolve_response(bundle, r)
                        .map(|r| response(status, r, &type_prefix, &at, types))
                })
                .collect();
            let security = op
                .security
                .as_ref()
                .or(api.security.as_ref())
                .map(|alternatives| {
                    alternatives
                        .iter()
                        .map(|req| req.keys().cloned().collect())
                        .collect()
                })
                .unwrap_or_default();
            operations.push(Operation {
                id,
                method: method.to_owned(),
                path: path.clone(),
                summary: op.summary.clone(),
                description: op.description.clone(),
                parameters,
                body,
                other_bodies,
                responses,
                security,
                job: None,
            });
        }
    }
    operations
}

fn operations_of(item: &PathItem) -> Vec<(&'static str, &openapiv3::Operation)> {
    let all = [
        &item.get,
        &item.put,
        &item.post,
        &item.delete,
        &item.options,
        &item.head,
        &item.patch,
        &item.trace,
    ];
    METHODS
        .into_iter()
        .zip(all)
        .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
        .collect()
}

/// The names between braces in a path template, in order.
fn placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

/// Makes the path parameters and the template agree: a declared parameter the template does not
/// hold is dropped, a placeholder nobody declared becomes a string parameter; each with a
/// warning.
fn match_path_parameters(
    path: &str,
    parameters: &mut Vec<Parameter>,
    at: &str,
    types: &mut TypeBuilder<'_>,
) {
    let names = placeholders(path);
    parameters.retain(|p| {
        let used = p.location != ParamLocation::Path || names.contains(&p.name);
        if !used {
            types.warn(
                child(&child(at, "parameters"), &p.name),
                format!(
                    "path parameter `{}` is not in the path `{path}`; dropped",
                    p.name
                ),
            );
        }
        used
    });
    for name in names {
        let declared = parameters
            .iter()
            .any(|p| p.location == ParamLocation::Path && p.name == name);
        if !declared {
            types.warn(
                at,
                format!(
                    "the path holds `{{{name}}}`, which no parameter declares; taken as a string"
                ),
            );
            parameters.push(Parameter {
                rust_name: field_ident(&name),
                name,
                location: ParamLocation::Path,
                required: true,
                ty: TypeRef::String,
                default: None,
                doc: None,
            });
        }
    }
}

fn dedup_parameters(parameters: &mut Vec<Parameter>) {
    let mut kept: Vec<Parameter> = Vec::new();
    for p in parameters.drain(..) {
        if let Some(existing) = kept
            .iter_mut()
            .find(|k| k.name == p.name && k.location == p.location)
        {
            *existing = p;
        } else {
            kept.push(p);
        }
    }
    *parameters = kept;
}

/// Follows `#/components/<section>/<name>` references (and refs to refs) to the item.
fn resolve<'a, T>(
    item: &'a ReferenceOr<T>,
    section: &str,
    lookup: impl Fn(&str) -> Option<&'a ReferenceOr<T>>,
) -> Option<&'a T> {
    let mut current = item;
    for _ in 0..32 {
        match current {
            ReferenceOr::Item(t) => return Some(t),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(&format!("#/components/{section}/"))?;
                current = lookup(name)?;
            }
        }
    }
    None
}

fn resolve_parameter<'a>(
    bundle: &'a Bundle,
    p: &'a ReferenceOr<ApiParameter>,
) -> Option<&'a ApiParameter> {
    resolve(p, "parameters", |n| {
        bundle.openapi.components.as_ref()?.parameters.get(n)
    })
}

fn resolve_body<'a>(
    bundle: &'a Bundle,
    b: &'a ReferenceOr<RequestBody>,
) -> Option<&'a RequestBody> {
    resolve(b, "requestBodies", |n| {
        bundle.openapi.components.as_ref()?.request_bodies.get(n)
    })
}

fn resolve_response<'a>(
    bundle: &'a Bundle,
    r: &'a ReferenceOr<ApiResponse>,
) -> Option<&'a ApiResponse> {
    resolve(r, "responses", |n| {
        bundle.openapi.components.as_ref()?.responses.get(n)
    })
}

fn parameter(p: &ApiParameter, prefix: &str, at: &str, types: &mut TypeBuilder<'_>) -> Parameter {
    let (data, location) = match p {
        ApiParameter::Path { parameter_data, .. } => (parameter_data, ParamLocation::Path),
        ApiParameter::Query { parameter_data, .. } => (parameter_data, ParamLocation::Query),
        ApiParameter::Header { parameter_data, .. } => (parameter_data, ParamLocation::Header),
        ApiParameter::Cookie { parameter_data, .. } => (parameter_data, ParamLocation::Cookie),
    };
    let hint = format!("{prefix}{}", type_ident(&data.name));
    let param_at = child(&child(at, "parameters"), &data.name);
    let (ty, default) = match &data.format {
        ParameterSchemaOrContent::Schema(s) => {
            let default = match s {
                ReferenceOr::Item(schema) => schema.schema_data.default.clone(),
                ReferenceOr::Reference { .. } => None,
            };
            (
                types.type_of(SchemaRef::from(s), &hint, &param_at).0,
                default,
            )
        }
        ParameterSchemaOrContent::Content(content) => match content.first() {
            Some((_, media)) => (media_type(media, &hint, &param_at, types), None),
            None => (TypeRef::String, None),
        },
    };
    Parameter {
        name: data.name.clone(),
        rust_name: field_ident(&data.name),
        location,
        required: data.required || location == ParamLocation::Path,
        ty,
        default,
        doc: data.description.clone(),
    }
}

fn media_type(media: &MediaType, hint: &str, at: &str, types: &mut TypeBuilder<'_>) -> TypeRef {
    match &media.schema {
        Some(s) => {
            types
                .type_of(SchemaRef::from(s), hint, &child(at, "schema"))
                .0
        }
        None => TypeRef::Value,
    }
}

/// The media type a body is read as, most structured first.
fn preferred_media(
    content: &indexmap::IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType)> {
    let rank = |m: &str| {
        if m == "application/json" || m.ends_with("+json") {
            0
        } else if m == "multipart/form-data" {
            1
        } else if m == "application/x-www-form-urlencoded" {
            2
        } else {
            3
        }
    };
    content.iter().min_by_key(|(m, _)| rank(m))
}

/// The body in its preferred media type, then in the others (spec order).
fn bodies(
    b: &RequestBody,
    prefix: &str,
    at: &str,
    types: &mut TypeBuilder<'_>,
) -> (Option<Body>, Vec<Body>) {
    let Some((preferred, _)) = preferred_media(&b.content) else {
        return (None, Vec::new());
    };
    let mut first = None;
    let mut others = Vec::new();
    for (media, content) in &b.content {
        let hint = if media == preferred {
            format!("{prefix}Body")
        } else {
            format!("{prefix}{}Body", type_ident(media))
        };
        let body = body(b.required, media, content, &hint, at, types);
        if media == preferred {
            first = Some(body);
        } else {
            others.push(body);
        }
    }
    (first, others)
}

fn body(
    required: bool,
    media: &str,
    content: &MediaType,
    hint: &str,
    at: &str,
    types: &mut TypeBuilder<'_>,
) -> Body {
    let body_at = child(&child(&child(at, "requestBody"), "content"), media);
    let kind = if is_json(media) {
        BodyKind::Json
    } else if media == "multipart/form-data" {
        BodyKind::Multipart {
            file_fields: Vec::new(),
        }
    } else {
        BodyKind::Raw
    };
    let ty = if kind == BodyKind::Raw {
        TypeRef::Binary
    } else {
        media_type(content, hint, &body_at, types)
    };
    Body {
        required,
        media_type: media.to_owned(),
        kind,
        ty,
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}

fn response(
    status: Status,
    r: &ApiResponse,
    prefix: &str,
    at: &str,
    types: &mut TypeBuilder<'_>,
) -> Response {
    let code = match status {
        Status::Code(c) => c.to_string(),
        Status::Range(r) => format!("{r}XX"),
        Status::Default => "default".into(),
    };
    let preferred = preferred_media(&r.content).map(|(media, _)| media.clone());
    let mut body = None;
    let mut other_bodies = Vec::new();
    for (media, content) in &r.content {
        let ty = if is_json(media) {
            let hint = if Some(media) == preferred.as_ref() {
                format!("{prefix}Response{code}")
            } else {
                format!("{prefix}Response{code}{}", type_ident(media))
            };
            let resp_at = child(
                &child(&child(&child(at, "responses"), &code), "content"),
                media,
            );
            media_type(content, &hint, &resp_at, types)
        } else {
            TypeRef::Binary
        };
        if Some(media) == preferred.as_ref() {
            body = Some((media.clone(), ty));
        } else {
            other_bodies.push((media.clone(), ty));
        }
    }
    Response {
        status,
        description: r.description.clone(),
        body,
        other_bodies,
    }
}
