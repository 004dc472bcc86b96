#!/usr/bin/env bash
# The health check of docker-compose.yml: lists the broker's API versions (exit 0 when it answers).
exec java -Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlogback.configurationFile=/opt/kafka/config/logback-tools.xml \
  -cp "/opt/kafka/libs/*" kafka.admin.BrokerApiVersionsCommand "$@"
