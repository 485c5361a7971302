// Generated from spec/openapi.yaml by `cargo run -p generator`; do not edit.
//! The command-line client: one subcommand per operation, over `client.rs`.

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
    /// Where the server listens.
    #[arg(
        long,
        global = true,
        env = "GATEWAY_BASE_URL",
        default_value = "http://127.0.0.1:8080",
        value_name = "URL"
    )]
    pub base_url: ::std::string::String,
    /// Key sent in the `x-api-key` header (`ApiKeyAuth`).
    #[arg(
        long,
        global = true,
        env = "GATEWAY_API_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub api_key: Option<::std::string::String>,
    /// User name and password as `USER:PASSWORD` (`BasicAuth`).
    #[arg(
        long,
        global = true,
        env = "GATEWAY_BASIC",
        hide_env_values = true,
        value_name = "USER:PASSWORD"
    )]
    pub basic: Option<::std::string::String>,
    /// Bearer token (`BearerAuth`).
    #[arg(
        long,
        global = true,
        env = "GATEWAY_BEARER",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub bearer: Option<::std::string::String>,
    /// Key sent in the `x-bf-vk` header (`VirtualKeyAuth`).
    #[arg(
        long,
        global = true,
        env = "GATEWAY_VIRTUAL_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub virtual_key: Option<::std::string::String>,
    /// A header sent with every request, as `NAME: VALUE`; repeatable.
    #[arg(long = "header", global = true, value_name = "NAME: VALUE")]
    pub headers: Vec<::std::string::String>,
    #[command(subcommand)]
    pub command: Command,
}
#[derive(Debug, ::clap::Subcommand)]
pub enum Command {
    /// Operations on `/v1/async/audio/speech`.
    #[command(name = "audio-speech")]
    AudioSpeech { #[command(subcommand)] action: AudioSpeechAction },
    /// Operations on `/v1/async/audio/transcriptions`.
    #[command(name = "audio-transcriptions")]
    AudioTranscriptions { #[command(subcommand)] action: AudioTranscriptionsAction },
    /// Operations on `/v1/async/chat/completions`.
    #[command(name = "chat-completions")]
    ChatCompletions { #[command(subcommand)] action: ChatCompletionsAction },
    /// Operations on `/v1/async/completions`.
    #[command(name = "completions")]
    Completions { #[command(subcommand)] action: CompletionsAction },
    /// Operations on `/v1/async/embeddings`.
    #[command(name = "embeddings")]
    Embeddings { #[command(subcommand)] action: EmbeddingsAction },
    /// Operations on `/v1/async/images/edits`.
    #[command(name = "images-edits")]
    ImagesEdits { #[command(subcommand)] action: ImagesEditsAction },
    /// Operations on `/v1/async/images/generations`.
    #[command(name = "images-generations")]
    ImagesGenerations { #[command(subcommand)] action: ImagesGenerationsAction },
    /// Operations on `/v1/async/images/variations`.
    #[command(name = "images-variations")]
    ImagesVariations { #[command(subcommand)] action: ImagesVariationsAction },
    /// Operations on `/v1/async/jobs`.
    #[command(name = "jobs")]
    Jobs { #[command(subcommand)] action: JobsAction },
    /// Operations on `/v1/async/rerank`.
    #[command(name = "rerank")]
    Rerank { #[command(subcommand)] action: RerankAction },
    /// Operations on `/v1/async/responses`.
    #[command(name = "responses")]
    Responses { #[command(subcommand)] action: ResponsesAction },
}
#[derive(Debug, ::clap::Subcommand)]
pub enum AudioSpeechAction {
    /// Create async speech
    #[command(name = "create")]
    Create(CreateAsyncSpeechArgs),
    /// Get async speech job
    #[command(name = "get")]
    Get(GetAsyncSpeechJobArgs),
    /// Cancel a speech job
    #[command(name = "cancel")]
    Cancel(CancelAsyncSpeechJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum AudioTranscriptionsAction {
    /// Create async transcription
    #[command(name = "create")]
    Create(CreateAsyncTranscriptionArgs),
    /// Get async transcription job
    #[command(name = "get")]
    Get(GetAsyncTranscriptionJobArgs),
    /// Cancel a transcription job
    #[command(name = "cancel")]
    Cancel(CancelAsyncTranscriptionJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum ChatCompletionsAction {
    /// Create async chat completion
    #[command(name = "create")]
    Create(CreateAsyncChatCompletionArgs),
    /// Get async chat completion job
    #[command(name = "get")]
    Get(GetAsyncChatCompletionJobArgs),
    /// Cancel a chat completion job
    #[command(name = "cancel")]
    Cancel(CancelAsyncChatCompletionJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum CompletionsAction {
    /// Create async text completion
    #[command(name = "create")]
    Create(CreateAsyncTextCompletionArgs),
    /// Get async text completion job
    #[command(name = "get")]
    Get(GetAsyncTextCompletionJobArgs),
    /// Cancel a text completion job
    #[command(name = "cancel")]
    Cancel(CancelAsyncTextCompletionJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum EmbeddingsAction {
    /// Create async embedding
    #[command(name = "create")]
    Create(CreateAsyncEmbeddingArgs),
    /// Get async embedding job
    #[command(name = "get")]
    Get(GetAsyncEmbeddingJobArgs),
    /// Cancel a embedding job
    #[command(name = "cancel")]
    Cancel(CancelAsyncEmbeddingJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum ImagesEditsAction {
    /// Create async image edit
    #[command(name = "create")]
    Create(CreateAsyncImageEditArgs),
    /// Get async image edit job
    #[command(name = "get")]
    Get(GetAsyncImageEditJobArgs),
    /// Cancel a image edit job
    #[command(name = "cancel")]
    Cancel(CancelAsyncImageEditJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum ImagesGenerationsAction {
    /// Create async image generation
    #[command(name = "create")]
    Create(CreateAsyncImageGenerationArgs),
    /// Get async image generation job
    #[command(name = "get")]
    Get(GetAsyncImageGenerationJobArgs),
    /// Cancel a image generation job
    #[command(name = "cancel")]
    Cancel(CancelAsyncImageGenerationJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum ImagesVariationsAction {
    /// Create async image variation
    #[command(name = "create")]
    Create(CreateAsyncImageVariationArgs),
    /// Get async image variation job
    #[command(name = "get")]
    Get(GetAsyncImageVariationJobArgs),
    /// Cancel a image variation job
    #[command(name = "cancel")]
    Cancel(CancelAsyncImageVariationJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum JobsAction {
    /// List your jobs
    #[command(name = "list")]
    List(ListAsyncJobsArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum RerankAction {
    /// Submit a rerank job
    #[command(name = "create")]
    Create(CreateAsyncRerankArgs),
    /// Read a rerank job
    #[command(name = "get")]
    Get(GetAsyncRerankJobArgs),
    /// Cancel a rerank job
    #[command(name = "cancel")]
    Cancel(CancelAsyncRerankJobArgs),
}
#[derive(Debug, ::clap::Subcommand)]
pub enum ResponsesAction {
    /// Create async response
    #[command(name = "create")]
    Create(CreateAsyncResponseArgs),
    /// Get async response job
    #[command(name = "get")]
    Get(GetAsyncResponseJobArgs),
    /// Cancel a response job
    #[command(name = "cancel")]
    Cancel(CancelAsyncResponseJobArgs),
}
/// Runs the command the line names and says how the process should exit.
pub async fn run(cli: Cli) -> ::std::process::ExitCode {
    match dispatch(cli).await {
        ::std::result::Result::Ok(code) => code,
        ::std::result::Result::Err(failure) => failure.report(),
    }
}
async fn dispatch(cli: Cli) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let mut client = Client::new(&cli.base_url)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    if let ::std::option::Option::Some(value) = &cli.api_key {
        client = client.api_key(value.as_str());
    }
    if let ::std::option::Option::Some(pair) = &cli.basic {
        let (user, password) = pair
            .split_once(':')
            .ok_or_else(|| {
                Failure::Usage(::std::format!("{} takes USER:PASSWORD", "--basic"))
            })?;
        client = client.basic(user, password);
    }
    if let ::std::option::Option::Some(value) = &cli.bearer {
        client = client.bearer(value.as_str());
    }
    if let ::std::option::Option::Some(value) = &cli.virtual_key {
        client = client.virtual_key(value.as_str());
    }
    for header in &cli.headers {
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| {
                Failure::Usage(
                    ::std::format!("--header `{header}` is not `NAME: VALUE`"),
                )
            })?;
        client = client
            .default_header(name.trim(), value.trim())
            .map_err(|e| Failure::Usage(e.to_string()))?;
    }
    match cli.command {
        Command::AudioSpeech { action: AudioSpeechAction::Create(args) } => {
            create_async_speech(&client, args).await
        }
        Command::AudioSpeech { action: AudioSpeechAction::Get(args) } => {
            get_async_speech_job(&client, args).await
        }
        Command::AudioSpeech { action: AudioSpeechAction::Cancel(args) } => {
            cancel_async_speech_job(&client, args).await
        }
        Command::AudioTranscriptions {
            action: AudioTranscriptionsAction::Create(args),
        } => create_async_transcription(&client, args).await,
        Command::AudioTranscriptions { action: AudioTranscriptionsAction::Get(args) } => {
            get_async_transcription_job(&client, args).await
        }
        Command::AudioTranscriptions {
            action: AudioTranscriptionsAction::Cancel(args),
        } => cancel_async_transcription_job(&client, args).await,
        Command::ChatCompletions { action: ChatCompletionsAction::Create(args) } => {
            create_async_chat_completion(&client, args).await
        }
        Command::ChatCompletions { action: ChatCompletionsAction::Get(args) } => {
            get_async_chat_completion_job(&client, args).await
        }
        Command::ChatCompletions { action: ChatCompletionsAction::Cancel(args) } => {
            cancel_async_chat_completion_job(&client, args).await
        }
        Command::Completions { action: CompletionsAction::Create(args) } => {
            create_async_text_completion(&client, args).await
        }
        Command::Completions { action: CompletionsAction::Get(args) } => {
            get_async_text_completion_job(&client, args).await
        }
        Command::Completions { action: CompletionsAction::Cancel(args) } => {
            cancel_async_text_completion_job(&client, args).await
        }
        Command::Embeddings { action: EmbeddingsAction::Create(args) } => {
            create_async_embedding(&client, args).await
        }
        Command::Embeddings { action: EmbeddingsAction::Get(args) } => {
            get_async_embedding_job(&client, args).await
        }
        Command::Embeddings { action: EmbeddingsAction::Cancel(args) } => {
            cancel_async_embedding_job(&client, args).await
        }
        Command::ImagesEdits { action: ImagesEditsAction::Create(args) } => {
            create_async_image_edit(&client, args).await
        }
        Command::ImagesEdits { action: ImagesEditsAction::Get(args) } => {
            get_async_image_edit_job(&client, args).await
        }
        Command::ImagesEdits { action: ImagesEditsAction::Cancel(args) } => {
            cancel_async_image_edit_job(&client, args).await
        }
        Command::ImagesGenerations { action: ImagesGenerationsAction::Create(args) } => {
            create_async_image_generation(&client, args).await
        }
        Command::ImagesGenerations { action: ImagesGenerationsAction::Get(args) } => {
            get_async_image_generation_job(&client, args).await
        }
        Command::ImagesGenerations { action: ImagesGenerationsAction::Cancel(args) } => {
            cancel_async_image_generation_job(&client, args).await
        }
        Command::ImagesVariations { action: ImagesVariationsAction::Create(args) } => {
            create_async_image_variation(&client, args).await
        }
        Command::ImagesVariations { action: ImagesVariationsAction::Get(args) } => {
            get_async_image_variation_job(&client, args).await
        }
        Command::ImagesVariations { action: ImagesVariationsAction::Cancel(args) } => {
            cancel_async_image_variation_job(&client, args).await
        }
        Command::Jobs { action: JobsAction::List(args) } => {
            list_async_jobs(&client, args).await
        }
        Command::Rerank { action: RerankAction::Create(args) } => {
            create_async_rerank(&client, args).await
        }
        Command::Rerank { action: RerankAction::Get(args) } => {
            get_async_rerank_job(&client, args).await
        }
        Command::Rerank { action: RerankAction::Cancel(args) } => {
            cancel_async_rerank_job(&client, args).await
        }
        Command::Responses { action: ResponsesAction::Create(args) } => {
            create_async_response(&client, args).await
        }
        Command::Responses { action: ResponsesAction::Get(args) } => {
            get_async_response_job(&client, args).await
        }
        Command::Responses { action: ResponsesAction::Cancel(args) } => {
            cancel_async_response_job(&client, args).await
        }
    }
}
/// `POST /v1/async/audio/speech` (`createAsyncSpeech`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncSpeechArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_speech(
    client: &Client,
    args: CreateAsyncSpeechArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::SpeechRequest,
                >(&source, bytes, "SpeechRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_speech(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncSpeechResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_speech_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/audio/speech/{job_id}` (`getAsyncSpeechJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncSpeechJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_speech_job(
    client: &Client,
    args: GetAsyncSpeechJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_speech_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncSpeechJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_speech_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncSpeechJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/audio/speech/{job_id}/cancel` (`cancelAsyncSpeechJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncSpeechJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_speech_job(
    client: &Client,
    args: CancelAsyncSpeechJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_speech_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/audio/transcriptions` (`createAsyncTranscription`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncTranscriptionArgs {
    /// The form's other fields as a JSON object: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// The file sent as part `file`; its media type is guessed from the extension.
    #[arg(long = "file-path", value_name = "PATH")]
    pub file_path: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_transcription(
    client: &Client,
    args: CreateAsyncTranscriptionArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let mut parts = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            form_fields(&source, &bytes, &["file"])?
        }
        ::std::option::Option::None => ::std::vec::Vec::new(),
    };
    if let ::std::option::Option::Some(path) = &args.file_path {
        parts
            .push(
                FormPart::file(
                    "file",
                    FilePart::from_path(path)
                        .await
                        .map_err(|e| Failure::Usage(e.to_string()))?,
                ),
            );
    }
    let body = (!parts.is_empty()).then_some(RawBody::Multipart(parts));
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_transcription(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncTranscriptionResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_transcription_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/audio/transcriptions/{job_id}` (`getAsyncTranscriptionJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncTranscriptionJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_transcription_job(
    client: &Client,
    args: GetAsyncTranscriptionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_transcription_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncTranscriptionJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_transcription_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncTranscriptionJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/audio/transcriptions/{job_id}/cancel` (`cancelAsyncTranscriptionJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncTranscriptionJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_transcription_job(
    client: &Client,
    args: CancelAsyncTranscriptionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_transcription_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/chat/completions` (`createAsyncChatCompletion`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncChatCompletionArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_chat_completion(
    client: &Client,
    args: CreateAsyncChatCompletionArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::ChatCompletionRequest,
                >(&source, bytes, "ChatCompletionRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_chat_completion(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncChatCompletionResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_chat_completion_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/chat/completions/{job_id}` (`getAsyncChatCompletionJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncChatCompletionJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_chat_completion_job(
    client: &Client,
    args: GetAsyncChatCompletionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_chat_completion_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncChatCompletionJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_chat_completion_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncChatCompletionJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/chat/completions/{job_id}/cancel` (`cancelAsyncChatCompletionJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncChatCompletionJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_chat_completion_job(
    client: &Client,
    args: CancelAsyncChatCompletionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_chat_completion_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/completions` (`createAsyncTextCompletion`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncTextCompletionArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_text_completion(
    client: &Client,
    args: CreateAsyncTextCompletionArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::TextCompletionRequest,
                >(&source, bytes, "TextCompletionRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_text_completion(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncTextCompletionResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_text_completion_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/completions/{job_id}` (`getAsyncTextCompletionJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncTextCompletionJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_text_completion_job(
    client: &Client,
    args: GetAsyncTextCompletionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_text_completion_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncTextCompletionJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_text_completion_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncTextCompletionJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/completions/{job_id}/cancel` (`cancelAsyncTextCompletionJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncTextCompletionJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_text_completion_job(
    client: &Client,
    args: CancelAsyncTextCompletionJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_text_completion_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/embeddings` (`createAsyncEmbedding`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncEmbeddingArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_embedding(
    client: &Client,
    args: CreateAsyncEmbeddingArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::EmbeddingRequest,
                >(&source, bytes, "EmbeddingRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_embedding(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncEmbeddingResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_embedding_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/embeddings/{job_id}` (`getAsyncEmbeddingJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncEmbeddingJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_embedding_job(
    client: &Client,
    args: GetAsyncEmbeddingJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_embedding_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncEmbeddingJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_embedding_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncEmbeddingJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/embeddings/{job_id}/cancel` (`cancelAsyncEmbeddingJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncEmbeddingJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_embedding_job(
    client: &Client,
    args: CancelAsyncEmbeddingJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_embedding_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/edits` (`createAsyncImageEdit`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncImageEditArgs {
    /// The form's other fields as a JSON object: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// The file sent as part `image`; its media type is guessed from the extension.
    #[arg(long = "image-path", value_name = "PATH")]
    pub image_path: Option<::std::path::PathBuf>,
    /// The file sent as part `mask`; its media type is guessed from the extension.
    #[arg(long = "mask-path", value_name = "PATH")]
    pub mask_path: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_image_edit(
    client: &Client,
    args: CreateAsyncImageEditArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let mut parts = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            form_fields(&source, &bytes, &["image", "mask"])?
        }
        ::std::option::Option::None => ::std::vec::Vec::new(),
    };
    if let ::std::option::Option::Some(path) = &args.image_path {
        parts
            .push(
                FormPart::file(
                    "image",
                    FilePart::from_path(path)
                        .await
                        .map_err(|e| Failure::Usage(e.to_string()))?,
                ),
            );
    }
    if let ::std::option::Option::Some(path) = &args.mask_path {
        parts
            .push(
                FormPart::file(
                    "mask",
                    FilePart::from_path(path)
                        .await
                        .map_err(|e| Failure::Usage(e.to_string()))?,
                ),
            );
    }
    let body = (!parts.is_empty()).then_some(RawBody::Multipart(parts));
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_image_edit(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncImageEditResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_edit_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/images/edits/{job_id}` (`getAsyncImageEditJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncImageEditJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_image_edit_job(
    client: &Client,
    args: GetAsyncImageEditJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_image_edit_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncImageEditJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_edit_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncImageEditJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/edits/{job_id}/cancel` (`cancelAsyncImageEditJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncImageEditJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_image_edit_job(
    client: &Client,
    args: CancelAsyncImageEditJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_image_edit_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/generations` (`createAsyncImageGeneration`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncImageGenerationArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_image_generation(
    client: &Client,
    args: CreateAsyncImageGenerationArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::ImageGenerationRequest,
                >(&source, bytes, "ImageGenerationRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_image_generation(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncImageGenerationResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_generation_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/images/generations/{job_id}` (`getAsyncImageGenerationJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncImageGenerationJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_image_generation_job(
    client: &Client,
    args: GetAsyncImageGenerationJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_image_generation_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncImageGenerationJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_generation_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncImageGenerationJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/generations/{job_id}/cancel` (`cancelAsyncImageGenerationJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncImageGenerationJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_image_generation_job(
    client: &Client,
    args: CancelAsyncImageGenerationJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_image_generation_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/variations` (`createAsyncImageVariation`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncImageVariationArgs {
    /// The form's other fields as a JSON object: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// The file sent as part `image`; its media type is guessed from the extension.
    #[arg(long = "image-path", value_name = "PATH")]
    pub image_path: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_image_variation(
    client: &Client,
    args: CreateAsyncImageVariationArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let mut parts = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            form_fields(&source, &bytes, &["image"])?
        }
        ::std::option::Option::None => ::std::vec::Vec::new(),
    };
    if let ::std::option::Option::Some(path) = &args.image_path {
        parts
            .push(
                FormPart::file(
                    "image",
                    FilePart::from_path(path)
                        .await
                        .map_err(|e| Failure::Usage(e.to_string()))?,
                ),
            );
    }
    let body = (!parts.is_empty()).then_some(RawBody::Multipart(parts));
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_image_variation(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncImageVariationResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_variation_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/images/variations/{job_id}` (`getAsyncImageVariationJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncImageVariationJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_image_variation_job(
    client: &Client,
    args: GetAsyncImageVariationJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_image_variation_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncImageVariationJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_image_variation_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncImageVariationJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/images/variations/{job_id}/cancel` (`cancelAsyncImageVariationJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncImageVariationJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_image_variation_job(
    client: &Client,
    args: CancelAsyncImageVariationJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_image_variation_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/jobs` (`listAsyncJobs`).
#[derive(Debug, ::clap::Args)]
pub struct ListAsyncJobsArgs {
    /// How many jobs a page holds.
    #[arg(long = "limit", value_name = "VALUE")]
    pub limit: Option<::std::string::String>,
    /// A job id; the page holds the jobs older than it.
    #[arg(long = "after", value_name = "VALUE")]
    pub after: Option<::std::string::String>,
    /// Only jobs in this state.
    #[arg(long = "status", value_name = "VALUE")]
    pub status: Option<::std::string::String>,
    /// Only jobs of this kind.
    #[arg(long = "kind", value_name = "VALUE")]
    pub kind: Option<::std::string::String>,
}
async fn list_async_jobs(
    client: &Client,
    args: ListAsyncJobsArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let limit: ::std::option::Option<i64> = args
        .limit
        .as_deref()
        .map(|text| parse_text(text, "--limit"))
        .transpose()?;
    let status: ::std::option::Option<super::types::AsyncJobStatus> = args
        .status
        .as_deref()
        .map(|text| parse_text(text, "--status"))
        .transpose()?;
    let kind: ::std::option::Option<super::types::AsyncJobKind> = args
        .kind
        .as_deref()
        .map(|text| parse_text(text, "--kind"))
        .transpose()?;
    let answer = client
        .list_async_jobs(limit, args.after.as_deref(), status, kind)
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/rerank` (`createAsyncRerank`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncRerankArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_rerank(
    client: &Client,
    args: CreateAsyncRerankArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::RerankRequest,
                >(&source, bytes, "RerankRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_rerank(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncRerankResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_rerank_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/rerank/{job_id}` (`getAsyncRerankJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncRerankJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_rerank_job(
    client: &Client,
    args: GetAsyncRerankJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_rerank_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncRerankJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_rerank_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncRerankJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/rerank/{job_id}/cancel` (`cancelAsyncRerankJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncRerankJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_rerank_job(
    client: &Client,
    args: CancelAsyncRerankJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_rerank_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/responses` (`createAsyncResponse`).
#[derive(Debug, ::clap::Args)]
pub struct CreateAsyncResponseArgs {
    /// The request body: a file, or `-` for standard input (read when no file is given and input is piped).
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<::std::path::PathBuf>,
    /// Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour).
    /// After expiry, the job result is automatically cleaned up.
    #[arg(
        long = "x-bf-async-job-result-ttl",
        visible_alias = "ttl",
        value_name = "VALUE"
    )]
    pub x_bf_async_job_result_ttl: Option<::std::string::String>,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key
    /// and the same body within a day answers with the first job instead of creating another;
    /// the same key with a different body is refused with `422`.
    #[arg(long = "idempotency-key", visible_alias = "key", value_name = "VALUE")]
    pub idempotency_key: Option<::std::string::String>,
    /// The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell
    /// of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the
    /// Standard Webhooks format, once the job is completed, failed or cancelled, at least once
    /// and with the same `webhook-id` on every attempt. Endpoints are configured, never sent:
    /// a name that is not configured, or that this caller may not use, is refused with `400`.
    #[arg(long = "x-bf-async-webhook", visible_alias = "webhook", value_name = "VALUE")]
    pub x_bf_async_webhook: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn create_async_response(
    client: &Client,
    args: CreateAsyncResponseArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let body = match read_input(args.file.as_deref())? {
        ::std::option::Option::Some((source, bytes)) => {
            ::std::option::Option::Some(
                json_request::<
                    super::types::ResponsesRequest,
                >(&source, bytes, "ResponsesRequest")?,
            )
        }
        ::std::option::Option::None => ::std::option::Option::None,
    };
    let body = body
        .ok_or_else(|| Failure::Usage(
            "no request body: pass --file FILE, or pipe it on standard input".to_owned(),
        ))?;
    let x_bf_async_job_result_ttl: ::std::option::Option<i64> = args
        .x_bf_async_job_result_ttl
        .as_deref()
        .map(|text| parse_text(text, "--x-bf-async-job-result-ttl"))
        .transpose()?;
    let answer = client
        .create_async_response(
            RequestBody::Raw(body),
            x_bf_async_job_result_ttl,
            args.prefer.as_deref(),
            args.idempotency_key.as_deref(),
            args.x_bf_async_webhook.as_deref(),
        )
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let CreateAsyncResponseResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_response_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `GET /v1/async/responses/{job_id}` (`getAsyncResponseJob`).
#[derive(Debug, ::clap::Args)]
pub struct GetAsyncResponseJobArgs {
    /// The unique identifier of the async job
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
    /// `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then
    /// the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N
    /// (60 seconds by default) and names the wait it applied in `Preference-Applied`.
    /// Other preferences in the header are ignored, as RFC 7240 asks.
    #[arg(long = "prefer", value_name = "VALUE")]
    pub prefer: Option<::std::string::String>,
    /// Poll until the job is final and print it; exit 1 if it failed.
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600, requires = "wait")]
    pub timeout: u64,
}
async fn get_async_response_job(
    client: &Client,
    args: GetAsyncResponseJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .get_async_response_job(args.job_id.as_str(), args.prefer.as_deref())
        .await
        .map_err(Failure::Client)?;
    if args.wait {
        if let GetAsyncResponseJobResponse::Accepted(job) = &answer {
            let job_id = job.job_id().to_owned();
            let options = WaitOptions::default()
                .timeout(::std::time::Duration::from_secs(args.timeout));
            let spinner = Spinner::start();
            let outcome = client
                .wait_async_response_job_with_progress(
                    &job_id,
                    &options,
                    |job| spinner.show(job),
                )
                .await;
            spinner.stop();
            return finish_wait(outcome);
        }
    }
    if let GetAsyncResponseJobResponse::Ok(job) = &answer {
        if job.is_failed() {
            return ::std::result::Result::Ok(
                report(&answer, ::std::option::Option::Some(job.job_id())),
            );
        }
    }
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}
/// `POST /v1/async/responses/{job_id}/cancel` (`cancelAsyncResponseJob`).
#[derive(Debug, ::clap::Args)]
pub struct CancelAsyncResponseJobArgs {
    /// The job's id, as its submit answered it.
    #[arg(value_name = "JOB_ID")]
    pub job_id: ::std::string::String,
}
async fn cancel_async_response_job(
    client: &Client,
    args: CancelAsyncResponseJobArgs,
) -> ::std::result::Result<::std::process::ExitCode, Failure> {
    let answer = client
        .cancel_async_response_job(args.job_id.as_str())
        .await
        .map_err(Failure::Client)?;
    ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
}

// The same for every spec: copied from the generator's support/cli/core.rs.
// Reading input, printing answers, and exit codes: the same for every command of every spec.
//
// The emitter copies this file into `cli.rs` after the commands it generates from the spec,
// which import the client's items (`Error`, `RawBody`, `FormPart`, `Answered`, `AnswerBody`).
// `Failure`, `report` and `print_body` are `pub(super)` for `cli/waiting.rs`, which the tests
// compile as a module of its own.

/// Why a command stopped: its own usage (exit 2) or the exchange with the server (exit 1).
#[derive(Debug)]
pub(super) enum Failure {
    Usage(::std::string::String),
    Client(Error),
}

impl Failure {
    fn report(self) -> ::std::process::ExitCode {
        match self {
            Self::Usage(message) => {
                ::std::eprintln!("error: {message}");
                ::std::process::ExitCode::from(2)
            }
            Self::Client(error) => {
                ::std::eprintln!("error: {error}");
                ::std::process::ExitCode::from(1)
            }
        }
    }
}

/// The bytes of `--file` (or standard input for `-`, or when nothing is given and input
/// is piped), with a name for messages; `None` when there is no input.
fn read_input(
    file: ::std::option::Option<&::std::path::Path>,
) -> ::std::result::Result<
    ::std::option::Option<(::std::string::String, ::std::vec::Vec<u8>)>,
    Failure,
> {
    use ::std::io::{IsTerminal as _, Read as _};
    let from_stdin = || -> ::std::result::Result<::std::option::Option<(::std::string::String, ::std::vec::Vec<u8>)>, Failure> {
        let mut bytes = ::std::vec::Vec::new();
        ::std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Usage(::std::format!("cannot read standard input: {e}")))?;
        ::std::result::Result::Ok((!bytes.is_empty()).then(|| ("standard input".to_owned(), bytes)))
    };
    match file {
        ::std::option::Option::Some(path) if path.as_os_str() == "-" => from_stdin(),
        ::std::option::Option::Some(path) => ::std::fs::read(path)
            .map(|bytes| ::std::option::Option::Some((path.display().to_string(), bytes)))
            .map_err(|e| Failure::Usage(::std::format!("cannot read {}: {e}", path.display()))),
        ::std::option::Option::None if !::std::io::stdin().is_terminal() => from_stdin(),
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
    }
}

/// A JSON body checked against its type, then sent byte for byte.
#[allow(dead_code)] // not every spec has an operation that needs it
fn json_request<T: ::serde::de::DeserializeOwned>(
    source: &str,
    bytes: ::std::vec::Vec<u8>,
    what: &str,
) -> ::std::result::Result<RawBody, Failure> {
    match ::serde_json::from_slice::<T>(&bytes) {
        ::std::result::Result::Ok(_) => ::std::result::Result::Ok(RawBody::Json(bytes)),
        ::std::result::Result::Err(e) => ::std::result::Result::Err(Failure::Usage(
            ::std::format!("{source} is not a valid {what}: {e}"),
        )),
    }
}

/// The text fields of a multipart form, from a JSON object.
#[allow(dead_code)] // not every spec has an operation that needs it
fn form_fields(
    source: &str,
    bytes: &[u8],
    file_fields: &[&str],
) -> ::std::result::Result<::std::vec::Vec<FormPart>, Failure> {
    let object: ::serde_json::Map<::std::string::String, ::serde_json::Value> =
        ::serde_json::from_slice(bytes).map_err(|e| {
            Failure::Usage(::std::format!(
                "{source} is not a JSON object of form fields: {e}"
            ))
        })?;
    let mut parts = ::std::vec::Vec::new();
    for (name, value) in &object {
        if file_fields.contains(&name.as_str()) {
            return ::std::result::Result::Err(Failure::Usage(::std::format!(
                "`{name}` in {source} is a file: pass it with --{name}-path"
            )));
        }
        parts.extend(FormPart::values(name, value).map_err(|e| Failure::Usage(e.to_string()))?);
    }
    ::std::result::Result::Ok(parts)
}

/// A parameter's text as its type: as a string first (names, enum values), else as JSON.
#[allow(dead_code)] // not every spec has an operation that needs it
fn parse_text<T: ::serde::de::DeserializeOwned>(
    text: &str,
    label: &str,
) -> ::std::result::Result<T, Failure> {
    if let ::std::result::Result::Ok(value) =
        ::serde_json::from_value(::serde_json::Value::String(text.to_owned()))
    {
        return ::std::result::Result::Ok(value);
    }
    ::serde_json::from_str(text.trim()).map_err(|e| {
        Failure::Usage(::std::format!(
            "{label}: `{text}` is not a valid value ({e})"
        ))
    })
}

/// Prints an answer's body on standard output; the exit code says how it went.
pub(super) fn report(
    answer: &dyn Answered,
    failed_job: ::std::option::Option<&str>,
) -> ::std::process::ExitCode {
    let status = answer.status();
    let body = answer.body();
    print_body(&body);
    let message = |body: &AnswerBody<'_>| match body {
        AnswerBody::Json(value) => value
            .pointer("/error/message")
            .or_else(|| value.pointer("/message"))
            .and_then(|m| m.as_str())
            .map(::std::borrow::ToOwned::to_owned),
        _ => ::std::option::Option::None,
    };
    if let ::std::option::Option::Some(id) = failed_job {
        ::std::eprintln!(
            "error: job {id} failed: {}",
            message(&body).unwrap_or_else(|| "no reason given".to_owned())
        );
        return ::std::process::ExitCode::from(1);
    }
    if (200..300).contains(&status) {
        return ::std::process::ExitCode::SUCCESS;
    }
    match message(&body) {
        ::std::option::Option::Some(m) => {
            ::std::eprintln!("error: the server answered {status}: {m}")
        }
        ::std::option::Option::None => ::std::eprintln!("error: the server answered {status}"),
    }
    ::std::process::ExitCode::from(1)
}

pub(super) fn print_body(body: &AnswerBody<'_>) {
    use ::std::io::Write as _;
    let mut out = ::std::io::stdout().lock();
    // A closed pipe (`| head`) is not worth a second error.
    let _ = match body {
        AnswerBody::Empty => ::std::result::Result::Ok(()),
        AnswerBody::Json(value) => ::serde_json::to_string_pretty(value)
            .map_err(::std::io::Error::other)
            .and_then(|text| writeln!(out, "{text}")),
        AnswerBody::Bytes(bytes) => out.write_all(bytes),
    };
    let _ = out.flush();
}

// The same for every spec: copied from the generator's support/cli/waiting.rs.
// `--wait`'s printing and spinner; copied into `cli.rs` when the spec has async-job pairs.

/// The outcome of `--wait`: the final job on standard output, exit 1 unless it succeeded.
fn finish_wait<J, R>(
    outcome: ::std::result::Result<J, WaitError<J, R>>,
) -> ::std::result::Result<::std::process::ExitCode, Failure>
where
    J: JobState + ::serde::Serialize,
    R: Answered,
{
    let job_json = |job: &J| AnswerBody::Json(::serde_json::to_value(job).unwrap_or_default());
    match outcome {
        ::std::result::Result::Ok(job) => {
            print_body(&job_json(&job));
            ::std::result::Result::Ok(::std::process::ExitCode::SUCCESS)
        }
        ::std::result::Result::Err(WaitError::Failed(job)) => {
            let body = job_json(&job);
            print_body(&body);
            let reason = match &body {
                AnswerBody::Json(v) => v
                    .pointer("/error/error/message")
                    .or_else(|| v.pointer("/error/message"))
                    .and_then(|m| m.as_str())
                    .unwrap_or("no reason given")
                    .to_owned(),
                _ => ::std::string::String::new(),
            };
            ::std::eprintln!("error: job {} failed: {reason}", job.job_id());
            ::std::result::Result::Ok(::std::process::ExitCode::from(1))
        }
        ::std::result::Result::Err(WaitError::Answer(answer)) => {
            ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
        }
        ::std::result::Result::Err(WaitError::TimedOut(last)) => {
            match &last {
                ::std::option::Option::Some(job) => {
                    print_body(&job_json(job));
                    ::std::eprintln!(
                        "error: gave up waiting; job {} is still {}",
                        job.job_id(),
                        job.status_text()
                    );
                }
                ::std::option::Option::None => {
                    ::std::eprintln!("error: gave up waiting before the server answered")
                }
            }
            ::std::result::Result::Ok(::std::process::ExitCode::from(1))
        }
        ::std::result::Result::Err(WaitError::Client(e)) => {
            ::std::result::Result::Err(Failure::Client(e))
        }
    }
}

/// A spinner with the job's status and the time spent, on standard error when it is a
/// terminal; nothing at all otherwise, so piped output stays clean.
struct Spinner(::std::option::Option<::indicatif::ProgressBar>);

impl Spinner {
    fn start() -> Self {
        use ::std::io::IsTerminal as _;
        if !::std::io::stderr().is_terminal() {
            return Self(::std::option::Option::None);
        }
        let bar = ::indicatif::ProgressBar::new_spinner();
        if let ::std::result::Result::Ok(style) =
            ::indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
        {
            bar.set_style(style);
        }
        bar.set_message("submitted");
        bar.enable_steady_tick(::std::time::Duration::from_millis(100));
        Self(::std::option::Option::Some(bar))
    }

    fn show(&self, job: &dyn JobState) {
        if let ::std::option::Option::Some(bar) = &self.0 {
            bar.set_message(::std::format!(
                "job {}: {}",
                job.job_id(),
                job.status_text()
            ));
        }
    }

    fn stop(self) {
        if let ::std::option::Option::Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}
