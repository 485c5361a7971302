//! Stage 1: read the OpenAPI tree.
//!
//! [`load`] reads the root YAML file and every file that a `$ref` reaches, converts each document
//! to a [`serde_json::Value`] and checks every reference on the way, so the later stages can look
//! any target up with [`SpecTree::get`] or [`SpecTree::follow`] without meeting a dangling ref.
//!
//! A `$ref` is `[relative-file-path][#json-pointer]`:
//!
//! - an empty file part means the file that holds the ref (not the root);
//! - a file part is relative to the folder of the file that holds the ref, and must stay inside
//!   the folder of the root file;
//! - no fragment means the whole file;
//! - the fragment is a JSON pointer (RFC 6901), possibly percent-encoded;
//! - remote refs (anything with a URI scheme, or `//host/...`) are refused.
//!
//! Any YAML or JSON number loads: JSON Schema numbers have no bound, so an integer beyond 64 bits
//! becomes the nearest float rather than an error (see `yaml`).
//!
//! The walk covers the whole root document and, in every other file, only the nodes that refs
//! point at (and everything under them). Each target is walked once, so recursive schemas and
//! refs to refs terminate. A `$ref` node's siblings are ignored. Every error that a reference led
//! to ends with the chain of `$ref` nodes that led there, outermost first, then the target that
//! failed, joined by ` -> `.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

mod yaml;

use serde_json::{Map, Number, Value};

use yaml::Node;

/// A file of the tree, as a path relative to the folder that holds the root file, with `/`
/// separators, normalised (no `.` or `..` components), e.g. `"paths/inference/async.yaml"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocPath(String);

impl DocPath {
    /// Normalises a `/`-separated path relative to the root folder (`.` and empty components are
    /// dropped, `..` goes up). `None` when it leaves the root folder, is absolute, or names no
    /// file.
    pub fn new(relative: &str) -> Option<DocPath> {
        if relative.starts_with('/') {
            return None;
        }
        normalise(Vec::new(), relative).ok()
    }

    /// The path, e.g. `"paths/inference/async.yaml"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The components of the folder that holds this file.
    fn folder(&self) -> Vec<&str> {
        let mut parts: Vec<&str> = self.0.split('/').collect();
        parts.pop();
        parts
    }
}

impl fmt::Display for DocPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a relative path could not be normalised.
enum PathProblem {
    /// A `..` went above the root folder.
    Escapes,
    /// Nothing is left: the path names a folder.
    NoFile,
}

/// Applies `relative` to the folder `base` (components relative to the root folder).
fn normalise<'a>(mut base: Vec<&'a str>, relative: &'a str) -> Result<DocPath, PathProblem> {
    if relative.ends_with('/') {
        return Err(PathProblem::NoFile);
    }
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if base.pop().is_none() {
                    return Err(PathProblem::Escapes);
                }
            }
            name => base.push(name),
        }
    }
    if base.is_empty() {
        return Err(PathProblem::NoFile);
    }
    Ok(DocPath(base.join("/")))
}

/// A place in the tree: a file and a JSON pointer into it, kept in its escaped form
/// (`"/paths/~1v1~1async~1embeddings"`); `""` is the whole document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file.
    pub file: DocPath,
    /// The JSON pointer into the file, escaped (`~0`, `~1`), empty for the whole document.
    pub pointer: String,
}

impl Location {
    /// The whole document `file`.
    pub fn document(file: DocPath) -> Location {
        Location {
            file,
            pointer: String::new(),
        }
    }

    /// The location of a child: appends one pointer token, escaping `~` as `~0` and `/` as `~1`.
    pub fn child(&self, token: &str) -> Location {
        let mut pointer = String::with_capacity(self.pointer.len() + token.len() + 1);
        pointer.push_str(&self.pointer);
        pointer.push('/');
        push_escaped(&mut pointer, token);
        Location {
            file: self.file.clone(),
            pointer,
        }
    }

    /// The last unescaped token of the pointer (e.g. `"ChatCompletionRequest"`), or `None` for
    /// the root.
    pub fn last_token(&self) -> Option<String> {
        if self.pointer.is_empty() {
            return None;
        }
        self.pointer.rsplit('/').next().map(unescape)
    }

    /// The unescaped tokens of the pointer, outermost first (empty for the whole document).
    pub fn tokens(&self) -> Vec<String> {
        pointer_tokens(&self.pointer)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.file, self.pointer)
    }
}

/// Appends `token` to `pointer`, escaping `~` as `~0` and `/` as `~1`.
fn push_escaped(pointer: &mut String, token: &str) {
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Unescapes one pointer token (`~1` -> `/`, then `~0` -> `~`).
fn unescape(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_owned()
    }
}

/// The unescaped tokens of an escaped pointer.
fn pointer_tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(unescape).collect()
}

/// Where a pointer lookup stopped.
struct Miss {
    /// The longest prefix of the pointer that exists, escaped.
    found: String,
    /// The first token that does not, unescaped.
    token: String,
}

/// The value at `pointer` (escaped) in `doc`.
fn lookup<'a>(doc: &'a Value, pointer: &str) -> Result<&'a Value, Miss> {
    if pointer.is_empty() {
        return Ok(doc);
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(Miss {
            found: String::new(),
            token: pointer.to_owned(),
        });
    };
    let mut current = doc;
    let mut found_len = 0;
    for raw in rest.split('/') {
        let token = unescape(raw);
        let next = match current {
            Value::Object(map) => map.get(&token),
            Value::Array(items) => array_index(&token).and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(value) => {
                current = value;
                found_len += 1 + raw.len();
            }
            None => {
                return Err(Miss {
                    found: pointer.get(..found_len).unwrap_or_default().to_owned(),
                    token,
                })
            }
        }
    }
    Ok(current)
}

/// A JSON pointer array index: `0` or digits without a leading zero.
fn array_index(token: &str) -> Option<usize> {
    let digits = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    if !digits || (token.len() > 1 && token.starts_with('0')) {
        return None;
    }
    token.parse().ok()
}

/// The `$ref` member of a node, when the node is a reference object.
fn ref_member(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(map) => map.get("$ref"),
        _ => None,
    }
}

/// What kind of JSON value this is, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Every file the root reaches, parsed.
#[derive(Debug, Clone)]
pub struct SpecTree {
    /// The folder that holds the root file; every [`DocPath`] is relative to it.
    pub root_dir: PathBuf,
    /// The root file.
    pub root: DocPath,
    /// Every file reached, by path.
    pub files: BTreeMap<DocPath, Value>,
}

/// Stands in for a root document that was taken out of [`SpecTree::files`].
static NULL: Value = Value::Null;

impl SpecTree {
    /// The root document.
    pub fn root_doc(&self) -> &Value {
        self.files.get(&self.root).unwrap_or(&NULL)
    }

    /// The value at a location, if it exists.
    pub fn get(&self, loc: &Location) -> Option<&Value> {
        lookup(self.files.get(&loc.file)?, &loc.pointer).ok()
    }

    /// Where a `$ref` string found in file `from` points. Pure syntax + path arithmetic (no
    /// existence check); the same rules and errors as [`load`]. The errors carry no chain.
    pub fn resolve_ref(&self, from: &DocPath, reference: &str) -> Result<Location, LoadError> {
        resolve(from, reference).map_err(|problem| problem.into_error(reference, Vec::new()))
    }

    /// Follows refs-to-refs from `loc` (a node that may itself be `{"$ref": ...}`) until a node
    /// that is not a ref; returns the final location and value. Cycles of pure refs are an
    /// error.
    pub fn follow(&self, loc: &Location) -> Result<(Location, &Value), LoadError> {
        let mut chain: Vec<Location> = Vec::new();
        let mut current = loc.clone();
        loop {
            let value = self.located(&current, &chain)?;
            let Some(member) = ref_member(value) else {
                return Ok((current, value));
            };
            chain.push(current.clone());
            let Some(reference) = member.as_str() else {
                return Err(not_a_string(member, chain));
            };
            let next = match resolve(&current.file, reference) {
                Ok(next) => next,
                Err(problem) => return Err(problem.into_error(reference, chain)),
            };
            if chain.contains(&next) {
                chain.push(next);
                return Err(LoadError::RefCycle { chain });
            }
            current = next;
        }
    }

    /// The value at `loc`, or the error that says why there is none; `chain` is the list of
    /// `$ref` nodes that led there.
    fn located(&self, loc: &Location, chain: &[Location]) -> Result<&Value, LoadError> {
        let with_target = || {
            let mut chain = chain.to_vec();
            chain.push(loc.clone());
            chain
        };
        let Some(doc) = self.files.get(&loc.file) else {
            return Err(LoadError::UnknownFile {
                file: loc.file.clone(),
                chain: with_target(),
            });
        };
        lookup(doc, &loc.pointer).map_err(|miss| LoadError::MissingPointer {
            file: loc.file.clone(),
            pointer: loc.pointer.clone(),
            found: miss.found,
            token: miss.token,
            chain: with_target(),
        })
    }
}

/// Why a `$ref` string could not be resolved.
enum RefProblem {
    Remote,
    Escapes,
    Invalid(&'static str),
}

impl RefProblem {
    fn into_error(self, reference: &str, chain: Vec<Location>) -> LoadError {
        let reference = reference.to_owned();
        match self {
            RefProblem::Remote => LoadError::RemoteRef { reference, chain },
            RefProblem::Escapes => LoadError::EscapesRoot { reference, chain },
            RefProblem::Invalid(why) => LoadError::InvalidRef {
                problem: format!("invalid ref {reference:?}: {why}"),
                reference: Some(reference),
                chain,
            },
        }
    }
}

/// The error for a `$ref` member that is not a string; `chain` ends with the ref node.
fn not_a_string(member: &Value, chain: Vec<Location>) -> LoadError {
    LoadError::InvalidRef {
        problem: format!("$ref is {}, not a string", kind(member)),
        reference: None,
        chain,
    }
}

/// Resolves `reference`, found in `from`, to a location (no existence check).
fn resolve(from: &DocPath, reference: &str) -> Result<Location, RefProblem> {
    if has_scheme(reference) || reference.starts_with("//") {
        return Err(RefProblem::Remote);
    }
    let (file_part, fragment) = match reference.split_once('#') {
        Some((file, fragment)) => (file, Some(fragment)),
        None => (reference, None),
    };
    let file = if file_part.is_empty() {
        from.clone()
    } else {
        let decoded = percent_decode(file_part)
            .ok_or(RefProblem::Invalid("bad percent-encoding in the file path"))?;
        if decoded.starts_with('/') {
            return Err(RefProblem::Escapes);
        }
        normalise(from.folder(), &decoded).map_err(|problem| match problem {
            PathProblem::Escapes => RefProblem::Escapes,
            PathProblem::NoFile => RefProblem::Invalid("the file path names a folder, not a file"),
        })?
    };
    let pointer = match fragment {
        None => String::new(),
        Some(fragment) => {
            let decoded = percent_decode(fragment)
                .ok_or(RefProblem::Invalid("bad percent-encoding in the fragment"))?;
            if !decoded.is_empty() && !decoded.starts_with('/') {
                return Err(RefProblem::Invalid(
                    "the fragment is not a JSON pointer (it must be empty or start with \"/\")",
                ));
            }
            if !escapes_ok(&decoded) {
                return Err(RefProblem::Invalid(
                    "bad escape in the JSON pointer (\"~\" must be followed by 0 or 1)",
                ));
            }
            decoded
        }
    };
    Ok(Location { file, pointer })
}

/// Whether the ref starts with a URI scheme (`https:`, `file:`, `C:`...).
fn has_scheme(reference: &str) -> bool {
    let Some(end) = reference.find([':', '/', '?', '#']) else {
        return false;
    };
    if !reference[end..].starts_with(':') {
        return false;
    }
    let mut chars = reference[..end].chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Whether every `~` in an escaped pointer is followed by `0` or `1`.
fn escapes_ok(pointer: &str) -> bool {
    let mut chars = pointer.chars();
    while let Some(c) = chars.next() {
        if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
            return false;
        }
    }
    true
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let high = hex_value(bytes.next()?)?;
            let low = hex_value(bytes.next()?)?;
            out.push(high * 16 + low);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The ` -> ` joined chain after a colon, or nothing when there is no chain.
fn chain_suffix(chain: &[Location]) -> String {
    if chain.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = chain.iter().map(Location::to_string).collect();
    format!(": {}", parts.join(" -> "))
}

/// The detail of a missing pointer: which token was not found, when the pointer is longer.
fn miss_detail(found: &str, token: &str) -> String {
    if found.is_empty() {
        String::new()
    } else {
        format!(" (no {token:?} under {found})")
    }
}

/// Why the tree could not be loaded. Every message says what is wrong first; those that a
/// reference led to end with `: ` and the chain of `$ref` nodes joined by ` -> `.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The root path given to [`load`] names no file.
    #[error("the root file {} has no usable file name", .path.display())]
    RootPath {
        /// The path given.
        path: PathBuf,
    },
    /// A file of the tree could not be read.
    #[error("cannot read {file} ({}): {source}{}", .path.display(), chain_suffix(.chain))]
    Io {
        /// The file.
        file: DocPath,
        /// Where it was looked for.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
        /// The refs that led to it, then the target (empty for the root file).
        chain: Vec<Location>,
    },
    /// A file is not valid YAML.
    #[error("YAML syntax error in {file}: {source}{}", chain_suffix(.chain))]
    Yaml {
        /// The file.
        file: DocPath,
        /// The line of the error (1-based), when known.
        line: Option<usize>,
        /// The column of the error (1-based), when known.
        column: Option<usize>,
        /// The parser's error.
        source: serde_yaml::Error,
        /// The refs that led to it, then the target (empty for the root file).
        chain: Vec<Location>,
    },
    /// A file is YAML that has no JSON form (non-finite number, tag, complex or duplicate key).
    #[error("unsupported YAML in {file} at {}: {problem}{}", display_pointer(.pointer), chain_suffix(.chain))]
    Unsupported {
        /// The file.
        file: DocPath,
        /// The node (escaped JSON pointer).
        pointer: String,
        /// What is wrong.
        problem: String,
        /// The refs that led to the file, then the target (empty for the root file).
        chain: Vec<Location>,
    },
    /// A ref's pointer names nothing in its file.
    #[error("missing pointer {pointer} in {file}{}{}", miss_detail(.found, .token), chain_suffix(.chain))]
    MissingPointer {
        /// The file.
        file: DocPath,
        /// The pointer (escaped).
        pointer: String,
        /// The longest prefix of the pointer that exists (escaped).
        found: String,
        /// The first token that does not exist (unescaped).
        token: String,
        /// The refs that led to it, then the target.
        chain: Vec<Location>,
    },
    /// A location names a file that is not part of the tree (only from [`SpecTree::follow`]
    /// with a location that no ref reached).
    #[error("{file} is not part of the loaded tree{}", chain_suffix(.chain))]
    UnknownFile {
        /// The file.
        file: DocPath,
        /// The refs that led to it, then the target.
        chain: Vec<Location>,
    },
    /// A ref with a URI scheme or a host.
    #[error("remote ref {reference:?} refused (only files in the spec folder are followed){}", chain_suffix(.chain))]
    RemoteRef {
        /// The ref as written.
        reference: String,
        /// The refs that led to it, ending with the remote ref itself.
        chain: Vec<Location>,
    },
    /// A ref whose path leaves the folder of the root file.
    #[error("ref {reference:?} escapes the spec folder{}", chain_suffix(.chain))]
    EscapesRoot {
        /// The ref as written.
        reference: String,
        /// The refs that led to it, ending with the ref itself.
        chain: Vec<Location>,
    },
    /// A `$ref` that is not a string, or not a well-formed reference.
    #[error("{problem}{}", chain_suffix(.chain))]
    InvalidRef {
        /// The ref as written, when it is a string.
        reference: Option<String>,
        /// What is wrong, e.g. `invalid ref "#/a%zz": bad percent-encoding in the fragment`.
        problem: String,
        /// The refs that led to it, ending with the ref itself.
        chain: Vec<Location>,
    },
    /// Refs to refs that come back to one of themselves.
    #[error("cycle of refs{}", chain_suffix(.chain))]
    RefCycle {
        /// The refs in order, ending with the first one repeated.
        chain: Vec<Location>,
    },
}

/// A pointer for messages: `""` reads as "the document root".
fn display_pointer(pointer: &str) -> String {
    if pointer.is_empty() {
        "the document root".to_owned()
    } else {
        pointer.to_owned()
    }
}

impl LoadError {
    /// The chain of references that led to the problem, outermost first (empty when not
    /// ref-related).
    pub fn chain(&self) -> &[Location] {
        match self {
            LoadError::RootPath { .. } => &[],
            LoadError::Io { chain, .. }
            | LoadError::Yaml { chain, .. }
            | LoadError::Unsupported { chain, .. }
            | LoadError::MissingPointer { chain, .. }
            | LoadError::UnknownFile { chain, .. }
            | LoadError::RemoteRef { chain, .. }
            | LoadError::EscapesRoot { chain, .. }
            | LoadError::InvalidRef { chain, .. }
            | LoadError::RefCycle { chain, .. } => chain,
        }
    }
}

/// Reads `root_file` and everything it reaches.
pub fn load(root_file: &Path) -> Result<SpecTree, LoadError> {
    let Some(name) = root_file.file_name().and_then(|n| n.to_str()) else {
        return Err(LoadError::RootPath {
            path: root_file.to_path_buf(),
        });
    };
    let root_dir = match root_file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let root = DocPath(name.to_owned());
    let mut tree = SpecTree {
        root_dir,
        root: root.clone(),
        files: BTreeMap::new(),
    };
    read_file(&mut tree, &root, &[])?;

    // Depth-first, in document order. A target is marked when first found, so the first chain
    // that reaches it is the one reported.
    let start = Location::document(root);
    let mut seen: HashSet<Location> = HashSet::from([start.clone()]);
    let mut ref_nodes: Vec<Location> = Vec::new();
    let mut ref_nodes_seen: HashSet<Location> = HashSet::new();
    let mut stack: Vec<(Location, Vec<Location>)> = vec![(start, Vec::new())];
    while let Some((target, chain)) = stack.pop() {
        if !tree.files.contains_key(&target.file) {
            let mut with_target = chain.clone();
            with_target.push(target.clone());
            read_file(&mut tree, &target.file, &with_target)?;
        }
        let value = tree.located(&target, &chain)?;
        let mut found = Vec::new();
        let mut pointer = target.pointer.clone();
        collect_refs(value, &mut pointer, &mut found);
        let mut next = Vec::new();
        for (pointer, member) in found {
            let at = Location {
                file: target.file.clone(),
                pointer,
            };
            let mut ref_chain = chain.clone();
            ref_chain.push(at.clone());
            let Some(reference) = member.as_str() else {
                return Err(not_a_string(member, ref_chain));
            };
            let to = match resolve(&target.file, reference) {
                Ok(to) => to,
                Err(problem) => return Err(problem.into_error(reference, ref_chain)),
            };
            if ref_nodes_seen.insert(at.clone()) {
                ref_nodes.push(at);
            }
            if seen.insert(to.clone()) {
                next.push((to, ref_chain));
            }
        }
        stack.extend(next.into_iter().rev());
    }

    // Every target exists now; refs to refs must also end somewhere.
    for at in &ref_nodes {
        tree.follow(at)?;
    }
    tracing::debug!(
        files = tree.files.len(),
        refs = ref_nodes.len(),
        "loaded the spec tree"
    );
    Ok(tree)
}

/// Collects the `$ref` members under `value` (whose escaped pointer is `pointer`), in document
/// order, without descending into reference objects.
fn collect_refs<'a>(value: &'a Value, pointer: &mut String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            if let Some(member) = map.get("$ref") {
                out.push((pointer.clone(), member));
                return;
            }
            for (key, child) in map {
                let len = pointer.len();
                pointer.push('/');
                push_escaped(pointer, key);
                collect_refs(child, pointer, out);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                collect_refs(child, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Reads, parses and converts `file` into the tree; `chain` is reported with any error.
fn read_file(tree: &mut SpecTree, file: &DocPath, chain: &[Location]) -> Result<(), LoadError> {
    let path = tree.root_dir.join(file.as_str());
    let text = std::fs::read_to_string(&path).map_err(|source| LoadError::Io {
        file: file.clone(),
        path: path.clone(),
        source,
        chain: chain.to_vec(),
    })?;
    let yaml_error = |source: serde_yaml::Error| LoadError::Yaml {
        file: file.clone(),
        line: source.location().map(|l| l.line()),
        column: source.location().map(|l| l.column()),
        source,
        chain: chain.to_vec(),
    };
    let yaml = Node::parse(&text).map_err(yaml_error)?;
    let mut pointer = String::new();
    let value = to_json(yaml, &mut pointer).map_err(|problem| LoadError::Unsupported {
        file: file.clone(),
        pointer,
        problem,
        chain: chain.to_vec(),
    })?;
    tracing::debug!(file = %file, path = %path.display(), "read spec file");
    tree.files.insert(file.clone(), value);
    Ok(())
}

/// Converts a YAML node to JSON. On error, `pointer` is left at the node that failed.
fn to_json(value: Node, pointer: &mut String) -> Result<Value, String> {
    Ok(match value {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(i) => Value::Number(Number::from(i)),
        Node::UInt(u) => Value::Number(Number::from(u)),
        Node::Float(f) => Value::Number(Number::from_f64(f).ok_or_else(|| {
            format!(
                "non-finite number {} has no JSON form",
                Node::number_text(f)
            )
        })?),
        Node::String(s) => Value::String(s),
        Node::Seq(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.into_iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                out.push(to_json(item, pointer)?);
                pointer.truncate(len);
            }
            Value::Array(out)
        }
        Node::Map(entries) => {
            let mut out = Map::with_capacity(entries.len());
            for (key, item) in entries {
                let key = json_key(key)?;
                let len = pointer.len();
                pointer.push('/');
                push_escaped(pointer, &key);
                if out.contains_key(&key) {
                    return Err(format!("duplicate key {key:?}"));
                }
                let item = to_json(item, pointer)?;
                pointer.truncate(len);
                out.insert(key, item);
            }
            Value::Object(out)
        }
        Node::Tagged(tag, _) => return Err(format!("YAML tag {tag} is not supported")),
    })
}

/// A YAML mapping key as a JSON object key: scalars take their string form (`200` -> `"200"`).
fn json_key(key: Node) -> Result<String, String> {
    match key {
        Node::String(s) => Ok(s),
        Node::Int(i) => Ok(i.to_string()),
        Node::UInt(u) => Ok(u.to_string()),
        Node::Float(f) if f.is_finite() => Ok(f.to_string()),
        Node::Float(f) => Err(format!(
            "non-finite number {} used as a key",
            Node::number_text(f)
        )),
        Node::Bool(b) => Ok(b.to_string()),
        Node::Null => Ok("null".to_owned()),
        Node::Seq(_) => Err("a sequence used as a key".to_owned()),
        Node::Map(_) => Err("a mapping used as a key".to_owned()),
        Node::Tagged(tag, _) => Err(format!("a tagged value ({tag}) used as a key")),
    }
}
