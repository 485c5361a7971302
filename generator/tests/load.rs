//! Tests of the `load` stage against the small trees under `tests/fixtures/load/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::load::{load, DocPath, LoadError, Location, SpecTree};
use serde_json::{json, Value};

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/load")
        .join(case)
}

fn load_case(case: &str) -> SpecTree {
    match load(&fixture(case).join("openapi.yaml")) {
        Ok(tree) => tree,
        Err(err) => panic!("{case} should load, got: {err}"),
    }
}

fn load_error(case: &str) -> LoadError {
    match load(&fixture(case).join("openapi.yaml")) {
        Ok(_) => panic!("{case} should not load"),
        Err(err) => err,
    }
}

fn doc(path: &str) -> DocPath {
    DocPath::new(path).expect("a valid DocPath")
}

fn loc(file: &str, pointer: &str) -> Location {
    Location {
        file: doc(file),
        pointer: pointer.to_owned(),
    }
}

fn chain_strings(err: &LoadError) -> Vec<String> {
    err.chain().iter().map(Location::to_string).collect()
}

fn file_names(tree: &SpecTree) -> Vec<&str> {
    tree.files.keys().map(DocPath::as_str).collect()
}

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

const ASYNC: &str = "paths/inference/async.yaml";
const EMBEDDINGS: &str = "schemas/inference/embeddings.yaml";

// --- Trees that load ---------------------------------------------------------------------------

#[test]
fn cross_file_tree_holds_every_reached_file_and_nothing_else() {
    let tree = load_case("cross_file");
    assert_eq!(tree.root.as_str(), "openapi.yaml");
    assert_eq!(tree.root_dir, fixture("cross_file"));
    // Not `does-not-exist.yaml` (sibling of a $ref) nor `nowhere.yaml` (unreferenced node).
    assert_eq!(
        file_names(&tree),
        [
            "openapi.yaml",
            ASYNC,
            "schemas/inference/common.yaml",
            EMBEDDINGS
        ]
    );
    assert_eq!(tree.root_doc()["info"]["title"], "Cross-file refs");
}

#[test]
fn path_file_ref_back_to_root_components() {
    let tree = load_case("cross_file");
    let (at, value) = tree
        .follow(&loc(ASYNC, "/async-embeddings/post/responses/400"))
        .expect("follows");
    assert_eq!(at, loc("openapi.yaml", "/components/responses/BadRequest"));
    assert_eq!(value["description"], "The request is malformed");
}

#[test]
fn hash_ref_resolves_inside_the_file_that_holds_it() {
    let tree = load_case("cross_file");
    let (at, value) = tree
        .follow(&loc(ASYNC, "/async-embeddings/post/parameters/0"))
        .expect("follows");
    assert_eq!(at, loc(ASYNC, "/components/parameters/AsyncResultTTL"));
    assert_eq!(value["name"], "x-bf-async-job-result-ttl");
    // The root has no parameters: resolving against the root would have failed.
    assert!(tree
        .get(&loc("openapi.yaml", "/components/parameters"))
        .is_none());
}

#[test]
fn refs_to_refs_are_followed_to_the_end() {
    let tree = load_case("cross_file");
    let schema = loc(
        "openapi.yaml",
        "/components/responses/BadRequest/content/application~1json/schema",
    );
    let (at, value) = tree.follow(&schema).expect("follows");
    assert_eq!(at, loc("openapi.yaml", "/components/schemas/Error"));
    assert_eq!(value["type"], "object");

    // Across files: a local ref to a node that refs another file.
    let (at, value) = tree
        .follow(&loc(EMBEDDINGS, "/EmbeddingRequest/properties/encoding"))
        .expect("follows");
    assert_eq!(at, loc("schemas/inference/common.yaml", "/Encoding"));
    assert_eq!(value["enum"], json!(["float", "base64"]));
}

#[test]
fn escaped_and_percent_encoded_pointers_reach_their_keys() {
    let tree = load_case("cross_file");
    let (at, value) = tree
        .follow(&loc(
            ASYNC,
            "/async-embeddings/post/responses/202/content/application~1json/schema",
        ))
        .expect("follows");
    assert_eq!(at, loc(EMBEDDINGS, "/a~1b~0c"));
    assert_eq!(at.last_token().as_deref(), Some("a/b~c"));
    assert_eq!(value["properties"]["id"]["type"], "string");

    let (at, value) = tree
        .follow(&loc(
            ASYNC,
            "/async-embeddings-job/get/responses/200/content/application~1json/schema",
        ))
        .expect("follows");
    assert_eq!(at, loc(EMBEDDINGS, "/Percent Name"));
    assert_eq!(value["type"], "string");
}

#[test]
fn scalar_keys_become_strings_in_document_order() {
    let tree = load_case("cross_file");
    assert_eq!(
        keys(&tree.root_doc()["x-scalar-keys"]),
        ["true", "404", "null", "1.5"]
    );
    let responses = tree
        .get(&loc(ASYNC, "/async-embeddings/post/responses"))
        .expect("responses");
    assert_eq!(keys(responses), ["202", "400"]);
    assert!(tree
        .get(&loc(ASYNC, "/async-embeddings-job/get/responses/200"))
        .is_some());
}

#[test]
fn recursive_schemas_terminate_and_load_both_files() {
    let tree = load_case("recursive");
    assert_eq!(
        file_names(&tree),
        ["openapi.yaml", "schemas/forest.yaml", "schemas/tree.yaml"]
    );
    let (at, _) = tree
        .follow(&loc(
            "openapi.yaml",
            "/components/schemas/Node/properties/children/items",
        ))
        .expect("follows");
    assert_eq!(at, loc("openapi.yaml", "/components/schemas/Node"));
    let (at, _) = tree
        .follow(&loc("schemas/forest.yaml", "/Forest/items"))
        .expect("follows");
    assert_eq!(at, loc("schemas/tree.yaml", "/Tree"));
    let (at, value) = tree
        .follow(&loc("schemas/tree.yaml", "/Tree/properties/root"))
        .expect("follows");
    assert_eq!(at, Location::document(doc("openapi.yaml")));
    assert_eq!(value["openapi"], "3.1.0");
}

// --- Trees that do not load: exact messages ----------------------------------------------------

#[test]
fn missing_pointer_reports_the_whole_chain() {
    let err = load_error("missing_pointer");
    assert_eq!(
        err.to_string(),
        "missing pointer /Missing in schemas/inference/embeddings.yaml: \
         openapi.yaml#/paths/~1v1~1async~1embeddings -> \
         paths/inference/async.yaml#/async-embeddings/post/requestBody/content/application~1json/schema -> \
         schemas/inference/embeddings.yaml#/Missing"
    );
    assert!(matches!(err, LoadError::MissingPointer { .. }));
    assert_eq!(
        chain_strings(&err),
        [
            "openapi.yaml#/paths/~1v1~1async~1embeddings",
            "paths/inference/async.yaml#/async-embeddings/post/requestBody/content/application~1json/schema",
            "schemas/inference/embeddings.yaml#/Missing",
        ]
    );
}

#[test]
fn missing_pointer_names_the_token_not_found() {
    let err = load_error("missing_token");
    assert_eq!(
        err.to_string(),
        "missing pointer /components/schemas/Thing in openapi.yaml \
         (no \"Thing\" under /components/schemas): \
         openapi.yaml#/paths/~1v1~1things/get/responses/200/content/application~1json/schema -> \
         openapi.yaml#/components/schemas/Thing"
    );
}

#[test]
fn missing_file_reports_the_os_error_and_chain() {
    let err = load_error("missing_file");
    let path = fixture("missing_file").join("schemas/pets.yaml");
    assert_eq!(
        err.to_string(),
        format!(
            "cannot read schemas/pets.yaml ({}): No such file or directory (os error 2): \
             openapi.yaml#/components/schemas/Pet -> schemas/pets.yaml#/Pet",
            path.display()
        )
    );
    match err {
        LoadError::Io { file, source, .. } => {
            assert_eq!(file.as_str(), "schemas/pets.yaml");
            assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        }
        other => panic!("expected Io, got {other:?}"),
    }
}

#[test]
fn missing_root_file_has_no_chain() {
    let root = fixture("no_such_case").join("openapi.yaml");
    let err = load(&root).expect_err("no root file");
    assert_eq!(
        err.to_string(),
        format!(
            "cannot read openapi.yaml ({}): No such file or directory (os error 2)",
            root.display()
        )
    );
    assert!(err.chain().is_empty());
}

#[test]
fn ref_escaping_the_spec_folder_is_refused() {
    let err = load_error("escapes_root");
    assert_eq!(
        err.to_string(),
        "ref \"../../outside.yaml#/Owner\" escapes the spec folder: \
         openapi.yaml#/components/schemas/Pet -> schemas/pets.yaml#/Pet/properties/owner"
    );
    assert!(matches!(err, LoadError::EscapesRoot { .. }));
}

#[test]
fn remote_ref_is_refused() {
    let err = load_error("remote_ref");
    assert_eq!(
        err.to_string(),
        "remote ref \"https://example.com/schemas/owner.yaml#/Owner\" refused \
         (only files in the spec folder are followed): \
         openapi.yaml#/components/schemas/Pet -> schemas/pets.yaml#/Pet/properties/owner"
    );
    assert!(matches!(err, LoadError::RemoteRef { .. }));
}

#[test]
fn yaml_syntax_error_gives_file_line_column_and_chain() {
    let err = load_error("yaml_error");
    assert_eq!(
        err.to_string(),
        "YAML syntax error in schemas/pets.yaml: mapping values are not allowed in this context \
         at line 3 column 33: openapi.yaml#/components/schemas/Pet -> schemas/pets.yaml#/Pet"
    );
    match err {
        LoadError::Yaml { line, column, .. } => {
            assert_eq!((line, column), (Some(3), Some(33)));
        }
        other => panic!("expected Yaml, got {other:?}"),
    }
}

#[test]
fn non_string_ref_is_refused() {
    let err = load_error("non_string_ref");
    assert_eq!(
        err.to_string(),
        "$ref is a number, not a string: openapi.yaml#/components/schemas/Pet"
    );
    assert!(matches!(err, LoadError::InvalidRef { .. }));
}

#[test]
fn cycle_of_pure_refs_is_refused_by_load() {
    let err = load_error("ref_cycle");
    assert_eq!(
        err.to_string(),
        "cycle of refs: openapi.yaml#/components/schemas/A -> \
         openapi.yaml#/components/schemas/B -> openapi.yaml#/components/schemas/A"
    );
    assert!(matches!(err, LoadError::RefCycle { .. }));
}

#[test]
fn non_finite_number_is_refused() {
    let err = load_error("non_finite");
    assert_eq!(
        err.to_string(),
        "unsupported YAML in openapi.yaml at /components/schemas/Limit/default: \
         non-finite number .inf has no JSON form"
    );
}

#[test]
fn integers_beyond_64_bits_load_as_the_nearest_float() {
    let tree = load_case("big_numbers");
    let draw = &tree.root_doc()["components"]["schemas"]["Draw"]["properties"];
    let number = |v: &Value| v.as_f64().expect("a number");
    assert_eq!(
        number(&draw["seed"]["minimum"]),
        -9_223_372_036_854_775_808.0
    );
    assert_eq!(
        number(&draw["seed"]["maximum"]),
        9_223_372_036_854_775_808.0
    );
    assert_eq!(
        number(&draw["weight"]["maximum"]),
        18_446_744_073_709_551_616.0
    );
    assert_eq!(
        number(&draw["weight"]["default"]),
        1.234_567_890_123_456_8e29
    );
    assert_eq!(number(&draw["weight"]["example"]), 3.402_823_669_209_385e38);
    assert_eq!(
        number(&draw["count"]["minimum"]),
        -1.701_411_834_604_692_3e38
    );
    assert_eq!(number(&draw["count"]["maximum"]), 3.402_823_669_209_385e38);
}

// --- resolve_ref -------------------------------------------------------------------------------

fn resolved(tree: &SpecTree, from: &str, reference: &str) -> String {
    match tree.resolve_ref(&doc(from), reference) {
        Ok(at) => at.to_string(),
        Err(err) => format!("error: {err}"),
    }
}

#[test]
fn resolve_ref_path_arithmetic() {
    let tree = load_case("cross_file");
    let cases = [
        (
            ASYNC,
            "#/components/parameters/AsyncJobId",
            "paths/inference/async.yaml#/components/parameters/AsyncJobId",
        ),
        (
            ASYNC,
            "../../openapi.yaml#/components/responses/BadRequest",
            "openapi.yaml#/components/responses/BadRequest",
        ),
        (
            EMBEDDINGS,
            "./common.yaml#/Input",
            "schemas/inference/common.yaml#/Input",
        ),
        (EMBEDDINGS, "common.yaml", "schemas/inference/common.yaml#"),
        (EMBEDDINGS, "#", "schemas/inference/embeddings.yaml#"),
        (EMBEDDINGS, "", "schemas/inference/embeddings.yaml#"),
        (
            "openapi.yaml",
            "./paths/./inference//x/../async.yaml#/a",
            "paths/inference/async.yaml#/a",
        ),
        (
            "openapi.yaml",
            "#/paths/~1v1~1async~1embeddings",
            "openapi.yaml#/paths/~1v1~1async~1embeddings",
        ),
        (
            "openapi.yaml",
            "#/a%20b/%7Bid%7D/items/0",
            "openapi.yaml#/a b/{id}/items/0",
        ),
        ("openapi.yaml", "#/x%2Fy", "openapi.yaml#/x/y"),
        ("openapi.yaml", "sp%20ace.yaml#/A", "sp ace.yaml#/A"),
    ];
    for (from, reference, expected) in cases {
        assert_eq!(
            resolved(&tree, from, reference),
            expected,
            "{reference} from {from}"
        );
    }
}

#[test]
fn resolve_ref_errors() {
    let tree = load_case("cross_file");
    let cases = [
        ("openapi.yaml", "../outside.yaml", "error: ref \"../outside.yaml\" escapes the spec folder"),
        (ASYNC, "../../../x.yaml#/A", "error: ref \"../../../x.yaml#/A\" escapes the spec folder"),
        ("openapi.yaml", "/etc/passwd", "error: ref \"/etc/passwd\" escapes the spec folder"),
        ("openapi.yaml", "https://example.com/a.yaml#/A", "error: remote ref \"https://example.com/a.yaml#/A\" refused (only files in the spec folder are followed)"),
        ("openapi.yaml", "http://example.com/a.yaml", "error: remote ref \"http://example.com/a.yaml\" refused (only files in the spec folder are followed)"),
        ("openapi.yaml", "file:///etc/passwd", "error: remote ref \"file:///etc/passwd\" refused (only files in the spec folder are followed)"),
        ("openapi.yaml", "//example.com/a.yaml", "error: remote ref \"//example.com/a.yaml\" refused (only files in the spec folder are followed)"),
        ("openapi.yaml", "#/a%zz", "error: invalid ref \"#/a%zz\": bad percent-encoding in the fragment"),
        ("openapi.yaml", "a%2.yaml", "error: invalid ref \"a%2.yaml\": bad percent-encoding in the file path"),
        ("openapi.yaml", "#/a%FF", "error: invalid ref \"#/a%FF\": bad percent-encoding in the fragment"),
        ("openapi.yaml", "#Anchor", "error: invalid ref \"#Anchor\": the fragment is not a JSON pointer (it must be empty or start with \"/\")"),
        ("openapi.yaml", "#/a~2b", "error: invalid ref \"#/a~2b\": bad escape in the JSON pointer (\"~\" must be followed by 0 or 1)"),
        ("openapi.yaml", "schemas/", "error: invalid ref \"schemas/\": the file path names a folder, not a file"),
        (ASYNC, "../..", "error: invalid ref \"../..\": the file path names a folder, not a file"),
    ];
    for (from, reference, expected) in cases {
        assert_eq!(
            resolved(&tree, from, reference),
            expected,
            "{reference} from {from}"
        );
    }
    let err = tree
        .resolve_ref(&doc("openapi.yaml"), "https://example.com/a.yaml")
        .expect_err("remote");
    assert!(matches!(err, LoadError::RemoteRef { .. }));
    assert!(err.chain().is_empty());
}

// --- follow ------------------------------------------------------------------------------------

fn handmade(root: Value) -> SpecTree {
    SpecTree {
        root_dir: PathBuf::from("."),
        root: doc("openapi.yaml"),
        files: BTreeMap::from([(doc("openapi.yaml"), root)]),
    }
}

#[test]
fn follow_returns_a_plain_node_as_it_is() {
    let tree = load_case("cross_file");
    let at = loc("openapi.yaml", "/components/schemas/Error");
    let (found, value) = tree.follow(&at).expect("follows");
    assert_eq!(found, at);
    assert_eq!(value["type"], "object");
}

#[test]
fn follow_reports_a_cycle() {
    let tree = handmade(json!({
        "A": {"$ref": "#/B"},
        "B": {"$ref": "#/C"},
        "C": {"$ref": "#/B"},
        "Self": {"$ref": "#/Self"},
    }));
    let err = tree
        .follow(&loc("openapi.yaml", "/A"))
        .expect_err("a cycle");
    assert_eq!(
        err.to_string(),
        "cycle of refs: openapi.yaml#/A -> openapi.yaml#/B -> openapi.yaml#/C -> openapi.yaml#/B"
    );
    assert!(matches!(err, LoadError::RefCycle { .. }));
    let err = tree
        .follow(&loc("openapi.yaml", "/Self"))
        .expect_err("a cycle");
    assert_eq!(
        err.to_string(),
        "cycle of refs: openapi.yaml#/Self -> openapi.yaml#/Self"
    );
}

#[test]
fn follow_reports_missing_targets_and_bad_refs() {
    let tree = handmade(json!({
        "A": {"$ref": "#/B"},
        "B": {"$ref": "#/defs/Nope"},
        "defs": {},
        "Other": {"$ref": "other.yaml#/X"},
        "Number": {"$ref": 1},
    }));
    let err = tree
        .follow(&loc("openapi.yaml", "/A"))
        .expect_err("missing");
    assert_eq!(
        err.to_string(),
        "missing pointer /defs/Nope in openapi.yaml (no \"Nope\" under /defs): \
         openapi.yaml#/A -> openapi.yaml#/B -> openapi.yaml#/defs/Nope"
    );
    let err = tree
        .follow(&loc("openapi.yaml", "/Other"))
        .expect_err("not loaded");
    assert_eq!(
        err.to_string(),
        "other.yaml is not part of the loaded tree: openapi.yaml#/Other -> other.yaml#/X"
    );
    let err = tree
        .follow(&loc("openapi.yaml", "/Number"))
        .expect_err("not a string");
    assert_eq!(
        err.to_string(),
        "$ref is a number, not a string: openapi.yaml#/Number"
    );
    let err = tree
        .follow(&loc("openapi.yaml", "/Nothing"))
        .expect_err("missing start");
    assert_eq!(
        err.to_string(),
        "missing pointer /Nothing in openapi.yaml: openapi.yaml#/Nothing"
    );
}

// --- get, Location, DocPath --------------------------------------------------------------------

#[test]
fn get_walks_objects_and_arrays() {
    let tree = handmade(json!({"a": [{"b/c": 1, "d~e": 2}], "": {"x": 3}}));
    let root = Location::document(doc("openapi.yaml"));
    assert_eq!(tree.get(&root), Some(tree.root_doc()));
    assert_eq!(
        tree.get(&root.child("a").child("0").child("b/c")),
        Some(&json!(1))
    );
    assert_eq!(tree.get(&loc("openapi.yaml", "/a/0/d~0e")), Some(&json!(2)));
    assert_eq!(tree.get(&loc("openapi.yaml", "//x")), Some(&json!(3)));
    assert_eq!(tree.get(&loc("openapi.yaml", "/a/00")), None);
    assert_eq!(tree.get(&loc("openapi.yaml", "/a/1")), None);
    assert_eq!(tree.get(&loc("openapi.yaml", "/a/-")), None);
    assert_eq!(tree.get(&loc("openapi.yaml", "a")), None);
    assert_eq!(tree.get(&loc("other.yaml", "")), None);
}

#[test]
fn location_child_last_token_and_display() {
    let root = Location::document(doc("schemas/inference/chat.yaml"));
    assert_eq!(root.last_token(), None);
    assert_eq!(root.to_string(), "schemas/inference/chat.yaml#");
    let child = root.child("paths").child("/v1/async~x");
    assert_eq!(child.pointer, "/paths/~1v1~1async~0x");
    assert_eq!(child.last_token().as_deref(), Some("/v1/async~x"));
    assert_eq!(child.tokens(), ["paths", "/v1/async~x"]);
    assert_eq!(
        child.to_string(),
        "schemas/inference/chat.yaml#/paths/~1v1~1async~0x"
    );
    // `~01` is `~1` unescaped, not `/`.
    assert_eq!(loc("a.yaml", "/x~01").last_token().as_deref(), Some("x~1"));
    assert_eq!(root.child("").pointer, "/");
    assert_eq!(root.child("").last_token().as_deref(), Some(""));
}

#[test]
fn doc_path_is_normalised() {
    assert_eq!(doc("./a/./b/../c.yaml").as_str(), "a/c.yaml");
    assert_eq!(doc("a//c.yaml").to_string(), "a/c.yaml");
    assert_eq!(DocPath::new("../a.yaml"), None);
    assert_eq!(DocPath::new("/a.yaml"), None);
    assert_eq!(DocPath::new("a/.."), None);
    assert_eq!(DocPath::new(""), None);
}
