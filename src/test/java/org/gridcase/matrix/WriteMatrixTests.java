package org.gridcase.matrix;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.fail;

/**
 * Walks the write matrix: every mutating endpoint of our API and Open311 (the live
 * {@code /v3/api-docs}), of the engine REST API (its {@code openapi.json}, at {@code /engine-rest}
 * and where the webapps call it) and of the webapps' own API, as every principal, and checks each
 * answer against the spec ({@link WriteMatrixSpec}, {@link Rule}). Collects every failing cell
 * and fails once with the list. Also fails when {@code docs/write-matrix.md} is not what the spec
 * renders; {@code -Dgridcase.matrix.write=true} rewrites it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteMatrixTests {

	private static final int THREADS = 4;

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();

	private MatrixClient client;

	private MatrixFixtures fixtures;

	@BeforeAll
	void createFixtures() {
		this.client = new MatrixClient(this.port);
		this.fixtures = MatrixFixtures.create(this.client, this.json);
	}

	@AfterAll
	void removeFixtures() {
		if (this.fixtures != null) {
			this.fixtures.remove();
		}
	}

	@Test
	void everyPrincipalGetsTheAnswerTheWriteMatrixGivesOnEveryMutatingEndpoint() throws Exception {
		List<String> failures = new ArrayList<>();
		List<Endpoint> ours = new ArrayList<>();
		for (Endpoint endpoint : WriteMatrixSpec.endpoints(Surface.OURS, ourApiDocs())) {
			if (WriteMatrixSpec.rule(endpoint).isPresent()) {
				ours.add(endpoint);
			}
			else {
				failures.add(endpoint.name() + " | – | the spec has no rule for it: add one to WriteMatrixSpec");
			}
		}
		List<Endpoint> engine = WriteMatrixSpec.endpoints(Surface.ENGINE_REST, WriteMatrixSpec.engineOpenApi(this.json));
		List<Endpoint> webapp = WriteMatrixSpec.webappEndpoints();
		checkDocument(WriteMatrixDocument.render(ours, engine, webapp), failures);

		this.fixtures.missing().forEach(fixture -> failures.add(fixture + " | – | a fixture | missing before the walk"));
		List<Endpoint> rows = new ArrayList<>(ours);
		rows.addAll(engine);
		engine.forEach(endpoint -> rows.add(new Endpoint(Surface.WEBAPP_ENGINE, endpoint.method(), endpoint.path(),
				endpoint.operationId(), endpoint.summary(), endpoint.contentTypes())));
		rows.addAll(webapp);
		AtomicInteger requests = new AtomicInteger();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> walks = new ArrayList<>();
			for (Principal principal : Principal.ALL) {
				walks.add(pool.submit(() -> walk(principal, rows, requests)));
			}
			for (Future<List<String>> walk : walks) {
				failures.addAll(walk.get());
			}
		}
		finally {
			pool.shutdown();
		}
		this.fixtures.missing()
			.forEach(fixture -> failures.add(fixture + " | – | a fixture | destroyed during the walk (by a cell that "
					+ "should have been denied): later answers on it may be 404s for that reason"));
		System.out.printf("Write matrix: %d rows x %d principals, %d requests in %d s, %d failing cells%n", rows.size(),
				Principal.ALL.size(), requests.get(), (System.nanoTime() - started) / 1_000_000_000, failures.size());
		if (!failures.isEmpty()) {
			fail(failures.size() + " cells of the write matrix fail (endpoint | principal | expected | got):\n"
					+ String.join("\n", failures.stream().sorted().toList()));
		}
	}

	/** One principal's rows, in order (the webapps' logout comes last). */
	private List<String> walk(Principal principal, List<Endpoint> rows, AtomicInteger requests) {
		Probes probes = new Probes(this.fixtures);
		List<String> failures = new ArrayList<>();
		boolean session = principal.isAnonymous();
		if (!session) {
			try {
				this.client.logIn(principal);
				session = true;
			}
			catch (RuntimeException ex) {
				failures.add("/camunda (webapp login) | " + principal.column() + " | a session | " + ex.getMessage());
			}
		}
		for (Endpoint endpoint : rows) {
			if (endpoint.surface().usesSession() && !session) {
				continue;
			}
			Rule rule = WriteMatrixSpec.rule(endpoint).orElseThrow();
			Expected expected = expected(rule, principal);
			for (Probes.Probe probe : probes.probes(endpoint, principal)) {
				HttpResponse<String> response;
				try {
					response = this.client.send(principal, endpoint.surface(), probe.method(), probe.path(), probe.body());
				}
				catch (RuntimeException ex) {
					failures.add(row(endpoint, principal, expected) + " | " + ex);
					continue;
				}
				requests.incrementAndGet();
				if (!expected.accepts(response.statusCode())) {
					failures.add(row(endpoint, principal, expected) + " | " + response.statusCode() + " "
							+ excerpt(response.body()) + (probe.body().contentType() == null ? ""
									: " [" + probe.body().contentType().split(";")[0] + "]"));
				}
			}
		}
		return failures;
	}

	private Expected expected(Rule rule, Principal principal) {
		return switch (rule.cell(principal)) {
			case ALLOWED -> Expected.ALLOWED;
			case FORBIDDEN -> Expected.FORBIDDEN;
			case UNAUTHENTICATED -> Expected.UNAUTHENTICATED;
			case OWN_TASK -> this.fixtures.isCandidate(principal) ? Expected.ALLOWED : denied(rule, principal);
			case OWN_PLACES -> this.fixtures.servesGrid(principal) ? Expected.ALLOWED : Expected.FORBIDDEN;
			// the probes file on channel PATROL, which departments may not use
			case REFERRAL -> Expected.FORBIDDEN;
			case ABOVE_GRID -> this.fixtures.servesGrid(principal) ? Expected.ALLOWED : denied(rule, principal);
			case SEES_CASE -> this.fixtures.seesCase(principal) ? Expected.ALLOWED : Expected.NOT_FOUND;
			case FORBIDDEN_OR_HIDDEN -> denied(rule, principal);
			case READ -> Expected.ANSWERED;
			case SESSION -> Expected.SESSION;
		};
	}

	private Expected denied(Rule rule, Principal principal) {
		if (rule.hidesUnreadableResources()) {
			return Expected.FORBIDDEN_OR_NOT_FOUND;
		}
		return rule.hidesUnseenCases() && !this.fixtures.seesCase(principal) ? Expected.NOT_FOUND : Expected.FORBIDDEN;
	}

	private static String row(Endpoint endpoint, Principal principal, Expected expected) {
		return endpoint.name() + " | " + principal.column() + " | " + expected.text;
	}

	private static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ").trim();
		return flat.length() > 140 ? flat.substring(0, 140) + "…" : flat;
	}

	private JsonNode ourApiDocs() throws IOException {
		HttpResponse<String> docs = this.client.send(Principal.ENGINE_ADMIN, Surface.OURS, "GET", "/v3/api-docs", Body.NONE);
		if (docs.statusCode() != 200) {
			throw new IllegalStateException("/v3/api-docs answered " + docs.statusCode());
		}
		return this.json.readTree(docs.body());
	}

	private static void checkDocument(String rendered, List<String> failures) throws IOException {
		Path document = Path.of(WriteMatrixDocument.PATH);
		if (Boolean.getBoolean(WriteMatrixDocument.REWRITE_PROPERTY)) {
			Files.createDirectories(document.getParent());
			Files.writeString(document, rendered, StandardCharsets.UTF_8);
		}
		else if (!Files.exists(document) || !Files.readString(document, StandardCharsets.UTF_8).equals(rendered)) {
			failures.add(WriteMatrixDocument.PATH + " | – | what the spec renders | differs: rewrite it with -D"
					+ WriteMatrixDocument.REWRITE_PROPERTY + "=true");
		}
	}

	/** What a cell accepts as the answer. */
	private enum Expected {

		ALLOWED("allowed"), FORBIDDEN("403"), FORBIDDEN_OR_NOT_FOUND("403/404"), UNAUTHENTICATED("401"),
		NOT_FOUND("404"), ANSWERED("no 401, no 5xx"), SESSION("no 5xx");

		private final String text;

		Expected(String text) {
			this.text = text;
		}

		boolean accepts(int status) {
			if (status >= 500) {
				return false;
			}
			return switch (this) {
				case ALLOWED -> status != 401 && status != 403;
				case FORBIDDEN -> status == 403;
				case FORBIDDEN_OR_NOT_FOUND -> status == 403 || status == 404;
				case UNAUTHENTICATED -> status == 401;
				case NOT_FOUND -> status == 404;
				case ANSWERED -> status != 401;
				case SESSION -> true;
			};
		}

	}

}
