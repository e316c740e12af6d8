#!/usr/bin/env bash
# Export and verify speed for issue 14, measured with the shipped commands, beside raw PostgreSQL:
#   tests/Evidence.Benchmarks/run.sh [agreements (default 2000, the national set, about 1.08 million events)] [work folder]
# Loads the demo set of that many agreements into a PostgreSQL cluster of its own (the server's start with
# --Demo:Agreements), then times two signing rounds (`checkpoint`), `export --all`, `agreementtracker-verify` on the
# file, the browser verifier under Node, and `COPY (SELECT … FROM events.mt_events) TO STDOUT` on the same data, with
# the load average beside each.
# Build first: dotnet build src/Server && dotnet build src/Verifier (CONFIG=Release for Release builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
agreements=${1:-2000}
work=${2:-$(mktemp -d /tmp/evidence-bench-XXXXXX)}
config=${CONFIG:-Debug}
bin=/usr/lib/postgresql/15/bin
port=${PORT:-55439}
server=(dotnet "src/Server/bin/$config/net10.0/AgreementTracker.Server.dll")
verify=(dotnet "src/Verifier/bin/$config/net10.0/agreementtracker-verify.dll")
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=evidence"
options=(--connection "$connection" "--Integrity:SigningKeyFile=$work/signing-key.pem")
as_postgres() { runuser -u postgres -- "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
timed() { # label, command…: prints wall seconds and the load average at the start
  local label=$1 start end; shift
  local before; before=$(load)
  start=$(date +%s.%N); "$@"; end=$(date +%s.%N)
  printf '%s: %.1f s (load average at start %s)\n' "$label" "$(echo "$end - $start" | bc)" "$before" | tee -a "$work/figures.txt"
}

mkdir -p "$work" && chown postgres "$work"
if [ ! -d "$work/pg" ]; then
  as_postgres "$bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
fi
as_postgres "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -o "-p $port -k $work -c listen_addresses=127.0.0.1" -w start >/dev/null
trap 'as_postgres "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null' EXIT
as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -d postgres -qc "CREATE DATABASE evidence" 2>/dev/null || true

echo "== $agreements agreements, work folder $work" | tee -a "$work/figures.txt"
"${server[@]}" "${options[@]}" --urls http://127.0.0.1:0 "--Demo:Agreements=$agreements" --Projections:RunDaemon=false >"$work/server.log" 2>&1 &
pid=$!
until grep -qE "Demo data: .* in [0-9.,]+ s" "$work/server.log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 5
done
grep -E "Demo data: .* in [0-9.,]+ s" "$work/server.log" | tee -a "$work/figures.txt"
kill -TERM "$pid"; wait "$pid" || true

events=$(as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -d evidence -tAc "SELECT count(*) FROM events.mt_events WHERE type <> 'tombstone'")
echo "events: $events" | tee -a "$work/figures.txt"
timed "raw PostgreSQL: COPY every event's fields to a file" \
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -d evidence -qc "\\copy (SELECT seq_id, stream_id, version, type, data::text, timestamp, correlation_id, causation_id, user_name, headers::text FROM events.mt_events ORDER BY stream_id, version) TO '$work/raw.tsv'"
# Checkpointing keeps up with appends if a signing round extends the log faster than events are appended: the first
# round extends it over every event loaded (the servers sign at most every Integrity:SignEvery), the second has nothing
# new to add and shows a round's fixed cost at this size (read and hash the whole tree, sign).
timed "checkpoint: extend the log over every event, hash the tree, sign" "${server[@]}" checkpoint "${options[@]}"
timed "checkpoint again: nothing to extend, hash the tree, sign" "${server[@]}" checkpoint "${options[@]}"
timed "export --all" "${server[@]}" export --all --out "$work/history.jsonl" "${options[@]}"
echo "export file: $(stat -c %s "$work/history.jsonl") bytes, raw COPY file: $(stat -c %s "$work/raw.tsv") bytes" | tee -a "$work/figures.txt"
timed "agreementtracker-verify (C#, with replay)" "${verify[@]}" "$work/history.jsonl" --public-key "$work/signing-key.pub.pem"
timed "browser verifier under Node (cli.mjs)" node src/VerifierBrowser/cli.mjs "$work/history.jsonl" --public-key "$work/signing-key.pub.pem" >"$work/node-answer.json"
head -c 300 "$work/node-answer.json"; echo
