//! The store URL: `postgres://user[:password]@host[:port]/database[?options]`.
//!
//! Everything libpq-style that `tokio-postgres` understands may follow `?`
//! (`sslmode` aside: connections are plain TCP or a Unix socket), plus one option of ours,
//! `pool_size`, the most connections this process opens for store operations. Messages show
//! the URL with its password masked, and name the host and database.

use std::time::Duration;

use tokio_postgres::config::Host;

use crate::store::StoreError;

/// Connections kept for store operations when the URL does not say.
pub const DEFAULT_POOL_SIZE: usize = 16;

/// How long opening one connection may take when the URL sets no `connect_timeout`.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A parsed store URL.
#[derive(Clone)]
pub struct Target {
    pub(super) config: tokio_postgres::Config,
    pub(super) pool_size: usize,
    /// The URL with its password masked, for messages.
    pub(super) shown: String,
}

impl std::fmt::Debug for Target {
    // Not derived: the config holds the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("url", &self.shown)
            .field("pool_size", &self.pool_size)
            .finish_non_exhaustive()
    }
}

/// Whether a store URL names PostgreSQL.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

impl Target {
    pub fn parse(url: &str) -> Result<Target, StoreError> {
        let shown = redact(url);
        let bad = |why: String| StoreError::Open(format!("store URL `{shown}`: {why}"));
        if !is_postgres_url(url) {
            return Err(bad("expected `postgres://user@host:port/database`".into()));
        }
        let (base, pool_size) = take_pool_size(url).map_err(bad)?;
        let mut config: tokio_postgres::Config = base
            .parse()
            .map_err(|e: tokio_postgres::Error| bad(e.to_string()))?;
        if config.get_hosts().is_empty() {
            return Err(bad("no host".into()));
        }
        if config.get_user().is_none() {
            return Err(bad("no user name (`postgres://USER@host/database`)".into()));
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(DEFAULT_CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("gateway");
        }
        Ok(Target {
            config,
            pool_size,
            shown,
        })
    }

    /// `database "jobs" on db.internal:5432`, for messages.
    pub fn describe(&self) -> String {
        let db = self
            .config
            .get_dbname()
            .or(self.config.get_user())
            .unwrap_or_default();
        let ports = self.config.get_ports();
        let hosts: Vec<String> = self
            .config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let port = ports.get(i).or(ports.first()).copied().unwrap_or(5432);
                match host {
                    Host::Tcp(name) => format!("{name}:{port}"),
                    #[cfg(unix)]
                    Host::Unix(path) => format!("{}/.s.PGSQL.{port}", path.display()),
                }
            })
            .collect();
        format!("database \"{db}\" on {}", hosts.join(", "))
    }

    /// The URL with its password masked.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    pub fn pool_size(&self) -> usize {
        self.pool_size
    }
}

/// Removes our `pool_size` option, which `tokio-postgres` would refuse as unknown.
fn take_pool_size(url: &str) -> Result<(String, usize), String> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_owned(), DEFAULT_POOL_SIZE));
    };
    let mut pool_size = DEFAULT_POOL_SIZE;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("pool_size", value)) => {
                pool_size = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=1000).contains(n))
                    .ok_or_else(|| {
                        format!("pool_size must be a number from 1 to 1000, got `{value}`")
                    })?;
            }
            _ => kept.push(pair),
        }
    }
    if kept.is_empty() {
        Ok((base.to_owned(), pool_size))
    } else {
        Ok((format!("{base}?{}", kept.join("&")), pool_size))
    }
}

/// The URL with the password (in the user part or a `password=` option) replaced by `***`.
pub fn redact(url: &str) -> String {
    let mut out = url.to_owned();
    if let Some(scheme_end) = out.find("://") {
        let start = scheme_end + 3;
        let authority_end = out[start..]
            .find(['/', '?'])
            .map_or(out.len(), |i| start + i);
        if let Some(at) = out[start..authority_end].rfind('@') {
            let userinfo = &out[start..start + at];
            if let Some(colon) = userinfo.find(':') {
                out.replace_range(start + colon + 1..start + at, "***");
            }
        }
    }
    if let Some(q) = out.find('?') {
        let (base, query) = out.split_at(q + 1);
        let masked: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some(("password", _)) => "password=***".to_owned(),
                _ => pair.to_owned(),
            })
            .collect();
        out = format!("{base}{}", masked.join("&"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show() {
        for (url, want) in [
            (
                "postgres://app:s3cret@db:5432/jobs",
                "postgres://app:***@db:5432/jobs",
            ),
            (
                "postgresql://app:p@ss@db/jobs?password=x&pool_size=4",
                "postgresql://app:***@db/jobs?password=***&pool_size=4",
            ),
            ("postgres://app@db/jobs", "postgres://app@db/jobs"),
        ] {
            assert_eq!(redact(url), want);
        }
        let err = Target::parse("postgres://app:s3cret@db/jobs?bogus=1")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cret"), "{err}");
        assert!(err.contains("app:***@db"), "{err}");
    }

    #[test]
    fn urls_are_understood() {
        let t = Target::parse("postgres://app@db.internal:6543/jobs?pool_size=4").unwrap();
        assert_eq!(t.pool_size(), 4);
        assert_eq!(t.describe(), "database \"jobs\" on db.internal:6543");
        let t = Target::parse("postgresql://app@127.0.0.1/jobs?connect_timeout=3").unwrap();
        assert_eq!(t.pool_size(), DEFAULT_POOL_SIZE);
        assert_eq!(
            t.config.get_connect_timeout(),
            Some(&Duration::from_secs(3))
        );
        assert_eq!(t.describe(), "database \"jobs\" on 127.0.0.1:5432");
        for bad in [
            "mysql://app@db/jobs",
            "postgres://app@db/jobs?pool_size=0",
            "postgres://app@db/jobs?pool_size=many",
            "postgres://app@db/jobs?nonsense=1",
            "postgres:///jobs",
        ] {
            match Target::parse(bad) {
                Err(StoreError::Open(msg)) => assert!(msg.contains("store URL"), "{bad}: {msg}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
