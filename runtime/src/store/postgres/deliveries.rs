//! The SQL of webhook deliveries on PostgreSQL: claiming the due ones (`FOR UPDATE SKIP
//! LOCKED`, so replicas claiming at once never send the same delivery), recording an attempt,
//! and reading a job's delivery for its poll.

use chrono::{DateTime, Utc};
use deadpool_postgres::ClientWrapper as Client;
use tokio_postgres::Row;

use super::ops::unavailable;
use crate::job::JobId;
use crate::store::columns::{corrupt, count};
use crate::store::{
    ClaimedDelivery, DeliveryBatch, DeliveryClaimRequest, DeliveryStatus, DeliveryUpdate,
    StoreError, WebhookState,
};

// The ids go through an array, as in the job claim, so each row is found by its primary key.
const CLAIM: &str = "WITH picked AS ( \
             SELECT job_id FROM webhook_deliveries \
             WHERE (status = 'pending' AND next_attempt_at <= $1) \
                OR (status = 'sending' AND lease_expires_at < $1) \
             ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) \
         UPDATE webhook_deliveries d SET status = 'sending', attempts = d.attempts + 1, \
             lease_token = gen_random_uuid()::text, lease_expires_at = $3 \
         WHERE d.job_id = ANY(ARRAY(SELECT job_id FROM picked)) \
         RETURNING d.job_id, d.endpoint, d.event, d.message_id, d.created_at, d.attempts, \
             d.lease_token";

const NEXT_DUE: &str = "SELECT LEAST( \
             (SELECT min(next_attempt_at) FROM webhook_deliveries WHERE status = 'pending'), \
             (SELECT min(lease_expires_at) FROM webhook_deliveries WHERE status = 'sending'))";

const FINISH: &str = "UPDATE webhook_deliveries SET status = $3, last_status_code = $4, \
             last_error = $5, next_attempt_at = coalesce($6, next_attempt_at), \
             delivered_at = $7, lease_token = NULL, lease_expires_at = NULL \
         WHERE job_id = $1 AND lease_token = $2 AND status = 'sending'";

pub(super) async fn claim(
    client: &Client,
    req: &DeliveryClaimRequest,
) -> Result<DeliveryBatch, StoreError> {
    let limit = i64::try_from(req.limit).unwrap_or(i64::MAX);
    let lease = chrono::Duration::from_std(req.lease).unwrap_or(chrono::Duration::MAX);
    let lease_expires_at = req.now.checked_add_signed(lease).unwrap_or(req.now);
    let stmt = client
        .prepare_cached(CLAIM)
        .await
        .map_err(|e| unavailable("claim_deliveries", &e))?;
    let rows = client
        .query(&stmt, &[&req.now, &limit, &lease_expires_at])
        .await
        .map_err(|e| unavailable("claim_deliveries", &e))?;
    let claimed = rows
        .iter()
        .map(claimed_from_row)
        .collect::<Result<Vec<_>, _>>()?;
    let stmt = client
        .prepare_cached(NEXT_DUE)
        .await
        .map_err(|e| unavailable("claim_deliveries", &e))?;
    let next_due: Option<DateTime<Utc>> = client
        .query_one(&stmt, &[])
        .await
        .map_err(|e| unavailable("claim_deliveries", &e))?
        .try_get(0)
        .map_err(|e| corrupt("(deliveries)", e))?;
    Ok(DeliveryBatch { claimed, next_due })
}

fn claimed_from_row(row: &Row) -> Result<ClaimedDelivery, StoreError> {
    let id: String = row.try_get(0).map_err(|e| corrupt("?", e))?;
    let col = |e: tokio_postgres::Error| corrupt(&id, e);
    Ok(ClaimedDelivery {
        job_id: JobId::parse(&id).ok_or_else(|| corrupt(&id, "the id is not a canonical UUID"))?,
        endpoint: row.try_get(1).map_err(col)?,
        event: row.try_get(2).map_err(col)?,
        message_id: row.try_get(3).map_err(col)?,
        created_at: row.try_get(4).map_err(col)?,
        attempts: count(&id, "attempts", row.try_get::<_, i32>(5).map_err(col)?)?,
        lease_token: row.try_get(6).map_err(col)?,
    })
}

pub(super) async fn finish(
    client: &Client,
    id: &str,
    token: &str,
    update: &DeliveryUpdate,
) -> Result<bool, StoreError> {
    let stmt = client
        .prepare_cached(FINISH)
        .await
        .map_err(|e| unavailable("finish_delivery", &e))?;
    let changed = client
        .execute(
            &stmt,
            &[
                &id,
                &token,
                &update.status().as_str(),
                &update.status_code().map(i32::from),
                &update.error(),
                &update.next_attempt_at(),
                &update.delivered_at(),
            ],
        )
        .await
        .map_err(|e| unavailable("finish_delivery", &e))?;
    Ok(changed > 0)
}

/// The job's webhook from the columns the poll's query reads from `base` on (see the SQLite
/// store's function of the same name for their order).
pub(super) fn webhook_from_row(
    id: &str,
    row: &Row,
    base: usize,
) -> Result<Option<WebhookState>, StoreError> {
    let col = |e: tokio_postgres::Error| corrupt(id, e);
    let Some(endpoint) = row.try_get::<_, Option<String>>(base).map_err(col)? else {
        return Ok(None);
    };
    let Some(status) = row.try_get::<_, Option<String>>(base + 1).map_err(col)? else {
        return Ok(Some(WebhookState::waiting(endpoint)));
    };
    let status: DeliveryStatus = status.parse().map_err(|e| corrupt(id, e))?;
    let code: Option<i32> = row.try_get(base + 3).map_err(col)?;
    let next_attempt_at: Option<DateTime<Utc>> = row.try_get(base + 5).map_err(col)?;
    Ok(Some(WebhookState {
        endpoint,
        status,
        attempts: count(
            id,
            "webhook attempts",
            row.try_get::<_, i32>(base + 2).map_err(col)?,
        )?,
        last_status_code: code
            .map(|c| u16::try_from(c).map_err(|_| corrupt(id, format!("webhook status {c}"))))
            .transpose()?,
        last_error: row.try_get(base + 4).map_err(col)?,
        next_attempt_at: next_attempt_at.filter(|_| status == DeliveryStatus::Pending),
        delivered_at: row.try_get(base + 6).map_err(col)?,
    }))
}
