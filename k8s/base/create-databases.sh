#!/bin/sh
# Creates each service's database if it is missing, owned by the services' user. Creates only: it never drops,
# alters or deletes anything, so running it again (every deployment does) changes nothing.
set -eu
server="${SALES_DB_URL#jdbc:}/postgres"
for database in sales_targets sales_customers sales_orders sales_performance sales_training sales_reporting; do
  if [ "$(psql "$server" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" = "1" ]; then
    echo "$database exists"
  else
    psql "$server" -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE $database OWNER \"$SALES_DB_USER\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    echo "$database created"
  fi
done
