//! Choices that used to fall back to one merged struct or to `serde_json::Value`: an `allOf`
//! over a union, an `allOf` part that only allows `null`, `anyOf` branches that only say which
//! properties are required, `not: {required: [...]}`, `propertyNames`, and an `allOf` of a
//! string or an array.

use std::path::Path;

use generator::ir::{Model, Struct, TypeDef, TypeRef};
use generator::{generate_crate, Generated};

fn generated() -> Generated {
    generate_crate(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pipeline/choices/openapi.yaml"),
        "openapi.yaml",
        "choices",
    )
    .expect("the fixture generates")
}

fn def<'m>(model: &'m Model, name: &str) -> &'m TypeDef {
    &model
        .types
        .get(name)
        .unwrap_or_else(|| panic!("no type {name}: {:?}", model.types.keys()))
        .def
}

fn strukt<'m>(model: &'m Model, name: &str) -> &'m Struct {
    match def(model, name) {
        TypeDef::Struct(s) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

/// A union's variants as (variant, type name).
fn variants(model: &Model, name: &str) -> Vec<(String, String)> {
    let TypeDef::Union(u) = def(model, name) else {
        panic!("{name} is not a union")
    };
    u.variants
        .iter()
        .map(|v| match &v.ty {
            TypeRef::Named(n) => (v.name.clone(), n.clone()),
            other => panic!("{name}::{} holds {other:?}", v.name),
        })
        .collect()
}

fn required(s: &Struct) -> Vec<&str> {
    s.fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.json_name.as_str())
        .collect()
}

#[test]
fn nothing_falls_back() {
    let generated = generated();
    let warnings: Vec<String> = generated.warnings().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

#[test]
fn an_all_of_over_a_union_is_a_union_of_merged_structs() {
    let model = generated().model;
    let pet = variants(&model, "Pet");
    assert_eq!(pet.len(), 2, "{pet:?}");
    let mut seen: Vec<Vec<&str>> = pet
        .iter()
        .map(|(_, ty)| {
            let mut r = required(strukt(&model, ty));
            r.sort_unstable();
            r
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [vec!["breed", "kind", "name"], vec!["kind", "lives", "name"]]
    );
}

#[test]
fn a_part_that_only_allows_null_leaves_the_union_and_makes_it_nullable() {
    let model = generated().model;
    let pet = strukt(&model, "PetRequest")
        .fields
        .iter()
        .find(|f| f.json_name == "pet")
        .expect("a pet field");
    assert_eq!(pet.ty, TypeRef::Named("Animal".into()));
    assert!(pet.nullable && pet.required);
}

#[test]
fn required_only_branches_are_variants_and_not_required_is_a_rule() {
    let model = generated().model;
    let image = variants(&model, "ImageRef");
    let names: Vec<&str> = image.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(names, ["Url", "FileId"]);
    for (variant, ty) in &image {
        let s = strukt(&model, ty);
        assert!(s.deny_unknown, "{variant}");
        assert_eq!(s.exclusive, [vec!["url".to_owned(), "file_id".to_owned()]]);
        // The limits of the shared properties stay on every variant.
        let url = s.fields.iter().find(|f| f.json_name == "url").expect("url");
        assert_eq!(url.constraints.max_length, Some(2048));
    }
    let code = &generated()
        .files
        .into_iter()
        .find(|f| f.name == "src/types.rs")
        .expect("types.rs")
        .contents;
    assert!(
        code.contains("must not be given together with `file_id`"),
        "{code}"
    );
}

#[test]
fn the_key_lengths_of_a_map_are_checked_where_it_is_used() {
    let generated = generated();
    let labels = strukt(&generated.model, "PetRequest")
        .fields
        .iter()
        .find(|f| f.json_name == "labels")
        .expect("a labels field");
    assert_eq!(labels.ty, TypeRef::Named("Labels".into()));
    assert_eq!(labels.constraints.key_max_length, Some(16));
    let code = &generated
        .files
        .iter()
        .find(|f| f.name == "src/types.rs")
        .expect("types.rs")
        .contents;
    assert!(code.contains("\"characters in its name\""), "{code}");
}

#[test]
fn an_all_of_of_a_string_or_an_array_is_that_type_with_every_part_s_limits() {
    let model = generated().model;
    let request = strukt(&model, "PetRequest");
    let field = |json: &str| {
        request
            .fields
            .iter()
            .find(|f| f.json_name == json)
            .unwrap_or_else(|| panic!("no field {json}"))
    };
    let code = field("code");
    assert_eq!(code.ty, TypeRef::String);
    assert_eq!(
        (code.constraints.min_length, code.constraints.max_length),
        (Some(2), Some(8))
    );
    let nicknames = field("nicknames");
    assert_eq!(nicknames.ty, TypeRef::Array(Box::new(TypeRef::String)));
    assert_eq!(nicknames.constraints.max_items, Some(3));
}
