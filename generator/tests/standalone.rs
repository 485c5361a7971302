//! The crate writer (`--crate-name`) on a multi-file tree written for the purpose: every construct
//! the generator must map, the warnings for those it cannot, and the crate compiled on its own,
//! with tests of its own that round-trip each type's example and send requests through its router.

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::ir::{BodyKind, Model, Status, TypeDef, TypeRef};
use generator::load::{DocPath, Location};
use generator::{generate_crate, Generated};
use serde_json::Value;

const CRATE: &str = "notebook-api";

fn workspace(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn fixture() -> PathBuf {
    workspace("generator/tests/fixtures/standalone/openapi.yaml")
}

fn generated() -> Generated {
    generate_crate(&fixture(), "openapi.yaml", CRATE).expect("the fixture tree generates")
}

fn def<'m>(model: &'m Model, name: &str) -> &'m TypeDef {
    &model
        .types
        .get(name)
        .unwrap_or_else(|| panic!("no type {name}"))
        .def
}

fn field<'m>(model: &'m Model, ty: &str, json: &str) -> &'m generator::ir::Field {
    let TypeDef::Struct(s) = def(model, ty) else {
        panic!("{ty} is not a struct")
    };
    s.fields
        .iter()
        .find(|f| f.json_name == json)
        .unwrap_or_else(|| panic!("{ty} has no field {json}"))
}

#[test]
fn every_construct_it_cannot_map_is_one_warning_naming_its_file_and_pointer() {
    let generated = generated();
    let warnings: Vec<(String, String)> = generated
        .warnings()
        .map(|w| (w.at.clone(), w.message.clone()))
        .collect();
    let expected = [
        (
            "schemas/query.yaml#/Window/prefixItems",
            "`prefixItems` is not supported",
        ),
        (
            "schemas/query.yaml#/Query/properties/author",
            "not a schema the generator can read (invalid type: boolean `true`",
        ),
        (
            "schemas/query.yaml#/Query/properties/exclude",
            "`not` is not supported; mapped to serde_json::Value",
        ),
        (
            "schemas/query.yaml#/Rank/enum",
            "`enum` has values that are not strings",
        ),
    ];
    assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
    for (at, start) in expected {
        assert!(
            warnings
                .iter()
                .any(|(a, m)| a == at && m.starts_with(start)),
            "no warning at {at} starting {start:?}: {warnings:#?}"
        );
    }
    let query = |json| field(&generated.model, "Query", json).ty.clone();
    assert_eq!(query("author"), TypeRef::Value);
    assert_eq!(query("exclude"), TypeRef::Value);
}

#[test]
fn the_constructs_map_to_real_types() {
    let model = generated().model;

    // Recursion: by value needs a Box, through a list does not.
    assert!(field(&model, "Person", "manager").boxed);
    assert!(field(&model, "Negate", "operand").boxed);
    assert!(!field(&model, "Section", "children").boxed);

    // A one-part allOf is its part: a component becomes an alias, a property the part's type.
    assert_eq!(
        *def(&model, "Draft"),
        TypeDef::Alias(TypeRef::Named("Section".into()))
    );
    assert_eq!(
        field(&model, "Note", "owner").ty,
        TypeRef::Named("Person".into())
    );

    // String or array: the array is tried first, or it could never be chosen.
    let TypeDef::Union(tags) = def(&model, "Tags") else {
        panic!("Tags is not a union")
    };
    let order: Vec<&TypeRef> = tags.variants.iter().map(|v| &v.ty).collect();
    assert_eq!(
        order,
        [&TypeRef::Array(Box::new(TypeRef::String)), &TypeRef::String]
    );

    // Properties named like JSON Schema keywords are fields like any other.
    for (json, rust) in [
        ("type", "type_"),
        ("properties", "properties"),
        ("required", "required"),
        ("enum", "enum_"),
        ("format", "format"),
    ] {
        assert_eq!(field(&model, "FieldSpec", json).rust_name, rust);
    }

    // 3.1 type arrays: with null, an optional value; with two types, a union.
    let body = field(&model, "Note", "body");
    assert!(body.nullable);
    assert_eq!(body.ty, TypeRef::String);
    let TypeDef::Union(score) = def(&model, "NoteScore") else {
        panic!("NoteScore is not a union")
    };
    let kinds: Vec<&TypeRef> = score.variants.iter().map(|v| &v.ty).collect();
    assert_eq!(kinds, [&TypeRef::I64, &TypeRef::String]);

    // const: a one-value enum.
    let TypeDef::StringEnum(kind) = def(&model, "NoteKind") else {
        panic!("NoteKind is not an enum")
    };
    assert_eq!(kind.len(), 1);
    assert_eq!(kind[0].value, "note");

    // Several request media types for one operation, and non-JSON responses as bytes.
    let op = |id: &str| {
        model
            .operations
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("no operation {id}"))
    };
    let create = op("createNote");
    let kinds: Vec<(&str, &BodyKind)> = create
        .body
        .iter()
        .chain(&create.other_bodies)
        .map(|b| (b.media_type.as_str(), &b.kind))
        .collect();
    assert_eq!(kinds.len(), 3);
    assert_eq!(kinds[0], ("application/json", &BodyKind::Json));
    assert!(
        matches!(kinds[1], ("multipart/form-data", BodyKind::Multipart { file_fields }) if file_fields == &["attachment", "pictures"])
    );
    assert_eq!(kinds[2], ("text/plain", &BodyKind::Raw));
    let ok = |id: &str| {
        op(id)
            .responses
            .iter()
            .find(|r| r.status == Status::Code(200))
            .unwrap_or_else(|| panic!("{id} documents no 200"))
    };
    let reading = ok("readNoteAloud");
    assert_eq!(
        reading.body,
        Some(("audio/mpeg".to_owned(), TypeRef::Binary))
    );
    assert_eq!(
        reading.other_bodies,
        [("audio/ogg".to_owned(), TypeRef::Binary)]
    );
    let listed = ok("listNotes");
    assert_eq!(
        listed.other_bodies,
        [("text/event-stream".to_owned(), TypeRef::Binary)]
    );
}

/// The example of each type: the `example` (or the `const`) of the schema it was made from.
fn examples(generated: &Generated) -> Vec<(String, Value)> {
    let tree = generator::load::load(&fixture()).expect("the fixture loads");
    generated
        .model
        .types
        .values()
        .map(|t| {
            let (file, pointer) = t.origin.split_once('#').expect("origin is file#pointer");
            let location = Location {
                file: DocPath::new(file).expect("a file of the tree"),
                pointer: pointer.to_owned(),
            };
            let schema = tree
                .get(&location)
                .unwrap_or_else(|| panic!("no schema at {}", t.origin));
            let example = schema
                .get("example")
                .or_else(|| schema.get("const"))
                .unwrap_or_else(|| panic!("the fixture gives {} no example", t.origin));
            (t.name.clone(), example.clone())
        })
        .collect()
}

/// A test per type in the generated crate: its example reads as the type and writes back as
/// the same JSON.
fn round_trip_tests(examples: &[(String, Value)]) -> String {
    let mut code = String::from(
        "//! Each type's example from the spec reads as the type and writes back unchanged.\n\n\
         fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(example: &str) {\n    \
             let json: serde_json::Value = serde_json::from_str(example).unwrap();\n    \
             let value: T = serde_json::from_value(json.clone()).unwrap();\n    \
             assert_eq!(serde_json::to_value(&value).unwrap(), json);\n\
         }\n",
    );
    for (name, example) in examples {
        code.push_str(&format!(
            "\n#[test]\nfn {}() {{\n    round_trip::<notebook_api::types::{name}>(r#\"{example}\"#);\n}}\n",
            generator::ir::field_ident(name)
        ));
    }
    code
}

#[test]
fn the_crate_builds_on_its_own_without_warnings_and_its_tests_pass() {
    let generated = generated();
    let examples = examples(&generated);
    assert_eq!(examples.len(), generated.model.types.len());

    // Dependencies are compiled once into a folder of the workspace's target, and the
    // workspace's lock file pins them, so once the workspace builds nothing new is fetched.
    // Not `--offline`: a crate the workspace never needed on this platform may still be
    // fetched from the registry rather than fail the test.
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace("target"));
    std::fs::create_dir_all(&target).unwrap();
    let dir = tempfile::Builder::new()
        .prefix("notebook-api-")
        .tempdir_in(&target)
        .unwrap();
    for file in &generated.files {
        let path = dir.path().join(&file.name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &file.contents).unwrap();
    }
    std::fs::copy(workspace("Cargo.lock"), dir.path().join("Cargo.lock")).unwrap();
    let manifest = dir.path().join("Cargo.toml");
    let mut toml = std::fs::read_to_string(&manifest).unwrap();
    toml.push_str(
        "\n[dev-dependencies]\n\
         tokio = { version = \"1\", features = [\"macros\", \"rt\", \"net\"] }\n\
         tower = { version = \"0.5\", features = [\"util\"] }\n",
    );
    std::fs::write(&manifest, toml).unwrap();
    let tests = dir.path().join("tests");
    std::fs::create_dir_all(&tests).unwrap();
    std::fs::write(tests.join("examples.rs"), round_trip_tests(&examples)).unwrap();
    std::fs::copy(
        workspace("generator/tests/fixtures/standalone-checks/server.rs"),
        tests.join("server.rs"),
    )
    .unwrap();

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--color", "never"])
        .current_dir(dir.path())
        .env("CARGO_TARGET_DIR", target.join("standalone"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the generated crate fails:\n{stderr}\n{stdout}"
    );
    assert!(
        !stderr.contains("warning"),
        "the generated crate builds with warnings:\n{stderr}"
    );
    let passed: usize = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("test result: ok. "))
        .filter_map(|l| l.split_whitespace().next()?.parse::<usize>().ok())
        .sum();
    let server_tests = 8;
    assert_eq!(
        passed,
        examples.len() + server_tests,
        "not every test of the generated crate ran:\n{stdout}"
    );
}
