#!/usr/bin/env bash
# Writes the broker's properties from the KAFKA_* variables, formats the KRaft storage once, runs the broker.
set -euo pipefail
props=/opt/kafka/config/server.properties
: > "$props"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_OPTS) continue ;;
    KAFKA_*) key="${name#KAFKA_}"; key="${key,,}"; printf '%s=%s\n' "${key//_/.}" "$value" >> "$props" ;;
  esac
done < <(env)
logdirs="$(sed -n 's/^log\.dirs=//p' "$props")"
logdirs="${logdirs:-/var/lib/kafka/data}"
grep -q '^log\.dirs=' "$props" || echo "log.dirs=$logdirs" >> "$props"
cp="/opt/kafka/libs/*"
logging="-Dlogback.configurationFile=/opt/kafka/config/logback.xml"
if [[ ! -f "${logdirs%%,*}/meta.properties" ]]; then
  # shellcheck disable=SC2086
  java -Xmx256m $logging -cp "$cp" kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$props" --ignore-formatted
fi
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:-} -XX:+UseSerialGC -Djava.awt.headless=true ${KAFKA_OPTS:-} $logging -cp "$cp" \
  kafka.Kafka "$props"
