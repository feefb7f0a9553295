# syntax=docker/dockerfile:1
# The service image. Multi-stage: a JDK builds the executable jar, a JRE runs it as an unprivileged user.
# No configuration and no secret is baked in: everything comes from the environment at run time
# (see docker-compose.yml and the README's Configuration).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Only what the build needs; `clean` drops any target/ directory copied from a working tree.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY assessment-core assessment-core
COPY embedded-postgres embedded-postgres
COPY event-store event-store
COPY projections projections
COPY assessment-web assessment-web
COPY seeds seeds
COPY assessment-api assessment-api
# The Maven repository is a build cache, not a layer: a rebuild downloads nothing it already has.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests clean package -pl assessment-api -am \
    && cp assessment-api/target/assessment-api-*.jar /src/service.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /app/data && chown app:app /app/data
WORKDIR /app
COPY --from=build /src/service.jar /app/service.jar
# Numeric, so an orchestrator can verify it is not root (runAsNonRoot).
USER 10001:10001
EXPOSE 8080
# The embedded database's directory, used only when SPRING_DATASOURCE_URL is unset.
ENV ASSESSMENT_DATA_DIR=/app/data
# Container-aware heap (a share of the container's memory limit, not of the host's), exit on OOM so the
# orchestrator restarts a clean process, no update checker calls home. More flags: JAVA_TOOL_OPTIONS.
# Exec form: java is PID 1 and gets SIGTERM, so the graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=25", "-XX:+ExitOnOutOfMemoryError", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/service.jar"]
