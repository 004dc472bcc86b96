#!/usr/bin/env bash
# Builds the seven application images from ./Dockerfile with podman, the way docker-compose.yml builds them
# (MODULE and PORT per application), on the base images of build-base-images.sh (made first when missing):
#   docker/local-images/build-images.sh [module ...]        (default: all seven)
# Tags: sales-platform/<module>:${SALES_IMAGE_TAG:-dev} (podman stores them as localhost/sales-platform/...).
# --format docker: the OCI format has no HEALTHCHECK, podman would drop the Dockerfile's.
# The build stage runs Maven and fetches the dependencies from Maven Central, hence --network host; its layers
# and the Maven cache mount are reused, so the reactor is compiled once for all seven images.
# JDK_IMAGE / JRE_IMAGE may name other base images (e.g. the public eclipse-temurin ones, the Dockerfile's default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$ROOT/docker/podman/containers.conf}"
TAG="${SALES_IMAGE_TAG:-dev}"
JDK_IMAGE="${JDK_IMAGE:-localhost/sales-platform/base-jdk17:bookworm}"
JRE_IMAGE="${JRE_IMAGE:-localhost/sales-platform/base-jre17:bookworm}"
declare -A PORTS=([gateway]=8080 [targets-service]=8081 [customer-service]=8082 [orders-service]=8083
                  [performance-service]=8084 [training-service]=8085 [reporting-service]=8086)
MODULES=("$@")
[[ ${#MODULES[@]} -gt 0 ]] || MODULES=(gateway targets-service customer-service orders-service performance-service
                                       training-service reporting-service)

if [[ "$JDK_IMAGE" == localhost/* || "$JRE_IMAGE" == localhost/* ]] \
   && ! { podman image exists "$JDK_IMAGE" && podman image exists "$JRE_IMAGE"; }; then
  "$ROOT/docker/local-images/build-base-images.sh"
fi

for module in "${MODULES[@]}"; do
  port="${PORTS[$module]:?unknown module $module}"
  t0=$SECONDS
  printf '[images] sales-platform/%s:%s (port %s) ...\n' "$module" "$TAG" "$port"
  podman build --format docker --network host --layers \
    --build-arg JDK_IMAGE="$JDK_IMAGE" --build-arg JRE_IMAGE="$JRE_IMAGE" \
    --build-arg MODULE="$module" --build-arg PORT="$port" \
    -t "sales-platform/$module:$TAG" -f "$ROOT/Dockerfile" "$ROOT" | grep -v -E "^(Download|Progress)" || exit 1
  printf '[images] sales-platform/%s:%s built in %d s, %s\n' "$module" "$TAG" $((SECONDS - t0)) \
    "$(podman image inspect --format '{{.Size}}' "sales-platform/$module:$TAG" | numfmt --to=si)B"
done
