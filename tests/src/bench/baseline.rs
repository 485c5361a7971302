//! The baseline: the least an axum server can do for the same requests. It parses the chat
//! body into the same generated request type our server uses and answers `202` with a fresh
//! UUID, and answers every poll with one fixed completed job. No store, no auth, no logging:
//! the distance from it to our server is the price of durability and the job machinery.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use chrono::Utc;
use serde_json::json;

use super::body::{baseline_poll_answer, CHAT_PATH};

pub fn router() -> Router {
    let poll_answer = Bytes::from(baseline_poll_answer().to_string());
    Router::new().route(CHAT_PATH, post(submit)).route(
        &format!("{CHAT_PATH}/{{job_id}}"),
        get(move |Path(_id): Path<String>| {
            let body = poll_answer.clone();
            async move {
                (
                    StatusCode::OK,
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    body,
                )
            }
        }),
    )
}

async fn submit(Json(request): Json<generated::types::ChatCompletionRequest>) -> Response {
    // Kept alive until here, so the parse cannot be optimised away.
    let _ = &request;
    (
        StatusCode::ACCEPTED,
        Json(json!({
            "id": uuid::Uuid::new_v4().to_string(),
            "status": "pending",
            "created_at": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        })),
    )
        .into_response()
}
