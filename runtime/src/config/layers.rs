//! Where configuration values come from, lowest first: the defaults, a TOML file, `GATEWAY_…`
//! environment variables, then command-line flags. Each layer is a `figment` provider whose
//! metadata says, for any key, where that key was set, so an error can name the file key, the
//! variable or the flag.
//!
//! Naming: a key `jobs.lease_secs` is `GATEWAY_JOBS__LEASE_SECS` in the environment (sections
//! are separated by a double underscore, since keys themselves contain single ones) and
//! `--set jobs.lease_secs=…` on the command line. `providers`, `principals` and `webhooks` are
//! lists of tables and are read from the file only.

use std::path::Path;

use figment::error::Kind;
use figment::providers::{Env, Format, Toml};
use figment::value::{Dict, Map, Value};
use figment::{Figment, Metadata, Profile, Provider};

use super::{fields, Config, ConfigError, JobsConfig, LimitsConfig};
use crate::executor::RetryPolicy;
use crate::webhooks::DeliveryConfig;

pub const ENV_PREFIX: &str = "GATEWAY_";
const ENV_SECTION_SEPARATOR: &str = "__";

/// Keys holding lists of tables, which one variable or flag cannot say readably.
const FILE_ONLY: [&str; 3] = ["providers", "principals", "webhooks"];

/// The tables of the file and the keys each holds.
fn sections() -> [(&'static str, &'static [&'static str]); 4] {
    [
        ("jobs", fields::of::<JobsConfig>()),
        ("limits", fields::of::<LimitsConfig>()),
        ("retry", fields::of::<RetryPolicy>()),
        ("webhook_delivery", fields::of::<DeliveryConfig>()),
    ]
}

/// Every key the environment and `--set` can set, dotted (`listen`, `jobs.lease_secs`, …).
pub fn settable_keys() -> Vec<String> {
    let sections = sections();
    let mut keys = Vec::new();
    for field in fields::of::<Config>() {
        if FILE_ONLY.contains(field) {
            continue;
        }
        match sections.iter().find(|(name, _)| name == field) {
            Some((section, inner)) => keys.extend(inner.iter().map(|k| format!("{section}.{k}"))),
            None => keys.push((*field).to_owned()),
        }
    }
    keys
}

/// The environment variable that sets `key` (`jobs.lease_secs` -> `GATEWAY_JOBS__LEASE_SECS`).
pub fn env_var(key: &str) -> String {
    format!(
        "{ENV_PREFIX}{}",
        key.to_ascii_uppercase().replace('.', ENV_SECTION_SEPARATOR)
    )
}

/// What a dotted key names.
enum Key {
    /// A key that takes one value.
    Settable,
    /// A section, a list of tables, or a key no section has: refused, with the reason.
    Refused(String),
    /// Not a configuration key at all.
    Foreign,
}

fn classify(key: &str) -> Key {
    let key = key.to_ascii_lowercase();
    if settable_keys().contains(&key) {
        return Key::Settable;
    }
    if FILE_ONLY.contains(&key.as_str()) {
        return Key::Refused(format!(
            "`{key}` is a list of tables: set it in the config file"
        ));
    }
    let sections = sections();
    if let Some((section, inner)) = sections.iter().find(|(s, _)| *s == key) {
        return Key::Refused(format!(
            "`{section}` is a section: set its keys one by one ({})",
            inner.join(", ")
        ));
    }
    for (section, inner) in sections {
        if let Some(rest) = key.strip_prefix(&format!("{section}.")) {
            return Key::Refused(format!(
                "`{section}` has no key `{rest}`; it has {}",
                inner.join(", ")
            ));
        }
        if key.starts_with(&format!("{section}_")) {
            return Key::Refused(format!(
                "no key `{key}`; keys of `{section}` are set as {}",
                env_var(&format!(
                    "{section}.{}",
                    inner.first().copied().unwrap_or("…")
                ))
            ));
        }
    }
    Key::Foreign
}

/// A provider with our own description of where its keys come from.
struct Described<P> {
    provider: P,
    metadata: Metadata,
}

impl<P: Provider> Provider for Described<P> {
    fn metadata(&self) -> Metadata {
        self.metadata.clone()
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        self.provider.data()
    }
}

fn file_layer(path: &Path, text: &str) -> Described<figment::providers::Data<Toml>> {
    let shown = path.display().to_string();
    let name = format!("the config file {shown}");
    Described {
        provider: Toml::string(text),
        metadata: Metadata::from(name, path).interpolater(move |_: &Profile, keys: &[&str]| {
            format!("`{}` in the config file {shown}", keys.join("."))
        }),
    }
}

/// The `GATEWAY_…` variables that name configuration keys. Others with the prefix (the
/// client's `GATEWAY_BASE_URL`, `GATEWAY_CONFIG`, which names the file) are not ours and are
/// left alone; a near miss such as `GATEWAY_JOBS_WORKERS` is refused, not ignored.
struct EnvLayer {
    env: Env,
}

fn env_layer() -> Result<EnvLayer, ConfigError> {
    let env = Env::prefixed(ENV_PREFIX).split(ENV_SECTION_SEPARATOR);
    for (key, _) in env.iter() {
        if let Key::Refused(reason) = classify(key.as_str()) {
            return Err(ConfigError::Value(format!(
                "the environment variable {}: {reason}",
                env_var(key.as_str())
            )));
        }
    }
    Ok(EnvLayer {
        env: env.filter(|key| matches!(classify(key.as_str()), Key::Settable)),
    })
}

impl Provider for EnvLayer {
    fn metadata(&self) -> Metadata {
        Metadata::named("the environment").interpolater(|_: &Profile, keys: &[&str]| {
            format!("the environment variable {}", env_var(&keys.join(".")))
        })
    }

    /// Values stay strings, read as their key's type at extraction: `Env`'s own guessing would
    /// make `GATEWAY_DEFAULT_PROVIDER=42` a number that a string key refuses.
    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let mut dict = Dict::new();
        for (key, value) in self.env.iter() {
            insert(&mut dict, key.as_str(), Value::from(value));
        }
        Ok(Profile::Default.collect(dict))
    }
}

/// Values given on the command line: the last layer, winning over the file and the environment.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    values: Vec<(String, Value)>,
}

impl Flags {
    pub fn new() -> Self {
        Flags::default()
    }

    /// Sets `key` to a value the caller has already typed (a parsed `--listen`, say).
    pub fn set(&mut self, key: &str, value: impl Into<Value>) -> Result<(), ConfigError> {
        if let Key::Refused(reason) = classify_flag(key) {
            return Err(ConfigError::Value(format!(
                "the flag --set {key}: {reason}"
            )));
        }
        self.values.push((key.to_ascii_lowercase(), value.into()));
        Ok(())
    }

    /// Reads `key=value` as given to `--set`; the value is read as the key's type, as a
    /// variable's is.
    pub fn assign(&mut self, assignment: &str) -> Result<(), ConfigError> {
        let Some((key, value)) = assignment.split_once('=') else {
            return Err(ConfigError::Value(format!(
                "the flag --set {assignment}: expected KEY=VALUE, such as jobs.workers=8"
            )));
        };
        self.set(key.trim(), value.to_owned())
    }
}

/// Like [`classify`], with an unknown key named as such: on the command line nothing is
/// someone else's.
fn classify_flag(key: &str) -> Key {
    match classify(key) {
        Key::Foreign => Key::Refused(format!(
            "no such key; the keys are {}",
            settable_keys().join(", ")
        )),
        other => other,
    }
}

impl Provider for Flags {
    fn metadata(&self) -> Metadata {
        Metadata::named("the command line")
            .interpolater(|_: &Profile, keys: &[&str]| format!("the flag --set {}", keys.join(".")))
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let mut dict = Dict::new();
        for (key, value) in &self.values {
            insert(&mut dict, key, value.clone());
        }
        Ok(Profile::Default.collect(dict))
    }
}

/// Puts `value` at the dotted `key`, keeping what the dict already holds beside it.
fn insert(dict: &mut Dict, key: &str, value: Value) {
    match key.split_once('.') {
        Some((head, rest)) => {
            let entry = dict
                .entry(head.to_owned())
                .or_insert_with(|| Dict::new().into());
            if !matches!(entry, Value::Dict(..)) {
                *entry = Dict::new().into();
            }
            if let Value::Dict(_, inner) = entry {
                insert(inner, rest, value);
            }
        }
        None => {
            dict.insert(key.to_owned(), value);
        }
    }
}

/// Reads the layers in order and checks the result.
pub(super) fn load(
    file: Option<&Path>,
    with_env: bool,
    flags: &Flags,
) -> Result<Config, ConfigError> {
    let mut figment = Figment::new();
    if let Some(path) = file {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        // The TOML parser's own message (line, column, what was expected) is the clearest.
        text.parse::<toml::Table>()
            .map_err(|e| ConfigError::Parse {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
        figment = figment.merge(file_layer(path, &text));
    }
    if with_env {
        figment = figment.merge(env_layer()?);
    }
    // Lossy: a string from a variable or a flag is read as the number or boolean its key takes
    // (`8`, `true`, `yes`, `off`).
    let figment = figment.merge(flags);
    let config: Config = figment.extract_lossy().map_err(describe)?;
    match config.check() {
        Err(ConfigError::Invalid(rule)) => Err(ConfigError::Invalid(with_origins(&figment, rule))),
        other => other.map(|()| config),
    }
}

/// A broken rule, followed by where the keys it names were set: with three layers, the value
/// at fault may not be in the file at all.
fn with_origins(figment: &Figment, rule: String) -> String {
    // The rule names keys as `jobs.workers` or by a pattern such as `limits.*`.
    let patterns: Vec<(&str, &str)> = rule
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '`'))
        .filter(|word| word.contains('.'))
        .map(|word| word.split_once('*').unwrap_or((word, "")))
        .collect();
    let named = |key: &str| {
        patterns.iter().any(|(head, tail)| {
            if tail.is_empty() && !head.ends_with('.') {
                key == *head
            } else {
                key.starts_with(head) && key.ends_with(tail)
            }
        })
    };
    let origins: Vec<String> = settable_keys()
        .iter()
        .filter(|key| named(key))
        .filter_map(|key| {
            let md = figment.find_metadata(key)?;
            let path: Vec<&str> = key.split('.').collect();
            Some(md.interpolate(&Profile::Default, &path))
        })
        .collect();
    if origins.is_empty() {
        rule
    } else {
        format!("{rule} (set by {})", origins.join(", "))
    }
}

/// Each problem, naming the key and the layer that set it.
fn describe(errors: figment::Error) -> ConfigError {
    let lines: Vec<String> = errors
        .into_iter()
        .map(|e| {
            let place = match (&e.metadata, e.path.is_empty()) {
                (Some(md), false) => {
                    md.interpolate(&e.profile.clone().unwrap_or_default(), &e.path)
                }
                (Some(md), true) => md.name.to_string(),
                (None, false) => format!("`{}`", e.path.join(".")),
                (None, true) => "the configuration".to_owned(),
            };
            match &e.kind {
                Kind::UnknownField(found, expected) => format!(
                    "{place}: unknown key `{found}`; expected one of {}",
                    expected.join(", ")
                ),
                kind => format!("{place}: {kind}"),
            }
        })
        .collect();
    ConfigError::Value(lines.join("; "))
}
