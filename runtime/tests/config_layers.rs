//! Configuration layering: defaults < file < `GATEWAY_…` environment < flags, for every key,
//! and errors that name the key and the layer that set it.
//!
//! Every test runs in a `figment::Jail`, which serialises the tests that touch the environment,
//! starts from an empty environment and restores it afterwards.

use std::path::Path;

use figment::Jail;
use runtime::config::{env_var, settable_keys, Config, ConfigError, Flags};

/// Runs `f` with no variables set and a scratch directory as the working directory.
// `Jail` wants a closure returning `figment::Result`, whose error is large; only this one does.
#[allow(clippy::result_large_err)]
fn jail(f: impl FnOnce(&mut Jail)) {
    Jail::expect_with(|jail| {
        jail.clear_env();
        f(jail);
        Ok(())
    });
}

fn write(jail: &Jail, name: &str, text: &str) {
    jail.create_file(name, text)
        .expect("a file in the scratch directory");
}

fn load(file: Option<&str>, flags: &Flags) -> Result<Config, ConfigError> {
    Config::load(file.map(Path::new), flags)
}

fn error(file: Option<&str>, flags: &Flags) -> String {
    match load(file, flags) {
        Ok(c) => panic!("expected an error, got {c:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_flag_beats_the_environment_which_beats_the_file() {
    jail(|jail| {
        write(
            jail,
            "gateway.toml",
            "listen = \"127.0.0.1:1001\"\nstore = \"sqlite://file.sqlite3\"\n\
             [jobs]\nworkers = 3\nlease_secs = 10\nmax_attempts = 7\n",
        );
        jail.set_env("GATEWAY_STORE", "sqlite://env.sqlite3");
        jail.set_env("GATEWAY_JOBS__WORKERS", "5");
        jail.set_env("GATEWAY_JOBS__LEASE_SECS", "20");
        let mut flags = Flags::new();
        flags.set("jobs.lease_secs", 40).unwrap();
        flags.assign("listen=127.0.0.1:1003").unwrap();

        let c = load(Some("gateway.toml"), &flags).unwrap();
        assert_eq!(c.listen.port(), 1003, "flag over file");
        assert_eq!(c.store, "sqlite://env.sqlite3", "environment over file");
        assert_eq!(c.jobs.workers, 5, "environment over file");
        assert_eq!(c.jobs.lease_secs, 40, "flag over environment over file");
        assert_eq!(c.jobs.max_attempts, 7, "file over default");
        assert_eq!(
            c.jobs.max_ttl_secs, 604_800,
            "default when no layer sets it"
        );

        let c = load(Some("gateway.toml"), &Flags::new()).unwrap();
        assert_eq!(c.listen.port(), 1001, "the file's value without a flag");
        assert_eq!(c.jobs.lease_secs, 20);
    });
}

#[test]
fn the_environment_applies_without_a_file() {
    jail(|jail| {
        jail.set_env("GATEWAY_LISTEN", "0.0.0.0:9000");
        jail.set_env("GATEWAY_ALLOW_OPEN_NON_LOOPBACK", "true");
        jail.set_env("GATEWAY_DEFAULT_PROVIDER", "openai");
        jail.set_env("GATEWAY_RETRY__MAX_ATTEMPTS", "2");
        let c = load(None, &Flags::new()).unwrap();
        assert_eq!(c.listen.to_string(), "0.0.0.0:9000");
        assert!(c.allow_open_non_loopback);
        assert_eq!(c.default_provider.as_deref(), Some("openai"));
        assert_eq!(c.retry.max_attempts, 2);
    });
}

/// Each key, set alone from its variable, changes the configuration: no key is file-only by
/// accident, and the variable names follow one rule. Keys added later are covered as well,
/// since the list comes from the structs.
#[test]
fn every_key_can_be_set_from_the_environment() {
    // Values other than the defaults that pass the configuration's own checks, one of which fits
    // each key's type.
    const CANDIDATES: [&str; 6] = [
        "7",
        "7000000",
        "true",
        "127.0.0.1:7070",
        "sqlite://./elsewhere.sqlite3",
        "elsewhere",
    ];
    let keys = settable_keys();
    for expected in [
        "listen",
        "store",
        "allow_open_non_loopback",
        "default_provider",
        "jobs.lease_secs",
        "limits.json_body_bytes",
        "retry.max_backoff_ms",
    ] {
        assert!(keys.iter().any(|k| k == expected), "{expected} in {keys:?}");
    }
    assert!(!keys
        .iter()
        .any(|k| k == "providers" || k == "principals" || k == "webhooks"));
    jail(|jail| {
        let defaults = format!("{:?}", load(None, &Flags::new()).unwrap());
        for key in &keys {
            let var = env_var(key);
            let changed = CANDIDATES.iter().any(|value| {
                jail.set_env(&var, value);
                let config = load(None, &Flags::new());
                config.is_ok_and(|c| format!("{c:?}") != defaults)
            });
            std::env::remove_var(&var);
            assert!(changed, "{var} changes nothing (tried {CANDIDATES:?})");
        }
    });
}

#[test]
fn variables_follow_one_naming_rule() {
    assert_eq!(env_var("listen"), "GATEWAY_LISTEN");
    assert_eq!(env_var("jobs.lease_secs"), "GATEWAY_JOBS__LEASE_SECS");
    assert_eq!(
        env_var("limits.upstream_answer_bytes"),
        "GATEWAY_LIMITS__UPSTREAM_ANSWER_BYTES"
    );
}

#[test]
fn a_bad_value_names_the_variable() {
    jail(|jail| {
        jail.set_env("GATEWAY_JOBS__WORKERS", "many");
        let e = error(None, &Flags::new());
        assert!(e.contains("GATEWAY_JOBS__WORKERS"), "{e}");
        assert!(e.contains("environment variable"), "{e}");
        assert!(e.contains("many"), "{e}");

        jail.set_env("GATEWAY_JOBS__WORKERS", "8");
        jail.set_env("GATEWAY_LISTEN", "nowhere");
        let e = error(None, &Flags::new());
        assert!(e.contains("GATEWAY_LISTEN"), "{e}");
    });
}

#[test]
fn a_bad_value_in_the_file_names_the_key_and_the_file() {
    jail(|jail| {
        write(jail, "gateway.toml", "[jobs]\nworkers = \"many\"\n");
        let e = error(Some("gateway.toml"), &Flags::new());
        assert!(e.contains("jobs.workers"), "{e}");
        assert!(e.contains("gateway.toml"), "{e}");
        // A bad value the environment replaces is no error: only the winning value is read.
        jail.set_env("GATEWAY_JOBS__WORKERS", "4");
        assert_eq!(
            load(Some("gateway.toml"), &Flags::new())
                .unwrap()
                .jobs
                .workers,
            4
        );
    });
}

#[test]
fn unknown_keys_are_refused_by_name() {
    jail(|jail| {
        write(jail, "typo.toml", "listn = \"127.0.0.1:1\"\n");
        let e = error(Some("typo.toml"), &Flags::new());
        assert!(e.contains("listn"), "{e}");
        assert!(e.contains("typo.toml"), "{e}");

        write(jail, "nested.toml", "[jobs]\nworker = 3\n");
        let e = error(Some("nested.toml"), &Flags::new());
        assert!(e.contains("worker"), "{e}");

        jail.set_env("GATEWAY_JOBS__WORKER", "3");
        let e = error(None, &Flags::new());
        assert!(
            e.contains("GATEWAY_JOBS__WORKER") && e.contains("workers"),
            "{e}"
        );
        std::env::remove_var("GATEWAY_JOBS__WORKER");

        // One underscore where the section needs two.
        jail.set_env("GATEWAY_JOBS_WORKERS", "3");
        let e = error(None, &Flags::new());
        assert!(
            e.contains("GATEWAY_JOBS_WORKERS") && e.contains("GATEWAY_JOBS__"),
            "{e}"
        );
        std::env::remove_var("GATEWAY_JOBS_WORKERS");

        let mut flags = Flags::new();
        let e = flags.assign("jobs.worker=3").unwrap_err().to_string();
        assert!(e.contains("--set jobs.worker"), "{e}");
        let e = flags.assign("listn=127.0.0.1:1").unwrap_err().to_string();
        assert!(e.contains("listn"), "{e}");
        let e = flags.assign("jobs.workers").unwrap_err().to_string();
        assert!(e.contains("KEY=VALUE"), "{e}");
    });
}

#[test]
fn a_bad_flag_value_names_the_flag() {
    jail(|_| {
        let mut flags = Flags::new();
        flags.assign("jobs.lease_secs=soon").unwrap();
        let e = error(None, &flags);
        assert!(e.contains("--set jobs.lease_secs"), "{e}");
        assert!(e.contains("soon"), "{e}");
    });
}

#[test]
fn lists_of_tables_stay_in_the_file() {
    jail(|jail| {
        jail.set_env("GATEWAY_PROVIDERS", "[]");
        let e = error(None, &Flags::new());
        assert!(
            e.contains("GATEWAY_PROVIDERS") && e.contains("config file"),
            "{e}"
        );
        std::env::remove_var("GATEWAY_PROVIDERS");

        jail.set_env("GATEWAY_JOBS", "{workers = 3}");
        let e = error(None, &Flags::new());
        assert!(
            e.contains("GATEWAY_JOBS") && e.contains("one by one"),
            "{e}"
        );
        std::env::remove_var("GATEWAY_JOBS");

        let e = Flags::new()
            .assign("principals=[]")
            .unwrap_err()
            .to_string();
        assert!(e.contains("config file"), "{e}");
    });
}

/// The prefix is shared with the client (`GATEWAY_BASE_URL`, …) and with `GATEWAY_CONFIG`,
/// which names the file: those are not configuration keys and must not stop the server.
#[test]
fn other_gateway_variables_are_left_alone() {
    jail(|jail| {
        jail.set_env("GATEWAY_CONFIG", "gateway.toml");
        jail.set_env("GATEWAY_BASE_URL", "http://127.0.0.1:8080");
        jail.set_env("GATEWAY_BEARER", "t");
        let c = load(None, &Flags::new()).unwrap();
        assert_eq!(c.listen.to_string(), runtime::config::DEFAULT_LISTEN);
    });
}

#[test]
fn the_rules_no_type_expresses_apply_to_every_layer() {
    jail(|jail| {
        jail.set_env("GATEWAY_JOBS__WORKERS", "0");
        let e = error(None, &Flags::new());
        assert!(e.contains("jobs.workers must be at least 1"), "{e}");
        assert!(
            e.contains("GATEWAY_JOBS__WORKERS"),
            "the layer at fault is named: {e}"
        );

        std::env::remove_var("GATEWAY_JOBS__WORKERS");
        write(jail, "gateway.toml", "[jobs]\nmax_ttl_secs = 100\n");
        jail.set_env("GATEWAY_JOBS__DEFAULT_TTL_SECS", "200");
        let e = error(Some("gateway.toml"), &Flags::new());
        assert!(
            e.contains("GATEWAY_JOBS__DEFAULT_TTL_SECS")
                && e.contains("`jobs.max_ttl_secs` in the config file gateway.toml"),
            "both keys of the rule and where each was set: {e}"
        );

        let mut flags = Flags::new();
        flags.assign("limits.multipart_body_bytes=0").unwrap();
        let e = error(None, &flags);
        assert!(
            e.contains("limits.*") && e.contains("--set limits.multipart_body_bytes"),
            "a rule over a pattern of keys names those that were set: {e}"
        );
    });
}

#[test]
fn a_missing_file_is_an_error_not_the_defaults() {
    jail(|_| {
        let e = error(Some("absent.toml"), &Flags::new());
        assert!(
            e.contains("absent.toml") && e.contains("cannot read"),
            "{e}"
        );
    });
}
