//! `cli.rs`: a clap command line over `client.rs`, one subcommand per operation.
//!
//! Operations are grouped by resource: the path after the prefix every path shares, without its
//! parameters (`/v1/async/chat/completions/{job_id}` -> `chat-completions`), and named by what
//! they do to it (`POST` on the collection -> `create`, `GET` on an item -> `get`, an action on an
//! item such as `…/{job_id}/cancel` -> `cancel`, …; the operation id when two would collide). Path parameters are positional, other parameters are
//! `--flags` (with the last word of the name as an alias when that is unambiguous: `--ttl`), a
//! body comes from `--file` or standard input, and a multipart file field `x` from `--x-path`.
//! Async-job pairs take `--wait`.
//!
//! Requests are sent as the user wrote them (`RequestBody::Raw`), so fields the spec does not
//! know reach the server; a JSON body is first read as the typed request so a malformed one is a
//! usage error here rather than a round trip.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToKebabCase, ToShoutySnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::client::{job_pairs, JobPair};
use super::client_support::setter_name;
use super::docs::doc_attrs;
use super::types::type_tokens;
use super::{support, EmitError, Piece};
use crate::ir::{
    field_ident, type_ident, BodyKind, Model, Operation, ParamLocation, Parameter, SecurityScheme,
    TypeRef,
};

/// Names of the CLI's own fields, which parameters must not take.
const RESERVED: [&str; 4] = ["file", "wait", "timeout", "help"];

/// Where the CLI's settings come from besides flags: `GATEWAY_BASE_URL`, `GATEWAY_BEARER`, ….
const ENV_PREFIX: &str = "GATEWAY";
const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080";

struct Command<'a> {
    op: &'a Operation,
    group: String,
    action: String,
}

/// The commands, then the support files: input, output and exit codes, and `--wait` with
/// async-job pairs.
pub(crate) fn emit(model: &Model) -> Result<Vec<Piece>, EmitError> {
    let commands = commands(model);
    let pairs = job_pairs(model);
    let global = global_args(model);
    let client_setup = client_setup(model);

    let mut groups: BTreeMap<&str, Vec<&Command<'_>>> = BTreeMap::new();
    for c in &commands {
        groups.entry(c.group.as_str()).or_default().push(c);
    }
    let mut group_variants = Vec::new();
    let mut group_enums = Vec::new();
    let mut dispatch_arms = Vec::new();
    let mut items = Vec::new();
    for (group, members) in &groups {
        let group_variant = format_ident!("{}", group.to_upper_camel_case());
        let action_enum = format_ident!("{}Action", group.to_upper_camel_case());
        let group_doc = format!(" Operations on `{}`.", members[0].op.path);
        group_variants.push(quote! {
            #[doc = #group_doc]
            #[command(name = #group)]
            #group_variant {
                #[command(subcommand)]
                action: #action_enum,
            },
        });
        let mut actions = Vec::new();
        for c in members {
            let action_variant = format_ident!("{}", c.action.to_upper_camel_case());
            let args_ty = format_ident!("{}Args", type_ident(&c.op.id));
            let run_fn = format_ident!("{}", field_ident(&c.op.id));
            let action = &c.action;
            let doc = doc_attrs(c.op.summary.as_deref().or(c.op.description.as_deref()));
            actions.push(quote! {
                #doc
                #[command(name = #action)]
                #action_variant(#args_ty),
            });
            dispatch_arms.push(quote! {
                Command::#group_variant { action: #action_enum::#action_variant(args) } => #run_fn(&client, args).await,
            });
            let pair_role = pairs.iter().find_map(|p| {
                if p.submit.id == c.op.id {
                    Some((Role::Submit, p))
                } else if p.poll.id == c.op.id {
                    Some((Role::Poll, p))
                } else {
                    None
                }
            });
            items.push(command_items(model, c.op, &args_ty, &run_fn, pair_role));
        }
        group_enums.push(quote! {
            #[derive(Debug, ::clap::Subcommand)]
            pub enum #action_enum {
                #( #actions )*
            }
        });
    }
    let mut pieces = vec![
        Piece::Tokens(quote! {
            // clap's derive recognises optional and repeated arguments by the bare names
            // `Option` and `Vec`, so the argument structs use the prelude's.
            use super::client::*;

            /// A command-line client for every operation of the API.
            ///
            /// Prints the server's answer on standard output (JSON as it came, files as bytes) and
            /// a message on standard error when something went wrong. Exit status: 0 for a
            /// successful answer, 1 for an error answer, a failed job or an unreachable server,
            /// 2 for a command line or input file that cannot be used.
            #[derive(Debug, ::clap::Parser)]
            #[command(name = "client", version)]
            pub struct Cli {
                #( #global )*

                #[command(subcommand)]
                pub command: Command,
            }

            #[derive(Debug, ::clap::Subcommand)]
            pub enum Command {
                #( #group_variants )*
            }

            #( #group_enums )*

            /// Runs the command the line names and says how the process should exit.
            pub async fn run(cli: Cli) -> ::std::process::ExitCode {
                match dispatch(cli).await {
                    ::std::result::Result::Ok(code) => code,
                    ::std::result::Result::Err(failure) => failure.report(),
                }
            }

            async fn dispatch(cli: Cli) -> ::std::result::Result<::std::process::ExitCode, Failure> {
                #client_setup
                match cli.command {
                    #( #dispatch_arms )*
                }
            }

            #( #items )*
        }),
        Piece::Support(support::CLI),
    ];
    if !pairs.is_empty() {
        pieces.push(Piece::Support(support::CLI_WAITING));
    }
    Ok(pieces)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Submit,
    Poll,
}

/// Every operation with its group and action, collisions resolved by operation id.
fn commands(model: &Model) -> Vec<Command<'_>> {
    let split = |path: &str| -> Vec<String> {
        path.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let paths: Vec<Vec<String>> = model.operations.iter().map(|o| split(&o.path)).collect();
    // The literal segments every path starts with, keeping at least one literal in each path.
    let mut prefix = paths.first().map(Vec::len).unwrap_or(0);
    for p in &paths {
        let shared = paths[0]
            .iter()
            .zip(p)
            .take_while(|(a, b)| a == b && !a.contains('{'))
            .count();
        let literals = p.iter().filter(|s| !s.contains('{')).count();
        prefix = prefix.min(shared).min(literals.saturating_sub(1));
    }
    let mut commands: Vec<Command<'_>> = model
        .operations
        .iter()
        .zip(&paths)
        .map(|(op, segments)| {
            let mut rest = &segments[prefix.min(segments.len())..];
            // An action on an item (`…/{job_id}/cancel`) belongs to the item's group, named
            // by its verb: `chat-completions cancel <JOB_ID>`.
            let verb = match rest {
                [.., item, verb] if item.contains('{') && !verb.contains('{') => {
                    let verb = verb.to_kebab_case();
                    rest = &rest[..rest.len() - 1];
                    Some(verb)
                }
                _ => None,
            };
            let literals: Vec<&str> = rest
                .iter()
                .filter(|s| !s.contains('{'))
                .map(String::as_str)
                .collect();
            let group = if literals.is_empty() {
                "root".to_owned()
            } else {
                literals.join("-").to_kebab_case()
            };
            let on_item = rest.last().is_some_and(|s| s.contains('{'));
            let action = match (op.method.as_str(), on_item) {
                _ if verb.is_some() => verb.as_deref().unwrap_or_default(),
                ("post", false) => "create",
                ("get", false) => "list",
                ("get", true) => "get",
                ("put", true) => "replace",
                ("patch", true) => "update",
                ("delete", true) => "delete",
                (method, _) => method,
            }
            .to_owned();
            Command { op, group, action }
        })
        .collect();
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for c in &commands {
        *seen.entry((c.group.clone(), c.action.clone())).or_default() += 1;
    }
    for c in &mut commands {
        if seen[&(c.group.clone(), c.action.clone())] > 1 {
            c.action = c.op.id.to_kebab_case();
        }
    }
    commands
}

/// `--base-url`, one flag per security scheme the client can send, `--header`.
fn global_args(model: &Model) -> Vec<TokenStream> {
    let base_env = format!("{ENV_PREFIX}_BASE_URL");
    let mut args = vec![quote! {
        /// Where the server listens.
        #[arg(long, global = true, env = #base_env, default_value = #DEFAULT_BASE_URL, value_name = "URL")]
        pub base_url: ::std::string::String,
    }];
    for (name, scheme) in &model.security_schemes {
        let setter = setter_name(name);
        let field = format_ident!("{}", setter);
        let env = format!("{ENV_PREFIX}_{}", setter.to_shouty_snake_case());
        let (doc, value_name) = match scheme {
            SecurityScheme::Bearer => (format!(" Bearer token (`{name}`)."), "TOKEN"),
            SecurityScheme::Basic => (
                format!(" User name and password as `USER:PASSWORD` (`{name}`)."),
                "USER:PASSWORD",
            ),
            SecurityScheme::ApiKeyHeader(header) => (
                format!(" Key sent in the `{header}` header (`{name}`)."),
                "KEY",
            ),
            SecurityScheme::ApiKeyQuery(param) => (
                format!(" Key sent as the `{param}` query parameter (`{name}`)."),
                "KEY",
            ),
            SecurityScheme::ApiKeyCookie(cookie) => (
                format!(" Key sent in the `{cookie}` cookie (`{name}`)."),
                "KEY",
            ),
            SecurityScheme::Unsupported(_) => continue,
        };
        args.push(quote! {
            #[doc = #doc]
            #[arg(long, global = true, env = #env, hide_env_values = true, value_name = #value_name)]
            pub #field: Option<::std::string::String>,
        });
    }
    args.push(quote! {
        /// A header sent with every request, as `NAME: VALUE`; repeatable.
        #[arg(long = "header", global = true, value_name = "NAME: VALUE")]
        pub headers: Vec<::std::string::String>,
    });
    args
}

/// Builds the `Client` from the global flags.
fn client_setup(model: &Model) -> TokenStream {
    let credentials = model.security_schemes.iter().map(|(name, scheme)| {
        let field = format_ident!("{}", setter_name(name));
        match scheme {
            SecurityScheme::Basic => {
                let flag = format!("--{}", setter_name(name).to_kebab_case());
                quote! {
                    if let ::std::option::Option::Some(pair) = &cli.#field {
                        let (user, password) = pair.split_once(':').ok_or_else(|| {
                            Failure::Usage(::std::format!("{} takes USER:PASSWORD", #flag))
                        })?;
                        client = client.#field(user, password);
                    }
                }
            }
            SecurityScheme::Unsupported(_) => TokenStream::new(),
            _ => quote! {
                if let ::std::option::Option::Some(value) = &cli.#field {
                    client = client.#field(value.as_str());
                }
            },
        }
    });
    quote! {
        let mut client = Client::new(&cli.base_url).map_err(|e| Failure::Usage(e.to_string()))?;
        #( #credentials )*
        for header in &cli.headers {
            let (name, value) = header.split_once(':').ok_or_else(|| {
                Failure::Usage(::std::format!("--header `{header}` is not `NAME: VALUE`"))
            })?;
            client = client.default_header(name.trim(), value.trim()).map_err(|e| Failure::Usage(e.to_string()))?;
        }
    }
}

/// A parameter's field name in the args struct, away from the CLI's own fields.
fn arg_field(p: &Parameter) -> Ident {
    if RESERVED.contains(&p.rust_name.as_str()) {
        format_ident!("param_{}", p.rust_name)
    } else {
        format_ident!("{}", p.rust_name)
    }
}

/// The args struct, and the function that runs one operation.
fn command_items(
    model: &Model,
    op: &Operation,
    args_ty: &Ident,
    run_fn: &Ident,
    pair: Option<(Role, &JobPair<'_>)>,
) -> TokenStream {
    let method = format_ident!("{}", field_ident(&op.id));
    let response = format_ident!("{}Response", type_ident(&op.id));
    let mut fields = Vec::new();
    let mut prepare = Vec::new();
    let mut call_args = Vec::new();

    // Path parameters positionally, in the order the client method takes them.
    let mut path_params: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Path)
        .collect();
    path_params.sort_by_key(|p| op.path.find(&format!("{{{}}}", p.name)));
    for p in &path_params {
        let field = arg_field(p);
        let doc = doc_attrs(p.doc.as_deref());
        let value_name = p.name.to_shouty_snake_case();
        fields
            .push(quote!(#doc #[arg(value_name = #value_name)] pub #field: ::std::string::String,));
        let label = value_name.clone();
        call_args.push(param_value(p, &field, &label, &mut prepare));
    }

    if let Some(body) = &op.body {
        let doc = match &body.kind {
            BodyKind::Multipart { .. } => {
                " The form's other fields as a JSON object: a file, or `-` for standard input (read when no file is given and input is piped)."
            }
            _ => {
                " The request body: a file, or `-` for standard input (read when no file is given and input is piped)."
            }
        };
        fields.push(quote! {
            #[doc = #doc]
            #[arg(long, short = 'f', value_name = "FILE")]
            pub file: Option<::std::path::PathBuf>,
        });
        let required = body.required;
        match &body.kind {
            BodyKind::Json => {
                let typed = match &body.ty {
                    TypeRef::Named(n) => {
                        let n = format_ident!("{}", n);
                        quote!(super::types::#n)
                    }
                    other => type_tokens(other),
                };
                let what = match &body.ty {
                    TypeRef::Named(n) => n.clone(),
                    _ => "request".to_owned(),
                };
                prepare.push(quote! {
                    let body = match read_input(args.file.as_deref())? {
                        ::std::option::Option::Some((source, bytes)) => ::std::option::Option::Some(json_request::<#typed>(&source, bytes, #what)?),
                        ::std::option::Option::None => ::std::option::Option::None,
                    };
                });
            }
            BodyKind::Multipart { file_fields } => {
                let mut attach = Vec::new();
                let names: Vec<&str> = file_fields.iter().map(String::as_str).collect();
                for name in file_fields {
                    let flag = format!("{}-path", name.to_kebab_case());
                    let field = format_ident!("{}_path", field_ident(name));
                    let list = file_field_is_list(model, &body.ty, name);
                    let doc = format!(" The file sent as part `{name}`; its media type is guessed from the extension.");
                    if list {
                        fields.push(quote! {
                            #[doc = #doc]
                            #[arg(long = #flag, value_name = "PATH")]
                            pub #field: Vec<::std::path::PathBuf>,
                        });
                        attach.push(quote! {
                            for path in &args.#field {
                                parts.push(FormPart::file(#name, FilePart::from_path(path).await.map_err(|e| Failure::Usage(e.to_string()))?));
                            }
                        });
                    } else {
                        fields.push(quote! {
                            #[doc = #doc]
                            #[arg(long = #flag, value_name = "PATH")]
                            pub #field: Option<::std::path::PathBuf>,
                        });
                        attach.push(quote! {
                            if let ::std::option::Option::Some(path) = &args.#field {
                                parts.push(FormPart::file(#name, FilePart::from_path(path).await.map_err(|e| Failure::Usage(e.to_string()))?));
                            }
                        });
                    }
                }
                prepare.push(quote! {
                    let mut parts = match read_input(args.file.as_deref())? {
                        ::std::option::Option::Some((source, bytes)) => form_fields(&source, &bytes, &[ #( #names ),* ])?,
                        ::std::option::Option::None => ::std::vec::Vec::new(),
                    };
                    #( #attach )*
                    let body = (!parts.is_empty()).then_some(RawBody::Multipart(parts));
                });
            }
            BodyKind::Raw => {
                let media = &body.media_type;
                prepare.push(quote! {
                    let body = read_input(args.file.as_deref())?.map(|(_, data)| RawBody::Bytes { content_type: #media.to_owned(), data });
                });
            }
        }
        if required {
            prepare.push(quote! {
                let body = body.ok_or_else(|| Failure::Usage("no request body: pass --file FILE, or pipe it on standard input".to_owned()))?;
            });
            call_args.push(quote!(RequestBody::Raw(body)));
        } else {
            call_args.push(quote!(body.map(RequestBody::Raw)));
        }
    }

    for p in op
        .parameters
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
    {
        let field = arg_field(p);
        let flag = p.name.to_kebab_case();
        let doc = doc_attrs(p.doc.as_deref());
        let list = matches!(p.ty, TypeRef::Array(_));
        let alias = short_alias(op, p).map(|a| quote!(, visible_alias = #a));
        let field_ty = match (list, p.required) {
            (true, _) => quote!(Vec<::std::string::String>),
            (false, true) => quote!(::std::string::String),
            (false, false) => quote!(Option<::std::string::String>),
        };
        let required = (list && p.required).then(|| quote!(, required = true));
        fields.push(quote! {
            #doc
            #[arg(long = #flag #alias #required, value_name = "VALUE")]
            pub #field: #field_ty,
        });
        let label = format!("--{flag}");
        call_args.push(param_value(p, &field, &label, &mut prepare));
    }

    let after = match pair {
        Some((role, pair)) => {
            let wait = format_ident!("{}_with_progress", pair.wait_method());
            fields.push(quote! {
                /// Poll until the job is final and print it; exit 1 if it failed.
                #[arg(long)]
                pub wait: bool,
                /// With --wait: give up after this many seconds.
                #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
                pub timeout: u64,
            });
            // Both halves of a job pair wait the same way once the answer says "not final yet".
            let wait_if_asked = quote! {
                if args.wait {
                    if let #response::Accepted(job) = &answer {
                        let job_id = job.job_id().to_owned();
                        let options = WaitOptions::default().timeout(::std::time::Duration::from_secs(args.timeout));
                        let spinner = Spinner::start();
                        let outcome = client.#wait(&job_id, &options, |job| spinner.show(job)).await;
                        spinner.stop();
                        return finish_wait(outcome);
                    }
                }
            };
            match role {
                Role::Submit => wait_if_asked,
                Role::Poll => quote! {
                    #wait_if_asked
                    if let #response::Ok(job) = &answer {
                        if job.is_failed() {
                            return ::std::result::Result::Ok(report(&answer, ::std::option::Option::Some(job.job_id())));
                        }
                    }
                },
            }
        }
        None => TokenStream::new(),
    };
    let args_doc = doc_attrs(Some(&format!(
        "`{} {}` (`{}`).",
        op.method.to_uppercase(),
        op.path,
        op.id
    )));
    quote! {
        #args_doc
        #[derive(Debug, ::clap::Args)]
        pub struct #args_ty {
            #( #fields )*
        }

        async fn #run_fn(client: &Client, args: #args_ty) -> ::std::result::Result<::std::process::ExitCode, Failure> {
            #( #prepare )*
            let answer = client.#method(#( #call_args ),*).await.map_err(Failure::Client)?;
            #after
            ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
        }
    }
}

/// Whether a multipart body's file field holds several files.
fn file_field_is_list(model: &Model, body: &TypeRef, name: &str) -> bool {
    let TypeRef::Named(n) = body else {
        return false;
    };
    match model.types.get(n).map(|t| &t.def) {
        Some(crate::ir::TypeDef::Struct(s)) => s
            .fields
            .iter()
            .any(|f| f.json_name == name && matches!(f.ty, TypeRef::Array(_))),
        _ => false,
    }
}

/// The last word of a flag as its alias (`--ttl` for `--x-bf-async-job-result-ttl`), when no
/// other flag of the operation ends with the same word.
fn short_alias(op: &Operation, p: &Parameter) -> Option<String> {
    let last = |p: &Parameter| p.name.to_kebab_case().rsplit('-').next().map(str::to_owned);
    let word = last(p)?;
    let flags: BTreeSet<String> = op
        .parameters
        .iter()
        .filter(|q| q.location != ParamLocation::Path)
        .map(|q| q.name.to_kebab_case())
        .collect();
    let clashes = op
        .parameters
        .iter()
        .filter(|q| q.location != ParamLocation::Path && last(q).as_deref() == Some(word.as_str()))
        .count();
    (clashes == 1
        && word != p.name.to_kebab_case()
        && !flags.contains(&word)
        && !RESERVED.contains(&word.as_str())
        && !["base-url", "header"].contains(&word.as_str()))
    .then_some(word)
}

/// The argument the client method takes for a parameter, parsing text as needed.
fn param_value(
    p: &Parameter,
    field: &Ident,
    label: &str,
    prepare: &mut Vec<TokenStream>,
) -> TokenStream {
    let list = matches!(p.ty, TypeRef::Array(_));
    match (&p.ty, list, p.required) {
        (TypeRef::String, _, true) => quote!(args.#field.as_str()),
        (TypeRef::String, _, false) => quote!(args.#field.as_deref()),
        (_, true, required) => {
            let TypeRef::Array(inner) = &p.ty else {
                unreachable!("checked above")
            };
            let item = client_type(inner);
            prepare.push(quote! {
                let #field: ::std::vec::Vec<#item> = args.#field.iter().map(|text| parse_text(text, #label)).collect::<::std::result::Result<_, _>>()?;
            });
            if required {
                quote!(#field)
            } else {
                quote!((!#field.is_empty()).then_some(#field))
            }
        }
        (t, false, true) => {
            let t = client_type(t);
            prepare.push(quote!(let #field: #t = parse_text(&args.#field, #label)?;));
            quote!(#field)
        }
        (t, false, false) => {
            let t = client_type(t);
            prepare.push(quote! {
                let #field: ::std::option::Option<#t> = args.#field.as_deref().map(|text| parse_text(text, #label)).transpose()?;
            });
            quote!(#field)
        }
    }
}

fn client_type(t: &TypeRef) -> TokenStream {
    match t {
        TypeRef::Named(n) => {
            let n = format_ident!("{}", n);
            quote!(super::types::#n)
        }
        TypeRef::Array(inner) => {
            let inner = client_type(inner);
            quote!(::std::vec::Vec<#inner>)
        }
        other => type_tokens(other),
    }
}
