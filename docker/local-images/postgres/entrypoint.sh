#!/usr/bin/env bash
# First start (empty data directory): initdb with POSTGRES_USER as the superuser and POSTGRES_PASSWORD
# (scram-sha-256 over TCP, trust on the local socket), run /docker-entrypoint-initdb.d/*.sql once against
# POSTGRES_DB, then serve on every address. Later starts only serve.
set -euo pipefail
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
user="${POSTGRES_USER:-postgres}"
db="${POSTGRES_DB:-$user}"

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb --username="$user" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  printf 'host all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  if [[ "$db" != postgres ]]; then psql -v ON_ERROR_STOP=1 -U "$user" -d postgres -c "CREATE DATABASE \"$db\""; fi
  for script in /docker-entrypoint-initdb.d/*; do
    [[ -f "$script" ]] || continue
    case "$script" in
      *.sql) echo "init: $script"; psql -v ON_ERROR_STOP=1 -U "$user" -d "$db" -f "$script" ;;
      *.sh) echo "init: $script"; bash "$script" ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "init: done"
fi
exec postgres -D "$PGDATA" -c listen_addresses='*'
