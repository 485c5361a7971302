//! The SQL of webhook deliveries: claiming the due ones, recording an attempt, and reading a
//! job's delivery for its poll. Claims and updates run on the writer thread, in its batch.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::ops::{duration_ms, millis, time, unavailable};
use crate::job::JobId;
use crate::store::columns::{corrupt, count};
use crate::store::{
    ClaimedDelivery, DeliveryBatch, DeliveryClaimRequest, DeliveryStatus, DeliveryUpdate,
    StoreError, WebhookState,
};

/// Due deliveries, soonest first, then those whose sender's lease lapsed; each gets a fresh
/// token. Both walks are index range scans that stop after `limit` rows.
pub(super) fn claim(
    conn: &Connection,
    req: &DeliveryClaimRequest,
) -> Result<DeliveryBatch, StoreError> {
    let now = millis(req.now);
    let limit = i64::try_from(req.limit).unwrap_or(i64::MAX);
    let mut ids: Vec<String> = Vec::new();
    for sql in [
        "SELECT job_id FROM webhook_deliveries WHERE status = 'pending' \
         AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2",
        "SELECT job_id FROM webhook_deliveries WHERE status = 'sending' \
         AND lease_expires_at < ?1 ORDER BY lease_expires_at LIMIT ?2",
    ] {
        let mut stmt = conn
            .prepare_cached(sql)
            .map_err(|e| unavailable("claim_deliveries", e))?;
        let rows = stmt
            .query_map(params![now, limit], |row| row.get::<_, String>(0))
            .map_err(|e| unavailable("claim_deliveries", e))?;
        for row in rows {
            ids.push(row.map_err(|e| unavailable("claim_deliveries", e))?);
        }
    }
    ids.truncate(req.limit);
    let lease_expires_at = now.saturating_add(duration_ms(req.lease));
    let mut take = conn
        .prepare_cached(
            "UPDATE webhook_deliveries SET status = 'sending', attempts = attempts + 1, \
             lease_token = ?2, lease_expires_at = ?3 WHERE job_id = ?1 \
             RETURNING endpoint, event, message_id, created_at, attempts",
        )
        .map_err(|e| unavailable("claim_deliveries", e))?;
    let mut claimed = Vec::with_capacity(ids.len());
    for id in ids {
        let token = uuid::Uuid::new_v4().to_string();
        let delivery = take
            .query_row(params![id, token, lease_expires_at], |row| {
                Ok(claimed_from_row(&id, &token, row))
            })
            .map_err(|e| unavailable("claim_deliveries", e))??;
        claimed.push(delivery);
    }
    Ok(DeliveryBatch {
        claimed,
        next_due: next_due(conn)?,
    })
}

fn claimed_from_row(id: &str, token: &str, row: &Row<'_>) -> Result<ClaimedDelivery, StoreError> {
    let col = |e: rusqlite::Error| corrupt(id, e);
    Ok(ClaimedDelivery {
        job_id: JobId::parse(id).ok_or_else(|| corrupt(id, "the id is not a canonical UUID"))?,
        endpoint: row.get(0).map_err(col)?,
        event: row.get(1).map_err(col)?,
        message_id: row.get(2).map_err(col)?,
        created_at: time(id, "created_at", row.get(3).map_err(col)?)?,
        attempts: count(id, "attempts", row.get::<_, i64>(4).map_err(col)?)?,
        lease_token: token.to_owned(),
    })
}

/// When the next delivery not yet claimed falls due.
fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>, StoreError> {
    let soonest: Option<i64> = conn
        .prepare_cached(
            "SELECT min(t) FROM (\
             SELECT min(next_attempt_at) AS t FROM webhook_deliveries WHERE status = 'pending' \
             UNION ALL \
             SELECT min(lease_expires_at) FROM webhook_deliveries WHERE status = 'sending')",
        )
        .and_then(|mut stmt| stmt.query_row([], |row| row.get(0)).optional())
        .map_err(|e| unavailable("claim_deliveries", e))?
        .flatten();
    Ok(soonest.and_then(DateTime::from_timestamp_millis))
}

pub(super) fn finish(
    conn: &Connection,
    id: &str,
    token: &str,
    update: &DeliveryUpdate,
) -> Result<bool, StoreError> {
    // A retry is due at its time; a final state keeps its row for the poll and frees the job
    // for the reaper.
    let next_attempt_at = update.next_attempt_at().map(millis);
    let changed = conn
        .prepare_cached(
            "UPDATE webhook_deliveries SET status = ?3, last_status_code = ?4, last_error = ?5, \
             next_attempt_at = coalesce(?6, next_attempt_at), delivered_at = ?7, \
             lease_token = NULL, lease_expires_at = NULL \
             WHERE job_id = ?1 AND lease_token = ?2 AND status = 'sending'",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![
                id,
                token,
                update.status().as_str(),
                update.status_code(),
                update.error(),
                next_attempt_at,
                update.delivered_at().map(millis),
            ])
        })
        .map_err(|e| unavailable("finish_delivery", e))?;
    Ok(changed > 0)
}

/// The job's webhook from the columns the poll's query reads from `base` on: the job's
/// endpoint name, then the delivery's status, attempts, last status code, last error, next
/// attempt and delivery time (all NULL before the job is final).
pub(super) fn webhook_from_row(
    id: &str,
    row: &Row<'_>,
    base: usize,
) -> Result<Option<WebhookState>, StoreError> {
    let col = |e: rusqlite::Error| corrupt(id, e);
    let Some(endpoint) = row.get::<_, Option<String>>(base).map_err(col)? else {
        return Ok(None);
    };
    let Some(status) = row.get::<_, Option<String>>(base + 1).map_err(col)? else {
        return Ok(Some(WebhookState::waiting(endpoint)));
    };
    let status: DeliveryStatus = status.parse().map_err(|e| corrupt(id, e))?;
    let code: Option<i64> = row.get(base + 3).map_err(col)?;
    let at = |offset: usize, name: &str| -> Result<Option<DateTime<Utc>>, StoreError> {
        row.get::<_, Option<i64>>(base + offset)
            .map_err(col)?
            .map(|ms| time(id, name, ms))
            .transpose()
    };
    Ok(Some(WebhookState {
        endpoint,
        status,
        attempts: count(
            id,
            "webhook attempts",
            row.get::<_, i64>(base + 2).map_err(col)?,
        )?,
        last_status_code: code
            .map(|c| u16::try_from(c).map_err(|_| corrupt(id, format!("webhook status {c}"))))
            .transpose()?,
        last_error: row.get(base + 4).map_err(col)?,
        next_attempt_at: if status == DeliveryStatus::Pending {
            at(5, "next_attempt_at")?
        } else {
            None
        },
        delivered_at: at(6, "delivered_at")?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The delivery worker's statements are index walks: the outbox holds every delivered
    /// job's row until the job is reaped.
    #[test]
    fn delivery_statements_use_indexes() {
        let conn = Connection::open_in_memory().unwrap();
        for m in super::super::schema::MIGRATIONS {
            conn.execute_batch(m.sql).unwrap();
        }
        for sql in [
            "SELECT job_id FROM webhook_deliveries WHERE status = 'pending' \
             AND next_attempt_at <= 5 ORDER BY next_attempt_at LIMIT 5",
            "SELECT job_id FROM webhook_deliveries WHERE status = 'sending' \
             AND lease_expires_at < 5 ORDER BY lease_expires_at LIMIT 5",
            "SELECT min(next_attempt_at) FROM webhook_deliveries WHERE status = 'pending'",
            "SELECT min(lease_expires_at) FROM webhook_deliveries WHERE status = 'sending'",
        ] {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let plan: Vec<String> = stmt
                .query_map([], |row| row.get::<_, String>(3))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(
                plan.iter()
                    .all(|s| s.contains("INDEX") || s.contains("PRIMARY KEY")),
                "{sql}\n  plan: {plan:?}"
            );
            assert!(
                !plan.iter().any(|s| s.contains("TEMP B-TREE")),
                "{sql}\n  plan: {plan:?}"
            );
        }
    }
}
