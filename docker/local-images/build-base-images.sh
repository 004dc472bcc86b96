#!/usr/bin/env bash
# Builds, from Debian's packages and Maven Central only (no image registry needed), the images the platform's
# containers need on a machine that cannot pull public images:
#   localhost/sales-platform/base-jdk17:bookworm   the Dockerfile's build stages   (JDK_IMAGE)
#   localhost/sales-platform/base-jre17:bookworm   the applications' runtime stage (JRE_IMAGE)
#   localhost/sales-platform/postgres:15-bookworm  PostgreSQL for docker-compose.local-images.yml
#   localhost/sales-platform/kafka:<kafka.version> Kafka (KRaft) for docker-compose.local-images.yml
#   localhost/sales-platform/redis:7-bookworm      Redis (the gateway's shared state) for docker-compose.local-images.yml
# Needs root, mmdebstrap and podman (docs/operations.md, "Without a registry"). Images that exist are kept;
# --force rebuilds them all. Temporary root file systems go to a directory that is removed on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/docker/local-images"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$ROOT/docker/podman/containers.conf}"
SUITE="${DEBIAN_SUITE:-bookworm}"
MIRROR="${DEBIAN_MIRROR:-}"          # empty: mmdebstrap uses the host's apt sources
# CA certificates the host trusts beyond Debian's (e.g. a TLS-intercepting egress proxy): copied into the JDK image
# only, whose build stage runs Maven against Maven Central. Never into the runtime images, never into the repository.
LOCAL_CA_DIR="${LOCAL_CA_DIR-/usr/local/share/ca-certificates}"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

JDK_IMAGE=localhost/sales-platform/base-jdk17:$SUITE
JRE_IMAGE=localhost/sales-platform/base-jre17:$SUITE
PG_IMAGE=localhost/sales-platform/postgres:15-$SUITE
REDIS_IMAGE=localhost/sales-platform/redis:7-$SUITE

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sales-base-images.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say() { printf '[images] %s\n' "$*"; }
have() { [[ $FORCE == 0 ]] && podman image exists "$1"; }

# a Debian root file system with the given packages, imported as an image
debian_image() {
  local image=$1 packages=$2; shift 2
  if have "$image"; then say "$image exists (--force rebuilds it)"; return 0; fi
  local t0=$SECONDS
  say "$image: mmdebstrap $SUITE with $packages"
  local hooks=()
  if [[ "$image" == "$JDK_IMAGE" && -n "$LOCAL_CA_DIR" ]] && compgen -G "$LOCAL_CA_DIR/*.crt" >/dev/null; then
    say "$image: adding the host's CA certificates from $LOCAL_CA_DIR (for Maven in the build stage)"
    mkdir -p "$WORK/ca" && cp "$LOCAL_CA_DIR"/*.crt "$WORK/ca/"
    hooks+=(--customize-hook="copy-in $(echo "$WORK"/ca/*.crt) /usr/local/share/ca-certificates/"
            --customize-hook='chroot "$1" update-ca-certificates')
  fi
  # shellcheck disable=SC2086
  mmdebstrap --quiet --variant=minbase --include="$packages" "${hooks[@]}" \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
    "$SUITE" "$WORK/rootfs.tar" $MIRROR
  podman import --quiet "$@" --change 'ENV LANG=C.UTF-8' --change 'CMD ["/bin/bash"]' \
    "$WORK/rootfs.tar" "$image" >/dev/null
  rm -f "$WORK/rootfs.tar"
  say "$image: built in $((SECONDS - t0)) s, $(podman image inspect --format '{{.Size}}' "$image" | numfmt --to=si)B"
}

debian_image "$JDK_IMAGE" openjdk-17-jdk-headless,ca-certificates
debian_image "$JRE_IMAGE" openjdk-17-jre-headless,ca-certificates
debian_image "$PG_IMAGE-base" postgresql-15,ca-certificates
# Debian's redis-server (7.0 in bookworm; the gateway needs 6.2+), run as its `redis` user; compose gives the command
debian_image "$REDIS_IMAGE" redis-server --change 'USER redis' --change 'WORKDIR /data'

if ! have "$PG_IMAGE"; then
  say "$PG_IMAGE: the entry point on top of Debian's postgresql-15"
  podman build --quiet --build-arg BASE_IMAGE="$PG_IMAGE-base" -t "$PG_IMAGE" "$HERE/postgres" >/dev/null
fi

# Kafka: the broker jars the project already uses (the kafka.version of the Spring Boot BOM), from Maven Central
KAFKA_VERSION="$(cd "$ROOT" && ./mvnw -B -q -N help:evaluate -Dexpression=kafka.version -DforceStdout)"
KAFKA_IMAGE=localhost/sales-platform/kafka:$KAFKA_VERSION
if ! have "$KAFKA_IMAGE"; then
  say "$KAFKA_IMAGE: kafka_2.13 $KAFKA_VERSION and its dependencies from Maven Central"
  mkdir -p "$WORK/kafka/libs"
  cp -r "$HERE/kafka/." "$WORK/kafka/"
  (cd "$ROOT" && ./mvnw -B -q -f "$HERE/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
     dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$WORK/kafka/libs")
  podman build --quiet --build-arg BASE_IMAGE="$JRE_IMAGE" -t "$KAFKA_IMAGE" "$WORK/kafka" >/dev/null
  rm -rf "$HERE/kafka/target"
fi

say "done:"
podman images --filter reference='localhost/sales-platform/*' --format '  {{.Repository}}:{{.Tag}}  {{.Size}}'
