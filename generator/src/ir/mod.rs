//! Stage 3: the model of what is emitted.
//!
//! The bundle says what the API accepts; the model says what Rust we write for it: named types
//! (struct, string enum, union, alias) and operations (method, path, parameters by location, body,
//! responses by status, security alternatives). Only types reachable from an operation are built,
//! in the order they are reached, and every name is settled here so emission is a plain walk.

mod jobs;
mod naming;
mod operations;
mod schema;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::bundle::Bundle;
use crate::diag::Warning;

pub use jobs::{job_id_field, named_body, JobHeader, JobRole, ListParam};
pub use naming::{
    field_ident, response_enum_name, status_variant, type_ident, unique, variant_ident,
};

/// Everything the emitters need.
#[derive(Debug, Clone)]
pub struct Model {
    pub types: BTreeMap<String, NamedType>,
    pub operations: Vec<Operation>,
    /// By the name operations use in their `security` alternatives.
    pub security_schemes: BTreeMap<String, SecurityScheme>,
    /// The webhooks the API sends (its `webhooks` section), by name, with their payload type.
    pub webhooks: BTreeMap<String, TypeRef>,
    pub warnings: Vec<Warning>,
}

impl Model {
    /// Whether the API sends webhooks (and so its client gets `verify_webhook`).
    pub fn has_webhooks(&self) -> bool {
        !self.webhooks.is_empty()
    }

    /// Whether any type holds raw bytes, so the emitters know to write the bytes helper.
    pub fn uses_binary(&self) -> bool {
        self.types
            .values()
            .any(|t| t.mentions(&|r| *r == TypeRef::Binary))
    }

    pub fn uses_date_time(&self) -> bool {
        self.types
            .values()
            .any(|t| t.mentions(&|r| *r == TypeRef::DateTime))
    }
}

/// A type with a name of its own in the generated code.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedType {
    /// The Rust identifier.
    pub name: String,
    pub doc: Option<String>,
    /// `file#pointer` of the schema it comes from.
    pub origin: String,
    pub def: TypeDef,
}

impl NamedType {
    fn mentions(&self, pred: &dyn Fn(&TypeRef) -> bool) -> bool {
        match &self.def {
            TypeDef::Struct(s) => {
                s.fields.iter().any(|f| f.ty.any(pred))
                    || s.additional.as_ref().is_some_and(|t| t.any(pred))
            }
            TypeDef::Union(u) => u.variants.iter().any(|v| v.ty.any(pred)),
            TypeDef::Alias(t) => t.any(pred),
            TypeDef::StringEnum(_) => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeDef {
    Struct(Struct),
    StringEnum(Vec<EnumValue>),
    Union(Union),
    /// `pub type Name = T;`: a component that is a plain type under a name of its own.
    Alias(TypeRef),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties beyond the named ones (`additionalProperties: <schema>`), kept in a map.
    pub additional: Option<TypeRef>,
    /// `additionalProperties: false`: unknown properties are an error.
    pub deny_unknown: bool,
    /// Sets of properties that must not all be present together (`not: {required: [a, b]}`),
    /// checked by `validate()`.
    pub exclusive: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The property name on the wire.
    pub json_name: String,
    /// The Rust field name.
    pub rust_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// The field sits on a cycle of inline (non-heap) types and must be boxed.
    pub boxed: bool,
    pub doc: Option<String>,
    pub constraints: Constraints,
    pub default: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    pub value: String,
    pub variant: String,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// In the order serde tries them: every variant is reachable.
    pub variants: Vec<Variant>,
    /// The tag property of an internally tagged union; `None` for an untagged one.
    pub tag: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    pub ty: TypeRef,
    /// The tag value that selects this variant (tagged unions only).
    pub tag_value: Option<String>,
    pub boxed: bool,
}

/// The type of a field, variant, parameter or body.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    Named(String),
    String,
    I32,
    I64,
    U64,
    F64,
    Bool,
    /// `format: binary`.
    Binary,
    /// `format: date-time`.
    DateTime,
    /// Anything at all.
    Value,
    /// A free-form object.
    Object,
    Array(Box<TypeRef>),
    /// An object whose every property has one type.
    Map(Box<TypeRef>),
}

impl TypeRef {
    /// Whether this type or one inside it satisfies `pred`.
    pub fn any(&self, pred: &dyn Fn(&TypeRef) -> bool) -> bool {
        pred(self)
            || match self {
                TypeRef::Array(inner) | TypeRef::Map(inner) => inner.any(pred),
                _ => false,
            }
    }
}

/// The limits a value must respect, kept for validation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub pattern: Option<String>,
    /// `propertyNames: {minLength, maxLength}` of a map: the limits on its keys.
    pub key_min_length: Option<usize>,
    pub key_max_length: Option<usize>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// How a credential is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityScheme {
    /// `Authorization: Bearer`.
    Bearer,
    /// `Authorization: Basic`.
    Basic,
    /// A key in the named request header (lower case).
    ApiKeyHeader(String),
    /// A key in the named query parameter.
    ApiKeyQuery(String),
    /// A key in the named cookie.
    ApiKeyCookie(String),
    /// Anything else (OAuth2, OpenID Connect, other HTTP schemes): described; a server of its
    /// own hands the request's headers to its check.
    Unsupported(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's `operationId`.
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub parameters: Vec<Parameter>,
    /// The request body in its preferred media type (JSON, then multipart, then the rest).
    pub body: Option<Body>,
    /// The same body in the operation's other media types, in spec order.
    pub other_bodies: Vec<Body>,
    pub responses: Vec<Response>,
    /// Alternatives, any one of which is enough; each names the schemes it needs together.
    pub security: Vec<Vec<String>>,
    /// What the operation does in an async job, when it is part of one.
    pub job: Option<JobRole>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub rust_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: TypeRef,
    pub default: Option<Value>,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub required: bool,
    pub media_type: String,
    pub kind: BodyKind,
    pub ty: TypeRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    /// `multipart/form-data`; the properties that carry files.
    Multipart {
        file_fields: Vec<String>,
    },
    /// Anything else, carried as raw bytes.
    Raw,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: Status,
    pub description: String,
    /// Media type and type of the body, when there is one (JSON preferred).
    pub body: Option<(String, TypeRef)>,
    /// The body's other media types and their types, in spec order (an event stream beside
    /// JSON, several audio formats): non-JSON ones are bytes.
    pub other_bodies: Vec<(String, TypeRef)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `2XX` and the like: the first digit.
    Range(u16),
    Default,
}

/// Builds the model of a bundle.
pub fn build(bundle: &Bundle) -> Model {
    let mut builder = schema::TypeBuilder::new(bundle);
    let mut operations = operations::build(bundle, &mut builder);
    let webhooks = webhook_payloads(bundle, &mut builder);
    let (mut types, mut warnings) = builder.finish();
    let security_schemes = security_schemes(bundle, &mut warnings);
    box_cycles(&mut types);
    for op in &mut operations {
        for body in op.body.iter_mut().chain(&mut op.other_bodies) {
            if let (BodyKind::Multipart { file_fields }, TypeRef::Named(name)) =
                (&mut body.kind, &body.ty)
            {
                *file_fields = file_fields_of(types.get(name));
            }
        }
    }
    jobs::classify(&mut operations, &types);
    warnings.sort();
    warnings.dedup();
    Model {
        types,
        operations,
        security_schemes,
        webhooks,
        warnings,
    }
}

/// The payload types of the requests the API sends (a 3.1 `webhooks` section, `x-webhooks` in
/// the bundle): a receiver decodes them, so they are types of the crate like any body.
fn webhook_payloads(
    bundle: &Bundle,
    builder: &mut schema::TypeBuilder<'_>,
) -> BTreeMap<String, TypeRef> {
    use openapiv3::{ReferenceOr, Schema};
    let mut payloads = BTreeMap::new();
    let Some(Value::Object(webhooks)) = bundle.document.get("x-webhooks") else {
        return payloads;
    };
    for (name, item) in webhooks {
        let Value::Object(methods) = item else {
            continue;
        };
        for (method, operation) in methods {
            let Some(schema) = operation
                .pointer("/requestBody/content/application~1json/schema")
                .cloned()
            else {
                continue;
            };
            let at = format!("#/x-webhooks/{name}/{method}/requestBody");
            match serde_json::from_value::<ReferenceOr<Schema>>(schema) {
                Ok(schema) => {
                    let hint = format!("{}_webhook", name.replace('-', "_"));
                    let (ty, _) = builder.type_of((&schema).into(), &hint, &at);
                    payloads.insert(name.clone(), ty);
                }
                Err(e) => builder.warn(&at, format!("not a schema ({e}); no type is built")),
            }
        }
    }
    payloads
}

fn security_schemes(
    bundle: &Bundle,
    warnings: &mut Vec<Warning>,
) -> BTreeMap<String, SecurityScheme> {
    use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme as Api};
    let Some(components) = &bundle.openapi.components else {
        return BTreeMap::new();
    };
    components
        .security_schemes
        .iter()
        .map(|(name, scheme)| {
            let scheme = match scheme {
                ReferenceOr::Item(Api::HTTP { scheme, .. })
                    if scheme.eq_ignore_ascii_case("bearer") =>
                {
                    SecurityScheme::Bearer
                }
                ReferenceOr::Item(Api::HTTP { scheme, .. })
                    if scheme.eq_ignore_ascii_case("basic") =>
                {
                    SecurityScheme::Basic
                }
                ReferenceOr::Item(Api::APIKey {
                    location: APIKeyLocation::Header,
                    name,
                    ..
                }) => SecurityScheme::ApiKeyHeader(name.to_ascii_lowercase()),
                ReferenceOr::Item(Api::APIKey {
                    location: APIKeyLocation::Query,
                    name,
                    ..
                }) => SecurityScheme::ApiKeyQuery(name.clone()),
                ReferenceOr::Item(Api::APIKey {
                    location: APIKeyLocation::Cookie,
                    name,
                    ..
                }) => SecurityScheme::ApiKeyCookie(name.clone()),
                other => {
                    let what = match other {
                        ReferenceOr::Item(Api::HTTP { scheme, .. }) => format!("http `{scheme}`"),
                        ReferenceOr::Item(Api::APIKey { .. }) => "an API key".into(),
                        ReferenceOr::Item(Api::OAuth2 { .. }) => "OAuth2".into(),
                        ReferenceOr::Item(Api::OpenIDConnect { .. }) => "OpenID Connect".into(),
                        ReferenceOr::Reference { .. } => "a reference".into(),
                    };
                    warnings.push(Warning::new(
                        format!("#/components/securitySchemes/{name}"),
                        format!("{what} is not read by the generated code: the client cannot send it, and a server of its own hands the request's headers to `Security::check`"),
                    ));
                    SecurityScheme::Unsupported(what)
                }
            };
            (name.clone(), scheme)
        })
        .collect()
}

/// Marks the fields and variants that hold a type inline while that type (directly or through
/// other inline holders) holds the first one again: without a `Box` such a type has no size.
fn box_cycles(types: &mut BTreeMap<String, NamedType>) {
    let edges: BTreeMap<String, BTreeSet<String>> = types
        .iter()
        .map(|(name, t)| (name.clone(), inline_targets(t).into_iter().collect()))
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut to_box: Vec<(String, usize)> = Vec::new();
    for (name, t) in types.iter() {
        let holders: Vec<Option<&TypeRef>> = match &t.def {
            TypeDef::Struct(s) => s.fields.iter().map(|f| Some(&f.ty)).collect(),
            TypeDef::Union(u) => u.variants.iter().map(|v| Some(&v.ty)).collect(),
            _ => Vec::new(),
        };
        for (i, ty) in holders.into_iter().enumerate() {
            if let Some(TypeRef::Named(target)) = ty {
                if reaches(target, name) {
                    to_box.push((name.clone(), i));
                }
            }
        }
    }
    for (name, i) in to_box {
        match types.get_mut(&name).map(|t| &mut t.def) {
            Some(TypeDef::Struct(s)) => s.fields[i].boxed = true,
            Some(TypeDef::Union(u)) => u.variants[i].boxed = true,
            _ => {}
        }
    }
}

/// The named types a type holds by value (not behind a `Vec` or a map).
fn inline_targets(t: &NamedType) -> Vec<String> {
    let direct = |r: &TypeRef| match r {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    };
    match &t.def {
        TypeDef::Struct(s) => s.fields.iter().filter_map(|f| direct(&f.ty)).collect(),
        TypeDef::Union(u) => u.variants.iter().filter_map(|v| direct(&v.ty)).collect(),
        TypeDef::Alias(r) => direct(r).into_iter().collect(),
        TypeDef::StringEnum(_) => Vec::new(),
    }
}

/// The properties of a multipart body that carry files (bytes, or a list of them).
fn file_fields_of(t: Option<&NamedType>) -> Vec<String> {
    let Some(TypeDef::Struct(s)) = t.map(|t| &t.def) else {
        return Vec::new();
    };
    s.fields
        .iter()
        .filter(|f| f.ty.any(&|r| *r == TypeRef::Binary))
        .map(|f| f.json_name.clone())
        .collect()
}
