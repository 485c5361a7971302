#!/usr/bin/env bash
# Runs the README's webhook section as written: its config file and its Python receiver (the
# blocks marked `readme-check`), against the server binary, with a submit naming the endpoint;
# fails unless the receiver verifies and prints the job's completion. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
# The fenced block after `<!-- readme-check: NAME -->`, without its fences.
block() {
  awk -v name="$1" '
    $0 == "<!-- readme-check: " name " -->" { want = 1; next }
    want && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' README.md
}
block webhooks.toml > "$work/webhooks.toml"
block receiver.py > "$work/receiver.py"
[ -s "$work/webhooks.toml" ] && [ -s "$work/receiver.py" ] || { echo "README blocks not found" >&2; exit 1; }

export GATEWAY_WEBHOOK_SECRET="whsec_$(head -c 24 /dev/urandom | base64)"
cargo build --quiet --locked -p generated --bin server
server_bin="$PWD/target/debug/server"
(cd "$work" && exec "$server_bin" --config webhooks.toml > server.log 2>&1) &
server=$!
(cd "$work" && exec python3 receiver.py > receiver.log 2>&1) &
receiver=$!
trap 'kill "$server" "$receiver" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

for _ in $(seq 100); do
  curl -sf localhost:8080/health > /dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
answer=$(curl -sf -X POST localhost:8080/v1/async/chat/completions -H 'x-bf-async-webhook: results' \
  -d '{"model": "echo/any", "messages": [{"role": "user", "content": "Hello"}]}')
id=$(printf '%s' "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 300); do
  grep -q "async_job.completed $id" "$work/receiver.log" && break
  sleep 0.1
done
if ! grep -q "async_job.completed $id" "$work/receiver.log"; then
  echo "the README's receiver did not print the completion of job $id" >&2
  echo "--- receiver ---" >&2; cat "$work/receiver.log" >&2
  echo "--- server ---" >&2; cat "$work/server.log" >&2
  exit 1
fi
echo "README webhook section: job $id delivered and verified by the Python receiver"
