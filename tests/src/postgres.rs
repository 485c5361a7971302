//! PostgreSQL for the tests: a fresh database per server (or per group of replicas), dropped
//! when the test is done, and direct reads of its rows.
//!
//! `GATEWAY_TEST_POSTGRES_URL` names a server whose user may create databases
//! (`postgres://postgres@127.0.0.1:5432/test`); tests that need PostgreSQL and find it unset
//! print that they were skipped. `GATEWAY_TEST_STORE=postgres` makes every [`crate::harness::Server`]
//! use PostgreSQL instead of SQLite.

use std::future::Future;

use tokio_postgres::NoTls;

/// The server the tests may create databases on.
pub const URL_VAR: &str = "GATEWAY_TEST_POSTGRES_URL";
/// `postgres` to run the end-to-end servers on PostgreSQL; anything else (or unset) is SQLite.
pub const STORE_VAR: &str = "GATEWAY_TEST_STORE";

/// The server URL, if the tests were given one.
pub fn server_url() -> Option<String> {
    std::env::var(URL_VAR).ok().filter(|u| !u.trim().is_empty())
}

/// Why tests needing PostgreSQL cannot run here, if they cannot.
pub fn skip_reason() -> Option<String> {
    server_url()
        .is_none()
        .then(|| format!("{URL_VAR} is not set (e.g. postgres://postgres@127.0.0.1:5432/test)"))
}

/// Whether end-to-end servers should use PostgreSQL; panics when asked to without a server.
pub fn servers_use_postgres() -> bool {
    let wanted = std::env::var(STORE_VAR).is_ok_and(|v| v.eq_ignore_ascii_case("postgres"));
    if wanted {
        assert!(
            server_url().is_some(),
            "{STORE_VAR}=postgres needs {URL_VAR} (e.g. postgres://postgres@127.0.0.1:5432/test)"
        );
    }
    wanted
}

/// `url` with its database replaced by `database`; query options are kept.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    let mut out = format!("{}/{database}", &base[..host_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// Runs a future to completion on a thread of its own, so synchronous helpers work from
/// inside a test's async runtime (which cannot block on another).
pub fn block_on<F>(future: F) -> F::Output
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime for a PostgreSQL helper")
            .block_on(future)
    })
    .join()
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The error with the server's message or the I/O cause, which `Display` leaves out.
pub fn describe(e: &tokio_postgres::Error) -> String {
    match (e.as_db_error(), std::error::Error::source(e)) {
        (Some(db), _) => format!("{e}: {}", db.message()),
        (None, Some(cause)) => format!("{e}: {cause}"),
        (None, None) => e.to_string(),
    }
}

async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, NoTls)
        .await
        .unwrap_or_else(|e| {
            panic!(
                "cannot connect to the test PostgreSQL server: {}",
                describe(&e)
            )
        });
    tokio::spawn(connection);
    client
}

/// A database of its own on the test server; dropped (whoever is still connected) on drop.
#[derive(Debug)]
pub struct TestDatabase {
    name: String,
    url: String,
    /// The server's URL, to drop the database from.
    server: String,
}

impl TestDatabase {
    /// Creates an empty database; panics when there is no server (check [`skip_reason`]).
    pub fn create() -> TestDatabase {
        let server = server_url().unwrap_or_else(|| panic!("{URL_VAR} is not set"));
        TestDatabase::create_on(&server)
    }

    /// Creates an empty database on the server `server` names (any database of it).
    pub fn create_on(server: &str) -> TestDatabase {
        let server = server.to_owned();
        let name = format!("gateway_e2e_{}", uuid::Uuid::new_v4().simple());
        let sql = format!("CREATE DATABASE {name}");
        let admin = server.clone();
        block_on(async move {
            connect(&admin)
                .await
                .batch_execute(&sql)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {}", describe(&e)));
        });
        let url = with_database(&server, &name);
        TestDatabase { name, url, server }
    }

    /// The store URL of this database.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Runs a query without parameters and returns its rows.
    pub fn query(&self, sql: &str) -> Vec<tokio_postgres::Row> {
        let url = self.url.clone();
        let sql = sql.to_owned();
        block_on(async move {
            connect(&url)
                .await
                .query(&sql, &[])
                .await
                .unwrap_or_else(|e| panic!("{sql}: {}", describe(&e)))
        })
    }

    /// Runs statements without parameters.
    pub fn execute(&self, sql: &str) {
        let url = self.url.clone();
        let sql = sql.to_owned();
        block_on(async move {
            connect(&url)
                .await
                .batch_execute(&sql)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {}", describe(&e)))
        })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let server = self.server.clone();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?
                .block_on(async move {
                    let (client, connection) =
                        tokio_postgres::connect(&server, NoTls).await.ok()?;
                    tokio::spawn(connection);
                    client.batch_execute(&sql).await.ok()
                })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            // Left behind, not fatal: the name is unique and says what it was for.
            eprintln!("could not drop test database {}", self.name);
        }
    }
}
