package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so the stack is checked against the application instead of
 * being started: docker-compose.yml, the Dockerfile, Prometheus' and Grafana's files must name the services,
 * ports, paths and environment variables the application really has.
 */
class ComposeFileTest {

    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}$");
    /** Read by the JVM itself, not by the application's configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static List<String> dockerfile;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        root = OpenApiTest.repositoryRoot();
        compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        dockerfile = Files.readAllLines(root.resolve("Dockerfile"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("service " + name).containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, String> environment(String name) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        map(service(name).get("environment")).forEach((k, v) -> env.put(k, v == null ? null : String.valueOf(v)));
        return env;
    }

    private static String serverPort() {
        return environment("assessment").get("SERVER_PORT");
    }

    @Test
    void the_stack_is_postgres_the_service_behind_a_proxy_prometheus_and_grafana() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "assessment", "proxy", "prometheus",
                "grafana");
    }

    @Test
    void two_replicas_of_the_service_run_behind_the_proxy_with_one_checkpoint_key() throws IOException {
        assertThat(String.valueOf(map(service("assessment").get("deploy")).get("replicas"))).contains("2");
        assertThat(service("assessment")).doesNotContainKey("ports");
        Map<String, Object> proxy = service("proxy");
        assertThat(list(proxy.get("ports"))).map(String::valueOf).anyMatch(p -> p.startsWith("8080:"));
        assertThat(map(map(proxy.get("depends_on")).get("assessment")).get("condition")).isEqualTo("service_healthy");
        String config = list(proxy.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.endsWith(":/etc/nginx/nginx.conf:ro")).findFirst().orElseThrow();
        assertThat(Files.readString(root.resolve(config.substring(0, config.indexOf(':')))))
                .contains("server assessment:" + serverPort());
        assertThat(environment("assessment")).containsKeys("ASSESSMENT_AUDIT_CHECKPOINT_KEY",
                "ASSESSMENT_AUDIT_CHECKPOINT_PUBLIC_KEY");
        assertThat(variable(environment("assessment").get("ASSESSMENT_AUDIT_CHECKPOINT_KEY"))).isNotNull();
    }

    @Test
    void postgres_17_keeps_its_data_in_a_named_volume() {
        Map<String, Object> postgres = service("postgres");
        assertThat(String.valueOf(postgres.get("image"))).matches("postgres:17(\\..*)?(-.*)?");
        assertThat(list(postgres.get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(map(compose.get("volumes"))).containsKey("postgres-data");
        assertThat(map(postgres.get("healthcheck"))).isNotEmpty();
    }

    @Test
    void the_service_reaches_that_database_with_its_credentials() {
        Map<String, String> db = environment("postgres");
        Map<String, String> app = environment("assessment");
        Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+):(\\d+)/([a-z0-9_]+)")
                .matcher(app.get("SPRING_DATASOURCE_URL"));
        assertThat(url.matches()).as(app.get("SPRING_DATASOURCE_URL")).isTrue();
        assertThat(url.group(1)).isEqualTo("postgres");
        assertThat(url.group(2)).isEqualTo("5432");
        assertThat(url.group(3)).isEqualTo(db.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(variable(app.get("SPRING_DATASOURCE_PASSWORD")))
                .isEqualTo(variable(db.get("POSTGRES_PASSWORD"))).isNotNull();
        Map<String, Object> dependsOn = map(service("assessment").get("depends_on"));
        assertThat(map(dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
    }

    @Test
    void the_service_is_built_from_the_dockerfile_and_published_on_its_server_port() {
        Map<String, Object> build = map(service("assessment").get("build"));
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(root.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")))).exists();
        String port = serverPort();
        assertThat(port).matches("\\d+");
        assertThat(list(service("assessment").get("expose"))).map(String::valueOf).containsExactly(port);
        assertThat(instruction("EXPOSE")).containsExactly(port);
        String healthcheck = String.join(" ", list(map(service("assessment").get("healthcheck")).get("test"))
                .stream().map(String::valueOf).toList());
        assertThat(healthcheck).contains("/actuator/health/readiness").contains("SERVER_PORT");
    }

    @Test
    void every_variable_given_to_the_service_is_one_the_application_reads() throws IOException {
        Set<String> known = variablesTheApplicationReads();
        List<String> unknown = new ArrayList<>();
        for (String name : environment("assessment").keySet()) {
            if (!known.contains(name) && !JVM_VARIABLES.contains(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("variables the application does not read").isEmpty();
        assertThat(environment("assessment")).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "SERVER_PORT", "ASSESSMENT_SECURITY_USERS_FILE",
                "ASSESSMENT_METRICS_SCRAPE_TOKEN");
    }

    /** The image builds the service from every module the parent pom lists; a module left out fails the build. */
    @Test
    void the_image_copies_every_module_of_the_build() throws IOException {
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        List<String> names = new ArrayList<>();
        while (modules.find()) {
            names.add(modules.group(1));
        }
        assertThat(names).contains("event-store", "embedded-postgres", "assessment-web");
        assertThat(names).allSatisfy(module -> assertThat(dockerfile).contains("COPY " + module + " " + module));
    }

    @Test
    void no_secret_is_written_in_the_compose_file_or_baked_into_the_image() {
        for (String service : services.keySet()) {
            environment(service).forEach((name, value) -> {
                if (name.matches(".*(PASSWORD|TOKEN|SECRET).*")) {
                    assertThat(variable(value)).as(service + " " + name + " comes from the environment").isNotNull();
                }
            });
        }
        Map<String, String> app = environment("assessment");
        String usersFile = app.get("ASSESSMENT_SECURITY_USERS_FILE");
        assertThat(usersFile).startsWith("/run/secrets/");
        assertThat(list(service("assessment").get("secrets"))).contains(usersFile.substring("/run/secrets/".length()));
        for (String line : dockerfile) {
            if (line.matches("^\\s*(ENV|ARG)\\s.*")) {
                assertThat(line.toUpperCase(Locale.ROOT)).as(line).doesNotContainPattern("PASSWORD|TOKEN|SECRET");
            }
        }
    }

    @Test
    void the_image_runs_java_on_the_jar_as_an_unprivileged_user_with_container_memory_flags() throws IOException {
        assertThat(dockerfile.stream().filter(l -> l.startsWith("FROM ")).count()).as("multi-stage").isGreaterThan(1);
        List<String> entrypoint = instruction("ENTRYPOINT");
        assertThat(entrypoint).hasSize(1);
        JsonNode exec = new ObjectMapper().readTree(entrypoint.get(0));
        assertThat(exec.isArray()).as("exec form, so java gets SIGTERM").isTrue();
        List<String> args = new ArrayList<>();
        exec.forEach(a -> args.add(a.asText()));
        assertThat(args.get(0)).isEqualTo("java");
        assertThat(args).anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage="))
                .contains("-XX:+ExitOnOutOfMemoryError", "-jar");
        String jar = args.get(args.indexOf("-jar") + 1);
        assertThat(dockerfile).anyMatch(l -> l.startsWith("COPY --from=") && l.endsWith(" " + jar));
        List<String> user = instruction("USER");
        assertThat(user).isNotEmpty();
        String last = user.get(user.size() - 1).split(":")[0];
        assertThat(last).isNotIn("root", "0");
        assertThat(dockerfile.indexOf("USER " + user.get(user.size() - 1)))
                .as("the user is set before the entrypoint")
                .isLessThan(dockerfile.indexOf("ENTRYPOINT " + entrypoint.get(0)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_scrapes_the_services_metrics_path_with_the_scrape_token() throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        String config = list(prometheus.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains(":/etc/prometheus/prometheus.yml")).findFirst().orElseThrow();
        Path file = root.resolve(config.substring(0, config.indexOf(':')));
        Map<String, Object> yml = new Yaml().load(Files.readString(file));
        Map<String, Object> job = (Map<String, Object>) list(yml.get("scrape_configs")).stream()
                .map(j -> (Map<String, Object>) j).filter(j -> "assessment".equals(j.get("job_name")))
                .findFirst().orElseThrow();
        assertThat(job.get("metrics_path")).isEqualTo(OpsSecurityConfiguration.PROMETHEUS);
        Map<String, Object> replicas = map(list(job.get("dns_sd_configs")).get(0));
        assertThat(list(replicas.get("names"))).containsExactly("assessment");
        assertThat(String.valueOf(replicas.get("port"))).isEqualTo(serverPort());
        Map<String, Object> authorization = map(job.get("authorization"));
        assertThat(authorization.get("type")).isEqualTo("Bearer");
        String credentials = String.valueOf(authorization.get("credentials_file"));
        assertThat(credentials).startsWith("/run/secrets/");
        String secret = credentials.substring("/run/secrets/".length());
        Map<String, Object> mounted = list(prometheus.get("secrets")).stream().map(ComposeFileTest::map)
                .filter(m -> secret.equals(m.get("source"))).findFirst().orElseThrow();
        assertThat(mounted.getOrDefault("target", secret)).isEqualTo(secret);
        // Prometheus runs as nobody: the file must be readable by others (0444; YAML reads the octal).
        assertThat(((Number) mounted.get("mode")).intValue() & 0004).isEqualTo(0004);
        // The secret holds the variable the application reads its scrape token from.
        String tokenVariable = String.valueOf(map(map(compose.get("secrets")).get(secret)).get("environment"));
        assertThat(applicationProperties().getProperty("assessment.metrics.scrape-token"))
                .isEqualTo("${" + tokenVariable + ":}");
        assertThat(environment("assessment")).containsKey(tokenVariable);
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafana_is_provisioned_with_the_prometheus_datasource_and_the_dashboard() throws IOException {
        Map<String, Object> grafana = service("grafana");
        Map<String, String> mounts = new java.util.HashMap<>();
        for (Object volume : list(grafana.get("volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts[0].startsWith("./")) {
                mounts.put(parts[1], parts[0]);
            }
        }
        Path provisioning = root.resolve(mounts.get("/etc/grafana/provisioning"));
        Map<String, Object> datasources = new Yaml().load(
                Files.readString(provisioning.resolve("datasources/prometheus.yml")));
        Map<String, Object> datasource = map(list(datasources.get("datasources")).get(0));
        assertThat(datasource.get("type")).isEqualTo("prometheus");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        assertThat(list(service("prometheus").get("ports"))).map(String::valueOf).anyMatch(p -> p.endsWith(":9090"));

        Map<String, Object> provider = map(list(((Map<String, Object>) new Yaml().load(
                Files.readString(provisioning.resolve("dashboards/digital-maturity.yml")))).get("providers")).get(0));
        String dashboardsInContainer = String.valueOf(map(provider.get("options")).get("path"));
        Path dashboards = root.resolve(mounts.get(dashboardsInContainer));
        JsonNode dashboard = new ObjectMapper().readTree(dashboards.resolve("digital-maturity.json").toFile());
        assertThat(environment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"))
                .isEqualTo(dashboardsInContainer + "/digital-maturity.json");
        Set<String> titles = new TreeSet<>();
        dashboard.get("panels").forEach(p -> {
            titles.add(p.get("title").asText());
            p.get("targets").forEach(t -> assertThat(t.at("/datasource/uid").asText())
                    .isEqualTo(datasource.get("uid")));
        });
        assertThat(titles).contains("Command rate by type", "Rejection rate by rule", "Projection lag by processor",
                "EPR live, national (today)", "Foundational, national (today)");
    }

    /** The PromQL of every panel of the provisioned dashboard (OperationsServiceTest checks its metric names). */
    static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(OpenApiTest.repositoryRoot()
                .resolve("docker/grafana/dashboards/digital-maturity.json").toFile());
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(p -> p.get("targets").forEach(t -> queries.add(t.get("expr").asText())));
        return queries;
    }

    // ---- what the application reads -----------------------------------------------------------------------

    private static List<String> instruction(String name) {
        return dockerfile.stream().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1).strip())
                .toList();
    }

    /** The variable a value takes from the environment ("${NAME}", "${NAME:-default}", "${NAME:?message}"). */
    private static String variable(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(value.strip());
        return m.matches() ? m.group(1) : null;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    /**
     * Every environment variable the application can read: the variables application.properties names in
     * placeholders, and the environment form (Spring's relaxed binding: upper case, '.' and '-' as '_') of every
     * property it reads: those in application.properties, those of {@code @Value} in the main code of every
     * module, and those of the configuration metadata on the classpath (Spring Boot, springdoc, Axon).
     */
    static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> properties = new HashSet<>();
        Set<String> variables = new HashSet<>();
        Properties application = applicationProperties();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
        for (String key : application.stringPropertyNames()) {
            properties.add(key);
            Matcher m = placeholder.matcher(application.getProperty(key));
            while (m.find()) {
                (m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) ? variables : properties).add(m.group(1));
            }
        }
        Pattern value = Pattern.compile("@Value\\(\"\\$\\{([a-z0-9_.\\-]+)");
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> sources = Files.walk(main)) {
                    for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = value.matcher(Files.readString(source, StandardCharsets.UTF_8));
                        while (m.find()) {
                            properties.add(m.group(1));
                        }
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        Enumeration<URL> metadata = ComposeFileTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (metadata.hasMoreElements()) {
            try (InputStream in = metadata.nextElement().openStream()) {
                json.readTree(in).path("properties").forEach(p -> properties.add(p.get("name").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String property : properties) {
            String upper = property.toUpperCase(Locale.ROOT);
            variables.add(upper.replace('.', '_').replace('-', '_'));
            variables.add(upper.replace('.', '_').replace("-", ""));
        }
        return variables;
    }
}
