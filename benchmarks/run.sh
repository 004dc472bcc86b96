#!/usr/bin/env bash
# The platform's benchmark (docs/performance.md): starts the platform with ./run.sh start (timed) unless one runs,
# measures RSS and idle CPU, runs each Gatling phase of PlatformSimulation through the gateway, the pgbench
# single-row insert baseline at the same concurrency, and prints a markdown table (also in
# benchmarks/target/results-<label>.md). The Gatling HTML reports are in benchmarks/target/gatling/.
#
#   benchmarks/run.sh [label]      label names the run in the table (default: today)
#
# Needs curl, jq, node (reads the report's statistics) and pgbench/psql on PATH, PostgreSQL on 127.0.0.1:5432.
# Environment: BENCH_PHASE_SECONDS (30, each load phase), BENCH_CONCURRENCY (8), BENCH_IDLE_SECONDS (60),
#   BENCH_LAG_SAMPLES (100, read-your-write commands), BENCH_WARMUP_SECONDS (30, a concurrent load first whose numbers are dropped: the JIT), BENCH_KEEP_RUNNING=1
#   (leave a platform this script started running), JAVA_OPTS (handed to ./run.sh, e.g. to compare settings),
#   BENCH_SETTLE_SECONDS (60: the wait between start and the idle sample, for the demo data check and the JIT of the
#   start; the gateway's "demo data:" outcome is waited for first when this script started the platform),
#   BENCH_IDLE_ONLY=1 (startup, idle CPU and RSS only: no load phases, no pgbench), BENCH_PHASES (the Gatling
#   phases to run, default all: commands-sequential commands-concurrent read-your-write mixed-rep gateway-latency).
# The idle sample also writes each JVM's busiest threads to benchmarks/target/benchmarks/idle-threads.txt.
# The platform it starts has the gateway's per-user rate limit raised (GATEWAY_USER_RATE_LIMIT): the load is one
# user's. Its targets stay in the local databases (future ISO weeks, TEAM scope of the demo team).
# shellcheck disable=SC2016 # jq programs in single quotes
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
OUT="$BENCH/target/benchmarks"
LABEL="${1:-$(date -u +%F)}"
PHASE="${BENCH_PHASE_SECONDS:-30}"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
IDLE="${BENCH_IDLE_SECONDS:-60}"
SETTLE="${BENCH_SETTLE_SECONDS:-60}"
IDLE_ONLY="${BENCH_IDLE_ONLY:-0}"
WARMUP="${BENCH_WARMUP_SECONDS:-30}"
PID_DIR="$ROOT/.run/pids"
TICKS="$(getconf CLK_TCK)"
GATEWAY="http://127.0.0.1:8080"
PG="postgresql://postgres@127.0.0.1:5432"
SCRATCH_DB="bench_pgbench"
STARTED=0

say() { printf '[bench] %s\n' "$*" >&2; }
cd "$ROOT"
rm -rf "$OUT"; mkdir -p "$OUT"

ready() { curl -fsS -o /dev/null "$GATEWAY/readyz" 2>/dev/null; }
cleanup() { if [[ "$STARTED" == 1 && "${BENCH_KEEP_RUNNING:-0}" != 1 ]]; then ./run.sh stop >&2 || true; fi; }
trap cleanup EXIT

# ---- start (timed), RSS --------------------------------------------------------------------------------------
START_S="-"
if ready; then
  say "a platform answers on $GATEWAY: using it (no startup time)"
else
  say "starting the platform: ./run.sh start"
  t0=$(date +%s.%N)
  GATEWAY_USER_RATE_LIMIT="${GATEWAY_USER_RATE_LIMIT:-1000000}" GATEWAY_LOGIN_RATE_LIMIT="${GATEWAY_LOGIN_RATE_LIMIT:-1000}" \
    ./run.sh start > "$OUT/run-start.log" 2>&1 || { tail -40 "$OUT/run-start.log" >&2; exit 1; }
  STARTED=1
  START_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
fi

components() { for f in "$PID_DIR"/*.pid; do [[ -f "$f" ]] && basename "$f" .pid; done; }
pid_of() { cat "$PID_DIR/$1.pid"; }
ticks_of() { awk '{ sub(/^.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "/proc/$(pid_of "$1")/stat" 2>/dev/null || echo 0; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$(pid_of "$1")/status" 2>/dev/null || echo "-"; }

# CPU each JVM used from its launch until all were healthy (seconds): what the start costs on shared cores
START_CPU=""
if [[ "$STARTED" == 1 ]]; then
  for c in $(components); do START_CPU="$START_CPU${START_CPU:+, }$c $(awk -v a="$(ticks_of "$c")" -v t="$TICKS" 'BEGIN { printf "%.0f", a / t }')"; done
fi

# ---- idle CPU ------------------------------------------------------------------------------------------------
# the gateway's demo data check after a local start (a few hundred requests) is traffic: wait until it is over
demo_in_progress() {
  local last; last="$(grep "demo data: " "$ROOT/.run/logs/gateway.log" 2>/dev/null | tail -1 || true)"
  [[ "$last" == *"demo data: waiting"* || "$last" == *"demo data: seeding"* ]]
}
if [[ "$STARTED" == 1 ]]; then for _ in $(seq 1 300); do demo_in_progress || break; sleep 1; done; fi
say "settling ${SETTLE}s, then idle CPU over ${IDLE}s"
sleep "$SETTLE"
IDLE_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
say "idle CPU over ${IDLE}s (load average before: $IDLE_LOAD)"
# per thread: "<component> <tid> <ticks> <name>" from /proc/<pid>/task/*/stat (the name is the thread's, cut to 15)
thread_ticks() {
  local c pid t
  for c in $(components); do
    pid=$(pid_of "$c")
    for t in /proc/"$pid"/task/*; do
      awk -v c="$c" -v tid="${t##*/}" -v name="$(cat "$t/comm" 2>/dev/null | tr ' ' '_')" \
        '{ sub(/^.*\) /, ""); split($0, f, " "); print c, tid, f[12] + f[13], name }' "$t/stat" 2>/dev/null || true
    done
  done
}
declare -A IDLE_T0
for c in $(components); do IDLE_T0[$c]=$(ticks_of "$c"); done
thread_ticks > "$OUT/idle-threads-before.txt"
sleep "$IDLE"
thread_ticks > "$OUT/idle-threads-after.txt"
IDLE_ROWS=""; IDLE_TOTAL=0
for c in $(components); do
  pct=$(awk -v a="${IDLE_T0[$c]}" -v b="$(ticks_of "$c")" -v t="$TICKS" -v s="$IDLE" 'BEGIN { printf "%.1f", (b - a) * 100 / t / s }')
  IDLE_ROWS="$IDLE_ROWS $c $pct"
  IDLE_TOTAL=$(awk -v a="$IDLE_TOTAL" -v b="$pct" 'BEGIN { printf "%.1f", a + b }')
done
# the five busiest threads of each JVM over the sample, in % of one core
awk -v t="$TICKS" -v s="$IDLE" 'NR == FNR { t0[$1 " " $2] = $3; next }
  { d = $3 - t0[$1 " " $2]; if (d > 0) printf "%s %.2f %s\n", $1, d * 100 / t / s, $4 }' \
  "$OUT/idle-threads-before.txt" "$OUT/idle-threads-after.txt" | sort -k1,1 -k2,2nr \
  | awk '{ if ($1 != last) { n = 0; last = $1 } if (n++ < 5) print }' > "$OUT/idle-threads.txt"

RSS_PARTS=""; for c in $(components); do RSS_PARTS="$RSS_PARTS${RSS_PARTS:+, }$c $(rss_mb "$c")"; done
IDLE_PARTS=$(echo "$IDLE_ROWS" | awk '{ for (i = 1; i < NF; i += 2) printf "%s%s %s", (i > 1 ? ", " : ""), $i, $(i + 1) }')
if [[ "$IDLE_ONLY" == 1 ]]; then
  TABLE="$OUT/../results-$LABEL.md"
  {
    echo "### $LABEL — $(date -u '+%F %H:%M UTC'), $(nproc) cores, load average at the idle sample $IDLE_LOAD"
    echo
    echo "| figure | $LABEL |"
    echo "|---|---|"
    echo "| CPU with no traffic, ${IDLE}s (after ${SETTLE}s settling) | $IDLE_TOTAL % of one core ($IDLE_PARTS) |"
    echo "| \`./run.sh start\` until all healthy | $START_S s |"
    echo "| CPU each JVM used until all were healthy (s) | ${START_CPU:--} |"
    echo "| RSS per JVM after the idle sample (MB) | $RSS_PARTS |"
    echo
    echo "Busiest threads while idle (% of one core):"
    echo
    awk '$1 != last { if (NR > 1) printf "\n"; printf "- %s:", $1; last = $1; sep = " " }
      { printf "%s%s %s", sep, $3, $2; sep = ", " } END { printf "\n" }' "$OUT/idle-threads.txt"
  } > "$TABLE"
  cat "$TABLE"
  exit 0
fi

# ---- Gatling phases ------------------------------------------------------------------------------------------
token() {
  curl -fsS -X POST "$GATEWAY/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1\"}" | jq -r .access_token
}
MANAGER_TOKEN="$(token manager)"; REP_TOKEN="$(token rep1)"

gatling() {  # gatling <scenario> [phase seconds]: runs one phase, prints the path of its stats.json
  local scenario="$1" seconds="${2:-$PHASE}" before after
  before="$(ls -1d "$BENCH"/target/gatling/*/ 2>/dev/null | sort || true)"
  say "gatling: $scenario (${seconds}s phases, load average $(cut -d' ' -f1 /proc/loadavg))"
  ./mvnw -B -q -f "$BENCH/pom.xml" -Pbenchmark verify -Dbench.scenario="$scenario" -Dbench.phase-seconds="$seconds" \
    -Dbench.concurrency="$CONCURRENCY" -Dbench.lag-samples="${BENCH_LAG_SAMPLES:-100}" -Dbench.output="$OUT" -Dbench.pid-dir="$PID_DIR" -Dbench.clock-ticks="$TICKS" \
    -Dbench.token.manager="$MANAGER_TOKEN" -Dbench.token.rep1="$REP_TOKEN" > "$OUT/gatling-$scenario.log" 2>&1 \
    || say "  $scenario: failed requests or a failed run (see $OUT/gatling-$scenario.log)"
  after="$(ls -1d "$BENCH"/target/gatling/*/ 2>/dev/null | sort || true)"
  local run; run="$(comm -13 <(echo "$before") <(echo "$after") | tail -1)"; run="${run%/}"
  [[ -n "$run" && -f "$run/js/stats.js" ]] || return 0
  # the report keeps its statistics as a script (var stats = {...}); node turns them into JSON for jq
  node -e 'const fs = require("fs");
    const stats = new Function(fs.readFileSync(process.argv[1], "utf8") + "; return stats;")();
    fs.writeFileSync(process.argv[2], JSON.stringify(stats));' "$run/js/stats.js" "$run/stats.json"
  echo "$run/stats.json"
}

PHASES=" ${BENCH_PHASES:-commands-sequential commands-concurrent read-your-write mixed-rep gateway-latency} "
phase() { [[ "$PHASES" == *" $1 "* ]] && gatling "$1" || echo "-"; }
[[ "$WARMUP" -gt 0 ]] && gatling commands-concurrent "$WARMUP" > /dev/null
SEQ=$(phase commands-sequential)
CONC=$(phase commands-concurrent); cp "$OUT/commands-concurrent-cpu.json" "$OUT/cpu.json" 2>/dev/null || true
RYW=$(phase read-your-write)
MIXED=$(phase mixed-rep)
LAT=$(phase gateway-latency)

# stat <stats.json> <request name> <jq path under .stats>
stat() {
  [[ -f "$1" ]] || { echo "-"; return; }
  jq -r --arg name "$2" --arg path "$3" '
    [.. | objects | select(.type? == "REQUEST" and .name == $name) | .stats]
    | if length == 0 then "-" else (.[0] | getpath($path | split("."))) end' "$1"
}
p50() { stat "$1" "$2" percentiles1.ok; }
p99() { stat "$1" "$2" percentiles4.ok; }
rps() { stat "$1" "$2" meanNumberOfRequestsPerSecond.ok; }
fmt() { awk -v v="$1" 'BEGIN { if (v == "-" || v == "") print "-"; else printf "%.0f", v }'; }

# ---- pgbench baseline ----------------------------------------------------------------------------------------
say "pgbench: single-row insert, $CONCURRENCY clients, ${PHASE}s, scratch database $SCRATCH_DB"
psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $SCRATCH_DB" -c "CREATE DATABASE $SCRATCH_DB" >/dev/null
psql -q "$PG/$SCRATCH_DB" -c "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL)" >/dev/null
echo "INSERT INTO bench_insert (payload) VALUES ('benchmark');" > "$OUT/insert.sql"
PGBENCH_TPS=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CONCURRENCY" -j 2 -T "$PHASE" -f "$OUT/insert.sql" "$SCRATCH_DB" 2>&1 \
  | tee "$OUT/pgbench.log" | sed -n -E 's/^tps = ([0-9.]+).*/\1/p' | head -1)
psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $SCRATCH_DB" >/dev/null

# ---- table ---------------------------------------------------------------------------------------------------
CONC_NAME="POST /api/targets $CONCURRENCY concurrent"
CONC_RPS=$(rps "$CONC" "$CONC_NAME")
RATIO=$(awk -v a="$CONC_RPS" -v b="${PGBENCH_TPS:-0}" 'BEGIN { if (a == "-" || b == 0) print "-"; else printf "%.1f %%", a * 100 / b }')
ryw() { [[ -f "$OUT/read-your-write.json" ]] && jq -r "$1" "$OUT/read-your-write.json" || echo "-"; }
cpu() { [[ -f "$OUT/cpu.json" ]] && jq -r "$1" "$OUT/cpu.json" || echo "-"; }
CPU_PARTS=$(cpu '.perCommandMs | to_entries | map(select(.key != "total")) | sort_by(-.value) | map("\(.key) \(.value)") | join(", ")')
RSS_PARTS=""; for c in $(components); do RSS_PARTS="$RSS_PARTS${RSS_PARTS:+, }$c $(rss_mb "$c")"; done
lat() { p50 "$LAT" "GET /api/targets/{id} $1"; }
lat99() { p99 "$LAT" "GET /api/targets/{id} $1"; }
delta() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%+.0f", a - b }'; }

TABLE="$OUT/../results-$LABEL.md"
{
  echo "### $LABEL — $(date -u '+%F %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| figure | $LABEL |"
  echo "|---|---|"
  echo "| command → visible in reporting (read-your-write, $(ryw .samples) samples, $(ryw .notVisible) not visible within 15 s) | p50 $(ryw .commandToVisible.p50) ms, p90 $(ryw .commandToVisible.p90), p99 $(ryw .commandToVisible.p99), max $(ryw .commandToVisible.max); after the 201: p50 $(ryw .acknowledgedToVisible.p50) ms |"
  echo "| command latency, sequential | p50 $(fmt "$(p50 "$SEQ" "POST /api/targets sequential")") ms, p99 $(fmt "$(p99 "$SEQ" "POST /api/targets sequential")") ms ($(fmt "$(rps "$SEQ" "POST /api/targets sequential")")/s) |"
  echo "| throughput, $CONCURRENCY concurrent clients, through the gateway | $(fmt "$CONC_RPS") commands/s (p50 $(fmt "$(p50 "$CONC" "$CONC_NAME")") ms, p99 $(fmt "$(p99 "$CONC" "$CONC_NAME")") ms) |"
  echo "| pgbench single-row insert, $CONCURRENCY clients | $(fmt "${PGBENCH_TPS:--}") tps; commands/s are $RATIO of it |"
  echo "| CPU per command, all platform JVMs (during the concurrent phase, $(cpu .commands) commands) | $(cpu .perCommandMs.total) ms ($CPU_PARTS) |"
  echo "| CPU with no traffic, ${IDLE}s | $IDLE_TOTAL % of one core ($IDLE_PARTS) |"
  echo "| mixed rep traffic 9:1, $CONCURRENCY clients | reads p50 $(fmt "$(p50 "$MIXED" "mixed: GET /api/targets (rep)")")/$(fmt "$(p50 "$MIXED" "mixed: GET target-attainment (rep)")")/$(fmt "$(p50 "$MIXED" "mixed: GET leaderboard (rep)")") ms (targets/attainment/leaderboard), writes p50 $(fmt "$(p50 "$MIXED" "mixed: POST /api/targets (manager)")") ms p99 $(fmt "$(p99 "$MIXED" "mixed: POST /api/targets (manager)")") ms |"
  echo "| gateway added latency, same GET (p50 gateway − direct) | quiet $(delta "$(lat "through gateway quiet")" "$(lat "direct quiet")") ms ($(lat "through gateway quiet") vs $(lat "direct quiet")), p99 $(delta "$(lat99 "through gateway quiet")" "$(lat99 "direct quiet")") ms; under load $(delta "$(lat "through gateway under load")" "$(lat "direct under load")") ms ($(lat "through gateway under load") vs $(lat "direct under load")) |"
  echo "| \`./run.sh start\` until all healthy | $START_S s |"
  echo "| RSS per JVM after the run (MB) | $RSS_PARTS |"
  echo
  echo "Gatling reports: $(for f in "$SEQ" "$CONC" "$RYW" "$MIXED" "$LAT"; do [[ -f "$f" ]] && printf '%s ' "${f#"$ROOT"/}" | sed 's#stats.json #index.html #'; true; done)"
} > "$TABLE"
cat "$TABLE"
