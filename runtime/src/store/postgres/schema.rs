//! Versioned migrations, applied at start by whichever replica gets there first.

use tokio_postgres::Client;

use crate::store::StoreError;

/// One step of the schema, recorded in `gateway_schema_migrations` once applied.
#[derive(Debug)]
pub(super) struct Migration {
    pub(super) version: i32,
    pub(super) name: &'static str,
    pub(super) sql: &'static str,
}

/// Every migration, in order, numbered 1, 2, 3… without gaps. Released files are never edited.
pub(super) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_jobs",
        sql: include_str!("../../../migrations/postgres/0001_jobs.sql"),
    },
    Migration {
        version: 2,
        name: "0002_lifecycle",
        sql: include_str!("../../../migrations/postgres/0002_lifecycle.sql"),
    },
    Migration {
        version: 3,
        name: "0003_webhooks",
        sql: include_str!("../../../migrations/postgres/0003_webhooks.sql"),
    },
];

/// The schema version this build writes and understands.
pub const LATEST_SCHEMA_VERSION: i32 = match MIGRATIONS.last() {
    Some(m) => m.version,
    None => 0,
};

/// The advisory lock every replica takes while it migrates ("gateway" in ASCII), so replicas
/// started together apply each step once and the others wait, then find nothing to do.
const MIGRATION_LOCK: i64 = 0x0067_6174_6577_6179;

/// Brings the schema up to date; returns the version found before. Holds the advisory lock for
/// the whole run: it is a session lock, so a replica that dies mid-way releases it.
pub(super) async fn migrate(client: &mut Client, target: &str) -> Result<i32, StoreError> {
    let fail = |what: &str, e: tokio_postgres::Error| {
        StoreError::Open(format!("{target}: {what}: {}", super::describe_error(&e)))
    };
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(|e| fail("cannot take the migration lock", e))?;
    let result = migrate_locked(client, target).await;
    // Released on every path; if this fails the session is broken and closing it releases it.
    if let Err(e) = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await
    {
        tracing::warn!(error = %e, "cannot release the migration lock");
    }
    result
}

async fn migrate_locked(client: &mut Client, target: &str) -> Result<i32, StoreError> {
    let fail = |what: &str, e: tokio_postgres::Error| {
        StoreError::Open(format!("{target}: {what}: {}", super::describe_error(&e)))
    };
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS gateway_schema_migrations (
                 version    integer     NOT NULL PRIMARY KEY,
                 name       text        NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now()
             )",
        )
        .await
        .map_err(|e| fail("cannot create the migrations table", e))?;
    let found: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM gateway_schema_migrations",
            &[],
        )
        .await
        .map_err(|e| fail("cannot read the schema version", e))?
        .get(0);
    if found > LATEST_SCHEMA_VERSION {
        return Err(StoreError::Open(format!(
            "{target}: the database has schema version {found}, but this build only knows \
             versions up to {LATEST_SCHEMA_VERSION}; it was migrated by a newer release. Run \
             that release, or point the store at another database (nothing was changed)"
        )));
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version > found) {
        let tx = client
            .transaction()
            .await
            .map_err(|e| fail("cannot start a migration", e))?;
        tx.batch_execute(migration.sql)
            .await
            .map_err(|e| fail(&format!("migration {} failed", migration.name), e))?;
        tx.execute(
            "INSERT INTO gateway_schema_migrations (version, name) VALUES ($1, $2)",
            &[&migration.version, &migration.name],
        )
        .await
        .map_err(|e| fail("cannot record the schema version", e))?;
        tx.commit()
            .await
            .map_err(|e| fail(&format!("cannot commit migration {}", migration.name), e))?;
        tracing::info!(
            migration = migration.name,
            version = migration.version,
            "applied postgres migration"
        );
    }
    Ok(found)
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
