# syntax=docker/dockerfile:1.7
# One image per application, built from this repository by a build argument:
#   docker build --build-arg MODULE=targets-service -t sales-platform/targets-service:0.1.0 .
# MODULE is one of: gateway, targets-service, customer-service, orders-service, performance-service,
# training-service, reporting-service. docker-compose.yml builds all seven; the `build` stage takes no argument,
# so BuildKit compiles the reactor once and every image reuses that stage.

ARG JDK_IMAGE=eclipse-temurin:17-jdk-jammy
ARG JRE_IMAGE=eclipse-temurin:17-jre-jammy

# ---- 1. compile every application (tests run in CI, not in the image build)
FROM ${JDK_IMAGE} AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY contracts/ contracts/
COPY platform/ platform/
COPY platform-read-models/ platform-read-models/
COPY platform-test/ platform-test/
COPY gateway/ gateway/
COPY targets-service/ targets-service/
COPY customer-service/ customer-service/
COPY orders-service/ orders-service/
COPY performance-service/ performance-service/
COPY training-service/ training-service/
COPY reporting-service/ reporting-service/
COPY benchmarks/pom.xml benchmarks/pom.xml
COPY system-tests/pom.xml system-tests/pom.xml
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -DskipTests -pl '!system-tests,!benchmarks' package

# ---- 2. split the chosen application's Spring Boot jar into its layers
FROM ${JDK_IMAGE} AS layers
ARG MODULE
WORKDIR /layers
COPY --from=build /workspace/${MODULE}/target/${MODULE}.jar application.jar
RUN test -n "${MODULE}" \
 && java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# ---- 3. the runtime image: a JRE, a non-root user, the layers from the least to the most often changed
FROM ${JRE_IMAGE}
ARG MODULE
ARG PORT=8080
LABEL org.opencontainers.image.title="sales-platform ${MODULE}"
RUN groupadd --system --gid 10001 sales \
 && useradd --system --uid 10001 --gid sales --home-dir /app --shell /usr/sbin/nologin sales
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
COPY --chmod=0555 docker/healthcheck.sh /usr/local/bin/healthcheck
USER 10001:10001
# The heap follows the container's memory limit (half of it: metaspace, threads and buffers need the rest).
# SERVER_PORT makes the application listen where the image's health check looks.
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 CMD ["healthcheck"]
# exec form: the JVM is PID 1 and gets SIGTERM, so the graceful shutdown (20 s per phase) runs
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
