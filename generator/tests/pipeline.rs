//! The whole pipeline on small trees written for the purpose, on the project's own spec, and
//! through the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::ir::{BodyKind, ParamLocation, Status, TypeDef, TypeRef};
use generator::{generate, Generated};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn project(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn constructs() -> Generated {
    generate(
        &fixture("pipeline/constructs/openapi.yaml"),
        "constructs/openapi.yaml",
    )
    .expect("the constructs tree generates")
}

fn types_rs(generated: &Generated) -> &str {
    &generated
        .files
        .iter()
        .find(|f| f.name == "types.rs")
        .expect("types.rs is emitted")
        .contents
}

/// `needle` must appear in the code once whitespace and trailing commas are ignored, so the
/// test does not depend on where prettyplease breaks lines.
fn assert_emits(code: &str, needle: &str) {
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<String>()
            .replace(",>", ">")
            .replace(",)", ")")
            .replace(",}", "}")
    };
    let needle_squashed = squash(needle);
    assert!(
        squash(code).contains(needle_squashed.trim_end_matches(',')),
        "generated code lacks `{needle}`"
    );
}

#[test]
fn the_checked_in_code_is_what_the_spec_generates() {
    let generated = generate(&project("spec/openapi.yaml"), "spec/openapi.yaml")
        .expect("the project's spec generates");
    for file in &generated.files {
        let path = project("generated/src").join(&file.name);
        let on_disk = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        assert!(
            on_disk == file.contents,
            "{} is stale: run `cargo run -p generator` and commit the result",
            path.display()
        );
    }
    assert!(
        generated.warnings().next().is_none(),
        "the project's spec should generate without warnings: {:?}",
        generated.warnings().collect::<Vec<_>>()
    );
}

/// The seed's eighteen operations, and ours beside them: a cancel per kind, the list, and the
/// rerank kind's submit and poll.
#[test]
fn the_projects_spec_has_the_seeds_operations_and_ours() {
    use generator::ir::JobRole;
    let generated = generate(&project("spec/openapi.yaml"), "spec/openapi.yaml").unwrap();
    let ops = &generated.model.operations;
    assert_eq!(ops.len(), 31);
    let count = |role: fn(&JobRole) -> bool| {
        ops.iter()
            .filter(|o| o.job.as_ref().is_some_and(role))
            .count()
    };
    assert_eq!(count(|r| matches!(r, JobRole::Submit { .. })), 10);
    assert_eq!(count(|r| matches!(r, JobRole::Poll { .. })), 10);
    assert_eq!(count(|r| matches!(r, JobRole::Cancel { .. })), 10);
    assert_eq!(count(|r| matches!(r, JobRole::List { .. })), 1);
    for op in ops {
        assert_eq!(
            op.security,
            [
                ["BearerAuth"],
                ["BasicAuth"],
                ["VirtualKeyAuth"],
                ["ApiKeyAuth"]
            ],
            "{}",
            op.id
        );
    }
    let submits: Vec<_> = ops.iter().filter(|o| o.body.is_some()).collect();
    assert_eq!(submits.len(), 10);
    let multipart: Vec<_> = submits
        .iter()
        .filter(|o| {
            matches!(
                o.body.as_ref().map(|b| &b.kind),
                Some(BodyKind::Multipart { .. })
            )
        })
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        multipart,
        [
            "createAsyncTranscription",
            "createAsyncImageEdit",
            "createAsyncImageVariation"
        ]
    );
    let headers: Vec<_> = submits[0]
        .parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
        .collect();
    // The seed's TTL header, then those the root's x-common-parameters adds.
    let names: Vec<_> = headers.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "x-bf-async-job-result-ttl",
            "Prefer",
            "Idempotency-Key",
            "x-bf-async-webhook"
        ]
    );
    assert_eq!(headers[0].default, Some(serde_json::json!(3600)));
    let poll = ops.iter().find(|o| o.id == "getAsyncEmbeddingJob").unwrap();
    let statuses: Vec<_> = poll.responses.iter().map(|r| r.status).collect();
    // The seed documents 200, 202 and 404; the root's x-common-responses adds 401 and 500, and
    // its x-common-parameters the wait.
    assert_eq!(
        poll.parameters
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["job_id", "Prefer"]
    );
    assert_eq!(
        statuses,
        [
            Status::Code(200),
            Status::Code(202),
            Status::Code(404),
            Status::Code(401),
            Status::Code(500)
        ]
    );
}

#[test]
fn generation_is_deterministic() {
    let first = constructs();
    let second = constructs();
    assert_eq!(first.files, second.files);
    assert_eq!(first.bundle.document, second.bundle.document);
}

#[test]
fn the_bundle_is_one_document_in_the_30_dialect() {
    let generated = constructs();
    let doc = &generated.bundle.document;
    assert_eq!(doc["openapi"], "3.0.3");
    assert!(doc["info"].get("summary").is_none());
    assert!(doc["info"]["license"].get("identifier").is_none());
    let text = serde_json::to_string(doc).unwrap();
    for (i, _) in text.match_indices("\"$ref\":\"") {
        let rest = &text[i + 8..];
        assert!(
            rest.starts_with("#/components/"),
            "a reference leaves the bundle: {}",
            &rest[..rest.find('"').unwrap_or(rest.len())]
        );
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    // The root's alias and the file's schema are one component, not two.
    assert!(schemas.contains_key("Problem"));
    assert_eq!(schemas["Problem"]["additionalProperties"], false);
    // 3.1 forms were normalised where they stood.
    let thing = &schemas["Thing"]["properties"];
    assert_eq!(thing["note"]["type"], "string");
    assert_eq!(thing["note"]["nullable"], true);
    assert_eq!(thing["kind"]["enum"], serde_json::json!(["widget"]));
    let extra = &schemas["Upload"]["properties"]["extra_files"]["items"];
    assert_eq!(extra["format"], "binary");
}

#[test]
fn a_name_clash_is_renamed_and_reported() {
    let generated = constructs();
    let warnings: Vec<String> = generated.warnings().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "warning: other/items.yaml#/Item: schemas name `Item` is already used by \
          schemas/things.yaml#/Item; this one is bundled as `ItemsItem`"
        ]
    );
    assert_emits(
        types_rs(&generated),
        "pub other_item: ::std::option::Option<ItemsItem>,",
    );
}

#[test]
fn fields_follow_the_mapping_rules() {
    let generated = constructs();
    let code = types_rs(&generated);
    // Keyword and non-identifier names are renamed and keep their wire names.
    assert_emits(
        code,
        r#"#[serde(rename = "type")] pub type_: ::std::string::String,"#,
    );
    assert_emits(code, r#"#[serde(rename = "image[]")]"#);
    // Optional fields are skipped when absent.
    // Integers are read as JSON Schema counts them (`5.0` too).
    assert_emits(
        code,
        r#"#[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
           #[serde(deserialize_with = "whole_numbers::deserialize")]
           pub size: ::std::option::Option<i32>,"#,
    );
    assert_emits(
        code,
        "pub when: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,",
    );
    assert_emits(
        code,
        "pub labels: ::std::option::Option<::std::collections::BTreeMap<::std::string::String, ::std::string::String>>,",
    );
    assert_emits(
        code,
        "pub extra: ::std::option::Option<::serde_json::Value>,",
    );
    // `const` became a one-value enum.
    assert_emits(
        code,
        r#"pub enum ThingKind { #[serde(rename = "widget")] Widget, }"#,
    );
    // A ref to a ref is an alias of the final type.
    assert_emits(code, "pub type AliasOfAlias = Base;");
    // `additionalProperties: false` refuses unknown fields.
    assert_emits(code, "#[serde(deny_unknown_fields)] pub struct Problem");
    // Bytes, alone and in a list.
    assert_emits(code, "pub file: Binary,");
    assert_emits(
        code,
        "pub extra_files: ::std::option::Option<::std::vec::Vec<Binary>>,",
    );
}

#[test]
fn all_of_is_merged_into_one_struct() {
    let generated = constructs();
    let TypeDef::Struct(merged) = &generated.model.types["Merged"].def else {
        panic!("Merged is not a struct")
    };
    let fields: Vec<(&str, bool)> = merged
        .fields
        .iter()
        .map(|f| (f.json_name.as_str(), f.required))
        .collect();
    assert_eq!(fields, [("id", true), ("extra_field", true)]);
}

#[test]
fn unions_try_the_most_specific_variant_first() {
    let generated = constructs();
    let code = types_rs(&generated);
    assert_emits(
        code,
        r#"pub enum ThingAmount {
            #[serde(deserialize_with = "whole_numbers::deserialize")] Integer(i64),
            Number(f64),
        }"#,
    );
    assert_emits(
        code,
        "pub enum ThingStop { StringArray(::std::vec::Vec<::std::string::String>), String(::std::string::String), }",
    );
}

#[test]
fn recursion_is_boxed_only_where_the_type_would_have_no_size() {
    let generated = constructs();
    let code = types_rs(&generated);
    assert_emits(
        code,
        "pub parent: ::std::option::Option<::std::boxed::Box<Tree>>,",
    );
    // A list already puts its items on the heap.
    assert_emits(
        code,
        "pub children: ::std::option::Option<::std::vec::Vec<Tree>>,",
    );
}

#[test]
fn operations_keep_parameters_bodies_and_responses() {
    let generated = constructs();
    let ops = &generated.model.operations;
    let create = ops.iter().find(|o| o.id == "createThing").unwrap();
    let ttl = &create.parameters[0];
    assert_eq!(
        (ttl.name.as_str(), ttl.location, ttl.required, &ttl.ty),
        ("x-ttl", ParamLocation::Header, false, &TypeRef::I64)
    );
    let body = create.body.as_ref().unwrap();
    assert_eq!(body.kind, BodyKind::Json, "JSON is preferred when offered");
    assert_eq!(body.ty, TypeRef::Named("Thing".into()));
    let statuses: Vec<_> = create.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Status::Default, Status::Code(200)]);

    let upload = ops.iter().find(|o| o.id == "upload").unwrap();
    assert_eq!(
        upload.body.as_ref().unwrap().kind,
        BodyKind::Multipart {
            file_fields: vec!["file".into(), "extra_files".into()]
        }
    );
}

fn run_cli(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .output()
        .expect("the generator runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_missing_ref_prints_the_chain_and_exits_2() {
    let spec = fixture("load/missing_pointer/openapi.yaml");
    let out = tempfile::tempdir().unwrap();
    let (code, stderr) = run_cli(&[
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "openapi.yaml#/paths/~1v1~1async~1embeddings -> \
             paths/inference/async.yaml#/async-embeddings/post/requestBody/content/application~1json/schema -> \
             schemas/inference/embeddings.yaml#/Missing"
        ),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(out.path()).unwrap().next().is_none(),
        "nothing is written for a broken spec"
    );
}

#[test]
fn check_names_stale_files_and_writes_nothing() {
    let spec = fixture("pipeline/constructs/openapi.yaml");
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().to_str().unwrap();
    let spec = spec.to_str().unwrap();

    let (code, stderr) = run_cli(&["--spec", spec, "--out", out_dir, "--check"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("types.rs"), "{stderr}");
    assert!(std::fs::read_dir(out.path()).unwrap().next().is_none());

    let bundle = out.path().join("bundle.json");
    let (code, stderr) = run_cli(&[
        "--spec",
        spec,
        "--out",
        out_dir,
        "--bundle",
        bundle.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    assert_eq!(written["openapi"], "3.0.3");

    let (code, stderr) = run_cli(&["--spec", spec, "--out", out_dir, "--check"]);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn an_async_operation_must_document_what_the_gateway_answers() {
    let err = generate(
        &fixture("pipeline/async_missing_status/openapi.yaml"),
        "openapi.yaml",
    )
    .expect_err("the spec lacks 401 and 413");
    assert_eq!(
        err.to_string(),
        "the spec cannot be served as written: operation `createAsyncEmbedding` \
         (post /v1/async/embeddings) must document status 401, which the gateway answers"
    );
}

#[test]
fn the_server_has_one_handler_and_one_response_enum_per_operation() {
    let generated = generate(&project("spec/openapi.yaml"), "spec/openapi.yaml").unwrap();
    let server = &generated
        .files
        .iter()
        .find(|f| f.name == "server.rs")
        .expect("server.rs is emitted")
        .contents;
    for op in &generated.model.operations {
        let handler = heck::ToSnakeCase::to_snake_case(op.id.as_str());
        assert!(
            server.contains(&format!("pub async fn {handler}(")),
            "{handler}"
        );
        let response = format!(
            "pub enum {}Response",
            heck::ToUpperCamelCase::to_upper_camel_case(op.id.as_str())
        );
        assert!(server.contains(&response), "{response}");
    }
    // Submit answers: the documented ones plus those the gateway-wide extension adds. Every
    // body goes out as the runtime's JSON text, typed by the spec's schema.
    assert_emits(
        server,
        "pub enum CreateAsyncTranscriptionResponse {
            /// 202: Job accepted for processing
            Accepted(http::JsonText<AsyncJobResponse>),
            /// 400: The request was refused before anything was stored: the body, a header or a parameter
            BadRequest(http::JsonText<BifrostError>),
            /// 500: The gateway could not complete the request because of a fault on its side.
            InternalServerError(http::JsonText<BifrostError>),
            /// 401: No credential was sent, or the one sent matches no configured caller.
            Unauthorized(http::JsonText<BifrostError>),
            /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
            Ok(http::JsonText<AsyncJobResponse>),
            /// 413: The request body is larger than the gateway accepts for this operation.
            PayloadTooLarge(http::JsonText<BifrostError>),
            /// 422: The `Idempotency-Key` was used before with a different request.
            UnprocessableEntity(http::JsonText<BifrostError>),
            /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
            ServiceUnavailable(http::JsonText<BifrostError>),
        }",
    );
    assert_emits(
        server,
        "Self::PayloadTooLarge(body) => { (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response() }",
    );
    // Each handler is its extractors and one call into the runtime.
    assert_emits(
        server,
        "pub async fn create_async_transcription(
            State(service): State<Service>,
            caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
            http::ResultTtl(ttl): http::ResultTtl,
            http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
            http::WebhookName(webhook): http::WebhookName,
            wait: http::PreferWait,
            body: http::JobForm<TranscriptionRequest>,
        ) -> ::std::result::Result<http::Preferred<CreateAsyncTranscriptionResponse>, http::ApiError> {",
    );
    // Multipart bodies are read part by part into the typed request.
    assert_emits(server, "impl http::FromParts for TranscriptionRequest {");
    assert_emits(
        server,
        "file: Binary(form::required_file(parts, \"file\")?),",
    );
}

#[test]
fn operations_that_are_not_async_jobs_go_through_a_trait() {
    let server = |generated: &Generated| file(generated, "server.rs").to_owned();
    let generated = constructs();
    assert_emits(&server(&generated), "pub mod api;");
    // The trait is a file of its own, so its support files are spliced in at its top level.
    let constructs = file(&generated, "server/api.rs");
    assert_emits(constructs, "pub struct RequestError {");
    assert_emits(
        constructs,
        "fn create_thing(&self, request: CreateThingRequest) -> impl ::std::future::Future<Output = CreateThingResponse> + ::std::marker::Send;",
    );
    assert_emits(
        constructs,
        "fn upload(&self, request: UploadRequest) -> impl ::std::future::Future<Output = UploadResponse> + ::std::marker::Send;",
    );
    // The project's spec has async jobs only: no trait, and its server is as before.
    let project = generate(&project("spec/openapi.yaml"), "spec/openapi.yaml").unwrap();
    assert!(!server(&project).contains("pub mod api"));
    assert!(!project.files.iter().any(|f| f.name == "server/api.rs"));
}

fn file<'a>(generated: &'a Generated, name: &str) -> &'a str {
    &generated
        .files
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} is emitted"))
        .contents
}

/// The client is written from the model alone: any method, every parameter location, JSON and
/// raw bodies, answers by exact status, range and `default`, raw-byte answers, optional
/// security, and a wait helper for any submit/poll pair shaped like an async job. The pair here
/// does not document what the gateway's runtime answers, so the spec is generated as a crate
/// of its own, whose client is the same.
#[test]
fn the_client_handles_any_operation_shape() {
    let generated = generator::generate_crate(
        &fixture("pipeline/client_shapes/openapi.yaml"),
        "openapi.yaml",
        "client_shapes",
    )
    .expect("a spec without async-gateway paths still generates a client");
    let client = file(&generated, "src/client.rs");
    assert!(
        !client.contains("runtime"),
        "the client stands alone, without the job runtime"
    );
    assert_emits(
        client,
        "pub async fn submit_report(&self, request: impl ::std::convert::Into<RequestBody<super::types::ReportRequest>>,
            idempotency_key: ::std::option::Option<&str>,
            tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ) -> ::std::result::Result<SubmitReportResponse, Error>",
    );
    assert_emits(client, "&[&[Scheme::Token], &[]]");
    assert_emits(
        client,
        "pub enum SubmitReportResponse {
            /// 202: started
            Accepted(super::types::Report),
            /// 4XX: refused
            Status4XX(u16, super::types::Problem),
        }",
    );
    assert_emits(client, "s if s / 100 == 4");
    assert_emits(
        client,
        "SubmitReportResponse::Status4XX(answer.status, answer.json()?)",
    );
    assert_emits(
        client,
        "_ => return ::std::result::Result::Err(answer.unexpected())",
    );
    // `default` takes every other status, so nothing is unexpected there.
    assert_emits(
        client,
        "_ => ReportStatusResponse::Default(answer.status, answer.json()?)",
    );
    // Path parameters in path order, inside a segment too; cookies; raw bytes both ways.
    assert_emits(
        client,
        "pub async fn report_page(&self, report_id: &str, page: i64, session: ::std::option::Option<&str>)",
    );
    assert_emits(
        client,
        r#"::std::string::String::from("{page}.png").replace("{page}", &segment_of(&page)?).as_str()"#,
    );
    assert_emits(client, "Ok(::std::vec::Vec<u8>)");
    assert_emits(client, "NoContent,");
    assert_emits(
        client,
        "pub async fn put_blob(&self, request: ::std::option::Option<RequestBody<::std::vec::Vec<u8>>>)",
    );
    assert_emits(
        client,
        r#"RawBody::Bytes { content_type: "application/octet-stream".to_owned(), data }"#,
    );
    // The pair is found by shape; the poll's optional query is left out when waiting.
    assert_emits(
        client,
        "pub async fn wait_for_report_status(&self, job_id: &str, options: &WaitOptions)
            -> ::std::result::Result<super::types::Report, WaitError<super::types::Report, ReportStatusResponse>>",
    );
    assert_emits(
        client,
        "self.report_status(job_id, ::std::option::Option::None).await",
    );
    assert_emits(
        client,
        "matches!(self.state, super::types::ReportState::Cancelled)",
    );
    // The command line: groups by resource, actions by method, flags for the rest.
    let client_side = generator::emit::client_files(&generated.model, "openapi.yaml").unwrap();
    let cli = &client_side
        .iter()
        .find(|f| f.name == "cli.rs")
        .expect("cli.rs is emitted")
        .contents;
    assert_emits(cli, r#"#[command(name = "reports")]"#);
    assert_emits(cli, r#"#[command(name = "reports-pages")]"#);
    assert_emits(cli, r#"#[command(name = "blobs")]"#);
    assert_emits(
        cli,
        r#"#[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]"#,
    );
}

#[test]
fn the_projects_client_has_a_method_and_a_wait_per_job_pair() {
    let generated = generate(&project("spec/openapi.yaml"), "spec/openapi.yaml").unwrap();
    let client = file(&generated, "client.rs");
    for op in &generated.model.operations {
        let method = heck::ToSnakeCase::to_snake_case(op.id.as_str());
        assert!(
            client.contains(&format!("pub async fn {method}(")),
            "{method}"
        );
        if let Some(rest) = method.strip_prefix("get_") {
            assert!(
                client.contains(&format!("pub async fn wait_{rest}(")),
                "wait_{rest}"
            );
        }
    }
    let cli = file(&generated, "cli.rs");
    assert_emits(cli, r#"#[command(name = "chat-completions")]"#);
    assert_emits(cli, r#"visible_alias = "ttl""#);
}

#[test]
fn path_parameters_are_made_to_agree_with_the_template() {
    let generated = generate(
        &fixture("pipeline/path_mismatch/openapi.yaml"),
        "path_mismatch/openapi.yaml",
    )
    .expect("a disagreement is repaired, not fatal");
    let op = &generated.model.operations[0];
    let params: Vec<(&str, &TypeRef)> = op
        .parameters
        .iter()
        .map(|p| (p.name.as_str(), &p.ty))
        .collect();
    assert_eq!(
        params,
        [("shelf", &TypeRef::I64), ("book", &TypeRef::String)]
    );
    let warnings: Vec<String> = generated.warnings().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings[0].contains("`{book}`, which no parameter declares"));
    assert!(warnings[1].contains("parameters/edition: path parameter `edition` is not in the path"));
}
