# Multi-stage build: the JDK builds the executable jar, a JRE runs it as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package -pl assessment-api -am

FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --home /app app
WORKDIR /app
COPY --from=build /src/assessment-api/target/assessment-api-*.jar /app/service.jar
USER app
EXPOSE 8080
# Container-aware heap sizing; the update checker stays off (no calls home).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
