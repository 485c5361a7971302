//! Stage 2: fold a multi-file tree into one OpenAPI document that `openapiv3` can read.
//!
//! Every `$ref` of the tree is rewritten to point inside the bundle:
//! - path items are inlined under `paths` (they have no component home in OpenAPI 3.0);
//! - anything else (schemas, parameters, responses, request bodies, headers, examples) is hoisted
//!   into `components.<kind>` under its key in the file that holds it, so `chat.yaml#/ChatMessage`
//!   becomes `#/components/schemas/ChatMessage`. A clash of names is renamed deterministically (file
//!   stem first, then a number) and reported as a warning;
//! - a `$ref` in data (a description, a summary, an example, a tag, an extension) is a JSON
//!   Reference like any other: it is replaced by its target, as bundlers such as Redocly do.
//!
//! OpenAPI 3.1 forms are normalised to the 3.0 dialect `openapiv3` reads, so the later stages see one
//! dialect: `type: [T, "null"]` -> `type: T, nullable: true`, `const` -> one-value `enum`, `examples`
//! -> `example`, numeric `exclusiveMinimum` -> `minimum` + flag, `null` branches of unions -> `nullable`.

use std::collections::{BTreeMap, HashMap, VecDeque};

use heck::ToUpperCamelCase;
use serde_json::{Map, Value};

use crate::diag::Warning;
use crate::load::{DocPath, LoadError, Location, SpecTree};

/// The OpenAPI version the bundle declares: the dialect everything is normalised to.
pub const BUNDLE_OPENAPI_VERSION: &str = "3.0.3";

/// The single-document form of a spec tree.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The bundled document as JSON, in the 3.0 dialect (what `--bundle` writes).
    pub document: Value,
    /// The same document, typed.
    pub openapi: openapiv3::OpenAPI,
    /// Where each component of the bundle came from, keyed by `(kind, name)`, e.g.
    /// `("schemas", "ChatMessage") -> schemas/inference/chat.yaml#/ChatMessage`.
    pub origins: BTreeMap<(String, String), Location>,
    pub warnings: Vec<Warning>,
}

impl Bundle {
    /// The original place of a pointer into the bundle (unescaped tokens), for messages: inside
    /// a component, the file it came from; elsewhere, the bundle's own pointer.
    pub fn origin_of_pointer(&self, tokens: &[&str]) -> String {
        if let ["components", kind, name, rest @ ..] = tokens {
            return self.origin_of(kind, name, rest);
        }
        let mut s = String::from("#");
        for t in tokens {
            s.push('/');
            s.push_str(&t.replace('~', "~0").replace('/', "~1"));
        }
        s
    }

    /// The original place of a pointer inside the bundle's components, for messages: `#/components/
    /// schemas/ChatMessage/properties/role` -> `schemas/inference/chat.yaml#/ChatMessage/properties/role`.
    pub fn origin_of(&self, kind: &str, name: &str, rest: &[&str]) -> String {
        match self.origins.get(&(kind.to_owned(), name.to_owned())) {
            Some(loc) => rest.iter().fold(loc.clone(), |l, t| l.child(t)).to_string(),
            None => {
                let mut s = format!("#/components/{kind}/{name}");
                for t in rest {
                    s.push('/');
                    s.push_str(&t.replace('~', "~0").replace('/', "~1"));
                }
                s
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("the root document is not a YAML mapping")]
    RootNotAMap,
    #[error("internal error: {0}")]
    Internal(String),
    #[error("x-common-responses: {0}")]
    Extension(String),
    #[error("the bundled document is not valid OpenAPI at {path}: {message}")]
    Dialect { path: String, message: String },
}

/// Builds the bundle of a loaded tree.
pub fn bundle(tree: &SpecTree) -> Result<Bundle, BundleError> {
    let mut bundler = Bundler {
        tree,
        names: HashMap::new(),
        taken: BTreeMap::new(),
        queue: VecDeque::new(),
        out: BTreeMap::new(),
        origins: BTreeMap::new(),
        warnings: Vec::new(),
    };
    let mut document = bundler.run()?;
    let mut bundle = Bundle {
        document: Value::Null,
        openapi: openapiv3::OpenAPI::default(),
        origins: bundler.origins,
        warnings: bundler.warnings,
    };
    bundle.openapi = typed(&mut document, &mut bundle)?;
    bundle.document = document;
    Ok(bundle)
}

/// How many schemas may be replaced by free-form ones before the document counts as broken.
const MAX_UNREADABLE_SCHEMAS: usize = 1000;

/// The document, typed. A schema `openapiv3` cannot read (an `enum` whose values do not match
/// its `type`, a fractional bound on an integer, …) becomes a free-form schema, with a warning
/// naming it; anything else it cannot read is an error.
fn typed(document: &mut Value, bundle: &mut Bundle) -> Result<openapiv3::OpenAPI, BundleError> {
    for _ in 0..MAX_UNREADABLE_SCHEMAS {
        let error = match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&*document) {
            Ok(api) => return Ok(api),
            Err(error) => error,
        };
        let dialect = || BundleError::Dialect {
            path: error.path().to_string(),
            message: error.inner().to_string(),
        };
        let tokens: Vec<String> = error
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                _ => None,
            })
            .collect();
        // The deepest schema on the path the error names: openapiv3 reads schemas through
        // untagged enums, so the path often stops at a schema that holds the real culprit.
        let mut ctx = Ctx::Doc;
        let mut schema_depth = None;
        for (i, token) in tokens.iter().enumerate() {
            ctx = ctx.child(token);
            if ctx == Ctx::Schema {
                schema_depth = Some(i + 1);
            }
        }
        let Some(depth) = schema_depth else {
            return Err(dialect());
        };
        let at = tokens[..depth].to_vec();
        let Some(node) = value_at_mut(document, &at) else {
            return Err(dialect());
        };
        let mut culprits = Vec::new();
        unreadable_schemas(node, &mut Vec::new(), &mut culprits);
        if culprits.is_empty() {
            return Err(dialect());
        }
        for relative in culprits {
            let Some(culprit) = value_at_mut(node, &relative) else {
                continue;
            };
            let why = schema_error(culprit).unwrap_or_default();
            let mut free = Map::new();
            if let Some(description) = culprit.get("description") {
                free.insert("description".into(), description.clone());
            }
            *culprit = Value::Object(free);
            let full: Vec<&str> = at.iter().chain(&relative).map(String::as_str).collect();
            bundle.warnings.push(Warning::new(
                bundle.origin_of_pointer(&full),
                format!("not a schema the generator can read ({why}); mapped to serde_json::Value"),
            ));
        }
    }
    Err(BundleError::Dialect {
        path: String::new(),
        message: format!("more than {MAX_UNREADABLE_SCHEMAS} unreadable schemas"),
    })
}

/// Why a schema cannot be read on its own, if it cannot.
fn schema_error(schema: &Value) -> Option<String> {
    use serde::Deserialize;
    openapiv3::ReferenceOr::<openapiv3::Schema>::deserialize(schema)
        .err()
        .map(|e| e.to_string())
}

/// The innermost schemas under an unreadable `schema` that are unreadable on their own (its
/// own pointer when none of its sub-schemas is), as pointers relative to it.
fn unreadable_schemas(schema: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut found_below = false;
    if let Value::Object(map) = schema {
        for (key, child) in map {
            let children: Vec<(Option<String>, &Value)> = match Ctx::Schema.child(key) {
                Ctx::Schema => vec![(None, child)],
                Ctx::SchemaMap => child
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (Some(k.clone()), v))
                    .collect(),
                Ctx::SchemaList => child
                    .as_array()
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(i, v)| (Some(i.to_string()), v))
                    .collect(),
                _ => Vec::new(),
            };
            for (inner, value) in children {
                if schema_error(value).is_none() {
                    continue;
                }
                found_below = true;
                at.push(key.clone());
                at.extend(inner.clone());
                unreadable_schemas(value, at, out);
                at.pop();
                if inner.is_some() {
                    at.pop();
                }
            }
        }
    }
    if !found_below && schema_error(schema).is_some() {
        out.push(at.clone());
    }
}

fn value_at_mut<'v>(value: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    tokens.iter().try_fold(value, |v, t| match v {
        Value::Object(map) => map.get_mut(t),
        Value::Array(items) => t.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// Where a node sits in an OpenAPI document, which decides what a `$ref` there means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Doc,
    Paths,
    PathItem,
    Operation,
    Parameters,
    Parameter,
    RequestBody,
    Responses,
    Response,
    Content,
    MediaType,
    Headers,
    Header,
    Examples,
    Example,
    Schema,
    SchemaMap,
    SchemaList,
    Components,
    ComponentMap(Kind),
    /// Data, not structure: examples, defaults, enums, extensions. Never rewritten.
    Literal,
    /// Structure the bundler does not model (callbacks, links): refs there are inlined.
    Other,
}

/// A section of `components`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
    Schemas,
    Responses,
    Parameters,
    Examples,
    RequestBodies,
    Headers,
    SecuritySchemes,
    Links,
    Callbacks,
    PathItems,
}

impl Kind {
    const ALL: [Kind; 10] = [
        Kind::Schemas,
        Kind::Responses,
        Kind::Parameters,
        Kind::Examples,
        Kind::RequestBodies,
        Kind::Headers,
        Kind::SecuritySchemes,
        Kind::Links,
        Kind::Callbacks,
        Kind::PathItems,
    ];

    fn key(self) -> &'static str {
        match self {
            Kind::Schemas => "schemas",
            Kind::Responses => "responses",
            Kind::Parameters => "parameters",
            Kind::Examples => "examples",
            Kind::RequestBodies => "requestBodies",
            Kind::Headers => "headers",
            Kind::SecuritySchemes => "securitySchemes",
            Kind::Links => "links",
            Kind::Callbacks => "callbacks",
            Kind::PathItems => "pathItems",
        }
    }

    fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The context of a component of this kind.
    fn ctx(self) -> Ctx {
        match self {
            Kind::Schemas => Ctx::Schema,
            Kind::Responses => Ctx::Response,
            Kind::Parameters => Ctx::Parameter,
            Kind::Examples => Ctx::Example,
            Kind::RequestBodies => Ctx::RequestBody,
            Kind::Headers => Ctx::Header,
            Kind::PathItems => Ctx::PathItem,
            Kind::SecuritySchemes => Ctx::Literal,
            Kind::Links | Kind::Callbacks => Ctx::Other,
        }
    }
}

impl Ctx {
    /// The context of the value under `key` (an object key or an array index) of a node in `self`.
    fn child(self, key: &str) -> Ctx {
        match self {
            Ctx::Doc => match key {
                "paths" => Ctx::Paths,
                "components" => Ctx::Components,
                "webhooks" => Ctx::Paths,
                _ => Ctx::Literal,
            },
            Ctx::Paths => Ctx::PathItem,
            Ctx::PathItem => match key {
                "parameters" => Ctx::Parameters,
                "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace" => {
                    Ctx::Operation
                }
                _ => Ctx::Literal,
            },
            Ctx::Operation => match key {
                "parameters" => Ctx::Parameters,
                "requestBody" => Ctx::RequestBody,
                "responses" => Ctx::Responses,
                "callbacks" => Ctx::Other,
                _ => Ctx::Literal,
            },
            Ctx::Parameters => Ctx::Parameter,
            Ctx::Parameter | Ctx::Header => match key {
                "schema" => Ctx::Schema,
                "content" => Ctx::Content,
                "examples" => Ctx::Examples,
                _ => Ctx::Literal,
            },
            Ctx::RequestBody | Ctx::Response => match key {
                "content" => Ctx::Content,
                "headers" => Ctx::Headers,
                "links" => Ctx::Other,
                _ => Ctx::Literal,
            },
            Ctx::Responses => Ctx::Response,
            Ctx::Content => Ctx::MediaType,
            Ctx::MediaType => match key {
                "schema" => Ctx::Schema,
                "examples" => Ctx::Examples,
                "encoding" => Ctx::Other,
                _ => Ctx::Literal,
            },
            Ctx::Headers => Ctx::Header,
            Ctx::Examples => Ctx::Example,
            Ctx::Example => Ctx::Literal,
            Ctx::Schema => match key {
                "properties" | "patternProperties" | "$defs" | "definitions"
                | "dependentSchemas" => Ctx::SchemaMap,
                "items"
                | "additionalProperties"
                | "not"
                | "contains"
                | "if"
                | "then"
                | "else"
                | "propertyNames"
                | "unevaluatedProperties"
                | "unevaluatedItems"
                | "additionalItems" => Ctx::Schema,
                "allOf" | "oneOf" | "anyOf" | "prefixItems" => Ctx::SchemaList,
                _ => Ctx::Literal,
            },
            Ctx::SchemaMap | Ctx::SchemaList => Ctx::Schema,
            Ctx::Components => match Kind::from_key(key) {
                Some(kind) => Ctx::ComponentMap(kind),
                None => Ctx::Literal,
            },
            Ctx::ComponentMap(kind) => kind.ctx(),
            Ctx::Literal => Ctx::Literal,
            Ctx::Other => Ctx::Other,
        }
    }

    /// The component kind a `$ref` in this context names; `None` means "inline the target".
    fn ref_kind(self) -> Option<Kind> {
        match self {
            Ctx::Schema => Some(Kind::Schemas),
            Ctx::Parameter => Some(Kind::Parameters),
            Ctx::Response => Some(Kind::Responses),
            Ctx::RequestBody => Some(Kind::RequestBodies),
            Ctx::Header => Some(Kind::Headers),
            Ctx::Example => Some(Kind::Examples),
            _ => None,
        }
    }
}

struct Bundler<'a> {
    tree: &'a SpecTree,
    /// Hoisted targets and the component each became.
    names: HashMap<Location, (Kind, String)>,
    /// Component names in use, per kind.
    taken: BTreeMap<(Kind, String), Location>,
    /// Targets whose content is still to be rewritten into `out`.
    queue: VecDeque<(Location, Kind, String)>,
    out: BTreeMap<Kind, BTreeMap<String, Value>>,
    origins: BTreeMap<(String, String), Location>,
    warnings: Vec<Warning>,
}

impl Bundler<'_> {
    fn run(&mut self) -> Result<Value, BundleError> {
        let root_file = self.tree.root.clone();
        let root_loc = Location {
            file: root_file.clone(),
            pointer: String::new(),
        };
        let root = self
            .tree
            .root_doc()
            .as_object()
            .ok_or(BundleError::RootNotAMap)?
            .clone();
        self.register_root_components(&root, &root_loc)?;

        let mut doc = Map::new();
        for (key, value) in &root {
            if key == "components"
                || key == COMMON_RESPONSES
                || key == COMMON_PARAMETERS
                || key == PARAMETER_LIMITS
            {
                continue;
            }
            let rewritten = self.rewrite(value, &root_loc.child(key), Ctx::Doc.child(key))?;
            doc.insert(key.clone(), rewritten);
        }
        if let Some(common) = root.get(COMMON_RESPONSES) {
            let at = root_loc.child(COMMON_RESPONSES);
            let common = self.common_responses(common, &at)?;
            let doc_secured = doc
                .get("security")
                .and_then(Value::as_array)
                .is_some_and(|s| !s.is_empty());
            if let Some(Value::Object(paths)) = doc.get_mut("paths") {
                add_common_responses(paths, &common, doc_secured);
            }
        }
        if let Some(common) = root.get(COMMON_PARAMETERS) {
            let at = root_loc.child(COMMON_PARAMETERS);
            let common = self.common_parameters(common, &at)?;
            if let Some(Value::Object(paths)) = doc.get_mut("paths") {
                add_common_parameters(paths, &common);
            }
        }
        while let Some((loc, kind, name)) = self.queue.pop_front() {
            // Not followed: a component that is itself a `$ref` stays a reference to the target's
            // own component, so each target is emitted once.
            let value = self.tree.get(&loc).cloned().ok_or_else(|| {
                BundleError::Internal(format!("{loc} was checked by load but is gone"))
            })?;
            let rewritten = self.rewrite(&value, &loc, kind.ctx())?;
            self.out.entry(kind).or_default().insert(name, rewritten);
        }

        if let Some(limits) = root.get(PARAMETER_LIMITS) {
            let Value::Object(limits) = limits else {
                return Err(BundleError::Extension(format!(
                    "{PARAMETER_LIMITS}: must map parameter names to schema keywords"
                )));
            };
            if let Some(Value::Object(paths)) = doc.get_mut("paths") {
                for item in paths.values_mut() {
                    limit_parameters(item, limits);
                }
            }
            if let Some(parameters) = self.out.get_mut(&Kind::Parameters) {
                for parameter in parameters.values_mut() {
                    limit_parameter(parameter, limits);
                }
            }
        }

        let mut components = Map::new();
        // Root-level component sections that were not rewritten (unknown keys, extensions) are kept.
        if let Some(Value::Object(root_components)) = root.get("components") {
            for (key, value) in root_components {
                if Kind::from_key(key).is_none() {
                    components.insert(key.clone(), value.clone());
                }
            }
        }
        for (kind, entries) in std::mem::take(&mut self.out) {
            if kind == Kind::PathItems {
                continue; // not a 3.0 section; path items are inlined where used
            }
            components.insert(
                kind.key().to_owned(),
                Value::Object(entries.into_iter().collect()),
            );
        }
        if !components.is_empty() {
            doc.insert("components".into(), Value::Object(components));
        }
        downgrade_document(&mut doc);
        Ok(Value::Object(doc))
    }

    /// The groups of `x-common-responses`, each status's response rewritten like any other.
    fn common_responses(
        &mut self,
        value: &Value,
        at: &Location,
    ) -> Result<CommonResponses, BundleError> {
        let Value::Object(groups) = value else {
            return Err(BundleError::Extension(format!(
                "{at}: must map groups to responses"
            )));
        };
        let mut common = CommonResponses::default();
        for (group, responses) in groups {
            let Value::Object(responses) = responses else {
                return Err(BundleError::Extension(format!(
                    "{at}/{group}: must map status codes to responses"
                )));
            };
            let mut rewritten = Map::new();
            for (status, response) in responses {
                let loc = at.child(group).child(status);
                rewritten.insert(status.clone(), self.rewrite(response, &loc, Ctx::Response)?);
            }
            match group.as_str() {
                "secured" => common.secured = rewritten,
                "with-body" => common.with_body = rewritten,
                "all" => common.all = rewritten,
                other => {
                    return Err(BundleError::Extension(format!(
                        "{at}: unknown group `{other}` (use `secured`, `with-body` or `all`)"
                    )))
                }
            }
        }
        Ok(common)
    }

    /// The groups of `x-common-parameters`, each parameter rewritten like any other.
    fn common_parameters(
        &mut self,
        value: &Value,
        at: &Location,
    ) -> Result<CommonParameters, BundleError> {
        let Value::Object(groups) = value else {
            return Err(BundleError::Extension(format!(
                "{at}: must map groups to lists of parameters"
            )));
        };
        let mut common = CommonParameters::default();
        for (group, parameters) in groups {
            let Value::Array(parameters) = parameters else {
                return Err(BundleError::Extension(format!(
                    "{at}/{group}: must be a list of parameters"
                )));
            };
            let mut rewritten = Vec::new();
            for (i, parameter) in parameters.iter().enumerate() {
                let loc = at.child(group).child(&i.to_string());
                rewritten.push(self.rewrite(parameter, &loc, Ctx::Parameter)?);
            }
            match group.as_str() {
                "with-body" => common.with_body = rewritten,
                "reads-one" => common.reads_one = rewritten,
                other => {
                    return Err(BundleError::Extension(format!(
                        "{at}: unknown group `{other}` (use `with-body` or `reads-one`)"
                    )))
                }
            }
        }
        Ok(common)
    }

    /// Root components keep their names. A root component that is only a `$ref` to another file
    /// (`ChatMessage: {$ref: ./chat.yaml#/ChatMessage}`) names that target, so it is emitted once.
    fn register_root_components(
        &mut self,
        root: &Map<String, Value>,
        root_loc: &Location,
    ) -> Result<(), BundleError> {
        let Some(Value::Object(components)) = root.get("components") else {
            return Ok(());
        };
        for (section, entries) in components {
            let (Some(kind), Value::Object(entries)) = (Kind::from_key(section), entries) else {
                continue;
            };
            for (name, value) in entries {
                let here = root_loc.child("components").child(section).child(name);
                // Only a ref to another file is an alias; a ref to another root component stays a ref.
                let target = match ref_of(value) {
                    Some(r) if kind != Kind::SecuritySchemes => {
                        let target = self.tree.resolve_ref(&root_loc.file, r)?;
                        if target.file == root_loc.file {
                            here.clone()
                        } else {
                            target
                        }
                    }
                    _ => here.clone(),
                };
                self.names.insert(here.clone(), (kind, name.clone()));
                if target != here && !self.names.contains_key(&target) {
                    self.names.insert(target.clone(), (kind, name.clone()));
                    self.claim(kind, name.clone(), target);
                } else {
                    self.claim(kind, name.clone(), here);
                }
            }
        }
        Ok(())
    }

    fn claim(&mut self, kind: Kind, name: String, target: Location) {
        self.taken.insert((kind, name.clone()), target.clone());
        self.origins
            .insert((kind.key().to_owned(), name.clone()), target.clone());
        self.queue.push_back((target, kind, name));
    }

    /// The component name of a target, hoisting it on first sight.
    fn component_name(&mut self, target: &Location, kind: Kind) -> String {
        if let Some((_, name)) = self.names.get(target) {
            return name.clone();
        }
        let base = sanitize_component_name(&target.last_token().unwrap_or_else(|| {
            file_stem(&target.file)
                .to_upper_camel_case()
                .trim()
                .to_owned()
        }));
        let mut name = base.clone();
        if self.taken.contains_key(&(kind, name.clone())) {
            let prefixed = format!("{}{}", file_stem(&target.file).to_upper_camel_case(), base);
            name = prefixed.clone();
            let mut n = 2;
            while self.taken.contains_key(&(kind, name.clone())) {
                name = format!("{prefixed}{n}");
                n += 1;
            }
            self.warnings.push(Warning::new(
                target,
                format!(
                    "{} name `{base}` is already used by {}; this one is bundled as `{name}`",
                    kind.key(),
                    self.taken[&(kind, base.clone())]
                ),
            ));
        }
        self.names.insert(target.clone(), (kind, name.clone()));
        self.claim(kind, name.clone(), target.clone());
        name
    }

    fn rewrite(&mut self, value: &Value, loc: &Location, ctx: Ctx) -> Result<Value, BundleError> {
        if ctx == Ctx::Literal {
            return self.inline_literal(value, loc, &mut Vec::new());
        }
        if let Some(reference) = ref_of(value) {
            let target = self.tree.resolve_ref(&loc.file, reference)?;
            return match ctx.ref_kind() {
                Some(kind) => {
                    let name = self.component_name(&target, kind);
                    Ok(ref_value(kind, &name))
                }
                None => {
                    let (final_loc, target_value) = self.tree.follow(&target)?;
                    let target_value = target_value.clone();
                    self.rewrite(&target_value, &final_loc, ctx)
                }
            };
        }
        match value {
            Value::Object(map) => {
                let mut out = Map::new();
                for (key, child) in map {
                    let child_ctx = if key.starts_with("x-") {
                        Ctx::Literal
                    } else {
                        ctx.child(key)
                    };
                    out.insert(
                        key.clone(),
                        self.rewrite(child, &loc.child(key), child_ctx)?,
                    );
                }
                if ctx == Ctx::Schema {
                    for keyword in UNSUPPORTED_KEYWORDS {
                        if map.contains_key(*keyword) {
                            self.warnings.push(Warning::new(
                                loc.child(keyword),
                                format!("`{keyword}` is not supported; ignored (the type comes from the other keywords, and the value is not checked against it)"),
                            ));
                        }
                    }
                    if let Some(names) = map.get("propertyNames") {
                        let unchecked: Vec<&str> = names
                            .as_object()
                            .into_iter()
                            .flatten()
                            .map(|(k, _)| k.as_str())
                            .filter(|k| !CHECKED_NAME_KEYWORDS.contains(k))
                            .collect();
                        if !unchecked.is_empty() || !names.is_object() {
                            self.warnings.push(Warning::new(
                                loc.child("propertyNames"),
                                format!(
                                    "`propertyNames` is checked for key lengths only; ignored: {}",
                                    if unchecked.is_empty() {
                                        "a schema that is not an object".to_owned()
                                    } else {
                                        unchecked.join(", ")
                                    }
                                ),
                            ));
                        }
                    }
                    self.rewrite_discriminator_mapping(&mut out, loc)?;
                    normalize_schema(&mut out);
                }
                Ok(Value::Object(out))
            }
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, child) in items.iter().enumerate() {
                    let key = i.to_string();
                    out.push(self.rewrite(child, &loc.child(&key), ctx.child(&key))?);
                }
                Ok(Value::Array(out))
            }
            other => Ok(other.clone()),
        }
    }

    /// Data (a description, an example, a tag, an extension) with every JSON Reference in it
    /// replaced by what it points at, as bundlers do: `description: {$ref: intro.yml#/text}`
    /// reads as the text. `inlining` holds the refs being expanded, outermost first: data that
    /// contains itself has no finite form, so a reference back into what is being expanded is
    /// kept as written, with a warning.
    fn inline_literal(
        &mut self,
        value: &Value,
        loc: &Location,
        inlining: &mut Vec<Location>,
    ) -> Result<Value, BundleError> {
        if !holds_ref(value) {
            return Ok(value.clone());
        }
        if ref_member_of(value).is_some() {
            let (target, target_value) = self.tree.follow(loc)?;
            if inlining.contains(&target) {
                let warning = Warning::new(
                    loc,
                    format!("the reference to {target} is inside its own target, so it cannot be inlined; kept as written"),
                );
                if !self.warnings.contains(&warning) {
                    self.warnings.push(warning);
                }
                return Ok(value.clone());
            }
            inlining.push(target.clone());
            let out = self.inline_literal(target_value, &target, inlining);
            inlining.pop();
            return out;
        }
        Ok(match value {
            Value::Object(map) => {
                let mut out = Map::with_capacity(map.len());
                for (key, child) in map {
                    out.insert(
                        key.clone(),
                        self.inline_literal(child, &loc.child(key), inlining)?,
                    );
                }
                Value::Object(out)
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, child)| self.inline_literal(child, &loc.child(&i.to_string()), inlining))
                .collect::<Result<_, _>>()?,
            other => other.clone(),
        })
    }

    /// Discriminator mappings hold references as plain strings; they must follow the schemas.
    fn rewrite_discriminator_mapping(
        &mut self,
        schema: &mut Map<String, Value>,
        loc: &Location,
    ) -> Result<(), BundleError> {
        let Some(Value::Object(mapping)) = schema
            .get_mut("discriminator")
            .and_then(|d| d.get_mut("mapping"))
        else {
            return Ok(());
        };
        for value in mapping.values_mut() {
            if let Value::String(reference) = value {
                if reference.contains('#') || reference.contains('/') || reference.ends_with("yaml")
                {
                    let target = self.tree.resolve_ref(&loc.file, reference)?;
                    let name = self.component_name(&target, Kind::Schemas);
                    *value = Value::String(format!("#/components/schemas/{name}"));
                }
            }
        }
        Ok(())
    }
}

/// What `propertyNames` may say for the keys of a map to be checked in full.
const CHECKED_NAME_KEYWORDS: &[&str] = &["type", "minLength", "maxLength", "description", "title"];

/// Where `propertyNames` is kept in the bundle: `openapiv3` drops keywords it does not know,
/// but keeps extensions, which the model reads the key limits from.
pub const PROPERTY_NAMES_EXTENSION: &str = "x-property-names";

/// JSON Schema keywords that neither `openapiv3` nor the generator reads.
const UNSUPPORTED_KEYWORDS: &[&str] = &[
    "prefixItems",
    "patternProperties",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "$dynamicRef",
];

/// The root extension adding schema keywords (limits the gateway enforces) to every parameter
/// of a name, wherever it is defined.
const PARAMETER_LIMITS: &str = "x-parameter-limits";

/// Applies the limits to the parameters of a path item and its operations.
fn limit_parameters(item: &mut Value, limits: &Map<String, Value>) {
    let Value::Object(item) = item else { return };
    for (key, value) in item.iter_mut() {
        if key == "parameters" {
            for parameter in value.as_array_mut().into_iter().flatten() {
                limit_parameter(parameter, limits);
            }
        } else if let Some(Value::Array(parameters)) = value.get_mut("parameters") {
            for parameter in parameters {
                limit_parameter(parameter, limits);
            }
        }
    }
}

fn limit_parameter(parameter: &mut Value, limits: &Map<String, Value>) {
    let Some(name) = parameter.get("name").and_then(Value::as_str) else {
        return;
    };
    let Some(Value::Object(extra)) = limits.get(name) else {
        return;
    };
    if let Some(Value::Object(schema)) = parameter.get_mut("schema") {
        for (k, v) in extra {
            schema.insert(k.clone(), v.clone());
        }
    }
}

/// The root extension naming parameters that every operation of a kind takes, beyond what each
/// operation lists itself (the gateway reads them on operations whose text is not ours to edit).
const COMMON_PARAMETERS: &str = "x-common-parameters";

#[derive(Debug, Default)]
struct CommonParameters {
    /// For operations with a request body.
    with_body: Vec<Value>,
    /// For `GET` operations whose path ends in a path parameter (one resource read by its id).
    reads_one: Vec<Value>,
}

/// Appends the common parameters to each operation of their group that does not list them.
fn add_common_parameters(paths: &mut Map<String, Value>, common: &CommonParameters) {
    for (path, item) in paths.iter_mut() {
        let Value::Object(item) = item else { continue };
        let reads_one = path.ends_with('}');
        for (method, op) in item.iter_mut() {
            let Value::Object(op) = op else { continue };
            let with_body = op.contains_key("requestBody");
            let groups = [
                (with_body, &common.with_body),
                (reads_one && method == "get", &common.reads_one),
            ];
            for (applies, group) in groups {
                if !applies || group.is_empty() {
                    continue;
                }
                let parameters = op
                    .entry("parameters")
                    .or_insert_with(|| Value::Array(Vec::new()));
                let Value::Array(parameters) = parameters else {
                    continue;
                };
                for parameter in group {
                    if !parameters.contains(parameter) {
                        parameters.push(parameter.clone());
                    }
                }
            }
        }
    }
}

/// The root extension naming answers that every operation of a kind can give.
const COMMON_RESPONSES: &str = "x-common-responses";

#[derive(Debug, Default)]
struct CommonResponses {
    /// For operations with a `security` requirement (their own or the document's).
    secured: Map<String, Value>,
    /// For operations with a request body.
    with_body: Map<String, Value>,
    all: Map<String, Value>,
}

/// Adds the common responses to each operation that lacks that status.
fn add_common_responses(
    paths: &mut Map<String, Value>,
    common: &CommonResponses,
    doc_secured: bool,
) {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for method in METHODS {
            let Some(Value::Object(op)) = item.get_mut(method) else {
                continue;
            };
            let secured = match op.get("security").and_then(Value::as_array) {
                Some(alternatives) => !alternatives.is_empty(),
                None => doc_secured,
            };
            let with_body = op.contains_key("requestBody");
            let responses = op
                .entry("responses")
                .or_insert_with(|| Value::Object(Map::new()));
            let Value::Object(responses) = responses else {
                continue;
            };
            let groups = [
                (secured, &common.secured),
                (with_body, &common.with_body),
                (true, &common.all),
            ];
            for (applies, group) in groups {
                if !applies {
                    continue;
                }
                for (status, response) in group {
                    if !responses.contains_key(status) {
                        responses.insert(status.clone(), response.clone());
                    }
                }
            }
        }
    }
}

/// The `$ref` member of a reference object, whatever its type (load has checked it).
fn ref_member_of(value: &Value) -> Option<&Value> {
    value.as_object()?.get("$ref")
}

/// Whether a `$ref` sits anywhere in `value`: most data holds none and is copied as it is.
fn holds_ref(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.contains_key("$ref") || map.values().any(holds_ref),
        Value::Array(items) => items.iter().any(holds_ref),
        _ => false,
    }
}

fn ref_of(value: &Value) -> Option<&str> {
    value.as_object()?.get("$ref")?.as_str()
}

fn ref_value(kind: Kind, name: &str) -> Value {
    let mut map = Map::new();
    map.insert(
        "$ref".into(),
        Value::String(format!("#/components/{}/{name}", kind.key())),
    );
    Value::Object(map)
}

fn file_stem(file: &DocPath) -> String {
    let name = file.as_str().rsplit('/').next().unwrap_or_default();
    name.split('.').next().unwrap_or(name).to_owned()
}

/// OpenAPI allows `[A-Za-z0-9._-]` in component names.
fn sanitize_component_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "Unnamed".into()
    } else {
        cleaned
    }
}

/// Rewrites the 3.1-only forms of one schema object (its children are already done).
fn normalize_schema(schema: &mut Map<String, Value>) {
    let mut nullable = false;

    if let Some(Value::Array(types)) = schema.get("type").cloned() {
        let (nulls, others): (Vec<_>, Vec<_>) =
            types.into_iter().partition(|t| t.as_str() == Some("null"));
        nullable |= !nulls.is_empty();
        match others.len() {
            0 => {
                schema.remove("type");
            }
            1 => {
                schema.insert("type".into(), others[0].clone());
            }
            _ => {
                schema.remove("type");
                let branches = others
                    .into_iter()
                    .map(|t| Value::Object(Map::from_iter([("type".to_owned(), t)])))
                    .collect();
                schema.insert("anyOf".into(), Value::Array(branches));
            }
        }
    }

    if let Some(value) = schema.remove("const") {
        if !schema.contains_key("type") {
            if let Some(t) = json_type_of(&value) {
                schema.insert("type".into(), Value::String(t.into()));
            }
        }
        schema.insert("enum".into(), Value::Array(vec![value]));
    }

    if let Some(Value::Array(values)) = schema.get_mut("enum") {
        let before = values.len();
        values.retain(|v| !v.is_null());
        nullable |= values.len() != before;
    }

    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(branches)) = schema.get_mut(key) {
            let before = branches.len();
            branches.retain(|b| b.get("type").and_then(Value::as_str) != Some("null"));
            nullable |= branches.len() != before;
        }
    }

    if let Some(examples) = schema.remove("examples") {
        if !schema.contains_key("example") {
            if let Some(first) = examples.as_array().and_then(|a| a.first()) {
                schema.insert("example".into(), first.clone());
            }
        }
    }

    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n) = schema.get(exclusive).filter(|v| v.is_number()).cloned() {
            schema.insert(bound.into(), n);
            schema.insert(exclusive.into(), Value::Bool(true));
        }
    }

    // A 3.1 file part is often spelled with `contentMediaType` instead of `format: binary`.
    if let Some(media) = schema.remove("contentMediaType") {
        let is_text = media.as_str().is_some_and(|m| m.starts_with("text/"));
        if !is_text && schema.get("type").and_then(Value::as_str) == Some("string") {
            schema
                .entry("format")
                .or_insert_with(|| Value::String("binary".into()));
        }
    }
    if let Some(names) = schema.remove("propertyNames") {
        schema.insert(PROPERTY_NAMES_EXTENSION.into(), names);
    }
    for key in ["$schema", "$id", "$comment", "contentEncoding"] {
        schema.remove(key);
    }

    if nullable {
        schema.insert("nullable".into(), Value::Bool(true));
    }
}

fn json_type_of(value: &Value) -> Option<&'static str> {
    Some(match value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => return None,
    })
}

/// Document-level fields that exist only in 3.1.
fn downgrade_document(doc: &mut Map<String, Value>) {
    doc.insert(
        "openapi".into(),
        Value::String(BUNDLE_OPENAPI_VERSION.into()),
    );
    doc.remove("jsonSchemaDialect");
    // 3.0 has no `webhooks`; `x-webhooks` is where 3.0 tools (Redoc among them) look for the
    // requests an API sends rather than receives, and the model builds their payload types.
    if let Some(webhooks) = doc.remove("webhooks") {
        doc.insert("x-webhooks".into(), webhooks);
    }
    if let Some(Value::Object(info)) = doc.get_mut("info") {
        info.remove("summary");
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn normalized(v: Value) -> Value {
        let Value::Object(mut map) = v else {
            unreachable!("test input is an object")
        };
        normalize_schema(&mut map);
        Value::Object(map)
    }

    #[test]
    fn type_arrays_become_nullable() {
        assert_eq!(
            normalized(json!({"type": ["string", "null"]})),
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            normalized(json!({"type": ["string", "integer"]})),
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn const_becomes_a_one_value_enum_with_a_type() {
        assert_eq!(
            normalized(json!({"const": "function"})),
            json!({"type": "string", "enum": ["function"]})
        );
    }

    #[test]
    fn null_branches_and_values_become_nullable() {
        assert_eq!(
            normalized(json!({"oneOf": [{"type": "integer"}, {"type": "null"}]})),
            json!({"oneOf": [{"type": "integer"}], "nullable": true})
        );
        assert_eq!(
            normalized(json!({"type": "string", "enum": ["a", null]})),
            json!({"type": "string", "enum": ["a"], "nullable": true})
        );
    }

    #[test]
    fn numeric_exclusive_bounds_become_flags() {
        assert_eq!(
            normalized(json!({"type": "number", "exclusiveMinimum": 0})),
            json!({"type": "number", "exclusiveMinimum": true, "minimum": 0})
        );
    }

    #[test]
    fn property_names_become_an_extension_openapiv3_keeps() {
        assert_eq!(
            normalized(json!({"type": "object", "propertyNames": {"maxLength": 64}})),
            json!({"type": "object", "x-property-names": {"maxLength": 64}})
        );
    }

    #[test]
    fn examples_become_example() {
        assert_eq!(
            normalized(json!({"type": "string", "examples": ["a", "b"]})),
            json!({"type": "string", "example": "a"})
        );
    }
}
