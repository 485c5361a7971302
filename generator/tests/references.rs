//! `$ref` as a JSON Reference wherever it stands: in prose, examples, tags and extensions, not
//! only where OpenAPI expects a schema or a component.

use std::path::{Path, PathBuf};

use generator::load::{load, LoadError, Location};
use generator::{generate_crate, Generated};
use serde_json::json;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn refs_anywhere() -> Generated {
    generate_crate(
        &fixture("pipeline/refs_anywhere/openapi.yaml"),
        "openapi.yaml",
        "refs-anywhere",
    )
    .expect("the tree generates")
}

#[test]
fn refs_in_prose_examples_tags_and_extensions_read_as_their_targets() {
    let generated = refs_anywhere();
    assert_eq!(generated.warnings().count(), 0);
    let doc = &generated.bundle.document;
    assert_eq!(
        doc["info"]["description"],
        "A small API whose prose lives in a file of its own."
    );
    assert_eq!(doc["tags"][0]["description"], "Everything about pets.");
    // Inside the target, a ref is resolved against the file that holds it.
    assert_eq!(
        doc["tags"][0]["x-display"],
        json!({"colour": "green", "label": "Everything about pets."})
    );
    let operation = &doc["paths"]["/pets"]["post"];
    assert_eq!(operation["summary"], "Adds a pet.");
    let rex = json!({"name": "Rex", "tags": ["good", "loud"]});
    assert_eq!(
        operation["requestBody"]["content"]["application/json"]["example"],
        rex
    );
    assert_eq!(
        operation["responses"]["200"]["description"],
        "The pet as stored."
    );
    let pet = &doc["components"]["schemas"]["Pet"];
    assert_eq!(pet["description"], "A pet, named by its owner.");
    assert_eq!(pet["example"], rex);
    assert_eq!(
        pet["properties"]["tags"]["example"],
        json!(["good", "walks"])
    );

    // The prose reaches the generated code as documentation.
    let types = &generated
        .files
        .iter()
        .find(|f| f.name == "src/types.rs")
        .expect("types.rs is emitted")
        .contents;
    assert!(types.contains("/// A pet, named by its owner."), "{types}");
    assert!(types.contains("/// What the pet answers to."), "{types}");
}

#[test]
fn a_ref_in_a_tag_that_points_nowhere_names_the_whole_chain() {
    let err = load(&fixture("load/missing_text/openapi.yaml")).expect_err("the target is missing");
    assert!(matches!(err, LoadError::MissingPointer { .. }), "{err:?}");
    let chain: Vec<String> = err.chain().iter().map(Location::to_string).collect();
    assert_eq!(
        chain,
        ["openapi.yaml#/tags/0/description", "text.yaml#/tags/dogs"]
    );
    assert_eq!(
        err.to_string(),
        "missing pointer /tags/dogs in text.yaml (no \"dogs\" under /tags): \
         openapi.yaml#/tags/0/description -> text.yaml#/tags/dogs"
    );
}
