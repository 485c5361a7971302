//! Opening connections, their settings, and the versioned migrations.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::store::StoreError;

/// One step of the schema. The version is what `PRAGMA user_version` holds once it is applied.
#[derive(Debug)]
pub(super) struct Migration {
    pub(super) version: u32,
    pub(super) name: &'static str,
    pub(super) sql: &'static str,
}

/// Every migration, in order, numbered 1, 2, 3… without gaps. Released files are never edited:
/// a database that has applied one keeps it, so a change is always a new file.
pub(super) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_jobs",
        sql: include_str!("../../../migrations/sqlite/0001_jobs.sql"),
    },
    Migration {
        version: 2,
        name: "0002_lifecycle",
        sql: include_str!("../../../migrations/sqlite/0002_lifecycle.sql"),
    },
    Migration {
        version: 3,
        name: "0003_webhooks",
        sql: include_str!("../../../migrations/sqlite/0003_webhooks.sql"),
    },
    Migration {
        version: 4,
        name: "0004_payloads",
        sql: include_str!("../../../migrations/sqlite/0004_payloads.sql"),
    },
];

/// The schema version this build writes and understands.
pub const LATEST_SCHEMA_VERSION: u32 = match MIGRATIONS.last() {
    Some(m) => m.version,
    None => 0,
};

/// How long a statement waits for a lock held by another connection (another process on the
/// same file, or a checkpoint) before giving up with `SQLITE_BUSY`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// After a checkpoint the WAL file is truncated back to this size, so one burst of large
/// payloads (images, audio) does not leave a huge `-wal` file behind for good.
const JOURNAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;

const STATEMENT_CACHE: usize = 64;

fn open_error(path: &Path, what: &str, err: impl std::fmt::Display) -> StoreError {
    StoreError::Open(format!("{}: {what}: {err}", path.display()))
}

/// Opens (creating it and its folders if needed) the one read-write connection, sets it up and
/// brings the schema up to date. Returns the connection and the schema version it found.
pub(super) fn open_writer(path: &Path) -> Result<(Connection, u32), StoreError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| open_error(path, "cannot create its folder", e))?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)
        .map_err(|e| open_error(path, "cannot open the database", e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| open_error(path, "cannot set busy_timeout", e))?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);

    // Checked before anything is written: a file from a newer release is left exactly as it is.
    // This read is also the first to touch the file, so "not a database" surfaces here.
    let found = user_version(&conn).map_err(|e| open_error(path, "cannot read the schema", e))?;
    refuse_newer(path, found)?;

    // WAL: readers never block the writer nor the writer them, and a commit appends to one file.
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .map_err(|e| open_error(path, "cannot switch to WAL mode", e))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(open_error(
            path,
            "cannot switch to WAL mode",
            format!("the journal mode stayed `{mode}`"),
        ));
    }
    // FULL, not NORMAL: in WAL mode NORMAL does not fsync at commit, which survives a killed
    // process but can lose the last commits on power loss or a kernel crash. A `202` promises
    // the job is stored, so every commit is synced; group commit spreads that fsync over every
    // job in the batch.
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(|e| open_error(path, "cannot set synchronous=FULL", e))?;
    conn.pragma_update(None, "journal_size_limit", JOURNAL_SIZE_LIMIT)
        .map_err(|e| open_error(path, "cannot set journal_size_limit", e))?;
    // Statement and savepoint journals (every op runs in a savepoint, and every statement
    // with a trigger in a statement transaction) in memory: on the default setting they spill
    // to a temporary file past 64 KiB, and the writer spent a fifth of its time writing pages
    // of a batch there that a commit writes to the WAL anyway.
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(|e| open_error(path, "cannot set temp_store=MEMORY", e))?;
    // Checkpoints run on the checkpointer's connection (see `writer.rs`), not inside a commit.
    conn.pragma_update(None, "wal_autocheckpoint", 0)
        .map_err(|e| open_error(path, "cannot turn off automatic checkpoints", e))?;

    migrate(&mut conn, path)?;
    Ok((conn, found))
}

/// The checkpointer's read-write connection. It writes nothing but checkpoints, so it needs
/// none of the writer's settings but the lock timeout and the WAL size limit.
pub(super) fn open_checkpointer(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| open_error(path, "cannot open the checkpoint connection", e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| open_error(path, "cannot set busy_timeout", e))?;
    conn.pragma_update(None, "journal_size_limit", JOURNAL_SIZE_LIMIT)
        .map_err(|e| open_error(path, "cannot set journal_size_limit", e))?;
    Ok(conn)
}

/// A read-only connection for `get` and `counts`. The file must exist and be migrated already
/// (the writer is opened first).
pub(super) fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| {
        StoreError::Unavailable(format!(
            "{}: cannot open a read connection: {e}",
            path.display()
        ))
    })?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| {
        StoreError::Unavailable(format!("{}: cannot set busy_timeout: {e}", path.display()))
    })?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    // user_version is a signed 32-bit field; a negative one was not written by us.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

fn refuse_newer(path: &Path, found: u32) -> Result<(), StoreError> {
    if found > LATEST_SCHEMA_VERSION {
        return Err(StoreError::Open(format!(
            "{}: the database has schema version {found}, but this build only knows versions up \
             to {LATEST_SCHEMA_VERSION}; it was written by a newer release. Run that release, or \
             point the store at another file (the file was not changed)",
            path.display()
        )));
    }
    Ok(())
}

/// Applies every migration newer than the database, each in its own transaction together with
/// the version bump, so a crash leaves the database at one version or the next, never between.
fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    for migration in MIGRATIONS {
        // IMMEDIATE takes the write lock before reading the version, so two processes opening
        // the same new file at once cannot both apply the same step.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| open_error(path, "cannot start a migration", e))?;
        let current =
            user_version(&tx).map_err(|e| open_error(path, "cannot read the schema", e))?;
        refuse_newer(path, current)?;
        if current >= migration.version {
            continue;
        }
        tx.execute_batch(migration.sql)
            .map_err(|e| open_error(path, &format!("migration {} failed", migration.name), e))?;
        tx.pragma_update(None, "user_version", migration.version)
            .map_err(|e| open_error(path, "cannot record the schema version", e))?;
        tx.commit().map_err(|e| {
            open_error(
                path,
                &format!("cannot commit migration {}", migration.name),
                e,
            )
        })?;
        tracing::info!(
            path = %path.display(),
            migration = migration.name,
            version = migration.version,
            "applied sqlite migration"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_without_gaps() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "{}", m.name);
            assert!(
                m.name.starts_with(&format!("{:04}_", m.version)),
                "{}",
                m.name
            );
        }
        assert_eq!(LATEST_SCHEMA_VERSION as usize, MIGRATIONS.len());
    }
}
