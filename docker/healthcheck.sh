#!/usr/bin/env bash
# Container health check without curl or wget in the image: the application is healthy when
# GET /readyz (the readiness group, on the API port: ADR 0014) answers 200.
set -euo pipefail
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /readyz HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS=' ' read -r _ status _ <&3
[[ "${status}" == "200" ]]
