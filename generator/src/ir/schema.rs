//! Schemas to named types, following the mapping rules of the design:
//! `oneOf`/`anyOf` -> union (untagged, or internally tagged with a discriminator), `allOf` -> one
//! merged struct, string `enum` -> enum, optional -> `Option`, `additionalProperties` -> map, no type
//! -> `serde_json::Value`, `format: binary` -> bytes, `date-time` -> timestamp.
//!
//! Compositions that one struct cannot hold keep their meaning as far as Rust types can: an
//! `allOf` of a union and objects is a union of merged structs; `allOf` parts that only annotate
//! (`{nullable: true}`) are left out; `oneOf`/`anyOf` branches that only say which properties an
//! object requires become one struct per branch; `not: {required: [...]}` becomes a rule that
//! `validate()` checks.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::naming::{field_ident, type_ident, unique, variant_ident};
use super::{Constraints, EnumValue, Field, NamedType, Struct, TypeDef, TypeRef, Union, Variant};
use crate::bundle::{Bundle, PROPERTY_NAMES_EXTENSION};
use crate::diag::Warning;

/// Names the generated code defines for itself, which no schema may take.
const RESERVED_TYPE_NAMES: &[&str] = &["Binary"];

const SCHEMA_REF_PREFIX: &str = "#/components/schemas/";

/// A schema as written: by reference or inline.
#[derive(Clone, Copy)]
pub enum SchemaRef<'s> {
    Ref(&'s str),
    Inline(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

/// One view of a schema whatever variant `openapiv3` parsed it into (a typed one, or `Any` when
/// keywords are mixed, e.g. `type: object` beside `allOf`).
struct Flat<'s> {
    data: &'s SchemaData,
    typ: Option<&'s str>,
    format: Option<String>,
    enumeration: Vec<Value>,
    properties: Option<&'s IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
    items: Option<&'s ReferenceOr<Box<Schema>>>,
    one_of: &'s [ReferenceOr<Schema>],
    any_of: &'s [ReferenceOr<Schema>],
    all_of: &'s [ReferenceOr<Schema>],
    not: bool,
    /// The schema under `not`, when there is one.
    not_schema: Option<&'s ReferenceOr<Schema>>,
    constraints: Constraints,
}

fn format_name<T: std::fmt::Debug>(f: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match f {
        VariantOrUnknownOrEmpty::Item(item) => Some(kebab_of_debug(item)),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// `DateTime` -> `date-time`: the spelling the spec uses for the formats `openapiv3` knows.
fn kebab_of_debug<T: std::fmt::Debug>(item: &T) -> String {
    let debug = format!("{item:?}");
    let mut out = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl<'s> Flat<'s> {
    fn of(schema: &'s Schema) -> Flat<'s> {
        let mut flat = Flat {
            data: &schema.schema_data,
            typ: None,
            format: None,
            enumeration: Vec::new(),
            properties: None,
            required: &[],
            additional: None,
            items: None,
            one_of: &[],
            any_of: &[],
            all_of: &[],
            not: false,
            not_schema: None,
            constraints: Constraints::default(),
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => {
                flat.typ = Some("string");
                flat.format = format_name::<StringFormat>(&t.format);
                flat.enumeration = t
                    .enumeration
                    .iter()
                    .flatten()
                    .map(|s| Value::String(s.clone()))
                    .collect();
                flat.constraints.min_length = t.min_length;
                flat.constraints.max_length = t.max_length;
                flat.constraints.pattern = t.pattern.clone();
            }
            SchemaKind::Type(Type::Number(t)) => {
                flat.typ = Some("number");
                flat.format = format_name::<NumberFormat>(&t.format);
                flat.constraints.minimum = t.minimum;
                flat.constraints.maximum = t.maximum;
                flat.constraints.exclusive_minimum = t.exclusive_minimum;
                flat.constraints.exclusive_maximum = t.exclusive_maximum;
            }
            SchemaKind::Type(Type::Integer(t)) => {
                flat.typ = Some("integer");
                flat.format = format_name::<IntegerFormat>(&t.format);
                flat.constraints.minimum = t.minimum.map(|n| n as f64);
                flat.constraints.maximum = t.maximum.map(|n| n as f64);
                flat.constraints.exclusive_minimum = t.exclusive_minimum;
                flat.constraints.exclusive_maximum = t.exclusive_maximum;
            }
            SchemaKind::Type(Type::Boolean(_)) => flat.typ = Some("boolean"),
            SchemaKind::Type(Type::Object(t)) => {
                flat.typ = Some("object");
                flat.properties = Some(&t.properties);
                flat.required = &t.required;
                flat.additional = t.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(t)) => {
                flat.typ = Some("array");
                flat.items = t.items.as_ref();
                flat.constraints.min_items = t.min_items;
                flat.constraints.max_items = t.max_items;
            }
            SchemaKind::OneOf { one_of } => flat.one_of = one_of,
            SchemaKind::AnyOf { any_of } => flat.any_of = any_of,
            SchemaKind::AllOf { all_of } => flat.all_of = all_of,
            SchemaKind::Not { not } => {
                flat.not = true;
                flat.not_schema = Some(not);
            }
            SchemaKind::Any(a) => {
                flat.typ = a.typ.as_deref();
                flat.format = a.format.clone();
                flat.enumeration = a.enumeration.clone();
                flat.properties = (!a.properties.is_empty()).then_some(&a.properties);
                flat.required = &a.required;
                flat.additional = a.additional_properties.as_ref();
                flat.items = a.items.as_ref();
                flat.one_of = &a.one_of;
                flat.any_of = &a.any_of;
                flat.all_of = &a.all_of;
                flat.not = a.not.is_some();
                flat.not_schema = a.not.as_deref();
                flat.constraints = Constraints {
                    minimum: a.minimum,
                    maximum: a.maximum,
                    exclusive_minimum: a.exclusive_minimum.unwrap_or(false),
                    exclusive_maximum: a.exclusive_maximum.unwrap_or(false),
                    min_length: a.min_length,
                    max_length: a.max_length,
                    min_items: a.min_items,
                    max_items: a.max_items,
                    pattern: a.pattern.clone(),
                    ..Constraints::default()
                };
            }
        }
        if let Some(names) = schema.schema_data.extensions.get(PROPERTY_NAMES_EXTENSION) {
            let length = |key: &str| {
                names
                    .get(key)
                    .and_then(Value::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
            };
            flat.constraints.key_min_length = length("minLength");
            flat.constraints.key_max_length = length("maxLength");
        }
        flat
    }

    fn is_object_like(&self) -> bool {
        self.typ == Some("object") || (self.typ.is_none() && self.properties.is_some())
    }
}

pub struct TypeBuilder<'a> {
    bundle: &'a Bundle,
    /// Rust names of the components, settled up front so inline types never take them.
    component_names: BTreeMap<String, String>,
    /// Components whose type is built or being built.
    started: BTreeSet<String>,
    taken: BTreeSet<String>,
    types: BTreeMap<String, NamedType>,
    warnings: Vec<Warning>,
}

impl<'a> TypeBuilder<'a> {
    pub fn new(bundle: &'a Bundle) -> Self {
        let mut taken: BTreeSet<String> = RESERVED_TYPE_NAMES
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let mut component_names = BTreeMap::new();
        let mut warnings = Vec::new();
        if let Some(components) = &bundle.openapi.components {
            for name in components.schemas.keys() {
                let ident = unique(type_ident(name), &mut taken);
                if ident != type_ident(name) {
                    warnings.push(Warning::new(
                        bundle.origin_of("schemas", name, &[]),
                        format!(
                            "type name `{}` is taken; emitted as `{ident}`",
                            type_ident(name)
                        ),
                    ));
                }
                component_names.insert(name.clone(), ident);
            }
        }
        TypeBuilder {
            bundle,
            component_names,
            started: BTreeSet::new(),
            taken,
            types: BTreeMap::new(),
            warnings,
        }
    }

    pub fn warn(&mut self, at: impl std::fmt::Display, message: impl Into<String>) {
        self.warnings.push(Warning::new(at, message));
    }

    /// Where a component schema came from, for messages.
    pub fn origin(&self, component: &str, rest: &[&str]) -> String {
        self.bundle.origin_of("schemas", component, rest)
    }

    pub fn finish(mut self) -> (BTreeMap<String, NamedType>, Vec<Warning>) {
        let names: Vec<String> = self.types.keys().cloned().collect();
        for name in names {
            self.order_union(&name);
        }
        (self.types, self.warnings)
    }

    /// The type of a schema. `hint` names an inline struct, enum or union if one is needed;
    /// `at` locates the schema for messages. Returns the type and whether `null` is allowed.
    pub fn type_of(&mut self, schema: SchemaRef<'_>, hint: &str, at: &str) -> (TypeRef, bool) {
        match schema {
            SchemaRef::Ref(reference) => self.type_of_ref(reference, at),
            SchemaRef::Inline(s) => {
                let nullable = nullable_of(s);
                (
                    self.convert(&Flat::of(s), Naming::Inline(hint), at),
                    nullable,
                )
            }
        }
    }

    fn type_of_ref(&mut self, reference: &str, at: &str) -> (TypeRef, bool) {
        let Some(component) = reference.strip_prefix(SCHEMA_REF_PREFIX) else {
            self.warn(
                at,
                format!("`{reference}` is not a schema; mapped to serde_json::Value"),
            );
            return (TypeRef::Value, false);
        };
        let component = component.replace("~1", "/").replace("~0", "~");
        let Some(ident) = self.component_names.get(&component).cloned() else {
            self.warn(
                at,
                format!("no schema `{component}`; mapped to serde_json::Value"),
            );
            return (TypeRef::Value, false);
        };
        let nullable =
            matches!(self.component(&component), Some(ReferenceOr::Item(s)) if nullable_of(s));
        if self.started.insert(component.clone()) {
            self.build_component(&component, &ident);
        }
        (TypeRef::Named(ident), nullable)
    }

    fn component(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.bundle
            .openapi
            .components
            .as_ref()
            .and_then(|c| c.schemas.get(name))
    }

    fn build_component(&mut self, component: &str, ident: &str) {
        let at = self.origin(component, &[]);
        let Some(schema) = self.component(component) else {
            return;
        };
        match schema {
            ReferenceOr::Reference { reference } => {
                let (target, _) = self.type_of_ref(reference, &at);
                self.define(ident, None, &at, TypeDef::Alias(target));
            }
            ReferenceOr::Item(s) => {
                let flat = Flat::of(s);
                let ty = self.convert(&flat, Naming::Exact(ident), &at);
                if ty != TypeRef::Named(ident.to_owned()) {
                    self.define(ident, doc_of(flat.data), &at, TypeDef::Alias(ty));
                }
            }
        }
    }

    fn define(&mut self, name: &str, doc: Option<String>, at: &str, def: TypeDef) {
        self.types.insert(
            name.to_owned(),
            NamedType {
                name: name.to_owned(),
                doc,
                origin: at.to_owned(),
                def,
            },
        );
    }

    /// Settles the name of a type about to be defined.
    fn name_for(&mut self, naming: Naming<'_>) -> String {
        match naming {
            Naming::Exact(name) => name.to_owned(),
            Naming::Inline(hint) => unique(type_ident(hint), &mut self.taken),
        }
    }

    fn convert(&mut self, flat: &Flat<'_>, naming: Naming<'_>, at: &str) -> TypeRef {
        // `not: {required: [a, b]}` beside an object is a rule `validate()` checks; any other
        // `not` has no Rust type.
        if flat.not && (exclusive_of(flat).is_none() || !flat.is_object_like()) {
            self.warn(at, "`not` is not supported; mapped to serde_json::Value");
            return TypeRef::Value;
        }
        if !flat.all_of.is_empty() {
            return self.convert_all_of(flat, naming, at);
        }
        let branches = if flat.one_of.is_empty() {
            flat.any_of
        } else {
            flat.one_of
        };
        let own_properties = flat.properties.is_some_and(|p| !p.is_empty());
        if own_properties && !branches.is_empty() {
            let key = if flat.one_of.is_empty() {
                "anyOf"
            } else {
                "oneOf"
            };
            if branches.iter().all(refines_inline) {
                // `oneOf: [{required: [a]}, {properties: {kind: {enum: [x]}}}]` beside the
                // properties: rules about which properties go together, one struct per rule.
                return self.convert_refined_choice(flat, branches, key, naming, at);
            }
            self.warn(
                at,
                format!("properties beside `{key}` are not merged into its branches; the branches are kept"),
            );
        }
        if !branches.is_empty() {
            if branches.len() == 1 {
                return self.convert_only_part(SchemaRef::from(&branches[0]), naming, at);
            }
            return self.convert_union(flat, branches, naming, at);
        }
        if !flat.enumeration.is_empty() && matches!(flat.typ, Some("string") | None) {
            let values = flat
                .enumeration
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>();
            if values.is_none() && flat.typ == Some("string") {
                self.warn(
                    child(at, "enum"),
                    "`enum` has values that are not strings; mapped to String, values not checked",
                );
            }
            if let Some(values) = values {
                let name = self.name_for(naming);
                let mut variants = BTreeSet::new();
                let values = values
                    .into_iter()
                    .map(|value| EnumValue {
                        variant: unique(variant_ident(&value), &mut variants),
                        value,
                        doc: None,
                    })
                    .collect();
                self.define(&name, doc_of(flat.data), at, TypeDef::StringEnum(values));
                return TypeRef::Named(name);
            }
        }
        match flat.typ {
            Some("string") => match flat.format.as_deref() {
                Some("binary") => TypeRef::Binary,
                Some("date-time") => TypeRef::DateTime,
                _ => TypeRef::String,
            },
            Some("integer") => match flat.format.as_deref() {
                Some("int32") => TypeRef::I32,
                Some("uint32" | "uint64") => TypeRef::U64,
                _ => TypeRef::I64,
            },
            Some("number") => TypeRef::F64,
            Some("boolean") => TypeRef::Bool,
            Some("array") => match flat.items {
                Some(items) => {
                    let hint = format!("{}Item", naming.hint());
                    let (inner, _) =
                        self.type_of(SchemaRef::from(items), &hint, &child(at, "items"));
                    TypeRef::Array(Box::new(inner))
                }
                None => TypeRef::Array(Box::new(TypeRef::Value)),
            },
            _ if flat.is_object_like() => self.convert_object(flat, naming, at),
            None => TypeRef::Value,
            Some(other) => {
                self.warn(
                    at,
                    format!("type `{other}` is not supported; mapped to serde_json::Value"),
                );
                TypeRef::Value
            }
        }
    }

    fn additional_type(
        &mut self,
        additional: Option<&AdditionalProperties>,
        hint: &str,
        at: &str,
    ) -> Option<TypeRef> {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let hint = format!("{hint}Value");
                let (ty, _) = self.type_of(
                    SchemaRef::from(s.as_ref()),
                    &hint,
                    &child(at, "additionalProperties"),
                );
                Some(ty)
            }
            _ => None,
        }
    }

    fn convert_object(&mut self, flat: &Flat<'_>, naming: Naming<'_>, at: &str) -> TypeRef {
        let Some(properties) = flat.properties.filter(|p| !p.is_empty()) else {
            return match self.additional_type(flat.additional, naming.hint(), at) {
                Some(TypeRef::Value) | None => TypeRef::Object,
                Some(value) => TypeRef::Map(Box::new(value)),
            };
        };
        let name = self.name_for(naming);
        let parts = ObjectParts {
            properties: properties
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        (SchemaRef::from(v), child(&child(at, "properties"), k)),
                    )
                })
                .collect(),
            required: flat.required.iter().cloned().collect(),
            additional: flat.additional,
            doc: doc_of(flat.data),
            exclusive: exclusive_of(flat).into_iter().collect(),
        };
        let def = self.build_struct(&name, parts, at);
        self.define(&name, doc_of(flat.data), at, TypeDef::Struct(def));
        TypeRef::Named(name)
    }

    /// An object whose `oneOf`/`anyOf` branches only refine it (`anyOf: [{required: [a]},
    /// {required: [b]}]`): a union with one struct per branch, each the object's properties
    /// with what that branch adds or requires, so a value must satisfy one branch to be read.
    fn convert_refined_choice(
        &mut self,
        flat: &Flat<'_>,
        branches: &[ReferenceOr<Schema>],
        key: &str,
        naming: Naming<'_>,
        at: &str,
    ) -> TypeRef {
        let name = self.name_for(naming);
        let mut variant_names = BTreeSet::new();
        let mut variants = Vec::new();
        for (i, branch) in branches.iter().enumerate() {
            let ReferenceOr::Item(s) = branch else {
                continue;
            };
            let branch_flat = Flat::of(s);
            let branch_at = child(&child(at, key), &i.to_string());
            let mut properties: IndexMap<String, (SchemaRef<'_>, String)> = IndexMap::new();
            for (k, v) in flat.properties.into_iter().flatten() {
                properties.insert(
                    k.clone(),
                    (SchemaRef::from(v), child(&child(at, "properties"), k)),
                );
            }
            // A branch that restates a property narrows it, so its schema wins.
            for (k, v) in branch_flat.properties.into_iter().flatten() {
                properties.insert(
                    k.clone(),
                    (
                        SchemaRef::from(v),
                        child(&child(&branch_at, "properties"), k),
                    ),
                );
            }
            let required: BTreeSet<String> = flat
                .required
                .iter()
                .chain(branch_flat.required)
                .cloned()
                .collect();
            let variant = match &s.schema_data.title {
                Some(title) => type_ident(title),
                None if !branch_flat.required.is_empty() => type_ident(
                    &branch_flat
                        .required
                        .iter()
                        .map(|r| type_ident(r))
                        .collect::<String>(),
                ),
                None => format!("Variant{}", i + 1),
            };
            let variant = unique(variant, &mut variant_names);
            let struct_name = unique(type_ident(&format!("{name}{variant}")), &mut self.taken);
            let mut exclusive: Vec<Vec<String>> = exclusive_of(flat).into_iter().collect();
            exclusive.extend(exclusive_of(&branch_flat));
            let parts = ObjectParts {
                properties,
                required,
                additional: branch_flat.additional.or(flat.additional),
                doc: doc_of(branch_flat.data),
                exclusive,
            };
            let doc = parts.doc.clone().or_else(|| doc_of(flat.data));
            let def = self.build_struct(&struct_name, parts, &branch_at);
            self.define(&struct_name, doc, &branch_at, TypeDef::Struct(def));
            variants.push(Variant {
                name: variant,
                ty: TypeRef::Named(struct_name),
                tag_value: None,
                boxed: false,
            });
        }
        self.define(
            &name,
            doc_of(flat.data),
            at,
            TypeDef::Union(Union {
                variants,
                tag: None,
            }),
        );
        TypeRef::Named(name)
    }

    fn build_struct(&mut self, name: &str, parts: ObjectParts<'_>, at: &str) -> Struct {
        let mut field_names = BTreeSet::new();
        let mut fields = Vec::new();
        for (json_name, (schema, prop_at)) in parts.properties {
            let hint = format!("{name}{}", type_ident(&json_name));
            let (ty, nullable) = self.type_of(schema, &hint, &prop_at);
            let (doc, constraints, default) = match schema {
                SchemaRef::Inline(s) => {
                    let f = Flat::of(s);
                    (
                        doc_of(f.data),
                        merged_constraints(&f),
                        f.data.default.clone(),
                    )
                }
                SchemaRef::Ref(reference) => (None, self.key_limits_of_ref(reference), None),
            };
            fields.push(Field {
                rust_name: unique(field_ident(&json_name), &mut field_names),
                required: parts.required.contains(&json_name),
                json_name,
                ty,
                nullable,
                boxed: false,
                doc,
                constraints,
                default,
            });
        }
        let deny_unknown = matches!(parts.additional, Some(AdditionalProperties::Any(false)));
        let additional = self
            .additional_type(parts.additional, name, at)
            .filter(|t| *t != TypeRef::Value);
        Struct {
            fields,
            additional,
            deny_unknown,
            exclusive: parts.exclusive,
        }
    }

    /// A composition of one part is that part, under the name the composition would have had.
    fn convert_only_part(&mut self, part: SchemaRef<'_>, naming: Naming<'_>, at: &str) -> TypeRef {
        match part {
            SchemaRef::Ref(reference) => self.type_of_ref(reference, at).0,
            SchemaRef::Inline(s) => self.convert(&Flat::of(s), naming, at),
        }
    }

    /// `allOf`: every part's properties and requirements in one struct.
    fn convert_all_of(&mut self, flat: &Flat<'_>, naming: Naming<'_>, at: &str) -> TypeRef {
        let own_fields = flat.properties.is_some_and(|p| !p.is_empty());
        let parts: Vec<(usize, &ReferenceOr<Schema>)> = flat
            .all_of
            .iter()
            .enumerate()
            .filter(|(_, p)| !annotates_only(p))
            .collect();
        if parts.len() == 1 && !own_fields {
            return self.convert_only_part(SchemaRef::from(parts[0].1), naming, at);
        }
        if !own_fields {
            if let Some(scalar) = self.same_kind_part(&parts) {
                // `allOf: [{type: string, maxLength: 8}, {minLength: 2}]`: one type, whose
                // limits the parts add up to (see `merged_constraints`).
                return self.convert_only_part(SchemaRef::from(scalar), naming, at);
            }
        }
        let unions: Vec<usize> = parts
            .iter()
            .filter(|(_, p)| self.part_flat(p).is_some_and(|f| is_union(&f)))
            .map(|(i, _)| *i)
            .collect();
        if let [union] = unions[..] {
            return match self.distribute_over_union(flat, union, naming, at) {
                Ok(ty) => ty,
                Err(why) => {
                    self.warn(at, format!("`allOf` {why}; mapped to serde_json::Value"));
                    TypeRef::Value
                }
            };
        }
        let mut parts = ObjectParts {
            properties: IndexMap::new(),
            required: BTreeSet::new(),
            additional: None,
            doc: doc_of(flat.data),
            exclusive: Vec::new(),
        };
        if let Err(why) = self.collect_parts(flat, at, &mut parts, 0) {
            self.warn(at, format!("`allOf` {why}; mapped to serde_json::Value"));
            return TypeRef::Value;
        }
        let name = self.name_for(naming);
        let doc = parts.doc.clone();
        let def = self.build_struct(&name, parts, at);
        self.define(&name, doc, at, TypeDef::Struct(def));
        TypeRef::Named(name)
    }

    /// The limits on the keys of a map component a property refers to (a component that is
    /// a map becomes an alias, so the property is where they are checked). A map that allows
    /// `null` is a one-branch union by now; its branch holds the limits.
    fn key_limits_of_ref(&self, reference: &str) -> Constraints {
        let Some(ReferenceOr::Item(s)) = reference
            .strip_prefix(SCHEMA_REF_PREFIX)
            .and_then(|c| self.component(c))
        else {
            return Constraints::default();
        };
        let mut flat = Flat::of(s);
        let branches = if flat.one_of.is_empty() {
            flat.any_of
        } else {
            flat.one_of
        };
        if let [ReferenceOr::Item(only)] = branches {
            flat = Flat::of(only);
        }
        Constraints {
            key_min_length: flat.constraints.key_min_length,
            key_max_length: flat.constraints.key_max_length,
            ..Constraints::default()
        }
    }

    /// The part that gives the type of an `allOf` whose parts are all of one type that is not
    /// an object (a string, a number, an array), the others adding only limits.
    fn same_kind_part<'p>(
        &self,
        parts: &[(usize, &'p ReferenceOr<Schema>)],
    ) -> Option<&'p ReferenceOr<Schema>>
    where
        'a: 'p,
    {
        let mut typed = None;
        for (_, part) in parts {
            let flat = self.part_flat(part)?;
            let composed =
                !flat.one_of.is_empty() || !flat.any_of.is_empty() || !flat.all_of.is_empty();
            if flat.is_object_like() || composed || flat.not || flat.additional.is_some() {
                return None;
            }
            match (flat.typ, typed) {
                (Some(t), None) => typed = Some((t, *part)),
                (Some(t), Some((seen, _))) if t != seen => return None,
                _ => {}
            }
        }
        typed.map(|(_, part)| part)
    }

    /// The view of an `allOf` part, through a reference to a component.
    fn part_flat<'p>(&self, part: &'p ReferenceOr<Schema>) -> Option<Flat<'p>>
    where
        'a: 'p,
    {
        match part {
            ReferenceOr::Reference { reference } => {
                let component = reference.strip_prefix(SCHEMA_REF_PREFIX)?;
                match self.component(component)? {
                    ReferenceOr::Item(s) => Some(Flat::of(s)),
                    ReferenceOr::Reference { .. } => None,
                }
            }
            ReferenceOr::Item(s) => Some(Flat::of(s)),
        }
    }

    /// `allOf: [<union>, <object>...]`: the object parts hold for whichever branch is taken, so
    /// each branch becomes a variant whose struct merges the branch with them.
    fn distribute_over_union(
        &mut self,
        flat: &Flat<'_>,
        union: usize,
        naming: Naming<'_>,
        at: &str,
    ) -> Result<TypeRef, String> {
        let union_part = &flat.all_of[union];
        let (union_flat, union_at) = match union_part {
            ReferenceOr::Reference { reference } => {
                let component = reference
                    .strip_prefix(SCHEMA_REF_PREFIX)
                    .unwrap_or_default();
                let flat = self
                    .part_flat(union_part)
                    .ok_or_else(|| format!("refers to `{reference}`, which cannot be merged"))?;
                (flat, self.origin(component, &[]))
            }
            ReferenceOr::Item(s) => (Flat::of(s), child(&child(at, "allOf"), &union.to_string())),
        };
        let key = if union_flat.one_of.is_empty() {
            "anyOf"
        } else {
            "oneOf"
        };
        let branches = if union_flat.one_of.is_empty() {
            union_flat.any_of
        } else {
            union_flat.one_of
        };
        let name = self.name_for(naming);
        let mut variant_names = BTreeSet::new();
        let mut planned = Vec::new();
        for (i, branch) in branches.iter().enumerate() {
            let branch_at = child(&child(&union_at, key), &i.to_string());
            let mut parts = ObjectParts {
                properties: IndexMap::new(),
                required: BTreeSet::new(),
                additional: None,
                doc: None,
                exclusive: Vec::new(),
            };
            let (branch_flat, branch_origin) = match branch {
                ReferenceOr::Reference { reference } => {
                    let component = reference
                        .strip_prefix(SCHEMA_REF_PREFIX)
                        .unwrap_or_default();
                    let flat = self.part_flat(branch).ok_or_else(|| {
                        format!("refers to `{reference}`, which cannot be merged")
                    })?;
                    (flat, self.origin(component, &[]))
                }
                ReferenceOr::Item(s) => (Flat::of(s), branch_at.clone()),
            };
            if !branch_flat.is_object_like() && branch_flat.all_of.is_empty() {
                return Err(format!(
                    "mixes in a union whose branch {branch_at} is not an object, which cannot be merged with the other parts"
                ));
            }
            self.collect_parts(&branch_flat, &branch_origin, &mut parts, 1)?;
            for (j, part) in flat.all_of.iter().enumerate() {
                if j == union {
                    continue;
                }
                let part_at = child(&child(at, "allOf"), &j.to_string());
                let (part_flat, part_origin) = match part {
                    ReferenceOr::Reference { reference } => {
                        let component = reference
                            .strip_prefix(SCHEMA_REF_PREFIX)
                            .unwrap_or_default();
                        let flat = self.part_flat(part).ok_or_else(|| {
                            format!("refers to `{reference}`, which cannot be merged")
                        })?;
                        (flat, self.origin(component, &[]))
                    }
                    ReferenceOr::Item(s) => (Flat::of(s), part_at),
                };
                self.collect_parts(&part_flat, &part_origin, &mut parts, 1)?;
            }
            for (k, v) in flat.properties.into_iter().flatten() {
                parts
                    .properties
                    .entry(k.clone())
                    .or_insert_with(|| (SchemaRef::from(v), child(&child(at, "properties"), k)));
            }
            parts.required.extend(flat.required.iter().cloned());
            let variant = unique(self.variant_guess(&name, branch), &mut variant_names);
            planned.push((variant, parts, branch_origin));
        }
        let mut variants = Vec::new();
        for (variant, parts, origin) in planned {
            let struct_name = unique(type_ident(&format!("{name}{variant}")), &mut self.taken);
            let doc = parts.doc.clone();
            let def = self.build_struct(&struct_name, parts, &origin);
            self.define(&struct_name, doc, &origin, TypeDef::Struct(def));
            variants.push(Variant {
                name: variant,
                ty: TypeRef::Named(struct_name),
                tag_value: None,
                boxed: false,
            });
        }
        self.define(
            &name,
            doc_of(flat.data).or_else(|| doc_of(union_flat.data)),
            at,
            TypeDef::Union(Union {
                variants,
                tag: None,
            }),
        );
        Ok(TypeRef::Named(name))
    }

    fn collect_parts<'s>(
        &self,
        flat: &Flat<'s>,
        at: &str,
        parts: &mut ObjectParts<'s>,
        depth: usize,
    ) -> Result<(), String>
    where
        'a: 's,
    {
        if depth > 32 {
            return Err("nests too deeply (a cycle of allOf?)".into());
        }
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
            return Err("mixes in a union, which cannot be merged into one struct".into());
        }
        if flat.typ.is_some_and(|t| t != "object") {
            return Err(format!(
                "mixes in a `{}`, which cannot be merged into a struct",
                flat.typ.unwrap_or_default()
            ));
        }
        for (i, part) in flat.all_of.iter().enumerate() {
            let part_at = child(&child(at, "allOf"), &i.to_string());
            match part {
                ReferenceOr::Reference { reference } => {
                    let component = reference
                        .strip_prefix(SCHEMA_REF_PREFIX)
                        .ok_or_else(|| format!("refers to `{reference}`, which is not a schema"))?;
                    match self.component(component) {
                        Some(ReferenceOr::Item(s)) => {
                            let inner = Flat::of(s);
                            let inner_at = self.origin(component, &[]);
                            self.collect_parts(&inner, &inner_at, parts, depth + 1)?;
                        }
                        _ => {
                            return Err(format!("refers to `{reference}`, which cannot be merged"))
                        }
                    }
                }
                ReferenceOr::Item(s) => {
                    let inner = Flat::of(s);
                    self.collect_parts(&inner, &part_at, parts, depth + 1)?;
                }
            }
        }
        if let Some(properties) = flat.properties {
            for (k, v) in properties {
                parts
                    .properties
                    .entry(k.clone())
                    .or_insert_with(|| (SchemaRef::from(v), child(&child(at, "properties"), k)));
            }
        }
        parts.required.extend(flat.required.iter().cloned());
        parts.exclusive.extend(exclusive_of(flat));
        if flat.additional.is_some() {
            parts.additional = flat.additional;
        }
        if parts.doc.is_none() {
            parts.doc = doc_of(flat.data);
        }
        Ok(())
    }

    fn convert_union(
        &mut self,
        flat: &Flat<'_>,
        branches: &[ReferenceOr<Schema>],
        naming: Naming<'_>,
        at: &str,
    ) -> TypeRef {
        let name = self.name_for(naming);
        let key = if flat.one_of.is_empty() {
            "anyOf"
        } else {
            "oneOf"
        };
        let mut variant_names = BTreeSet::new();
        let mut variants = Vec::new();
        for (i, branch) in branches.iter().enumerate() {
            let guess = self.variant_guess(&name, branch);
            let variant = unique(guess, &mut variant_names);
            let branch_at = child(&child(at, key), &i.to_string());
            let (ty, _) = self.type_of(
                SchemaRef::from(branch),
                &format!("{name}{variant}"),
                &branch_at,
            );
            if let Some(same) = variants.iter().find(|v: &&Variant| v.ty == ty) {
                self.warn(&branch_at, format!("branch has the same Rust type as variant `{}`, so it can never be chosen; dropped", same.name));
                continue;
            }
            variants.push(Variant {
                name: variant,
                ty,
                tag_value: None,
                boxed: false,
            });
        }
        let tag = flat.data.discriminator.as_ref().and_then(|d| {
            let all_refs = branches
                .iter()
                .all(|b| matches!(b, ReferenceOr::Reference { .. }));
            if !all_refs {
                return None;
            }
            for (variant, branch) in variants.iter_mut().zip(branches) {
                let ReferenceOr::Reference { reference } = branch else {
                    continue;
                };
                let from_mapping = d
                    .mapping
                    .iter()
                    .find(|(_, target)| *target == reference)
                    .map(|(value, _)| value.clone());
                let component = reference
                    .strip_prefix(SCHEMA_REF_PREFIX)
                    .unwrap_or(reference);
                variant.tag_value = Some(from_mapping.unwrap_or_else(|| component.to_owned()));
            }
            Some(d.property_name.clone())
        });
        self.define(
            &name,
            doc_of(flat.data),
            at,
            TypeDef::Union(Union { variants, tag }),
        );
        TypeRef::Named(name)
    }

    /// A variant name that says what the branch holds, without repeating the union's name.
    fn variant_guess(&self, union: &str, branch: &ReferenceOr<Schema>) -> String {
        match branch {
            ReferenceOr::Reference { reference } => {
                let component = reference.rsplit('/').next().unwrap_or(reference);
                let ident = self
                    .component_names
                    .get(component)
                    .cloned()
                    .unwrap_or_else(|| type_ident(component));
                match ident.strip_prefix(union) {
                    Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => {
                        rest.to_owned()
                    }
                    _ => ident,
                }
            }
            ReferenceOr::Item(s) => match &s.schema_data.title {
                Some(title) => type_ident(title),
                None => shape_name(&Flat::of(s), self),
            },
        }
    }

    /// Orders a union's variants so serde tries the most specific first and every variant can
    /// be chosen: an integer before a number, an enum before a string, a struct with more required
    /// fields before one with fewer, anything-goes last; for tagged unions, falls back to untagged
    /// when a variant would need the tag property it can never see.
    fn order_union(&mut self, name: &str) {
        let Some(TypeDef::Union(union)) = self.types.get(name).map(|t| t.def.clone()) else {
            return;
        };
        let mut union = union;
        if let Some(tag) = &union.tag {
            let needs_tag = union.variants.iter().any(|v| match &v.ty {
                TypeRef::Named(n) => matches!(self.types.get(n).map(|t| &t.def), Some(TypeDef::Struct(s)) if s.fields.iter().any(|f| &f.json_name == tag && f.required)),
                _ => true,
            });
            if needs_tag {
                union.tag = None;
                for variant in &mut union.variants {
                    variant.tag_value = None;
                }
            }
        }
        if union.tag.is_none() {
            let mut ranked: Vec<(i64, Variant)> = union
                .variants
                .into_iter()
                .map(|v| (-specificity(&v.ty, &self.types, 0), v))
                .collect();
            ranked.sort_by_key(|(rank, _)| *rank);
            union.variants = ranked.into_iter().map(|(_, v)| v).collect();
        }
        if let Some(t) = self.types.get_mut(name) {
            t.def = TypeDef::Union(union);
        }
    }
}

/// The properties that `not: {required: [...]}` forbids together, when that is all the `not`
/// says.
fn exclusive_of(flat: &Flat<'_>) -> Option<Vec<String>> {
    let Some(ReferenceOr::Item(s)) = flat.not_schema else {
        return None;
    };
    let inner = Flat::of(s);
    let only_required = matches!(inner.typ, None | Some("object"))
        && inner.properties.is_none_or(IndexMap::is_empty)
        && inner.additional.is_none()
        && inner.items.is_none()
        && inner.one_of.is_empty()
        && inner.any_of.is_empty()
        && inner.all_of.is_empty()
        && inner.enumeration.is_empty()
        && !inner.not
        && !inner.required.is_empty();
    only_required.then(|| inner.required.to_vec())
}

/// A schema's limits with those of its inline `allOf` parts: every part holds, so a limit any
/// part sets applies (the schema's own first, then the parts' in order).
fn merged_constraints(flat: &Flat<'_>) -> Constraints {
    let mut c = flat.constraints.clone();
    for part in flat.all_of {
        let ReferenceOr::Item(s) = part else {
            continue;
        };
        let p = merged_constraints(&Flat::of(s));
        if c.minimum.is_none() {
            c.minimum = p.minimum;
            c.exclusive_minimum = p.exclusive_minimum;
        }
        if c.maximum.is_none() {
            c.maximum = p.maximum;
            c.exclusive_maximum = p.exclusive_maximum;
        }
        c.min_length = c.min_length.or(p.min_length);
        c.max_length = c.max_length.or(p.max_length);
        c.min_items = c.min_items.or(p.min_items);
        c.max_items = c.max_items.or(p.max_items);
        c.pattern = c.pattern.or(p.pattern);
        c.key_min_length = c.key_min_length.or(p.key_min_length);
        c.key_max_length = c.key_max_length.or(p.key_max_length);
    }
    c
}

/// A `oneOf` or `anyOf` of more than one branch.
fn is_union(flat: &Flat<'_>) -> bool {
    flat.one_of.len() > 1 || flat.any_of.len() > 1
}

/// A part of an `allOf` that only annotates (`{nullable: true}`, a description): it adds no
/// type, property or rule, so it can be left out of the merge.
fn annotates_only(part: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = part else {
        return false;
    };
    let flat = Flat::of(s);
    flat.typ.is_none()
        && flat.format.is_none()
        && flat.enumeration.is_empty()
        && flat.properties.is_none_or(IndexMap::is_empty)
        && flat.required.is_empty()
        && flat.additional.is_none()
        && flat.items.is_none()
        && flat.one_of.is_empty()
        && flat.any_of.is_empty()
        && flat.all_of.is_empty()
        && !flat.not
        && flat.constraints.is_empty()
        && s.schema_data.discriminator.is_none()
}

/// Whether `null` is allowed: by the schema, or by an `allOf` part that only says so.
fn nullable_of(s: &Schema) -> bool {
    s.schema_data.nullable
        || Flat::of(s).all_of.iter().any(|p| {
            annotates_only(p) && matches!(p, ReferenceOr::Item(p) if p.schema_data.nullable)
        })
}

/// A branch that only restates rules or adds properties to the object beside it: inline,
/// with no type other than `object` and no composition of its own.
fn refines_inline(branch: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(s) = branch else {
        return false;
    };
    let flat = Flat::of(s);
    matches!(flat.typ, None | Some("object"))
        && flat.items.is_none()
        && flat.one_of.is_empty()
        && flat.any_of.is_empty()
        && flat.all_of.is_empty()
        && flat.enumeration.is_empty()
        && !flat.not
}

/// How narrow a type is as a deserialisation target: higher is tried first in an untagged union.
fn specificity(ty: &TypeRef, types: &BTreeMap<String, NamedType>, depth: usize) -> i64 {
    if depth > 8 {
        return 1;
    }
    match ty {
        TypeRef::Value => 0,
        TypeRef::Object => 1,
        TypeRef::Map(inner) => 2 + specificity(inner, types, depth + 1) / 4,
        TypeRef::String | TypeRef::F64 | TypeRef::Bool => 5,
        TypeRef::Binary => 6,
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => 10,
        TypeRef::DateTime => 15,
        TypeRef::Array(inner) => 5 + specificity(inner, types, depth + 1),
        TypeRef::Named(n) => match types.get(n).map(|t| &t.def) {
            Some(TypeDef::StringEnum(_)) => 20,
            Some(TypeDef::Struct(s)) => {
                let required = s.fields.iter().filter(|f| f.required).count() as i64;
                10 + 2 * required + if s.deny_unknown { 50 } else { 0 }
            }
            Some(TypeDef::Alias(inner)) => specificity(inner, types, depth + 1),
            Some(TypeDef::Union(_)) | None => 3,
        },
    }
}

fn shape_name(flat: &Flat<'_>, builder: &TypeBuilder<'_>) -> String {
    if !flat.enumeration.is_empty() {
        return "Enum".into();
    }
    match flat.typ {
        Some("string") => match flat.format.as_deref() {
            Some("binary") => "Binary".into(),
            Some("date-time") => "DateTime".into(),
            _ => "String".into(),
        },
        Some("integer") => "Integer".into(),
        Some("number") => "Number".into(),
        Some("boolean") => "Boolean".into(),
        Some("array") => {
            let inner = match flat.items {
                Some(ReferenceOr::Reference { reference }) => {
                    let component = reference.rsplit('/').next().unwrap_or(reference);
                    builder
                        .component_names
                        .get(component)
                        .cloned()
                        .unwrap_or_else(|| type_ident(component))
                }
                Some(ReferenceOr::Item(s)) => shape_name(&Flat::of(s), builder),
                None => "Value".into(),
            };
            format!("{inner}Array")
        }
        _ if flat.is_object_like() => "Object".into(),
        _ => "Value".into(),
    }
}

/// How a type about to be defined gets its name.
#[derive(Clone, Copy)]
enum Naming<'n> {
    /// A component: the name is settled already.
    Exact(&'n str),
    /// An inline schema: named from its place, made unique.
    Inline(&'n str),
}

impl<'n> Naming<'n> {
    fn hint(self) -> &'n str {
        match self {
            Naming::Exact(s) | Naming::Inline(s) => s,
        }
    }
}

struct ObjectParts<'s> {
    properties: IndexMap<String, (SchemaRef<'s>, String)>,
    required: BTreeSet<String>,
    additional: Option<&'s AdditionalProperties>,
    doc: Option<String>,
    /// Sets of properties that must not all be present (`not: {required: [...]}`).
    exclusive: Vec<Vec<String>>,
}

fn doc_of(data: &SchemaData) -> Option<String> {
    data.description
        .as_deref()
        .or(data.title.as_deref())
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

/// Appends one pointer token to a `file#pointer` location string.
pub fn child(at: &str, token: &str) -> String {
    format!("{at}/{}", token.replace('~', "~0").replace('/', "~1"))
}
