package org.gridcase.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Keycloak for the tests: the distribution Maven unpacked from Maven Central
 * ({@code keycloak.home}), started once per test JVM on free ports with the project's realm
 * export imported (its redirect URIs pointed at the application's test port, the public host
 * {@value #PUBLIC_URL}) and the project's login theme ({@code keycloak/themes}), stopped when the
 * JVM exits. Also sets the application's port and Keycloak URL.
 */
public final class KeycloakTestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** A public client without the audience mapper: its tokens are not meant for us. */
	public static final String OTHER_AUDIENCE_CLIENT = "gridcase-other";

	/** A client whose tokens live one second. */
	public static final String SHORT_LIVED_CLIENT = "gridcase-short";

	/** GRIDCASE_PUBLIC_URL as docker-compose.yml passes it to Keycloak. */
	public static final String PUBLIC_URL = "http://gridcase.test:8080";

	private static final Duration STARTUP = Duration.ofMinutes(8);

	private static Process process;

	private static int keycloakPort;

	private static int appPort;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		TestPropertyValues.of("server.port=" + appPort, "gridcase.keycloak.url=" + url()).applyTo(context);
	}

	public static String url() {
		return "http://localhost:" + keycloakPort;
	}

	public static String realmUrl() {
		return url() + "/realms/gridcase";
	}

	public static int appPort() {
		return appPort;
	}

	private static synchronized void start() {
		if (process != null) {
			return;
		}
		try {
			Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
			appPort = freePort();
			keycloakPort = freePort();
			prepareData(home);
			installThemes(home);
			ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-port=" + keycloakPort, "--http-management-port=" + freePort(), "--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("test-run.log").toFile());
			builder.environment().putAll(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD",
					"admin", "JAVA_OPTS_APPEND", "-Xms64m -Xmx768m", "GRIDCASE_PUBLIC_URL", PUBLIC_URL));
			process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(KeycloakTestServer::stop));
			awaitRealm(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void prepareData(Path home) throws IOException {
		Path data = home.resolve("data");
		if (Files.exists(data)) {
			try (var files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(data.resolve("import"));
		ObjectMapper json = new ObjectMapper();
		ObjectNode realm = (ObjectNode) json.readTree(Path.of("keycloak/gridcase-realm.json").toFile());
		String app = "http://localhost:" + appPort;
		for (var client : realm.withArray("clients")) {
			ObjectNode node = (ObjectNode) client;
			if (node.has("redirectUris")) {
				((ArrayNode) node.get("redirectUris")).add(app + "/*");
				node.withObject("attributes").put("post.logout.redirect.uris", app + "/*");
			}
		}
		realm.withArray("clients").add(json.valueToTree(Map.of("clientId", OTHER_AUDIENCE_CLIENT, "enabled", true,
				"publicClient", true, "directAccessGrantsEnabled", true, "standardFlowEnabled", false)));
		ObjectNode shortLived = json.valueToTree(Map.of("clientId", SHORT_LIVED_CLIENT, "enabled", true,
				"publicClient", true, "directAccessGrantsEnabled", true, "standardFlowEnabled", false, "attributes",
				Map.of("access.token.lifespan", "1")));
		for (var client : realm.withArray("clients")) {
			if ("gridcase-api".equals(client.path("clientId").asText())) {
				shortLived.set("protocolMappers", client.get("protocolMappers"));
			}
		}
		realm.withArray("clients").add(shortLived);
		json.writeValue(data.resolve("import/gridcase-realm.json").toFile(), realm);
	}

	/** The project's themes as they are in the repository (start-dev caches no theme). */
	private static void installThemes(Path home) throws IOException {
		Path source = Path.of("keycloak/themes");
		try (var files = Files.walk(source)) {
			for (Path file : files.sorted().toList()) {
				Path target = home.resolve("themes").resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void awaitRealm(Path home) throws IOException {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped; see " + home.resolve("test-run.log"));
			}
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
					.build(), BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Keycloak did not start within " + STARTUP + "; see " + home.resolve("test-run.log"));
	}

	private static void stop() {
		if (process != null) {
			List<ProcessHandle> children = process.toHandle().descendants().toList();
			children.forEach(ProcessHandle::destroy);
			process.destroy();
			children.forEach(child -> child.onExit().completeOnTimeout(child, 30, java.util.concurrent.TimeUnit.SECONDS).join());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
